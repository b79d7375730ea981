import {english} from '../../lang/en.js'
import type {FigureWords, Language} from '../../lang/types.js'
import {visibleWidth} from '../../text/text-width.js'
import type {Figure, Origin} from '../../types.js'

export interface FigureOptions {
  /** The language of the text: its units, scales and currencies (default: English). */
  readonly language?: Language
  /** Words on each side of a figure in its context (default: `8`). */
  readonly window?: number
  /** Fewest words of a context, when the sentence has them (default: `7`). */
  readonly minimum?: number
  /** A sentence of up to this many words is the whole context (default: `24`). */
  readonly whole?: number
  /** Widest context in characters (default: `150`). */
  readonly maxWidth?: number
}

/**
 * Figures: percentages, money, and numbers with a unit or a counted noun, in
 * the words of a language. Years on their own ("2024"), version numbers,
 * times, ids and the numbers of names ("COVID-19") are not figures.
 */
export function figurePattern(words: FigureWords = english.figures): RegExp {
  // A new RegExp each call (it is global: its lastIndex is the caller's), from one built once a language.
  const built = patterns.get(words) ?? buildPattern(words)
  patterns.set(words, built)
  return new RegExp(built)
}

const patterns = new WeakMap<FigureWords, RegExp>()

function buildPattern(words: FigureWords): RegExp {
  const number = String.raw`(?:${words.number})(?:\s?(?:${words.scales.join('|')}))?`
  return new RegExp(
    // Not the minutes of a clock time (10:21), the number of a name or date
    // (COVID-19, 2024/05) or an id (#42); a range ("3-6 months") is one figure.
    String.raw`(?<![\p{L}\p{N}.:/#-])(?:\d+(?:[.,]\d+)*\s?[–-]\s?(?=\d))?(?:` +
      // A proportion is one figure ("8 out of 10"), not a count of what follows it.
      String.raw`(?:${words.number})\s(?:${words.ratios.join('|')})\s(?:${words.number})|` +
      String.raw`[$€£¥₹]\s?${number}` +
      String.raw`|${number}\s?%` +
      String.raw`|${number}\s?(?:${words.currencies.join('|')})` +
      String.raw`|${number}\+?\s(?:${words.units.join('|')})` +
      // Any counted plural ("300 volunteers", "40 loaves") and multipliers ("10x").
      String.raw`|${number}\+?\s(?:${words.countedNoun})` +
      String.raw`|\d+(?:\.\d+)?x` +
      String.raw`)(?![\p{L}\p{N}])`,
    'giu'
  )
}

/**
 * Find the figures in a sentence, each with the words of its clause around it
 * (the clauses on each side too, up to `window` words, while it has fewer than
 * `minimum`; all of it up to `whole` words), exactly as the sentence writes
 * them, "…" where the sentence goes on. A figure whose clause is wider than
 * `maxWidth` is left out rather than cut inside the clause.
 */
export function findFigures(origin: Origin, options?: Readonly<FigureOptions>): Figure[] {
  const {window = 8, minimum = 7, whole = 24, maxWidth = 150} = options ?? {}
  const {figures: words} = options?.language ?? english
  const durations = new RegExp(String.raw`\s(?:${words.durations.join('|')})$`, 'iu')
  const version = new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:${words.versionWords.join('|')})\.?\s*$`, 'iu')
  const figures: Figure[] = []
  const tokens = [...origin.text.matchAll(/\S+/g)].map((match) => ({word: match[0], start: match.index, end: match.index + match[0].length}))
  for (const match of origin.text.matchAll(figurePattern(words))) {
    const value = match[0].trim()
    // A year ("2024", "2024 users") or a version ("Version 2.0 releases") is no figure.
    if (/^(?:19|20)\d\d(?:\s|$)/.test(value) && !durations.test(value)) continue
    if (version.test(origin.text.slice(0, match.index))) continue
    // "1-1 calls" is a kind of meeting, not a range.
    if (/^(\d+)[–-]\1(?!\d)/.test(value)) continue
    if (tokens.length <= whole && visibleWidth(origin.text) <= maxWidth) {
      figures.push({value, context: origin.text.replace(/\s+/g, ' ').replace(/[.;:,]$/, ''), origin})
      continue
    }
    const end = match.index + match[0].length
    let first = tokens.findIndex((word) => word.end > match.index)
    let last = tokens.findIndex((word) => word.end >= end)
    // Widen to the clause, and past a clause mark while the context is short.
    const short = (): boolean => last - first + 1 < minimum
    for (let count = 0; count < window && first > 0 && (!/[.;:!?,]$/.test(tokens[first - 1]!.word) || (short() && !/[.;!?]$/.test(tokens[first - 1]!.word))); count++) first--
    for (let count = 0; count < window + 4 && last < tokens.length - 1 && (!/[.;:!?,]$/.test(tokens[last]!.word) || (short() && !/[.;!?]$/.test(tokens[last]!.word))); count++) last++
    // A context begins and ends where a clause does, never inside one: the
    // words of a window cut mid-clause ("… directories and says limiting …")
    // read as something the notes do not say. Too wide a clause shows no figure.
    const clauseEnd = (index: number): boolean => /[.;:!?,]$/.test(tokens[index]!.word)
    while (first > 0 && !clauseEnd(first - 1)) first--
    while (last < tokens.length - 1 && !clauseEnd(last)) last++
    if (visibleWidth(origin.text.slice(tokens[first]!.start, tokens[last]!.end)) > maxWidth) continue
    // What is left out of the sentence is marked, at the end where it was cut.
    const clause = origin.text.slice(tokens[first]!.start, tokens[last]!.end).replace(/\s+/g, ' ').replace(/[.;:,]$/, '')
    const context = last < tokens.length - 1 ? `${clause} …` : clause
    figures.push({value, context, origin})
  }
  return figures
}
