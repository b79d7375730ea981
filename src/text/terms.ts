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
  const denominator = norm(a) * norm(b)
  return denominator === 0 ? 0 : dot(a, b) / denominator
}

function dot(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let sum = 0
  for (const [term, value] of small) sum += value * (large.get(term) ?? 0)
  return sum
}

function norm(vector: ReadonlyMap<string, number>): number {
  let sum = 0
  for (const value of vector.values()) sum += value * value
  return Math.sqrt(sum)
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
 * weigh less than `threshold` of it), so only those that share one are
 * compared, those sharing its rarest terms first. Notes whose every sentence
 * shares such terms (a long transcript of a small vocabulary) would still
 * make that quadratic: at most `maxCompared` vectors are compared for one new
 * vector, so a repeat found after that many is not found.
 */
export function similarIndex(threshold: number, maxCompared = 64): SimilarIndex {
  const vectors: Array<ReadonlyMap<string, number>> = []
  const norms: number[] = []
  const postings = new Map<string, number[]>()
  const shared = (term: string): number => postings.get(term)?.length ?? 0
  return {
    add(vector) {
      const id = vectors.length
      vectors.push(vector)
      norms.push(norm(vector))
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
      const own = Math.sqrt(total)
      const compared = new Set<number>()
      for (let at = entries.length - 1; at >= cut; at--) {
        for (const id of postings.get(entries[at]![0]) ?? []) {
          if (compared.has(id)) continue
          if (compared.size >= maxCompared) return false
          compared.add(id)
          if (norms[id] !== 0 && dot(vectors[id]!, vector) / (norms[id]! * own) >= threshold) return true
        }
      }
      return false
    }
  }
}
