import type {Paragraph, Table, Text} from 'mdast'
import {describe, expect, test} from 'vitest'
import {parseNotes} from '../../src/pipeline/parse-notes.js'

describe('parseNotes: plain text', () => {
  test('each block of lines becomes one paragraph with its source lines', () => {
    const tree = parseNotes({kind: 'plain', text: 'Board met at six.\nBudget passed.\n\nNext meeting in May.'})
    expect(tree.type).toBe('root')
    expect(tree.children).toHaveLength(2)
    const [first, second] = tree.children as Paragraph[]
    expect(first!.type).toBe('paragraph')
    expect(first!.children).toEqual([
      {
        type: 'text',
        value: 'Board met at six.\nBudget passed.',
        position: {start: {line: 1, column: 1}, end: {line: 2, column: 15}}
      }
    ])
    expect(first!.position).toEqual({start: {line: 1, column: 1}, end: {line: 2, column: 15}})
    expect(second!.position).toEqual({start: {line: 4, column: 1}, end: {line: 4, column: 21}})
    expect((second!.children[0] as Text).value).toBe('Next meeting in May.')
  })

  test('several blank lines and blank lines with spaces separate paragraphs', () => {
    const tree = parseNotes({kind: 'plain', text: '\n\nFirst item\n \t\n\n\nSecond item\n\n'})
    const paragraphs = tree.children as Paragraph[]
    expect(paragraphs.map((node) => (node.children[0] as Text).value)).toEqual(['First item', 'Second item'])
    expect(paragraphs.map((node) => node.position?.start.line)).toEqual([3, 7])
    expect(paragraphs.map((node) => node.position?.end.line)).toEqual([3, 7])
  })

  test('lines are trimmed, and Markdown characters stay literal text', () => {
    const tree = parseNotes({kind: 'plain', text: '  # not a heading  \n* not a list\n[not](a-link)'})
    expect(tree.children).toHaveLength(1)
    const paragraph = tree.children[0] as Paragraph
    expect(paragraph.children).toHaveLength(1)
    expect(paragraph.children[0]!.type).toBe('text')
    // Not a heading either: the "#" that decorates it goes, so no slide shows a raw "#".
    expect((paragraph.children[0] as Text).value).toBe('not a heading\n* not a list\n[not](a-link)')
  })

  test('a single line without a final newline is one paragraph', () => {
    const tree = parseNotes({kind: 'plain', text: 'Only line'})
    expect(tree.children).toHaveLength(1)
    expect(tree.children[0]!.position).toEqual({start: {line: 1, column: 1}, end: {line: 1, column: 10}})
  })
})

describe('parseNotes: markdown', () => {
  test('parses headings, lists and paragraphs with positions', () => {
    const tree = parseNotes({kind: 'markdown', text: '# PyData talk\n\n- pandas 3\n- polars\n\nFast *enough*.'})
    expect(tree.children.map((node) => [node.type, node.position?.start.line])).toEqual([
      ['heading', 1],
      ['list', 3],
      ['paragraph', 6]
    ])
    const paragraph = tree.children[2] as Paragraph
    expect(paragraph.children.map((node) => node.type)).toEqual(['text', 'emphasis', 'text'])
  })

  test('reads YAML front matter as a yaml node', () => {
    const tree = parseNotes({kind: 'markdown', text: '---\ntitle: PyData talk\ndate: 2024-04-22\n---\n\nBody.'})
    expect(tree.children[0]).toMatchObject({type: 'yaml', value: 'title: PyData talk\ndate: 2024-04-22'})
    expect(tree.children[0]!.position?.start.line).toBe(1)
    expect(tree.children[1]).toMatchObject({type: 'paragraph', position: {start: {line: 6}}})
  })

  test('parses GFM tables', () => {
    const tree = parseNotes({kind: 'markdown', text: '| Library | Speed |\n| --- | ---: |\n| pandas | 1x |\n| polars | 5x |'})
    const table = tree.children[0] as Table
    expect(table.type).toBe('table')
    expect(table.align).toEqual([null, 'right'])
    expect(table.children).toHaveLength(3)
    expect(table.children.map((row) => row.position?.start.line)).toEqual([1, 3, 4])
    const cell = table.children[2]!.children[0]!.children[0] as Text
    expect(cell.value).toBe('polars')
  })

  test('parses GFM autolink literals and strikethrough', () => {
    const tree = parseNotes({kind: 'markdown', text: 'Slides at https://example.org/talk and ~~no video~~.'})
    const paragraph = tree.children[0] as Paragraph
    expect(paragraph.children.map((node) => node.type)).toEqual(['text', 'link', 'text', 'delete', 'text'])
    expect(paragraph.children[1]).toMatchObject({type: 'link', url: 'https://example.org/talk'})
  })

  test('a `---` that is not at the top is a thematic break, not front matter', () => {
    const tree = parseNotes({kind: 'markdown', text: 'Intro\n\n---\ntitle: nope\n---\n'})
    expect(tree.children.map((node) => node.type)).not.toContain('yaml')
  })
})

describe('parseNotes: transcripts and live blogs written in Markdown', () => {
  test('a Markdown transcript keeps its front matter and links, each turn gets its speaker', () => {
    const text = '---\ntitle: Harbour panel\n---\n\nAB: Welcome to the [panel](https://example.org).\n\nCD: Thanks. The quay needs work.\n'
    const tree = parseNotes({kind: 'transcript', markdown: true, text})
    expect(tree.children[0]!.type).toBe('yaml')
    const turns = tree.children.filter((node): node is Paragraph => node.type === 'paragraph')
    expect(turns.map((node) => node.data?.speaker)).toEqual(['AB', 'CD'])
    expect((turns[0]!.children[0] as Text).value).toBe('Welcome to the ')
    expect(turns[0]!.children[1]!.type).toBe('link')
  })

  test('a live blog written one entry a line gets one paragraph per timestamped line', () => {
    const tree = parseNotes({kind: 'live-blog', text: '10:02 Doors open\n10:15 The mayor cuts the ribbon\nand speaks briefly\n10:40 Judges taste rye'})
    const values = (tree.children as Paragraph[]).map((node) => (node.children[0] as Text).value)
    expect(values).toEqual(['10:02 Doors open', '10:15 The mayor cuts the ribbon\nand speaks briefly', '10:40 Judges taste rye'])
  })
})

describe('parseNotes: entities in plain text', () => {
  test('HTML character references copied from a web page are decoded once', () => {
    const tree = parseNotes({kind: 'plain', text: 'Tom &amp; Jerry bake rye &#8212; and sell it &quot;warm&quot;. Not &amp;amp; twice, nor &bogus;.'})
    expect(((tree.children[0] as Paragraph).children[0] as Text).value).toBe('Tom & Jerry bake rye — and sell it "warm". Not &amp; twice, nor &bogus;.')
  })
})

describe('parseNotes: decorations of plain text', () => {
  test('rules of # or = become blank lines and a banner keeps its words, on the same lines', () => {
    const tree = parseNotes({kind: 'plain', text: '##########\n### Selling bread ###\n##########\n\nFirst point.\n=====\nSecond point.'})
    const texts = (tree.children as Paragraph[]).map((node) => [(node.children[0] as Text).value, node.position!.start.line])
    expect(texts).toEqual([
      ['Selling bread', 2],
      ['First point.', 5],
      ['Second point.', 7]
    ])
  })
})

describe('parseNotes: web addresses written bare', () => {
  const links = (text: string, kind: 'markdown' | 'outline' = 'markdown') => {
    const found: Array<[string, string]> = []
    const walk = (node: {type: string; url?: string; children?: unknown[]}): void => {
      if (node.type === 'link') found.push([node.url!, ((node.children as Text[])[0]!).value])
      for (const child of (node.children ?? []) as Array<typeof node>) walk(child)
    }
    walk(parseNotes({kind, text}))
    return found
  }

  test('a list item that is only an address is a link to it', () => {
    expect(links('- the stands are listed online\n- harvestfair.com\n- shop.example.org/pies/rye\n- www.bakers.de\n')).toEqual([
      ['http://harvestfair.com', 'harvestfair.com'],
      ['http://shop.example.org/pies/rye', 'shop.example.org/pies/rye'],
      ['http://www.bakers.de', 'www.bakers.de']
    ])
  })

  test('a line of an outline that is only an address is a link too', () => {
    expect(links('Fair\n\tharvestfair.com\n\tthe rye sold out\n', 'outline')).toEqual([['http://harvestfair.com', 'harvestfair.com']])
  })

  test('file names, words with dots and addresses inside a sentence are left as they are', () => {
    expect(links('- README.md\n- setup.py\n- node.js\n- e.g.\n- see harvestfair.com for the list\n- v1.2\n')).toEqual([])
  })

  test('an address with a path is a link whatever its domain', () => {
    expect(links('- bakers.guild/rye\n')).toEqual([['http://bakers.guild/rye', 'bakers.guild/rye']])
  })
})
