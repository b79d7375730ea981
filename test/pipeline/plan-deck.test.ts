import {describe, expect, test} from 'vitest'
import {planDeck} from '../../src/pipeline/plan-deck.js'
import {DeckError} from '../../src/errors.js'

const log = [
  '15:30 Doors close and the members vote on the new rules.',
  '15:10 The treasurer answers questions about the hall rent.',
  '14:45 The treasurer reads the budget: spending is 4% lower than last year.',
  '14:20 The garden group shows photos of the new beds.',
  '14:05 The secretary reads the minutes of the spring meeting.',
  '13:50 The chair opens the meeting and welcomes 40 members.'
].join('\n\n')

describe('planDeck', () => {
  test('reads, cleans, orders and selects: sections with what each keeps, no slides', () => {
    const plan = planDeck('# Club meeting\n\n## Budget\n\nSpending fell by 4% this year. The hall costs more.\n\n## Vote\n\nThe members approved the new rules.\n', {
      file: 'club.md'
    })
    expect(plan.file).toBe('club.md')
    expect(plan.kind).toBe('markdown')
    expect(plan.meta.title).toBe('Club meeting')
    expect(plan.sections.map((section) => [section.title, section.line])).toEqual([
      ['Budget', 3],
      ['Vote', 7]
    ])
    expect(plan.selections.map((selection) => selection.section)).toEqual(plan.sections)
    expect(plan.selections[0]!.figures.map((figure) => figure.value)).toEqual(['4%'])
    expect(Object.keys(plan)).not.toContain('slides')
  })

  test('the title option is over the notes’ own', () => {
    expect(planDeck('# Club meeting\n\nWe met.\n', {title: 'Spring meeting'}).meta.title).toBe('Spring meeting')
  })

  test('a newest-first log is put in the order it happened', () => {
    const plan = planDeck(log, {file: 'log.txt'})
    expect(plan.reversed).toBe(true)
    const lines = plan.selections.flatMap((selection) => selection.bullets.map((bullet) => bullet.origin.line))
    expect(lines.length).toBeGreaterThan(1)
    expect(lines).toEqual([...lines].sort((a, b) => b - a))
    expect(planDeck(log, {file: 'log.txt', order: 'as-is'}).reversed).toBe(false)
  })

  test('empty notes throw a DeckError naming the file', () => {
    expect(() => planDeck('\n \n', {file: 'blank.md'})).toThrow(new DeckError('blank.md: empty file, expected notes'))
  })
})
