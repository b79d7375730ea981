import {describe, expect, test} from 'vitest'
import {english} from '../../src/lang/en.js'
import {cosine, similarIndex, terms} from '../../src/text/terms.js'

const {stopWords} = english

describe('terms', () => {
  test('keeps content words, lower-cased, in order', () => {
    expect(terms('Council approves PARK budget')).toEqual(['council', 'approve', 'park', 'budget'])
  })

  test('drops stop words, including contractions with a curly apostrophe', () => {
    expect(terms('We’re really going to get the rota done, it’s what they said')).toEqual(['rota', 'done'])
  })

  test('drops one-letter words but keeps numbers of two digits or more', () => {
    expect(terms('Route 12 runs every 5 minutes in 2024 x')).toEqual(['route', '12', 'runs', 'every', 'minute', '2024'])
  })

  test('strips plural s, -ies, -ing and -ed from longer words', () => {
    expect(terms('ovens cities heated baking')).toEqual(['oven', 'city', 'heat', 'bak'])
  })

  test('the singular and the plural of a word give the same term', () => {
    expect(terms('budget budgets')).toEqual(['budget', 'budget'])
    expect(terms('party parties')).toEqual(['party', 'party'])
  })

  test('strips a possessive', () => {
    expect(terms("Council’s budget and the mayor's plan")).toEqual(['council', 'budget', 'mayor', 'plan'])
  })

  test('leaves words of four letters or fewer unstemmed, except a possessive', () => {
    expect(terms('bus pies ties rota’s')).toEqual(['bus', 'pies', 'ties', 'rota'])
  })

  test('does not strip the s of words ending in ss', () => {
    expect(terms('glass class business')).toEqual(['glass', 'class', 'business'])
  })

  test('keeps letters beyond ASCII', () => {
    expect(terms('Café crème à Genève')).toEqual(['café', 'crème', 'genève'])
  })

  test('no words, no terms', () => {
    expect(terms('')).toEqual([])
    expect(terms('— ... !')).toEqual([])
    expect(terms('and the of it')).toEqual([])
  })
})

describe('stopWords', () => {
  test('holds function words and not content words', () => {
    for (const word of ['the', 'and', 'because', "it's", 'says']) expect(stopWords.has(word)).toBe(true)
    for (const word of ['budget', 'bread', 'council']) expect(stopWords.has(word)).toBe(false)
  })
})

describe('similarIndex', () => {
  const vector = (text: string): Map<string, number> => {
    const counts = new Map<string, number>()
    for (const term of terms(text)) counts.set(term, (counts.get(term) ?? 0) + 1)
    return counts
  }

  test('tells whether a vector added before is as similar as the threshold, as comparing with each does', () => {
    // Sentences over a small vocabulary: many share terms, some say nearly the same.
    const words = 'budget roadmap release migration incident latency customer dashboard pipeline review vendor audit'.split(' ')
    let seed = 7
    const next = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647
    const sentences = Array.from({length: 400}, () => Array.from({length: 2 + Math.floor(next() * 6)}, () => words[Math.floor(next() * words.length)]).join(' '))
    for (const threshold of [0.3, 0.6, 0.9, 1]) {
      const index = similarIndex(threshold, Infinity)
      const before: Array<Map<string, number>> = []
      const answers = sentences.map((sentence) => {
        const terms = vector(sentence)
        const expected = before.some((other) => cosine(other, terms) >= threshold)
        expect(index.has(terms)).toBe(expected)
        index.add(terms)
        before.push(terms)
        return expected
      })
      // Both answers occur: the check is not trivially always one way.
      expect(new Set(answers)).toEqual(new Set([true, false]))
    }
  })

  test('compares at most maxCompared vectors for one question: a repeat behind more than that many is not found', () => {
    const query = vector('ferry timetable')
    const fill = (index: ReturnType<typeof similarIndex>): void => {
      // Ten that share both terms but say more (cosine 0.63), then the repeat.
      for (let at = 0; at < 10; at++) index.add(vector(`ferry timetable harbour${at} quay${at} pier${at}`))
      index.add(vector('ferry timetable'))
    }
    const bounded = similarIndex(0.9, 5)
    fill(bounded)
    expect(bounded.has(query)).toBe(false)
    const whole = similarIndex(0.9)
    fill(whole)
    expect(whole.has(query)).toBe(true)
  })

  test('an empty vector is like none; with a threshold of 0 any vector before is similar', () => {
    const index = similarIndex(0.6)
    index.add(vector('budget review'))
    expect(index.has(new Map())).toBe(false)
    expect(index.has(vector('vendor audit'))).toBe(false)
    const any = similarIndex(0)
    expect(any.has(vector('vendor audit'))).toBe(false)
    any.add(vector('budget review'))
    expect(any.has(vector('vendor audit'))).toBe(true)
  })
})
