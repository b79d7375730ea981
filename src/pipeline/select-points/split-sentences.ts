import {english} from '../../lang/en.js'
import type {Language} from '../../lang/types.js'

/** A sentence and where it starts in the text it came from. */
export interface Sentence {
  readonly text: string
  readonly offset: number
}

export interface SplitSentencesOptions {
  /** The language of the text: how `Intl.Segmenter` splits it, its abbreviations and quotation marks (default: English). */
  readonly language?: Language
}

/**
 * Split text into sentences with `Intl.Segmenter` in the text's language
 * (Unicode sentence boundaries: `.`, `?`, `!`, `。`, `！`, `？`; none inside a
 * version "v2.0", a URL, or before a lower-case word), then mend what it
 * splits after an abbreviation or an initial ("Dr. Okafor", "J. Smith") and
 * inside a quotation ("He said "It works. Really." and left." stays one
 * sentence). Line breaks inside a sentence are kept as spaces, so offsets
 * still point into `text`.
 */
export function splitSentences(text: string, options?: Readonly<SplitSentencesOptions>): Sentence[] {
  const language = options?.language ?? english
  const flat = text.replace(/\n/g, ' ')
  const found: Sentence[] = []
  let joined = false
  for (const piece of pieces(flat, language)) {
    const {text: trimmed, offset} = piece
    const previous = found.at(-1)
    if (previous && (joined || openQuote(previous.text, language) || /^\p{Ll}/u.test(trimmed))) {
      found[found.length - 1] = {text: flat.slice(previous.offset, offset + trimmed.length), offset: previous.offset}
    } else found.push({text: trimmed, offset})
    joined = endsInAbbreviation(trimmed, language.abbreviations)
  }
  return found
}

/**
 * The segments `Intl.Segmenter` finds, trimmed, with two of its habits
 * undone: an opening bracket right after a full stop ("。（", "。「") belongs
 * to the next sentence; and a full stop followed by a number or a bracket
 * ("ops. 15 years ago", "suited. (nts: …)") ends a sentence, unless it ends
 * an abbreviation or falls inside a quotation.
 */
function pieces(flat: string, language: Language): Sentence[] {
  const result: Sentence[] = []
  const push = (from: number, to: number): void => {
    let at = from
    const text = flat.slice(from, to)
    for (const stop of text.matchAll(/([\p{L}\p{N}][\p{L}\p{N}.'’-]*)\.\s+(?=[\p{N}([])/gu)) {
      const end = stop.index + stop[1]!.length + 1
      const sentence = flat.slice(at, from + end)
      if (endsInAbbreviation(sentence, language.abbreviations) || openQuote(sentence, language)) continue
      result.push({text: sentence, offset: at})
      at = from + stop.index + stop[0].length
    }
    result.push({text: flat.slice(at, to), offset: at})
  }
  let carried: number | undefined
  for (const {segment, index} of sentenceSegments(flat, language.code)) {
    const from = carried ?? index + (segment.length - segment.trimStart().length)
    let to = index + segment.trimEnd().length
    carried = undefined
    if (to <= from) continue
    const opening = /\p{Ps}+$/u.exec(flat.slice(from, to))?.[0]
    if (opening && to - opening.length > from) {
      carried = to - opening.length
      to = from + flat.slice(from, carried).trimEnd().length
    }
    push(from, to)
  }
  if (carried !== undefined) push(carried, flat.trimEnd().length)
  return result
}

// Text is segmented a window at a time: V8's `Intl.Segmenter` slows down with the
// length of the string it walks (13 s for one of 1 MB, 50 ms for the same in 5 KB windows).
const segmentWindow = 16_384
// A boundary is taken from a window only this far before its end, where the
// rules that look ahead past it (a lower-case word after "etc. ") still see the text.
const lookahead = 1_024

/**
 * The sentence segments `Intl.Segmenter` finds in `text`, as it finds them
 * over the whole string, in time linear in its length: each window starts at
 * a boundary found before, and a sentence longer than a window doubles it.
 */
function* sentenceSegments(text: string, locale: string): Generator<{segment: string; index: number}> {
  const segmenter = new Intl.Segmenter(locale, {granularity: 'sentence'})
  let start = 0
  let size = segmentWindow
  while (start < text.length) {
    if (start + size >= text.length) {
      for (const {segment, index} of segmenter.segment(text.slice(start))) yield {segment, index: start + index}
      return
    }
    let next = start
    for (const {segment, index} of segmenter.segment(text.slice(start, start + size))) {
      if (index + segment.length > size - lookahead) break
      yield {segment, index: start + index}
      next = start + index + segment.length
    }
    if (next === start) size *= 2
    else [start, size] = [next, segmentWindow]
  }
}

/** Whether a piece ends with an abbreviation or an initial ("Dr.", "e.g.", "J."), not with the end of a sentence. */
function endsInAbbreviation(piece: string, abbreviations: ReadonlySet<string>): boolean {
  const word = /(?:^|[\s(“"‘«„])([\p{L}][\p{L}.'’-]*)\.$/u.exec(piece)?.[1]?.toLowerCase()
  if (word === undefined) return false
  return abbreviations.has(word) || abbreviations.has(word.replace(/\.$/, '')) || /^\p{L}$/u.test(word) || /\.\p{L}$/u.test(word)
}

/** Whether a quotation opened in the text is still open at its end, with the language's quotation marks. */
function openQuote(text: string, language: Language): boolean {
  if ((text.match(/"/g)?.length ?? 0) % 2 === 1) return true
  const open: string[] = []
  for (const character of text) {
    const top = open.at(-1)
    const pair = language.quoteMarks.find(([, close]) => close === character && top !== undefined && language.quoteMarks.some(([start, end]) => start === top && end === close))
    if (pair) open.pop()
    else if (language.quoteMarks.some(([start]) => start === character)) open.push(character)
  }
  return open.length > 0
}
