import {describe, expect, test} from 'vitest'
import {documentFrequencies, rankSentences} from '../../../src/pipeline/select-points/rank-sentences.js'
import {cosine, terms} from '../../../src/text/terms.js'

/** LexRank as defined: the full n×n cosine graph, PageRank by power iteration (what rankSentences computes without the matrix). */
function denseLexRank(sentences: readonly string[], documents: readonly string[]): number[] {
  const n = sentences.length
  const frequency = new Map<string, number>()
  for (const document of documents) for (const term of new Set(terms(document))) frequency.set(term, (frequency.get(term) ?? 0) + 1)
  const vectors = sentences.map((sentence) => {
    const vector = new Map<string, number>()
    for (const term of terms(sentence)) vector.set(term, (vector.get(term) ?? 0) + 1)
    for (const [term, count] of vector) vector.set(term, count * Math.log(1 + documents.length / frequency.get(term)!))
    return vector
  })
  const weights = vectors.map((a, i) => vectors.map((b, j) => (i === j ? 0 : cosine(a, b))))
  const totals = weights.map((row) => row.reduce((sum, value) => sum + value, 0))
  let rank = Array<number>(n).fill(1 / n)
  for (let step = 0; step < 40; step++) {
    rank = rank.map((_, i) => {
      let incoming = 0
      for (let j = 0; j < n; j++) if (totals[j]! > 0) incoming += (weights[j]![i]! / totals[j]!) * rank[j]!
      return 0.15 / n + 0.85 * incoming
    })
  }
  const total = rank.reduce((sum, value) => sum + value, 0)
  return rank.map((value) => (value * n) / total)
}

const orchard = [
  'The orchard harvest of apples came early this year.',
  'Apples from the orchard went straight to the cider press.',
  'The cider press turned the orchard apples into cider within a week.',
  'Cider from the orchard apples sold out at the market.'
]
const offTopic = 'My cousin bought a red bicycle yesterday.'

const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length

describe('rankSentences', () => {
  test('no sentences, no ranks', () => {
    expect(rankSentences([], orchard)).toEqual([])
  })

  test('one rank per sentence, finite and positive', () => {
    const ranks = rankSentences([...orchard, offTopic], [...orchard, offTopic])
    expect(ranks).toHaveLength(5)
    for (const rank of ranks) {
      expect(Number.isFinite(rank)).toBe(true)
      expect(rank).toBeGreaterThan(0)
    }
  })

  test('is deterministic: the same sentences always get the same ranks', () => {
    const sentences = [...orchard, offTopic]
    const first = rankSentences(sentences, sentences)
    for (let run = 0; run < 5; run++) expect(rankSentences(sentences, sentences)).toEqual(first)
    expect(rankSentences([...sentences], [...sentences])).toEqual(first)
  })

  test('does not change its input', () => {
    const sentences = [...orchard, offTopic]
    const copy = [...sentences]
    rankSentences(sentences, sentences)
    expect(sentences).toEqual(copy)
  })

  test('a central sentence outranks an off-topic one', () => {
    const sentences = [orchard[0]!, offTopic, orchard[1]!, orchard[2]!, orchard[3]!]
    const ranks = rankSentences(sentences, sentences)
    for (const [index, rank] of ranks.entries()) if (index !== 1) expect(rank, sentences[index]).toBeGreaterThan(ranks[1]!)
  })

  test('the sentence that shares the most with the others ranks first', () => {
    const sentences = [
      'Ferry tickets went up in price.',
      'The island ferry timetable changes in spring.',
      'The island ferry timetable and ferry ticket prices change in spring.',
      'Island timetable changes are posted at the harbour.'
    ]
    const ranks = rankSentences(sentences, sentences)
    expect(ranks.indexOf(Math.max(...ranks))).toBe(2)
  })

  test('ranks average 1 over sentences that are all connected', () => {
    expect(mean(rankSentences(orchard, orchard))).toBeCloseTo(1, 6)
  })

  test('without damping every sentence ranks 1', () => {
    expect(rankSentences(orchard, orchard, {damping: 0})).toEqual(orchard.map(() => 1))
  })

  test('ranking a subset uses the frequencies of all documents', () => {
    // `ferry` links the first two sentences; where the documents say `ferry`
    // everywhere it is a weak link, and the sentence tied by rarer words
    // (timetable, spring, harbour) ranks first instead.
    const subset = ['The ferry timetable changes in spring.', 'The ferry leaves the harbour at noon.', 'Spring timetable posters hang at the harbour.']
    const ferries = Array.from({length: 12}, (_, index) => `Ferry number ${index + 1} sails daily.`)
    const alone = rankSentences(subset, subset)
    const among = rankSentences(subset, [...subset, ...ferries])
    expect(among).toHaveLength(3)
    expect(alone.indexOf(Math.max(...alone))).toBe(0)
    expect(among.indexOf(Math.max(...among))).toBe(2)
    expect(among[1]!).toBeLessThan(alone[1]!)
  })

  // A sentence that shares no term with any other passes no rank on; the
  // ranks are scaled so that they still average 1.
  test('ranks average 1 even with an off-topic sentence', () => {
    const sentences = [...orchard, offTopic]
    expect(mean(rankSentences(sentences, sentences))).toBeCloseTo(1, 6)
  })

  test('gives the ranks of the full n×n LexRank graph without building it', () => {
    // Sentences that share words unevenly, repeat, and stand alone.
    const words = ['orchard', 'apple', 'cider', 'press', 'market', 'ferry', 'harbour', 'timetable', 'spring', 'price', 'bicycle', 'cousin']
    const sentences = Array.from({length: 60}, (_, index) => {
      const picked = words.filter((_, word) => (index * 7 + word * 3) % 5 < 2 || (index % 11 === word))
      return `The ${picked.join(' and the ')} story number ${index % 9}.`
    })
    sentences.push('Nothing in common here whatsoever.', sentences[3]!)
    const documents = [...sentences, 'The apple harvest came early.', 'Ferry prices went up.']
    const expected = denseLexRank(sentences, documents)
    const ranks = rankSentences(sentences, documents)
    expect(ranks).toHaveLength(expected.length)
    for (const [index, rank] of ranks.entries()) expect(rank, sentences[index]).toBeCloseTo(expected[index]!, 10)
    expect(rankSentences(sentences, documentFrequencies(documents))).toEqual(ranks)
  })
})
