import {describe, expect, test} from 'vitest'
import {figurePattern, findFigures} from '../../../src/pipeline/select-points/find-figures.js'
import type {Origin} from '../../../src/types.js'
import {french} from '../../../src/lang/fr.js'

const origin = (text: string): Origin => ({line: 9, text})
const values = (text: string): string[] => findFigures(origin(text)).map((figure) => figure.value)

const long =
  'The survey of the regional library network across seven counties found that, after a long and careful review lasting ' +
  'many months, 38% of readers preferred audiobooks to print, while the remaining readers stayed loyal to paper editions and weekly visits.'

describe('findFigures: what is a figure', () => {
  test.each([
    ['percentages', 'Turnout rose 12% and then 5 percent more.', ['12%', '5 percent']],
    ['a percentage with a space', 'The reserve stays at 5 % this year.', ['5 %']],
    ['money with a symbol', 'Tickets cost $25 or €22.50 at the door, £20 online.', ['$25', '€22.50', '£20']],
    ['money with a scale', 'The budget is $4.2M and the grant $1.5 million.', ['$4.2M', '$1.5 million']],
    ['money in words', 'The council spent 4.2 million euros on buses.', ['4.2 million euros']],
    ['counts with a unit', 'It took 3 hours on 2 servers over 6 weeks.', ['3 hours', '2 servers', '6 weeks']],
    ['distances and sizes', 'At the 35 km mark the files were 20 GB.', ['35 km', '20 GB']],
    ['counts with thousands', 'The app has 12,000 users and 300 contributors.', ['12,000 users', '300 contributors']]
  ])('%s', (_, text, expected) => {
    expect(values(text)).toEqual(expected)
  })

  test.each([
    ['a bare year', 'In 2024 the ferry ran every day.'],
    ['a version', 'We moved the tills to v2.0 in May.'],
    ['a dotted version', 'The kiosk runs Python 3.12 now.'],
    ['a bare number', 'Room 12 was full and bus 7 was late.'],
    ['a time', 'The market opens at 10:30 on Sundays.'],
    ['a number in a word', 'The B2B shop and the A4 paper.'],
    ['the minutes of a clock time', 'At 10:21 people started to leave the hall.'],
    ['the number of a name', 'COVID-19 cases rose in the north.'],
    ['an issue number', 'Ticket #42 votes were counted twice.'],
    ['a part of a date', 'On 2024/05 sessions were moved online.']
  ])('not %s', (_, text) => {
    expect(values(text)).toEqual([])
  })

  // A year before a noun looks like a counted plural ("2024 users").
  test('not a year before a counted noun', () => {
    expect(values('In 2024 users complained about the queues.')).toEqual([])
    expect(values('The 2019 speakers came back.')).toEqual([])
  })

  // A version number before a noun looks like a count ("2.0 releases").
  test('not a version number before a noun', () => {
    expect(values('Version 2.0 releases were slow to install.')).toEqual([])
  })

  test('figurePattern finds the same figures, for scoring', () => {
    const text = 'It took 3 hours and cost $25, 12% more than in 2023.'
    expect(text.match(figurePattern())).toEqual(['3 hours', '$25', '12%'])
  })
})

describe('findFigures: context', () => {
  const sentences = [
    'The library lent 3,500 books in March, up 12% on last year.',
    'Tickets cost $25 or €22.50 at the door.',
    long,
    'Volunteers at the coastal clean-up, which ran for 6 hours on Saturday, collected 40 kg of plastic along the beach, ' +
      'sorted every piece of it by hand in the harbour sheds, and sent the results to the council for its report.',
    'It took 10 years.'
  ]

  test.each(sentences)('each figure has a context that is a piece of its sentence: %s', (text) => {
    const figures = findFigures(origin(text))
    expect(figures.length).toBeGreaterThan(0)
    for (const figure of figures) {
      expect(figure.origin).toEqual(origin(text))
      const clause = figure.context.replace(/ …$/, '')
      expect(text).toContain(clause)
      expect(figure.context).toContain(figure.value)
      // It begins where the sentence or a clause does, and says so when the sentence goes on.
      const before = text.slice(0, text.indexOf(clause)).trimEnd()
      expect(before === '' || /[.;:!?,]$/.test(before)).toBe(true)
      expect(figure.context.endsWith(' …')).toBe(text.replace(/[.]$/, '') !== clause)
    }
  })

  test('a clause too wide to show is no figure, rather than a window cut inside it', () => {
    const text =
      'She asks how the team can keep its build scripts tidy across all the services it runs and says capping each ' +
      'repository at only 12 scripts is not a real answer to the problem they have.'
    expect(findFigures(origin(text))).toEqual([])
  })

  test('a short sentence is the whole context, without its full stop', () => {
    expect(findFigures(origin('Tickets cost $25 or €22.50 at the door.'))).toEqual([
      {value: '$25', context: 'Tickets cost $25 or €22.50 at the door', origin: origin('Tickets cost $25 or €22.50 at the door.')},
      {value: '€22.50', context: 'Tickets cost $25 or €22.50 at the door', origin: origin('Tickets cost $25 or €22.50 at the door.')}
    ])
  })

  test('a long sentence gives the clause around the figure, at least seven words', () => {
    const [figure] = findFigures(origin(long))
    expect(figure!.value).toBe('38%')
    expect(figure!.context.length).toBeLessThan(long.length)
    expect(figure!.context.split(' ').length).toBeGreaterThanOrEqual(7)
    expect(figure!.context).toContain('38% of readers preferred audiobooks to print')
    expect(figure!.context).not.toMatch(/\b(?:of|a|an|the|and|or|to|in|with)$/)
  })

  test('a figure in a sentence with nothing else is found once', () => {
    expect(findFigures(origin('No figures here at all.'))).toEqual([])
    expect(findFigures(origin('It took 10 years.'))).toEqual([{value: '10 years', context: 'It took 10 years', origin: origin('It took 10 years.')}])
  })
})

describe('findFigures: counted plurals and multipliers', () => {
  test.each([
    ['The fair had 300 volunteers this year.', '300 volunteers'],
    ['We sold 40 loaves before noon.', '40 loaves'],
    ['The new oven is 10x faster.', '10x']
  ])('%s', (text, value) => {
    expect(findFigures({line: 1, text}).map((figure) => figure.value)).toEqual([value])
  })

  test('a number before a word that is no plural is not a figure', () => {
    expect(findFigures({line: 1, text: 'There are 2 of them; meet at 5 pm.'})).toEqual([])
  })
})

describe('findFigures: the number of its source', () => {
  const values = (text: string): string[] => findFigures({line: 1, text}).map((figure) => figure.value)

  test('the minutes of a clock time are no figure ("10:21 people")', () => {
    expect(values('At 10:21 people started to leave the hall.')).toEqual([])
  })

  test('a proportion is one figure ("8 out of 10"), not a count of the noun after it', () => {
    expect(values('About 8 out of 10 readers borrow more than one book.')).toEqual(['8 out of 10'])
    expect(findFigures({line: 1, text: 'Environ 8 sur 10 lecteurs empruntent plus d’un livre.'}, {language: french}).map((figure) => figure.value)).toEqual(['8 sur 10'])
  })

  test('the end of a name is no figure ("COVID-19 cases")', () => {
    expect(values('COVID-19 cases fell by 20% over the summer.')).toEqual(['20%'])
  })

  test('a range is one figure, bold whole ("3-6 months")', () => {
    expect(values('It can take 3-6 months to break even.')).toEqual(['3-6 months'])
    expect(values('Between 20–30% of the loaves go unsold.')).toEqual(['20–30%'])
  })

  test('"1-1 talks" is a kind of meeting, not a range', () => {
    expect(values('Schedule 1-1 talks with everybody.')).toEqual([])
  })
})
