import {toString} from 'mdast-util-to-string'
import {describe, expect, test} from 'vitest'
import {buildDeck, type BuiltDeck} from '../src/pipeline/build-deck.js'
import {selectPoints} from '../src/pipeline/select-points/index.js'

const lines = (...text: string[]) => text.join('\n')

/** The points the deck's sections offer (before the budget picks the slides' few), by section. */
const points = (deck: BuiltDeck) => selectPoints({meta: deck.meta, sections: deck.sections, definitions: {}})

/** Every point of the notes, in deck order, as `[depth, text, source line]`. */
const bullets = (deck: BuiltDeck) => points(deck).flatMap((selection) => selection.bullets.map((bullet) => [bullet.depth, bullet.text, bullet.origin.line] as const))

/** The label before the first `:` of each section's first entry. */
const firstSpeakers = (deck: BuiltDeck) =>
  deck.sections.map((section) => {
    const [node] = section.nodes
    return node?.type === 'paragraph' ? node.data?.speaker : undefined
  })

describe('a transcript with speaker labels', () => {
  const notes = lines(
    'CHAIR: Good evening and welcome to the chess club annual meeting.',
    'CHAIR: First we review the tournament results from spring.',
    '[Applause]',
    'TREASURER: The accounts show a small surplus this year.',
    'TREASURER: Membership fees cover the hall rent and new clocks.',
    'CAPTAIN: Our team won the county league in the final round.',
    'CHAIR: Thank you both, training nights move to Thursday.'
  )
  const deck = buildDeck(notes, {file: 'agm.txt'})

  test('is read as a transcript', () => {
    expect(deck.kind).toBe('transcript')
    expect(deck.reversed).toBe(false)
  })

  test('opens a section for each new speaker, one node per turn', () => {
    expect(deck.sections.map((section) => [section.line, section.nodes.length])).toEqual([
      [1, 2],
      [4, 2],
      [6, 2]
    ])
    expect(firstSpeakers(deck)).toEqual(['CHAIR', 'TREASURER', 'CAPTAIN'])
  })

  test('a speaker heard before does not open a section', () => {
    const [, turn] = deck.sections[2]!.nodes
    expect(turn?.type === 'paragraph' && turn.data?.speaker).toBe('CHAIR')
    expect(toString(turn!)).toBe('Thank you both, training nights move to Thursday.')
  })

  test('bullets leave the speaker label out; sections are titled with who speaks', () => {
    expect(deck.markdown).not.toMatch(/^- (?:CHAIR|TREASURER|CAPTAIN):/m)
    expect(deck.sections.map((section) => section.title.split(' — ')[1])).toEqual(['Chair', 'Treasurer', 'Captain, Chair'])
  })

  test('drops stage cues', () => {
    expect(deck.removed).toEqual([{line: 3, text: '[Applause]', rule: 'stage cue'}])
    expect(deck.markdown).not.toContain('Applause')
  })

  test('every turn is a bullet that says which line it came from', () => {
    expect(bullets(deck).map(([, , line]) => line)).toEqual([1, 2, 4, 5, 6, 7])
  })
})

describe('a newest-first live blog', () => {
  const notes = lines(
    '2024-05-18',
    'Refresh',
    '',
    'That is a wrap for the bakery fair, thanks for following along.',
    '',
    'The pastry prize goes to a croissant from the harbour bakery. (Image credit: Lena Fisk)',
    '',
    '15:10',
    '',
    'Judges compare the flaky layers of every croissant entry.',
    '',
    'Next to the stage is the pastry team, showing laminated dough and croissants. (Image credit: Lena Fisk)',
    '',
    'Updated 14:05 GMT',
    '',
    'A miller explains how stone grinding keeps rye flour flavourful.',
    '',
    'Rye loaves from twelve bakeries fill the long tables.',
    '',
    'Doors are open and the bakery fair has begun.'
  )
  const deck = buildDeck(notes, {file: 'fair.txt'})

  test('is read as a live blog and reversed', () => {
    expect(deck.kind).toBe('live-blog')
    expect(deck.reversed).toBe(true)
  })

  test('its sections run in chronological order, the next talk opening the second', () => {
    expect(deck.sections.map((section) => section.line)).toEqual([20, 12])
    expect(toString(deck.sections[1]!.nodes[0]!)).toBe('Next to the stage is the pastry team, showing laminated dough and croissants.')
  })

  test('its bullets run from the opening entry to the closing one', () => {
    const all = bullets(deck)
    expect(all.map(([, , line]) => line)).toEqual([20, 18, 16, 12, 10, 6, 4])
    expect(all[0]![1]).toBe('Doors are open and the bakery fair has begun.')
    expect(all.at(-1)![1]).toBe('That is a wrap for the bakery fair, thanks for following along.')
  })

  test('reports what was dropped as noise, by line', () => {
    expect(deck.removed.map((piece) => [piece.line, piece.rule])).toEqual([
      [1, 'date or time separator'],
      [2, 'date or time separator'],
      [6, 'image credit'],
      [8, 'date or time separator'],
      [12, 'image credit'],
      [14, 'date or time separator']
    ])
  })

  test('keeps the date of a dropped date line', () => {
    expect(deck.meta.date).toBe('2024-05-18')
  })

  test('leaves no noise in the deck', () => {
    for (const noise of ['Image credit', 'Lena Fisk', 'Refresh', 'Updated', '15:10', '14:05']) {
      expect(deck.markdown).not.toContain(noise)
    }
    expect(deck.markdown).not.toMatch(/^\s*\d{1,2}:\d{2}\s*$/m)
  })
})

describe('an indented outline', () => {
  const notes = lines(
    'Staffing',
    '\t- Night shifts are short by two nurses',
    '\t\t- agency cover costs more each month',
    '    - Rota moves to a four-week cycle,',
    '      agreed by the ward leads on Monday',
    'Beds',
    '  - Ward 3 reopens after repairs',
    '      - new beds arrive in June',
    '  - Discharge lounge stays open until 8 pm'
  )
  const deck = buildDeck(notes, {file: 'ops.txt'})

  test('is read as an outline, its top items the sections', () => {
    expect(deck.kind).toBe('outline')
    expect(deck.sections.map((section) => [section.title, section.line])).toEqual([
      ['Staffing', 1],
      ['Beds', 6]
    ])
  })

  test('keeps the nesting of tabs and spaces: sub-items are sub-bullets', () => {
    expect(bullets(deck).map(([depth, , line]) => [depth, line])).toEqual([
      [0, 2],
      [1, 3],
      [0, 4],
      [0, 7],
      [1, 8],
      [0, 9]
    ])
  })

  test('a tab and four spaces are the same level', () => {
    const staffing = points(deck).find((selection) => selection.section.title === 'Staffing')!
    expect(staffing.bullets.filter((bullet) => bullet.depth === 0).map((bullet) => bullet.origin.line)).toEqual([2, 4])
  })

  test('a hard-wrapped item is one bullet', () => {
    const wrapped = points(deck).flatMap((selection) => selection.bullets.filter((bullet) => bullet.text.includes('Rota')))
    expect(wrapped.map((bullet) => [bullet.depth, bullet.origin.text, bullet.origin.line])).toEqual([[0, 'Rota moves to a four-week cycle, agreed by the ward leads on Monday', 4]])
    expect(bullets(deck).some(([, text]) => text.startsWith('agreed') || text.startsWith('Agreed'))).toBe(false)
  })
})

describe('flat Markdown with bold pseudo-headings', () => {
  const notes = lines(
    '**Budget**',
    '',
    '- Park repairs approved',
    '- Library hours unchanged',
    '',
    '**Transport:**',
    '',
    '- Route 12 runs every ten minutes',
    '- Cycle lane on Mill Road'
  )
  const deck = buildDeck(notes, {file: 'council.md'})

  test('is read as flat Markdown', () => {
    expect(deck.kind).toBe('markdown-flat')
    expect(deck.removed).toEqual([])
  })

  test('the bold paragraphs title the sections, without the colon', () => {
    expect(deck.sections.map((section) => [section.title, section.line])).toEqual([
      ['Budget', 1],
      ['Transport', 6]
    ])
  })

  test('the bullets under each pseudo-heading belong to its section', () => {
    expect(points(deck).map((selection) => selection.bullets.map((bullet) => bullet.text))).toEqual([
      ['Park repairs approved', 'Library hours unchanged'],
      ['Route 12 runs every ten minutes', 'Cycle lane on Mill Road']
    ])
    expect(deck.markdown).not.toContain('**Budget**')
  })

  test('the same notes read from stdin are sniffed as flat Markdown too', () => {
    const fromStdin = buildDeck(notes)
    expect(fromStdin.kind).toBe('markdown-flat')
    expect(fromStdin.sections.map((section) => section.title)).toEqual(['Budget', 'Transport'])
  })
})

describe('the order option', () => {
  const notes = lines(
    'That is a wrap for the chess club night, thanks for following along.',
    '',
    'The rapid round is won by the youngest member of the club.',
    '',
    'Boards and clocks are set out in the village hall.',
    '',
    'Players draw colours for the first round of rapid games.',
    '',
    'The clock on board four is replaced before play.',
    '',
    'The chess club night has begun.'
  )

  test('auto reverses the newest-first log', () => {
    const deck = buildDeck(notes, {file: 'club.txt'})
    expect(deck.kind).toBe('live-blog')
    expect(deck.reversed).toBe(true)
    expect(bullets(deck)[0]![1]).toBe('The chess club night has begun.')
  })

  test('as-is keeps the log as written', () => {
    const deck = buildDeck(notes, {file: 'club.txt', order: 'as-is'})
    expect(deck.reversed).toBe(false)
    expect(bullets(deck).map(([, , line]) => line)).toEqual([1, 3, 5, 7, 9, 11])
    expect(bullets(deck)[0]![1]).toBe('That is a wrap for the chess club night …')
  })

  test('reverse turns even Markdown around', () => {
    const deck = buildDeck('First point.\n\nSecond point.\n\nThird point.', {file: 'club.md', order: 'reverse'})
    expect(deck.reversed).toBe(true)
    expect(bullets(deck).map(([, text]) => text)).toEqual(['Third point.', 'Second point.', 'First point.'])
  })
})

describe('live blogs with timestamps', () => {
  const entries = ['16:00 The fair closes with a brass band.', '15:40 Prizes go to the best sourdough. (Image credit: Ann)', '15:10 Judges taste the rye loaves.', '14:30 The croissant contest begins.', '14:00 Stalls fill the square. (Image credit: Ann)', '13:30 Doors open to the public.']

  test('a timestamp leading each entry makes a live blog, put back in time order', () => {
    const deck = buildDeck(entries.join('\n\n'), {file: 'fair.txt'})
    expect(deck.kind).toBe('live-blog')
    expect(deck.reversed).toBe(true)
  })

  test('times on lines of their own tell the order even though they are dropped as noise', () => {
    const text = entries.map((entry) => entry.replace(/^(\d\d:\d\d) /, '$1\n')).join('\n\n')
    const deck = buildDeck(text, {file: 'fair.txt'})
    expect(deck.reversed).toBe(true)
    expect(deck.markdown).not.toMatch(/^- 1\d:\d\d$/m)
  })
})

test('an outline whose first line has nothing under it takes it as the deck title', () => {
  const deck = buildDeck('Hospital ops review\nStaffing\n  - two nurses short\n  - agency costs up\nBeds\n  - ward 3 reopens', {file: 'ops.txt'})
  expect(deck.kind).toBe('outline')
  expect(deck.meta.title).toBe('Hospital ops review')
  expect(deck.sections.map((section) => section.title)).toEqual(['Staffing', 'Beds'])
})
