import {english} from '../../lang/en.js'
import type {Language} from '../../lang/types.js'
import {cosine, terms} from '../../text/terms.js'

export interface RankOptions {
  /** Damping factor of PageRank (default: `0.85`). */
  readonly damping?: number
  /** Power iterations; fixed, so ranks are the same on every run (default: `40`). */
  readonly iterations?: number
  /** The language of the sentences: its stop words (default: English). */
  readonly language?: Language
}

/**
 * Centrality of each sentence among its neighbours (LexRank): a graph whose
 * edges are the cosine similarity of TF-IDF vectors, ranked with PageRank.
 * `documents` are all the sentences of the deck, for inverse document
 * frequencies. Scores average 1 over the sentences ranked.
 */
export function rankSentences(sentences: readonly string[], documents: readonly string[], options?: Readonly<RankOptions>): number[] {
  const damping = options?.damping ?? 0.85
  const iterations = options?.iterations ?? 40
  const language = options?.language ?? english
  const n = sentences.length
  if (n === 0) return []
  const frequency = new Map<string, number>()
  for (const document of documents) for (const term of new Set(terms(document, {language}))) frequency.set(term, (frequency.get(term) ?? 0) + 1)
  const idf = (term: string): number => Math.log(1 + documents.length / (frequency.get(term) ?? 1))
  const vectors = sentences.map((sentence) => {
    const vector = new Map<string, number>()
    for (const term of terms(sentence, {language})) vector.set(term, (vector.get(term) ?? 0) + 1)
    for (const [term, count] of vector) vector.set(term, count * idf(term))
    return vector
  })
  const weights = vectors.map((a, i) => vectors.map((b, j) => (i === j ? 0 : cosine(a, b))))
  const totals = weights.map((row) => row.reduce((sum, value) => sum + value, 0))
  let rank = Array<number>(n).fill(1 / n)
  for (let step = 0; step < iterations; step++) {
    rank = rank.map((_, i) => {
      let incoming = 0
      for (let j = 0; j < n; j++) if (totals[j]! > 0) incoming += (weights[j]![i]! / totals[j]!) * rank[j]!
      return (1 - damping) / n + damping * incoming
    })
  }
  // Sentences that share no word pass no rank on; scale so ranks average 1.
  const total = rank.reduce((sum, value) => sum + value, 0)
  return rank.map((value) => (value * n) / total)
}
