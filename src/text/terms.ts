import {english} from '../lang/en.js'
import type {Language} from '../lang/types.js'

export interface TermsOptions {
  /** The language of the text: its stop words and elisions (default: English). */
  readonly language?: Language
}

/**
 * The content words of a text, lower-cased and lightly stemmed (plural `s`,
 * `ing`, `ed` endings), without the language's stop words and elisions
 * ("l'équipe" → "équipe"): the terms that similarity and ranking compare.
 */
export function terms(text: string, options?: Readonly<TermsOptions>): string[] {
  const {stopWords, elisions} = options?.language ?? english
  const elided = elisions.length > 0 ? new RegExp(`^(?:${elisions.join('|')})['’](?=\\p{L})`, 'u') : undefined
  const words = text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []
  return words
    .map((word) => (elided ? word.replace(elided, '') : word))
    .filter((word) => word.length > 1 && !stopWords.has(word.replace(/’/g, "'")))
    .map(stem)
}

function stem(word: string): string {
  if (/\d/.test(word) || word.length <= 4) return word.replace(/['’]s$/, '')
  return word
    .replace(/['’]s$/, '')
    .replace(/(?<=\w{3})(?:ies)$/, 'y')
    .replace(/(?<=\w{3})(?:ing|ed)$/, '')
    .replace(/(?<=\w{3}[^s])s$/, '')
}

/** Cosine similarity of two term vectors (term → weight); 0 when either is empty. */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0
  for (const [term, value] of a) dot += value * (b.get(term) ?? 0)
  const norm = (vector: ReadonlyMap<string, number>): number => Math.sqrt([...vector.values()].reduce((sum, value) => sum + value * value, 0))
  const denominator = norm(a) * norm(b)
  return denominator === 0 ? 0 : dot / denominator
}
