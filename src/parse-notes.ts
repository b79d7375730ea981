import type {Paragraph, Root, RootContent} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Notes} from './types.js'

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze()

/**
 * Parse notes into an mdast tree.
 *
 * Markdown goes through remark (with GFM and YAML front matter). Plain text is
 * not Markdown: a `*` or `#` in a live blog is not markup, so each block of
 * lines separated by blank lines becomes one paragraph of literal text, with
 * its source position.
 */
export function parseNotes(notes: Notes): Root {
  if (notes.kind === 'markdown') return markdown.parse(notes.text)
  return {type: 'root', children: plainParagraphs(notes.text)}
}

function plainParagraphs(text: string): RootContent[] {
  const lines = text.split('\n')
  const blocks: Paragraph[] = []
  let start = -1
  const close = (end: number): void => {
    if (start < 0) return
    const value = lines.slice(start, end).map((line) => line.trim()).join('\n')
    const position = {
      start: {line: start + 1, column: 1},
      end: {line: end, column: (lines[end - 1] ?? '').length + 1}
    }
    blocks.push({type: 'paragraph', children: [{type: 'text', value, position}], position})
    start = -1
  }
  lines.forEach((line, index) => {
    if (line.trim() === '') close(index)
    else if (start < 0) start = index
  })
  close(lines.length)
  return blocks
}
