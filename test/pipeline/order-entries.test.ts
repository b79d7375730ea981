import type {Paragraph, Root} from 'mdast'
import {describe, expect, test} from 'vitest'
import {orderEntries, orderEvidence} from '../../src/pipeline/order-entries.js'
import {parseNotes} from '../../src/pipeline/parse-notes.js'
import {toString} from 'mdast-util-to-string'

/** A log of paragraphs, one every other line, as a live blog parses. */
function log(entries: readonly string[]): Root {
  const children = entries.map((value, index): Paragraph => {
    const position = {start: {line: 2 * index + 1, column: 1}, end: {line: 2 * index + 1, column: value.length + 1}}
    return {type: 'paragraph', children: [{type: 'text', value, position}], position}
  })
  return {type: 'root', children}
}

const texts = (tree: Root) => tree.children.map((node) => (node.type === 'paragraph' && node.children[0]?.type === 'text' ? node.children[0].value : ''))
const lines = (tree: Root) => tree.children.map((node) => node.position?.start.line)

const newestFirst = ['15:40 The chess club votes on the new boards.', '15:10 The treasurer reads the accounts.', '14:55 Members arrive for the meeting.']
const oldestFirst = [...newestFirst].reverse()

describe('orderEvidence', () => {
  test('descending timestamps read newest first', () => {
    expect(orderEvidence(newestFirst)).toBe(3)
  })

  test('ascending timestamps read oldest first', () => {
    expect(orderEvidence(oldestFirst)).toBe(-3)
  })

  test('am and pm count: 3:10 pm is after 11:50 am, 12:10 am is after midnight', () => {
    expect(orderEvidence(['3:10 pm Prizes.', '11:50 am Lunch.', '9:05 am Tea is served.'])).toBe(3)
    expect(orderEvidence(['12:10 am Night shift.', '12:30 pm Lunch.', '11:50 pm Handover.'])).toBe(-3)
  })

  test('bracketed timestamps and day numbers count', () => {
    expect(orderEvidence(['[16:00] Finals.', '[12:00] Semis.', '[09:00] Heats.'])).toBe(3)
    expect(orderEvidence(['Day 3: finals.', 'Day 2: semi-finals.', 'Day 1: heats.'])).toBe(3)
  })

  test('closing words first and opening words last read newest first', () => {
    expect(orderEvidence(['The tournament comes to an end.', 'Round two is tense.', 'Round one is quick.', 'The tournament has begun.'])).toBe(2)
  })

  test('opening words first and closing words last read oldest first', () => {
    expect(orderEvidence(['The tournament has begun.', 'Round one is quick.', 'Round two is tense.', 'The tournament comes to an end.'])).toBe(-2)
  })

  test('entries without times or cues tell nothing', () => {
    expect(orderEvidence(['Round one is quick.', 'Round two is tense.', 'Round three is long.', 'Round four is short.'])).toBe(0)
  })

  test('fewer than three entries tell nothing', () => {
    expect(orderEvidence(['15:40 Votes.', '15:10 Accounts.'])).toBe(0)
    expect(orderEvidence(['The tournament comes to an end.', 'The tournament has begun.'])).toBe(0)
  })

  test('fewer than three timestamps give no timestamp evidence', () => {
    expect(orderEvidence(['15:40 Votes.', 'Accounts are read.', '14:55 Members arrive.', 'Chairs are stacked.'])).toBe(0)
  })
})

describe('orderEntries', () => {
  test('auto reverses a newest-first log', () => {
    const {tree, reversed} = orderEntries(log(newestFirst))
    expect(reversed).toBe(true)
    expect(texts(tree)).toEqual(oldestFirst)
  })

  test('auto keeps an oldest-first log', () => {
    const input = log(oldestFirst)
    const {tree, reversed} = orderEntries(input, {order: 'auto'})
    expect(reversed).toBe(false)
    expect(tree).toBe(input)
  })

  test('auto reverses a log with a closing cue first and an opening cue last', () => {
    const entries = ["That's a wrap, thanks for following along.", 'The rapid round is won by the youngest member.', 'Boards are set in the hall.', 'The club night has begun.']
    const {tree, reversed} = orderEntries(log(entries))
    expect(reversed).toBe(true)
    expect(texts(tree)).toEqual([...entries].reverse())
  })

  test('auto keeps a log that tells nothing about its order', () => {
    const {reversed} = orderEntries(log(['Boards are set.', 'Clocks are wound.', 'Players shake hands.']))
    expect(reversed).toBe(false)
  })

  test('as-is keeps a newest-first log as written', () => {
    const input = log(newestFirst)
    const {tree, reversed} = orderEntries(input, {order: 'as-is'})
    expect(reversed).toBe(false)
    expect(texts(tree)).toEqual(newestFirst)
  })

  test('reverse reverses an oldest-first log', () => {
    const {tree, reversed} = orderEntries(log(oldestFirst), {order: 'reverse'})
    expect(reversed).toBe(true)
    expect(texts(tree)).toEqual(newestFirst)
  })

  test('nodes keep their source positions when reversed', () => {
    const {tree} = orderEntries(log(newestFirst))
    expect(lines(tree)).toEqual([5, 3, 1])
  })

  test('does not change its input', () => {
    const input = log(newestFirst)
    orderEntries(input)
    expect(texts(input)).toEqual(newestFirst)
    expect(lines(input)).toEqual([1, 3, 5])
  })
})

describe('orderEntries: dated sections and repeats', () => {
  const md = (text: string) => parseNotes({kind: 'markdown', text})
  const headings = (tree: Root) => tree.children.filter((node) => node.type === 'heading').map((node) => toString(node))

  test('an archive of meetings under dated headings, newest first, is put in the order they happened', () => {
    const text = '# Harbour board minutes\n\n## 2024/03/12\n\n- quay repairs approved\n\n## 2024/02/13\n\n- ferry fares discussed\n\n##  2024/01/09\n\n- new pilots hired\n'
    const {tree, reversed} = orderEntries(md(text), {blocks: false})
    expect(reversed).toBe(true)
    expect(headings(tree)).toEqual(['Harbour board minutes', '2024/01/09', '2024/02/13', '2024/03/12'])
    expect(toString(tree.children[2]!)).toBe('new pilots hired')
  })

  test('sections under timed headings (a running log of talks, newest on top) are reversed', () => {
    const text = '# Closing talk (11:30am)\n\nThanks all.\n\n# Second talk (10:15am)\n\nOn ovens.\n\n# Opening talk (9:05am)\n\nOn flour.\n'
    expect(headings(orderEntries(md(text), {blocks: false}).tree)).toEqual(['Opening talk (9:05am)', 'Second talk (10:15am)', 'Closing talk (11:30am)'])
  })

  test('an archive already oldest first stays as it is', () => {
    const text = '## 2024-01-09\n\nA.\n\n## 2024-02-13\n\nB.\n\n## 2024-03-12\n\nC.\n'
    expect(orderEntries(md(text), {blocks: false}).reversed).toBe(false)
  })

  test('the same meeting pasted twice appears once', () => {
    const meeting = '## 2024/02/13\n\n- ferry fares discussed\n- the winter timetable stays\n\n'
    const text = `## 2024/03/12\n\n- quay repairs approved\n\n${meeting}${meeting}## 2024/01/09\n\n- new pilots hired\n`
    expect(headings(orderEntries(md(text), {blocks: false}).tree)).toEqual(['2024/01/09', '2024/02/13', '2024/03/12'])
  })

  test('a block pasted twice by accident appears once; short repeated lines stay', () => {
    const block = 'The quay repairs start in May and the north side is done first.'
    const text = `## Quay\n\n${block}\n\nYes.\n\n${block}\n\nYes.\n`
    const {tree} = orderEntries(md(text), {blocks: false})
    expect(tree.children.map((node) => toString(node))).toEqual(['Quay', block, 'Yes.', 'Yes.'])
  })

  test('Markdown blocks are not reversed as a log (blocks: false)', () => {
    const {reversed} = orderEntries(log(newestFirst), {blocks: false})
    expect(reversed).toBe(false)
  })
})
