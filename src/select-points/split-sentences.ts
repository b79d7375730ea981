import {sentences} from 'sbd'

/** A sentence and where it starts in the text it came from. */
export interface Sentence {
  readonly text: string
  readonly offset: number
}

/**
 * Split text into sentences with `sbd`, which knows abbreviations ("Dr.",
 * "p.m."), versions ("v2.0") and URLs, then mend what it splits inside a
 * quotation ("He said "It works. Really." and left." stays one sentence) or
 * before a lower-case word. Line breaks inside a sentence are kept as spaces,
 * so offsets still point into `text`.
 */
export function splitSentences(text: string): Sentence[] {
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
  return found
}

/** Whether a quotation opened in the text is still open at its end. */
function openQuote(text: string): boolean {
  const straight = (text.match(/"/g)?.length ?? 0) % 2 === 1
  const curly = (text.match(/“/g)?.length ?? 0) > (text.match(/”/g)?.length ?? 0)
  const guillemets = (text.match(/«/g)?.length ?? 0) > (text.match(/»/g)?.length ?? 0)
  return straight || curly || guillemets
}
