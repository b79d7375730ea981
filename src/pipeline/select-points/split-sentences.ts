import {sentences} from 'sbd'
import {english} from '../../lang/en.js'
import type {Language} from '../../lang/types.js'

/** A sentence and where it starts in the text it came from. */
export interface Sentence {
  readonly text: string
  readonly offset: number
}

export interface SplitSentencesOptions {
  /** The language of the text: its abbreviations (default: English). */
  readonly language?: Language
}

/**
 * Split text into sentences with `sbd`, which knows abbreviations ("Dr.",
 * "p.m."), versions ("v2.0") and URLs, then mend what it splits inside a
 * quotation ("He said "It works. Really." and left." stays one sentence) or
 * before a lower-case word. Line breaks inside a sentence are kept as spaces,
 * so offsets still point into `text`.
 */
export function splitSentences(text: string, options?: Readonly<SplitSentencesOptions>): Sentence[] {
  const {abbreviations} = options?.language ?? english
  const flat = text.replace(/\n/g, ' ')
  const found: Sentence[] = []
  let cursor = 0
  for (const piece of sentences(flat, {preserve_whitespace: true, newline_boundaries: false})) {
    const trimmed = piece.trim()
    if (!trimmed) continue
    const at = flat.indexOf(trimmed, cursor)
    const offset = at < 0 ? cursor : at
    cursor = offset + trimmed.length
    const previous = found.at(-1)
    if (previous && (openQuote(previous.text) || /^[\p{Ll}]/u.test(trimmed))) {
      found[found.length - 1] = {text: flat.slice(previous.offset, cursor), offset: previous.offset}
    } else found.push({text: trimmed, offset})
  }
  return found.flatMap((sentence) => splitMissed(sentence, abbreviations))
}

/**
 * sbd keeps "… thanks to Ruiz. The session ended." together, taking a short
 * capitalised word before a full stop for an abbreviation. Split again where
 * a full stop follows a word that is no abbreviation or initial, and a
 * capital letter starts the next word.
 */
function splitMissed(sentence: Sentence, abbreviations: ReadonlySet<string>): Sentence[] {
  const parts: Sentence[] = []
  let start = 0
  for (const match of sentence.text.matchAll(/([\p{L}][\p{L}.'’-]*)\.\s+(?=[\p{Lu}"“‘(])/gu)) {
    const word = match[1]!.toLowerCase()
    if (abbreviations.has(word) || abbreviations.has(word.replace(/\.$/, '')) || /^\p{L}$/u.test(word) || /\.\p{L}$/u.test(word)) continue
    if (openQuote(sentence.text.slice(start, match.index + match[0].length))) continue
    const end = match.index + match[1]!.length + 1
    parts.push({text: sentence.text.slice(start, end).trim(), offset: sentence.offset + start})
    start = match.index + match[0].length
  }
  parts.push({text: sentence.text.slice(start).trim(), offset: sentence.offset + start})
  return parts.filter((part) => part.text)
}

/** Whether a quotation opened in the text is still open at its end. */
function openQuote(text: string): boolean {
  const straight = (text.match(/"/g)?.length ?? 0) % 2 === 1
  const curly = (text.match(/“/g)?.length ?? 0) > (text.match(/”/g)?.length ?? 0)
  const guillemets = (text.match(/«/g)?.length ?? 0) > (text.match(/»/g)?.length ?? 0)
  return straight || curly || guillemets
}
