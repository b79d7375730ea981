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

/** Term vectors added one by one, each to be checked against those added before it. */
export interface SimilarIndex {
  /** Whether a vector added before is at least `threshold` similar to this one (`cosine(before, vector)`). */
  has(vector: ReadonlyMap<string, number>): boolean
  add(vector: ReadonlyMap<string, number>): void
}

/**
 * An index of term vectors that tells whether one added before is at least
 * `threshold` similar (cosine) to a new one, as comparing it with each would,
 * without comparing it with all: a vector that shares none of the new one's
 * rarer terms cannot reach the threshold on its commoner terms alone (they
 * weigh less than `threshold` of it), so only those that share one are compared.
 */
export function similarIndex(threshold: number): SimilarIndex {
  const vectors: Array<ReadonlyMap<string, number>> = []
  const postings = new Map<string, number[]>()
  const shared = (term: string): number => postings.get(term)?.length ?? 0
  return {
    add(vector) {
      const id = vectors.length
      vectors.push(vector)
      for (const term of vector.keys()) {
        const list = postings.get(term)
        if (list) list.push(id)
        else postings.set(term, [id])
      }
    },
    has(vector) {
      if (threshold <= 0) return vectors.length > 0
      const entries = [...vector].filter(([, value]) => value !== 0).sort((a, b) => shared(b[0]) - shared(a[0]))
      const total = entries.reduce((sum, [, value]) => sum + value * value, 0)
      if (total === 0) return false
      // The commonest terms, while they weigh less than the threshold (with a margin for rounding).
      const bound = (threshold - 1e-9) ** 2 * total
      let common = 0
      let cut = 0
      while (cut < entries.length && common + entries[cut]![1] ** 2 < bound) common += entries[cut++]![1] ** 2
      const compared = new Set<number>()
      for (const [term] of entries.slice(cut)) {
        for (const id of postings.get(term) ?? []) {
          if (compared.has(id)) continue
          compared.add(id)
          if (cosine(vectors[id]!, vector) >= threshold) return true
        }
      }
      return false
    }
  }
}
