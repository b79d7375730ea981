import {describe, expect, test} from 'vitest'
import {DeckError} from '../../src/errors.js'
import {parseNotes} from '../../src/pipeline/parse-notes.js'
import {splitSections} from '../../src/pipeline/split-sections.js'
import {toString} from 'mdast-util-to-string'
import type {Outline} from '../../src/types.js'

const markdown = (text: string) => parseNotes({kind: 'markdown', text})
const plain = (text: string) => parseNotes({kind: 'plain', text})

/** Sections as `[title, depth, line, number of nodes]`. */
const shape = (outline: Outline) => outline.sections.map((section) => [section.title, section.depth, section.line, section.nodes.length])

describe('splitSections: headings', () => {
  test('a single H1 is the deck title; the other headings open sections', () => {
    const outline = splitSections(markdown('# Bakery sync\n\n## Ovens\n\nOven two is broken.\n\n## Flour\n\nDelivery is late.\n\nAsk the mill.'))
    expect(outline.meta.title).toBe('Bakery sync')
    expect(shape(outline)).toEqual([
      ['Ovens', 1, 3, 1],
      ['Flour', 1, 7, 2]
    ])
  })

  test('a section holds its own content, not its heading', () => {
    const outline = splitSections(markdown('# Bakery sync\n\n## Ovens\n\nOven two is broken.'))
    expect(outline.sections[0]!.nodes.map((node) => node.type)).toEqual(['paragraph'])
  })

  test('several H1s are sections, and no title is made up', () => {
    const outline = splitSections(markdown('# Budget\n\nApproved.\n\n# Buses\n\nNew route.'))
    expect(outline.meta.title).toBeUndefined()
    expect(shape(outline)).toEqual([
      ['Budget', 1, 1, 1],
      ['Buses', 1, 5, 1]
    ])
  })

  test('nested headings get their depth below the top level', () => {
    const outline = splitSections(markdown('# Board meeting\n\n## Budget\n\nx\n\n### Buses\n\ny\n\n#### Fuel\n\nz\n\n## Lunch\n\nw'))
    expect(shape(outline).map(([title, depth]) => [title, depth])).toEqual([
      ['Budget', 1],
      ['Buses', 2],
      ['Fuel', 3],
      ['Lunch', 1]
    ])
  })

  test('a heading is one level below the one it is under, whatever levels are skipped', () => {
    const outline = splitSections(markdown('# Fair day\n\n## Morning talks\n\nx\n\n#### Rye loaves\n\ny\n\n#### Spelt\n\nz\n\n###### Ovens\n\nv\n\n## Lunch\n\nw'))
    expect(shape(outline).map(([title, depth]) => [title, depth])).toEqual([
      ['Morning talks', 1],
      ['Rye loaves', 2],
      ['Spelt', 2],
      ['Ovens', 3],
      ['Lunch', 1]
    ])
  })

  test('depth counts from the shallowest heading, and never goes below 1', () => {
    const outline = splitSections(markdown('### Early detail\n\nx\n\n## Main part\n\ny'))
    expect(shape(outline).map(([title, depth]) => [title, depth])).toEqual([
      ['Early detail', 2],
      ['Main part', 1]
    ])
  })

  test('heading text is flattened to plain text', () => {
    const outline = splitSections(markdown('# Talk\n\n## The *new* `polars` API\n\nx'))
    expect(outline.sections[0]!.title).toBe('The new polars API')
  })

  test('the front matter title wins over the H1, and the H1 is not a section', () => {
    const outline = splitSections(markdown('---\ntitle: Spring review\n---\n\n# Board meeting\n\n## Budget\n\nApproved.'))
    expect(outline.meta.title).toBe('Spring review')
    expect(shape(outline)).toEqual([['Budget', 1, 7, 1]])
  })

  test('the H1 a front matter title overrides is the subtitle, unless it says the same', () => {
    expect(splitSections(markdown('---\ntitle: Spring review\n---\n\n# Orchard club board\n\n## Budget\n\nApproved.')).meta.subtitle).toBe('Orchard club board')
    expect(splitSections(markdown('---\ntitle: Spring review\n---\n\n# Spring Review\n\n## Budget\n\nApproved.')).meta.subtitle).toBeUndefined()
  })

  test('the H1 that opens a talk and holds its parts is the title, though a stray H1 comes later', () => {
    const outline = splitSections(markdown('# Sourdough at scale - Ann Berg - Rye House\n\nHow a bakery grew.\n\n## Starters\n\nKept cold.\n\n## Ovens\n\nTwo decks.\n\n# Questions\n\n- how long is the proof?\n'))
    expect(outline.meta.title).toBe('Sourdough at scale - Ann Berg - Rye House')
    expect(shape(outline)).toEqual([
      ['Starters', 1, 5, 1],
      ['Ovens', 1, 9, 1],
      ['Questions', 1, 13, 1]
    ])
  })

  test('H1s that each hold their parts, or many H1s, are sections: no title is made up', () => {
    const each = splitSections(markdown('# Sourdough\n\n## Starters\n\nCold.\n\n## Ovens\n\nHot.\n\n# Rye\n\n## Flour\n\nDark.\n\n## Proof\n\nLong.\n'))
    expect(each.meta.title).toBeUndefined()
    const many = splitSections(markdown('# Sourdough\n\n## Starters\n\nCold.\n\n## Ovens\n\nHot.\n\n# Rye\n\nDark.\n\n# Spelt\n\nNutty.\n\n# Oats\n\nSoft.\n'))
    expect(many.meta.title).toBeUndefined()
  })

  test('meta from findMeta is carried through', () => {
    const outline = splitSections(markdown('# Talk\n\n## Intro\n\nAt PyData Berlin 2024 on 2024-04-22.'))
    expect(outline.meta).toMatchObject({title: 'Talk', event: 'PyData Berlin 2024', date: '2024-04-22'})
  })

  test('an H1 alone gives a title and no sections', () => {
    const outline = splitSections(markdown('# Bakery sync'))
    expect(outline.meta.title).toBe('Bakery sync')
    expect(outline.sections).toEqual([])
  })
})

describe('splitSections: a live blog under one heading', () => {
  const ovens = ['The baker lights the wood oven at dawn.', 'The oven reaches its heat after two hours of wood.', 'Bread goes into the hot oven in rows.', 'The oven floor bakes the bread crust dark.', 'A second oven bakes the rye bread slower.', 'The baker checks each oven loaf by its sound.', 'Oven heat falls as the bread bakes.']
  const bees = ['The beekeeper opens the first hive of bees.', 'Bees fill the honey frames in summer.', 'The hive queen lays eggs in spring.', 'Honey is spun from the frames of each hive.', 'The beekeeper smokes the bees to calm the hive.', 'Wax from the bees makes candles.', 'Each hive gives twenty jars of honey.']
  const log = (entries: readonly string[]) => entries.map((entry, index) => `${9 + Math.floor(index / 6)}:${String((index % 6) * 10).padStart(2, '0')}AM - ${entry}`).join('\n\n')
  const text = `# Farm open day\n\n## Live notes\n\n${log([...ovens, ...bees])}\n`

  test('a long run of entries is cut where the topic changes: the heading keeps the first part, the others go one level below it', () => {
    const outline = splitSections(parseNotes({kind: 'live-blog', markdown: true, text}), {kind: 'live-blog'})
    expect(outline.sections.length).toBeGreaterThanOrEqual(2)
    expect(outline.sections[0]).toMatchObject({title: 'Live notes', depth: 1})
    expect(outline.sections.slice(1).every((section) => section.depth === 2)).toBe(true)
    // Every entry is kept once, in order, and the bees are not under the ovens' part.
    const entries = outline.sections.flatMap((section) => section.nodes.map((node) => toString(node)))
    expect(entries).toHaveLength(14)
    expect(toString({type: 'root', children: [...outline.sections[0]!.nodes]})).not.toContain('hive')
  })

  test('in notes of another kind, or a short run, the section stays whole', () => {
    expect(shape(splitSections(markdown(text)))).toEqual([['Live notes', 1, 3, 14]])
    const short = `## Live notes\n\n${log([...ovens.slice(0, 4), ...bees.slice(0, 4)])}\n`
    expect(splitSections(parseNotes({kind: 'live-blog', markdown: true, text: short}), {kind: 'live-blog'}).sections).toHaveLength(1)
  })
})

describe('splitSections: front matter', () => {
  test('TOML front matter is read, not shown: its title is the deck title, no section holds it', () => {
    const outline = splitSections(markdown('+++\ntitle = "Orchard club"\n+++\n\n## Pruning\n\nWe cut back the old pear trees.\n'))
    expect(outline.meta.title).toBe('Orchard club')
    expect(shape(outline)).toEqual([['Pruning', 1, 5, 1]])
    expect(outline.sections.flatMap((section) => section.nodes.map((node) => toString(node))).join(' ')).not.toContain('title')
  })
})

describe('splitSections: text before the first section', () => {
  test('one short paragraph becomes the subtitle', () => {
    const outline = splitSections(markdown('# Bakery sync\n\nWeekly team meeting, Monday.\n\n## Ovens\n\nx'))
    expect(outline.meta.subtitle).toBe('Weekly team meeting, Monday.')
    expect(shape(outline)).toEqual([['Ovens', 1, 5, 1]])
  })

  test('a long paragraph becomes an Opening section', () => {
    const lead = 'This weekly meeting covered the ovens, the flour delivery, the new opening hours and the staff rota for the summer.'
    const outline = splitSections(markdown(`# Bakery sync\n\n${lead}\n\n## Ovens\n\nx`))
    expect(outline.meta.subtitle).toBeUndefined()
    expect(shape(outline)).toEqual([
      ['Opening', 1, 3, 1],
      ['Ovens', 1, 5, 1]
    ])
  })

  test('subtitleWords sets how short a subtitle must be', () => {
    const text = '# Bakery sync\n\nWeekly team meeting, Monday.\n\n## Ovens\n\nx'
    expect(splitSections(markdown(text), {subtitleWords: 3}).sections[0]!.title).toBe('Opening')
    expect(splitSections(markdown(text), {subtitleWords: 4}).meta.subtitle).toBe('Weekly team meeting, Monday.')
  })

  test('two paragraphs, or a list, are an Opening section', () => {
    expect(shape(splitSections(markdown('# Sync\n\nShort.\n\nAlso short.\n\n## Ovens\n\nx')))[0]).toEqual(['Opening', 1, 3, 2])
    expect(shape(splitSections(markdown('# Sync\n\n- flour\n\n## Ovens\n\nx')))[0]).toEqual(['Opening', 1, 3, 1])
  })
})

describe('splitSections: notes without headings', () => {
  test('a bullet tree is split at its top-level items', () => {
    const outline = splitSections(markdown('- Ovens\n  - oven two is broken\n  - fan ordered\n- Flour\n  - mill is late\n- Staff\n  - hire a baker'), {
      kind: 'markdown-flat'
    })
    expect(shape(outline)).toEqual([
      ['Ovens', 1, 1, 1],
      ['Flour', 1, 4, 1],
      ['Staff', 1, 6, 1]
    ])
    expect(outline.sections.map((section) => section.nodes[0]!.type)).toEqual(['list', 'list', 'list'])
  })

  test('a paragraph that is only bold text is a heading', () => {
    const outline = splitSections(markdown('**Ovens**\n\nOven two is broken.\n\n**Flour:**\n\nThe mill is late.'), {kind: 'markdown-flat'})
    expect(shape(outline)).toEqual([
      ['Ovens', 1, 1, 1],
      ['Flour', 1, 5, 1]
    ])
  })

  test('a bold pseudo-heading is one level below the heading it is written under', () => {
    const outline = splitSections(markdown('# Club\n\n## 2024-05-02 Meeting\n\n### Plan\n\n**Pruning**\n\nEast rows first.\n\n**Ladders**\n\nTwo new ones.\n\n## 2024-04-11 Meeting\n\nWe met.\n'))
    expect(shape(outline).map(([title, depth]) => [title, depth])).toEqual([
      ['2024-05-02 Meeting', 1],
      ['Plan', 2],
      ['Pruning', 3],
      ['Ladders', 3],
      ['2024-04-11 Meeting', 1]
    ])
  })

  test('bold text inside a sentence is not a heading', () => {
    const outline = splitSections(markdown('The **ovens** are fine.\n\n## Flour\n\nLate.'))
    expect(outline.meta.subtitle).toBe('The ovens are fine.')
    expect(shape(outline)).toEqual([['Flour', 1, 3, 1]])
  })

  test('short flat text on one topic is one section, titled by its key phrase', () => {
    const outline = splitSections(plain('Sourdough starter needs feeding.\n\nThe sourdough starter smells sour.\n\nFeed the sourdough starter daily.'), {
      kind: 'plain'
    })
    expect(shape(outline)).toEqual([['Sourdough starter', 1, 1, 3]])
  })

  test('flat text keeps every paragraph, in order, in depth-1 sections', () => {
    const paragraphs = [
      'The bakery ovens were serviced on Monday.',
      'Oven two still runs hot and burns the rye loaves.',
      'The oven technician will come back next week.',
      'Our flour supplier raised prices by ten percent.',
      'The mill also delivers the spelt flour late.',
      'We will compare flour prices from two other mills.'
    ]
    const tree = plain(paragraphs.join('\n\n'))
    const outline = splitSections(tree, {kind: 'plain'})
    expect(outline.sections.flatMap((section) => section.nodes)).toEqual(tree.children)
    expect(outline.sections.every((section) => section.depth === 1)).toBe(true)
    expect(outline.sections[0]!.line).toBe(1)
    expect(outline.sections.map((section) => section.line)).toEqual(outline.sections.map((section) => section.nodes[0]!.position!.start.line))
  })

  test('a plain "# line" is not a heading', () => {
    const outline = splitSections(plain('# Not a title\nJust text.'), {kind: 'plain'})
    expect(outline.meta.title).toBeUndefined()
    expect(outline.sections).toHaveLength(1)
    expect(outline.sections[0]!.nodes.map((node) => node.type)).toEqual(['paragraph'])
    expect(outline.sections[0]!.line).toBe(1)
  })
})

describe('splitSections: definitions and errors', () => {
  test('link definitions are collected and left out of the sections', () => {
    const outline = splitSections(markdown('## Links\n\nSee [the docs][Docs].\n\n[docs]: https://example.org/docs'))
    expect(outline.definitions).toEqual({docs: 'https://example.org/docs'})
    expect(outline.sections[0]!.nodes.map((node) => node.type)).toEqual(['paragraph'])
  })

  test('invalid front matter throws with the file name', () => {
    expect(() => splitSections(markdown('---\ntitle: [x\n---\n'), {file: 'bad.md'})).toThrow(DeckError)
    expect(() => splitSections(markdown('---\ntitle: [x\n---\n'), {file: 'bad.md'})).toThrow(/^bad\.md:\d+: front matter is not valid YAML/)
  })

  test('does not change the tree it is given', () => {
    const tree = markdown('# Sync\n\nLead.\n\n## Ovens\n\nx\n\n[a]: https://example.org')
    const before = structuredClone(tree)
    splitSections(tree)
    expect(tree).toEqual(before)
  })
})

describe('splitSections: the notes\' own title', () => {
  const outlineOf = (text: string) => splitSections(parseNotes({kind: 'outline', text}), {kind: 'outline'})

  test('a plain outline without markers: its first line is the title, siblings stay separate bullets', () => {
    const outline = outlineOf('Harbour review\nBudget\n  We spent 40% on the quay\n  The ferries cost less\nStaff\n  Two new pilots\n')
    expect(outline.meta.title).toBe('Harbour review')
    expect(outline.sections.map((section) => section.title)).toEqual(['Budget', 'Staff'])
    const points = outline.sections[0]!.nodes.flatMap((node) => (node.type === 'list' ? node.children.map((item) => toString(item)) : []))
    expect(points).toEqual(['We spent 40% on the quay', 'The ferries cost less'])
  })

  test('a banner framed in `#` marks is the outline\'s title, without its frame', () => {
    const tree = parseNotes({kind: 'outline', text: '### Harbour review ###\n\nBudget\n\t- we spent 40% on the quay\n'})
    expect(splitSections(tree, {kind: 'outline'}).meta.title).toBe('Harbour review')
  })

  test('a short first line above the first heading is the title; the line under it the subtitle', () => {
    const outline = splitSections(markdown('Harbour keynote - the new quay\nAnn Berg\n\nBudget\n------\n\nWe spent less.\n'))
    expect(outline.meta.title).toBe('Harbour keynote - the new quay')
    expect(outline.meta.subtitle).toBe('Ann Berg')
  })

  test('a note-taker\'s aside is never the title', () => {
    const outline = splitSections(markdown('Got in late, missed the start.\n\n## Budget\n\nWe spent less.\n'))
    expect(outline.meta.title).toBeUndefined()
    const tree = markdown('- Got in late, missed the start.\n- Budget\n  - we spent less\n  - the quay is done\n')
    expect(splitSections(tree, {kind: 'markdown-flat'}).meta.title).toBeUndefined()
  })
})

test('a talk heading over a lone speaker heading is one section: "Talk — Speaker", the speaker among its people', () => {
  const text = '# Ovens of the north (9:05am)\n## Ann Berg (Rye House)\n\n- stone ovens keep heat\n\n# Flour today (9:45am)\n## Tomasz Brenner (Crumb Bakery)\n\n- the mill is late\n'
  const outline = splitSections(markdown(text))
  expect(outline.sections.map((section) => section.title)).toEqual(['Ovens of the north — Ann Berg (Rye House)', 'Flour today — Tomasz Brenner (Crumb Bakery)'])
  expect(outline.sections[1]!.people?.map((person) => person.name)).toEqual(['Tomasz Brenner'])
  expect(outline.sections[0]!.line).toBe(1)
})

describe('splitSections: topic sentences over bullet lists', () => {
  const text = 'The quay repairs were the main topic of the morning.\n- north side first\n- stone from the old mill\n\nFerries run late in winter and the council wants it fixed.\n- two new boats in May\n- fares stay the same\n'
  const leads = (outline: Outline) => outline.sections.map((section) => toString(section.nodes[0]!))

  test('in Markdown, each topic sentence is kept as the lead of its points', () => {
    const outline = splitSections(markdown(text), {kind: 'markdown-flat'})
    expect(outline.sections).toHaveLength(2)
    expect(leads(outline)).toEqual(['The quay repairs were the main topic of the morning.', 'Ferries run late in winter and the council wants it fixed.'])
  })

  test('in an outline, a plain line over `- ` points is their topic, kept as the lead', () => {
    const outline = splitSections(parseNotes({kind: 'outline', text}), {kind: 'outline'})
    expect(outline.sections).toHaveLength(2)
    expect(leads(outline)).toEqual(['The quay repairs were the main topic of the morning.', 'Ferries run late in winter and the council wants it fixed.'])
    expect(outline.sections[1]!.nodes.map((node) => node.type)).toEqual(['paragraph', 'list'])
  })

  test('past 500 items, a topic sentence is its own title (no key phrase without compromise to tell verbs)', () => {
    const nouns = ['quay', 'ferry', 'harbour', 'market', 'pier', 'lighthouse', 'canal']
    const outlineOf = (count: number) =>
      Array.from({length: count}, (_, index) => `- The ${nouns[index % 7]} budget number ${index} was approved by the council.\n  - vote on ${nouns[(index + 3) % 7]} day`).join('\n')
    const titles = (count: number) => splitSections(markdown(outlineOf(count)), {kind: 'markdown-flat'}).sections.map((section) => section.title)
    const few = titles(3)
    expect(few).toHaveLength(3)
    expect(few[0]).not.toBe('The quay budget number 0 was approved by the council.')
    const many = titles(501)
    expect(many).toHaveLength(501)
    expect(many[0]).toBe('The quay budget number 0 was approved by the council.')
    expect(many[500]).toBe('The market budget number 500 was approved by the council.')
  })

  test('a short topic line over points is the section title', () => {
    const outline = splitSections(markdown('Quay repairs\n- north side first\n\nFerries\n- two new boats in May\n'), {kind: 'markdown-flat'})
    expect(outline.sections.map((section) => section.title)).toEqual(['Quay repairs', 'Ferries'])
  })
})

test('bold pseudo-headings each open a section: one on a line over its text, one left unclosed', () => {
  const text = '**Ovens of the north**\nAnn Berg on stone ovens.\n\n**Flour today\nTomasz Brenner on the mill.\n\n**Lunch**\n'
  const outline = splitSections(markdown(text), {kind: 'markdown-flat'})
  expect(outline.sections.map((section) => [section.title, section.nodes.map((node) => toString(node))])).toEqual([
    ['Ovens of the north', ['Ann Berg on stone ovens.']],
    ['Flour today', ['Tomasz Brenner on the mill.']],
    ['Lunch', []]
  ])
  expect(outline.sections[1]!.nodes[0]!.position?.start.line).toBe(5)
})

test('in a transcript, someone a speaker mentions in passing is not one of the section\'s people', () => {
  const text = 'Panel on the harbour\n\nAnn Berg (harbour master)\n\nTom Brenner (ferries)\n\nHOST: Welcome Ann Berg and Tom Brenner.\n\nANN: Last year I sat next to Carl Jensen at the dinner.\n\nTOM: The ferries are late.\n\nHOST: Thanks.\n\nANN: The quay is done.\n\nTOM: Boats come in May.\n'
  const outline = splitSections(parseNotes({kind: 'transcript', text}), {kind: 'transcript'})
  const people = outline.sections.flatMap((section) => section.people ?? []).map((person) => person.name)
  expect(people).toContain('Ann Berg')
  expect(people).not.toContain('Carl Jensen')
})

test('a byline is the notes\' author, not a line of the content or a section\'s speaker', () => {
  const outline = splitSections(markdown('# Harbour night shifts\n\nBy Ann Berg\n\nThe quay is done. Boats come in May.\n\nThe ferries are late. The ferries need crews.\n'))
  expect(outline.meta.author).toBe('Ann Berg')
  const shown = outline.sections.flatMap((section) => [section.title, ...section.nodes.map((node) => toString(node)), ...(section.people ?? []).map((person) => person.name)])
  expect(shown.join('\n')).not.toContain('Ann Berg')
  expect(outline.sections.length).toBeGreaterThan(0)
})

describe('splitSections: a speaker heading under the talk\'s title', () => {
  const notes = (speaker: string) => `# How ovens think\n\n### ${speaker}\n\n"Bread is patient."\n\n## Starters\n\nThe starter needs feeding.\n\n## Ovens\n\nThe ovens run hot.\n`

  test('names the speaker under the title, and is no section', () => {
    const outline = splitSections(markdown(notes('Ann Berg...')))
    expect(outline.meta.title).toBe('How ovens think')
    expect(outline.meta.subtitle).toBe('Ann Berg')
    expect(outline.sections.map((section) => section.title)).toEqual(['Opening', 'Starters', 'Ovens'])
    expect(toString(outline.sections[0]!.nodes[0]!)).toBe('"Bread is patient."')
  })

  test('with their role', () => {
    expect(splitSections(markdown(notes('Ann Berg, head baker at Rye House'))).meta.subtitle).toBe('Ann Berg, head baker at Rye House')
  })

  test('a topic heading there stays a section', () => {
    const outline = splitSections(markdown(notes('Crumb Structure')))
    expect(outline.meta.subtitle).toBeUndefined()
    expect(outline.sections[0]!.title).toBe('Crumb Structure')
  })
})

test('speaker lines under the title are its subtitle, one speaker after the other', () => {
  const outline = splitSections(markdown('# Harbour night shifts\n\nAnn Berg, Rye House  \nTom Brenner, Harbour Office\n\n## Ferries\n\nThe ferries are late.\n'))
  expect(outline.meta.subtitle).toBe('Ann Berg, Rye House · Tom Brenner, Harbour Office')
  expect(outline.sections.map((section) => section.title)).toEqual(['Ferries'])
})
