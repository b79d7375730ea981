import {describe, expect, test} from 'vitest'
import {english} from '../../../src/lang/en.js'
import {condense} from '../../../src/pipeline/select-points/condense.js'

/** Words for comparing: lower case, without clause marks at the end. */
const tokens = (text: string): string[] =>
  text
    .split(/\s+/)
    .filter((word) => word && word !== '…')
    .map((word) => word.toLowerCase().replace(/[,;:—–-]$/, ''))

/** Whether `part` is `whole` with some words left out, in order. */
function isSubsequence(part: readonly string[], whole: readonly string[]): boolean {
  let at = 0
  for (const word of part) {
    while (at < whole.length && whole[at] !== word) at++
    if (at === whole.length) return false
    at++
  }
  return true
}

describe('condense: length', () => {
  test('keeps a short sentence whole', () => {
    expect(condense('Oven two is broken.', 20)).toEqual(['Oven two is broken.'])
  })

  test('keeps a sentence up to a quarter over maxWords whole', () => {
    const ten = 'One two three four five, six seven eight nine ten'
    expect(condense(ten, 8)).toEqual([ten])
    expect(condense(`${ten} eleven`, 8)).toHaveLength(2)
  })

  test('splits a long sentence at a clause boundary and drops the comma', () => {
    expect(condense('The old ovens still work well, but the new ones bake twice as fast.', 8)).toEqual([
      'The old ovens still work well',
      'but the new ones bake twice as fast.'
    ])
  })

  test('splits at semicolons and colons', () => {
    expect(condense('We checked every single oven in the shop; two of them need new fans soon.', 8)).toEqual([
      'We checked every single oven in the shop',
      'two of them need new fans soon.'
    ])
  })

  test('does not split inside parentheses', () => {
    const text = 'Sam said the flours (rye, spelt and the new wheat blend) all rose well, so we keep them.'
    expect(condense(text, 12)).toEqual(['Sam said the flours (rye, spelt and the new wheat blend) all rose well', 'so we keep them.'])
  })

  test('without a clause boundary, cuts at a word boundary and marks the cut with "…"', () => {
    const words = Array.from({length: 30}, (_, index) => `Word${index}`)
    expect(condense(words.join(' '), 10)).toEqual([`${words.slice(0, 10).join(' ')} …`])
  })

  test('makes two bullets at most and marks what is left out with "…"', () => {
    const text =
      'The ferry timetable changes in spring, the island shop opens on Sundays from May onwards, ' +
      'the harbour gets a new crane for the fishing boats, and the school bus leaves ten minutes earlier than before.'
    const parts = condense(text, 8)
    expect(parts).toHaveLength(2)
    expect(parts.at(-1)!.endsWith(' …')).toBe(true)
  })

  test('a bullet is about maxWords words: never more than a quarter over, plus "…"', () => {
    const text =
      'Volunteers at the coastal clean-up collected plastic, rope and glass along four kilometres of beach on Saturday morning, ' +
      'sorted all of it by hand at the harbour, weighed every bag twice and sent the results to the regional council for its yearly report.'
    for (const maxWords of [8, 12, 20]) {
      for (const part of condense(text, maxWords)) expect(tokens(part).length, part).toBeLessThanOrEqual(Math.ceil(maxWords * 1.25))
    }
  })
})

describe('condense: fillers', () => {
  const examples: ReadonlyArray<readonly [string, string]> = [
    ['They talk about how the orchard needs more bees this spring.', 'The orchard needs more bees this spring.'],
    ['She talked about the new cider press at the mill.', 'The new cider press at the mill.'],
    ['It looks like the harvest will be late this year.', 'The harvest will be late this year.'],
    ['The vote passed and it looks like the pool reopens in June.', 'The vote passed and the pool reopens in June.'],
    ['Mulch is key to healthy beds, he says, as well as steady watering.', 'Mulch is key to healthy beds, as well as steady watering.'],
    ['The roof needs new tiles before winter, she says.', 'The roof needs new tiles before winter.'],
    ['So, the ferry runs twice a day in winter.', 'The ferry runs twice a day in winter.'],
    ['Basically the bakery sells out by noon on Saturdays.', 'The bakery sells out by noon on Saturdays.'],
    ['The mill is actually older than the church next to it.', 'The mill is older than the church next to it.']
  ]

  test.each(examples)('%s', (text, expected) => {
    expect(condense(text, 20)).toEqual([expected])
  })

  test('keeps the sentence when the fillers are most of it', () => {
    expect(condense('They talk about pruning.', 20)).toEqual(['They talk about pruning.'])
  })

  test('fillers are data: each one is what an example loses, and none is left in what it keeps', () => {
    const matches = (filler: RegExp, text: string): boolean => new RegExp(filler.source, filler.flags.replace('g', '')).test(text)
    for (const filler of english.fillers.map((entry) => entry.pattern)) expect(examples.some(([text]) => matches(filler, text)), String(filler)).toBe(true)
    for (const [, kept] of examples) expect(english.fillers.map((entry) => entry.pattern).filter((filler) => matches(filler, kept)).map(String), kept).toEqual([])
  })
})

describe('condense: only deletes words', () => {
  const sentences = [
    'They talk about how the co-op sold 1,200 jars of honey at €4.50 each to Marta Lindqvist at the Saturday market in Hillside.',
    'It looks like Dr. Okafor will chair the clinic board, he says, until the elections in March, when Ana Ruiz takes over for 2 years.',
    'So, the council spent 4.2 million euros on 12 new buses, which is 30% more than planned, and the depot (on Mill Road, near the river) needs a new roof.',
    'The ferry to Skye, apparently the busiest in the region, carried 640 cars and 2,300 passengers in August; the crew, she says, worked double shifts all month.',
    'Volunteers at the coastal clean-up collected plastic, rope and glass along four kilometres of beach on Saturday morning and sorted it by hand at the harbour.'
  ]

  test.each(sentences)('%s', (text) => {
    for (const maxWords of [8, 12, 20]) {
      const parts = condense(text, maxWords)
      expect(parts.length).toBeGreaterThan(0)
      expect(parts.length).toBeLessThanOrEqual(2)
      // Every word of the bullets is a word of the sentence, in order: nothing
      // is reworded, nothing cut inside a word.
      expect(isSubsequence(parts.flatMap(tokens), tokens(text)), parts.join(' | ')).toBe(true)
    }
  })

  test('numbers, money and names stay exactly as written', () => {
    const [text] = condense('So, the co-op sold 1,200 jars of honey at €4.50 each to Marta Lindqvist.', 20)
    expect(text).toBe('The co-op sold 1,200 jars of honey at €4.50 each to Marta Lindqvist.')
    const parts = condense(sentences[2]!, 20).join(' ')
    for (const kept of ['4.2 million euros', '12 new buses', '30%', 'Mill Road']) expect(parts).toContain(kept)
  })

  // A bullet starts with a capital, except where the first word is a name
  // written in lower or camel case.
  test('a name at the start keeps its case', () => {
    expect(condense('iPhone sales rose by 12% in the third quarter.', 20)).toEqual(['iPhone sales rose by 12% in the third quarter.'])
    expect(condense('They talk about how eBay listings doubled in March.', 20)).toEqual(['eBay listings doubled in March.'])
  })

  test('", he says," between subject and verb leaves no comma behind', () => {
    expect(condense('The cider press, he says, needs a new gasket before October.', 20)).toEqual(['The cider press needs a new gasket before October.'])
  })
})
