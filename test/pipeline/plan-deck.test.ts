import {describe, expect, test} from 'vitest'
import {planDeck} from '../../src/pipeline/plan-deck.js'
import {DeckError} from '../../src/errors.js'
import {toString} from 'mdast-util-to-string'

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

  test('a newest-first log of talks written in Markdown is a live blog, its talks put in the order they happened', () => {
    const talk = (title: string, time: string, point: string) => `# ${title} (${time})\n\n- ${point}\n- the stands close at six\n`
    const text = [talk('Prizes', '11:40am', 'the rye loaf wins the prize'), talk('Rye loaves', '10:50am', 'rye needs a long proof'), talk('Opening', '9:05am', 'the mayor opens the fair')].join('\n')
    const plan = planDeck(text, {file: 'fair.md'})
    expect(plan.kind).toBe('live-blog')
    expect(plan.reversed).toBe(true)
    expect(plan.sections.map((section) => section.title)).toEqual(['Opening (9:05am)', 'Rye loaves (10:50am)', 'Prizes (11:40am)'])
    expect(planDeck(text, {file: 'fair.md', order: 'as-is'}).reversed).toBe(false)
  })

  test('a blog post whose notes are raw HTML between shortcodes: its text is read, no markup is kept', () => {
    const entries = ['The mayor opens the fair and thanks the forty stand holders.', 'The judges taste the rye loaves from the valley bakeries.', 'A miller explains why stone-ground flour keeps longer.', 'The croissant round starts and the queue reaches the gate.', 'Prizes go to the best rye, the best pie and the best jam.', 'The mayor closes the fair and invites everyone back.']
    const html = entries.map((entry, index) => `<p>${10 + index}:05AM - ${entry}</p>\n<p><img src="/assets/fair-${index}.png" alt=""></p>`).join('\n')
    const text = `---\ntitle: Harvest fair, live\n---\n\n{{< rawhtml >}}\n<p><iframe src="https://video.example.org/1"></iframe></p>\n${html}\n<section id="comments"><p>Great post!</p></section>\n{{< /rawhtml >}}\n`
    const plan = planDeck(text, {file: 'fair.md'})
    expect(plan.kind).toBe('live-blog')
    expect(plan.meta.title).toBe('Harvest fair, live')
    const shown = plan.sections.flatMap((section) => section.nodes.map((node) => toString(node))).join('\n')
    for (const entry of entries) expect(shown).toContain(entry)
    for (const markup of ['<', '{{', 'Great post']) expect(shown).not.toContain(markup)
    expect(plan.selections.flatMap((selection) => selection.bullets).length).toBeGreaterThan(2)
  })

  test('empty notes throw a DeckError naming the file', () => {
    expect(() => planDeck('\n \n', {file: 'blank.md'})).toThrow(new DeckError('blank.md: empty file, expected notes'))
  })
})
