import {isDeepStrictEqual} from 'node:util'
import {describe, expect, test} from 'vitest'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {parseMarkdown} from '../../src/text/parse-markdown.js'

describe('parseMarkdown in pieces', () => {
  const whole = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).freeze()
  // Every kind of block around the places a piece may start: lists of each
  // marker, nested and lazy lines, a list indented, fences holding lines that
  // look like headings and items, tables, quotes, breaks, HTML.
  const part = (index: number): string =>
    [
      `# Day ${index}`,
      'Opening words of the day.',
      '- first point',
      '  - nested point',
      'lazy continuation of it',
      '- second point',
      '* a star list',
      '+ a plus list',
      '  - indented item',
      '- back at the margin',
      '```',
      '- not an item',
      '# not a heading',
      '```',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
      '- after the table',
      '> a quote',
      '- after the quote',
      '- - -',
      'text before',
      '---',
      '',
      '- after a blank line',
      '',
      '1. ordered',
      '2. ordered again',
      '- bullets after',
      '<div>',
      '- inside html',
      '</div>',
      '',
      `## Section ${index} with **bold** and a [link](https://example.com/${index})`,
      'A paragraph that goes on for a while and ends here.'
    ].join('\n')
  // Compared natively: a diff of two trees this size takes the reporter minutes.
  const same = (a: unknown, b: unknown): boolean => isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)))

  test('Markdown of many pieces (140 KB, cut after every 16 KB) parses to the tree remark gives in one piece', () => {
    const text = Array.from({length: 300}, (_, index) => part(index)).join('\n')
    expect(text.length).toBeGreaterThan(140_000)
    expect(same(parseMarkdown(text), whole.parse(text))).toBe(true)
  })

  test('one long bulleted list, cut between its items, is one list again', () => {
    const text = `# Plan\n\n${Array.from({length: 6000}, (_, index) => `${'  '.repeat(index % 2)}- item ${index} of the plan`).join('\n')}\n`
    expect(text.length).toBeGreaterThan(140_000)
    const tree = parseMarkdown(text)
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'list'])
    expect(same(tree, whole.parse(text))).toBe(true)
  })

  test('front matter and link definitions, which reach across pieces, are parsed whole', () => {
    const body = Array.from({length: 3000}, (_, index) => `- see [the notes][n] ${index}`).join('\n')
    const text = `---\ntitle: Long\n---\n${body}\n\n[n]: https://example.com/notes\n`
    expect(same(parseMarkdown(text), whole.parse(text))).toBe(true)
  })
})
