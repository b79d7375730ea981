import {english} from '../../lang/en.js'
import type {Language} from '../../lang/types.js'
import {terms} from '../../text/terms.js'

export interface RankOptions {
  /** Damping factor of PageRank (default: `0.85`). */
  readonly damping?: number
  /** Power iterations; fixed, so ranks are the same on every run (default: `40`). */
  readonly iterations?: number
  /** The language of the sentences: its stop words (default: English). */
  readonly language?: Language
}

/** In how many documents each term occurs: the inverse document frequencies ranking weighs terms by. */
export interface DocumentFrequencies {
  /** Number of documents. */
  readonly count: number
  /** Documents each term occurs in. */
  readonly frequency: ReadonlyMap<string, number>
}

/**
 * Count the documents each term occurs in, once for a deck, to pass to every
 * `rankSentences` call over it (linear in the length of the documents).
 */
export function documentFrequencies(documents: readonly string[], options?: Readonly<Pick<RankOptions, 'language'>>): DocumentFrequencies {
  const language = options?.language ?? english
  const frequency = new Map<string, number>()
  for (const document of documents) for (const term of new Set(terms(document, {language}))) frequency.set(term, (frequency.get(term) ?? 0) + 1)
  return {count: documents.length, frequency}
}

/**
 * Centrality of each sentence among its neighbours (LexRank): a graph whose
 * edges are the cosine similarity of TF-IDF vectors, ranked with PageRank.
 * `documents` are all the sentences of the deck (or their
 * `documentFrequencies`), for inverse document frequencies. Scores average 1
 * over the sentences ranked.
 *
 * The n×n graph is never built: with unit vectors, the rank a sentence
 * receives, Σⱼ (uᵢ·uⱼ) rankⱼ / totalⱼ, is uᵢ · Σⱼ uⱼ rankⱼ / totalⱼ less its
 * own share, so each power step costs one pass over the sentences' terms.
 * Time and memory are linear in the length of the sentences.
 */
export function rankSentences(
  sentences: readonly string[],
  documents: readonly string[] | DocumentFrequencies,
  options?: Readonly<RankOptions>
): number[] {
  const damping = options?.damping ?? 0.85
  const iterations = options?.iterations ?? 40
  const language = options?.language ?? english
  const n = sentences.length
  if (n === 0) return []
  const {count, frequency} = 'frequency' in documents ? documents : documentFrequencies(documents, {language})
  // Each sentence as a unit TF-IDF vector over numbered terms.
  const ids = new Map<string, number>()
  const idfs: number[] = []
  const vectors = sentences.map((sentence) => {
    const counts = new Map<number, number>()
    for (const term of terms(sentence, {language})) {
      let id = ids.get(term)
      if (id === undefined) {
        id = ids.size
        ids.set(term, id)
        idfs.push(Math.log(1 + count / (frequency.get(term) ?? 1)))
      }
      counts.set(id, (counts.get(id) ?? 0) + 1)
    }
    const termIds = Int32Array.from(counts.keys())
    const values = Float64Array.from(counts, ([id, times]) => times * idfs[id]!)
    const norm = Math.sqrt(values.reduce((sum, value) => sum + value * value, 0))
    if (norm > 0) for (let k = 0; k < values.length; k++) values[k]! /= norm
    return {ids: termIds, values}
  })
  const dot = (vector: (typeof vectors)[number], dense: Float64Array): number => {
    let sum = 0
    for (let k = 0; k < vector.ids.length; k++) sum += vector.values[k]! * dense[vector.ids[k]!]!
    return sum
  }
  const self = vectors.map((vector) => vector.values.reduce((sum, value) => sum + value * value, 0))
  // Each sentence's total similarity to the others: uⱼ · Σᵢ uᵢ, less uⱼ · uⱼ.
  const sum = new Float64Array(ids.size)
  for (const vector of vectors) for (let k = 0; k < vector.ids.length; k++) sum[vector.ids[k]!]! += vector.values[k]!
  // A sentence that shares no term passes no rank on (its total is 0 but for rounding).
  const totals = vectors.map((vector, j) => {
    const total = dot(vector, sum) - self[j]!
    return total > 1e-12 ? total : 0
  })
  let rank = Array<number>(n).fill(1 / n)
  const flow = new Float64Array(ids.size)
  for (let step = 0; step < iterations; step++) {
    flow.fill(0)
    vectors.forEach((vector, j) => {
      if (totals[j] === 0) return
      const share = rank[j]! / totals[j]!
      for (let k = 0; k < vector.ids.length; k++) flow[vector.ids[k]!]! += vector.values[k]! * share
    })
    rank = vectors.map((vector, i) => {
      const incoming = dot(vector, flow) - (totals[i] === 0 ? 0 : (self[i]! * rank[i]!) / totals[i]!)
      return (1 - damping) / n + damping * Math.max(0, incoming)
    })
  }
  // Scale so ranks average 1.
  const total = rank.reduce((sum, value) => sum + value, 0)
  return rank.map((value) => (value * n) / total)
}
