import {describe, expect, test} from 'vitest'
import {english} from '../../../src/lang/en.js'
import {french} from '../../../src/lang/fr.js'
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
  test('keeps a sentence of up to maxWords words whole', () => {
    expect(condense('Oven two is broken.')).toBe('Oven two is broken.')
    const twelve = 'The bakery on Mill Street opens at six every day except Sunday.'
    expect(condense(twelve, {maxWords: 12})).toBe(twelve)
  })

  test('cuts a long sentence after its first clause and marks the cut with "…"', () => {
    expect(condense('The old ovens in the back room were all cleaned on Monday, after the spring fair closed its doors.', {maxWords: 12})).toBe(
      'The old ovens in the back room were all cleaned on Monday …'
    )
  })

  test('never cuts off what turns the clause it keeps: a "but", a comparison, a "not"', () => {
    const contrast = 'The old ovens in the back room still work well, but the new ones bake twice as fast as before.'
    expect(condense(contrast, {maxWords: 12})).toBe(contrast)
    const weighed = 'Baking the first loaf of a new recipe is easy, selling a thousand of them is a little harder, or maybe a lot harder.'
    expect(condense(weighed, {maxWords: 12})).not.toMatch(/^Baking the first loaf of a new recipe is easy …$/)
    expect(condense(weighed, {maxWords: 12})).toBe(weighed)
    expect(condense('The night shift tried the rye recipe for two weeks, and the bakers did not like it at all.', {maxWords: 12})).not.toContain('…')
  })

  test('cuts at semicolons, colons and dashes too', () => {
    expect(condense('We checked every single oven in the shop last week; two of them need new fans before the winter rush.', {maxWords: 12})).toBe(
      'We checked every single oven in the shop last week …'
    )
    expect(condense('The harbour gets a brand new crane this spring — the old one failed its safety check in March.', {maxWords: 12})).toBe(
      'The harbour gets a brand new crane this spring …'
    )
  })

  test('a bullet aims at 6–12 words: the longest safe cut within maxWords', () => {
    const text = 'The ferry timetable changes in spring, the island shop opens on Sundays from May, and the school bus leaves ten minutes earlier.'
    expect(condense(text, {maxWords: 12})).toBe('The ferry timetable changes in spring …')
    expect(condense(text, {maxWords: 16})).toBe('The ferry timetable changes in spring, the island shop opens on Sundays from May …')
  })

  test('never cuts inside parentheses or quotes', () => {
    const text = 'Sam said the flours (rye, spelt and the new wheat blend) all rose well in the cold kitchen this morning.'
    expect(condense(text, {maxWords: 12})).toBe(text)
  })

  // Cuts that would make the bullet say something else.
  test.each([
    ['before a condition', 'The council will open the new pool in June this year, unless the inspectors find a problem with the roof.'],
    ['before "only"', 'Members may borrow the big tent for weekend events in summer, only when a trustee has signed the form first.'],
    ['before a negation', 'The committee wants the new bridge built of stone and oak, not the steel design that the county engineers proposed.'],
    ['before an alternative', 'The choir will sing at the harvest festival in the church hall, or in the market square if the weather holds.'],
    ['after a subordinate clause', 'If the grant from the regional arts council comes through in time, the library will stay open until nine.'],
    ['after a clause that leans on what follows', 'Sharma talks about how, together, the villages have made the bus service more reliable and cheaper for everyone.'],
    ['after an opening phrase', 'For the past ten years of the festival, a crowd of volunteers from every village has run the car park.']
  ])('no cut %s: the sentence stays whole or is left out', (_, text) => {
    const bullet = condense(text, {maxWords: 12})
    expect(bullet === undefined || bullet === text, bullet).toBe(true)
  })

  test('a sentence with no safe cut is kept whole up to maxWhole words, left out beyond', () => {
    const long = 'The volunteers at the coastal clean-up collected plastic rope and glass along four kilometres of beach on Saturday morning before the tide came in again'
    expect(condense(long, {maxWords: 12, maxWhole: 30})).toBe(long)
    expect(condense(long, {maxWords: 12, maxWhole: 24})).toBeUndefined()
  })

  test('a cut that saves three words or fewer is not made', () => {
    const text = 'The crew found a lot of small problems along the way, mostly rusty bolts.'
    expect(condense(text, {maxWords: 12})).toBe(text)
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
    ['The mill is actually older than the church next to it.', 'The mill is older than the church next to it.'],
    // A live blog's entry time goes; "He says that …" is not a speech tag set off by commas, it stays whole.
    ['10:42AM - The ferry now runs twice a day in winter.', 'The ferry now runs twice a day in winter.'],
    ['10:42AM - He says that if a bed has more than 12 plants, it gets crowded.', 'He says that if a bed has more than 12 plants, it gets crowded.'],
    ['The baker says that the oven runs hot.', 'The baker says that the oven runs hot.']
  ]

  test.each(examples)('%s', (text, expected) => {
    expect(condense(text, {maxWords: 20})).toBe(expected)
  })

  test('what a reporting frame leaves of a list of topics is kept whole, or left out, never cut into a run of nouns', () => {
    const topics = 'They talk about the river crossings, the price of a day ticket, and changes to the winter timetable in general.'
    expect(condense(topics, {maxWords: 12})).toBe('The river crossings, the price of a day ticket, and changes to the winter timetable in general.')
    expect(condense(topics, {maxWords: 12, maxWhole: 14})).toBeUndefined()
    // After "how" the frame leaves a clause, which may be cut as any sentence.
    const clause = 'They talk about how the ferry to the island runs twice a day in winter, with a third crossing on market days in summer.'
    expect(condense(clause, {maxWords: 16})).toBe('The ferry to the island runs twice a day in winter …')
    // French: "comment" leaves a clause; without it, a topic.
    expect(condense('Ils parlent des traversées du fleuve, du prix du billet à la journée, et des horaires d’hiver en général.', {maxWords: 12, language: french})).toBe(
      'Des traversées du fleuve, du prix du billet à la journée, et des horaires d’hiver en général.'
    )
  })

  test('a French live blog entry’s time goes too', () => {
    expect(condense('09h21 – Le bac circule deux fois par jour en hiver.', {maxWords: 20, language: french})).toBe('Le bac circule deux fois par jour en hiver.')
  })

  test('keeps the sentence when the fillers are most of it', () => {
    expect(condense('They talk about pruning.', {maxWords: 20})).toBe('They talk about pruning.')
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
      const bullet = condense(text, {maxWords, maxWhole: 40})
      expect(bullet).toBeDefined()
      // Every word of the bullet is a word of the sentence, in order: nothing
      // is reworded, nothing cut inside a word.
      expect(isSubsequence(tokens(bullet!), tokens(text)), bullet).toBe(true)
    }
  })

  test('numbers, money and names stay exactly as written', () => {
    expect(condense('So, the co-op sold 1,200 jars of honey at €4.50 each to Marta Lindqvist.', {maxWords: 20})).toBe(
      'The co-op sold 1,200 jars of honey at €4.50 each to Marta Lindqvist.'
    )
    const bullet = condense(sentences[2]!, {maxWords: 30})!
    for (const kept of ['4.2 million euros', '12 new buses', '30%']) expect(bullet).toContain(kept)
  })

  // A bullet starts with a capital, except where the first word is a name
  // written in lower or camel case.
  test('a name at the start keeps its case', () => {
    expect(condense('iPhone sales rose by 12% in the third quarter.', {maxWords: 20})).toBe('iPhone sales rose by 12% in the third quarter.')
    expect(condense('They talk about how eBay listings doubled in March.', {maxWords: 20})).toBe('eBay listings doubled in March.')
  })

  test('", he says," between subject and verb leaves no comma behind', () => {
    expect(condense('The cider press, he says, needs a new gasket before October.', {maxWords: 20})).toBe('The cider press needs a new gasket before October.')
  })
})
