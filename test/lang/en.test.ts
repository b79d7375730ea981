import {describe, expect, test} from 'vitest'
import {english} from '../../src/lang/en.js'
import {dateIn} from '../../src/text/dates.js'

const noiseRules = english.noise

/** Names of the rules that match somewhere in `text`. */
const hits = (text: string) =>
  noiseRules.filter((rule) => new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '')).test(text)).map((rule) => rule.name)

/** `text` with every match of every rule removed. */
const scrub = (text: string) => noiseRules.reduce((result, rule) => result.replace(rule.pattern, ''), text)

describe('english.noise', () => {
  test('every rule has a name and a pattern that can run over a whole text', () => {
    expect([...new Set(noiseRules.map((rule) => rule.name))]).toEqual(['image credit', 'stage cue', 'date or time separator', 'rule line', 'page furniture'])
    for (const rule of noiseRules) expect(rule.pattern.flags).toContain('g')
  })

  test('an inline `(Image credit: X)` is removed and the rest of the line kept', () => {
    const line = 'The ovens are hot by seven. (Image credit: Ann Berg) Bread comes out at eight.'
    expect(hits(line)).toEqual(['image credit'])
    expect(scrub(line)).toBe('The ovens are hot by seven. Bread comes out at eight.')
  })

  test('photo and video credits in brackets are credits too', () => {
    expect(scrub('Rye loaves on the table (Photo courtesy: Guild of Bakers)')).toBe('Rye loaves on the table')
    expect(scrub('The judges taste (Video source: Town TV).')).toBe('The judges taste.')
  })

  test('a `Photo courtesy: ...` line is removed whole', () => {
    expect(hits('Photo courtesy: the Guild of Bakers')).toEqual(['image credit'])
    expect(scrub('Photo courtesy: the Guild of Bakers')).toBe('')
  })

  test('stage cues in brackets are removed inside a line', () => {
    expect(hits('Thank you all [Applause]')).toEqual(['stage cue'])
    expect(scrub('Thank you all [Applause]')).toBe('Thank you all')
    expect(scrub('The mayor jokes about potholes (laughter) and moves on.')).toBe('The mayor jokes about potholes and moves on.')
    expect(scrub('[Inaudible] the motion passes')).toBe(' the motion passes')
  })

  test.each([
    ['2024-05-18'],
    ['10:32'],
    ['3:15 pm'],
    ['Refresh'],
    ['Updated 10:32 GMT'],
    ['May 18, 2024'],
    ['Saturday, 18 May 2024'],
    ['Posted 18 May 2024 | 09:15'],
    ['— 14:05 —'],
    ['Live updates']
  ])('a line that is only %j is a date or time separator', (line) => {
    expect(hits(line)).toEqual(['date or time separator'])
    expect(scrub(line)).toBe('')
  })

  test.each([
    ['We will go live on 2024-05-01 with the new menu.'],
    ['The live stream of the council meeting starts at 10:30 sharp.'],
    ['On May 1, 2024 the bakery opened its second shop.'],
    ['Updated opening hours start on Saturday.'],
    ['Refreshments are served in the lobby.']
  ])('a sentence that mentions a date, a time or a separator word is kept: %j', (line) => {
    expect(hits(line)).toEqual([])
    expect(scrub(line)).toBe(line)
  })

  test('page furniture lines are noise, but not sentences that contain the words', () => {
    expect(hits('Advertisement')).toEqual(['page furniture'])
    expect(hits('Share this article')).toEqual(['page furniture'])
    expect(hits('The advertisement for the fair ran in the paper.')).toEqual([])
  })

  test('whole-line rules work line by line in a longer text', () => {
    expect(scrub('Bakers arrive.\n10:32\nRye wins.')).toBe('Bakers arrive.\n\nRye wins.')
  })
})

describe('dateIn (English)', () => {
  test.each([
    ['2024-05-18', '2024-05-18'],
    ['Updated 18 May 2024', '18 May 2024'],
    ['Saturday, May 18th, 2024', 'May 18th, 2024'],
    ['sept. 3 2023 refresh', 'sept. 3 2023']
  ])('finds the date in %j', (text, date) => {
    expect(dateIn(text)).toBe(date)
  })

  test('a time or a bare month is not a date', () => {
    expect(dateIn('Updated 10:32 GMT')).toBeUndefined()
    expect(dateIn('May the best loaf win')).toBeUndefined()
  })
})

test('a line of only `#`, `=` or `*` marks (a banner rule) is noise; a heading or a bullet is not', () => {
  expect(hits('##############')).toEqual(['rule line'])
  expect(hits('======')).toEqual(['rule line'])
  expect(hits('## Ovens')).toEqual([])
  expect(hits('* ovens')).toEqual([])
})
