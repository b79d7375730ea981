import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import type {List, ListItem, Paragraph, Root, RootContent} from 'mdast'
import {clockLine, outlineMarker, speakerLabel} from './detect-kind.js'
import {parseMarkdown} from '../text/parse-markdown.js'
import {readHtml} from '../text/read-html.js'
import type {Notes} from '../types.js'

/**
 * Parse notes into an mdast tree.
 *
 * Markdown goes through remark (with GFM and YAML or TOML front matter); the
 * HTML it holds is read as text and template shortcodes are dropped (see
 * `readHtml`). Other notes
 * are not Markdown: a `*` or `#` in a live blog is not markup. Their text
 * stays literal, with source positions:
 * - an outline becomes nested lists, by indentation, with hard-wrapped
 *   items joined again;
 * - a transcript becomes one paragraph per speaker turn, its label
 *   (`[00:01:02] NAME:`) moved out of the text into `data.speaker`;
 * - other text becomes one paragraph per block of lines between blank lines.
 */
export function parseNotes(notes: Notes): Root {
  if (isMarkdown(notes)) {
    const tree = readHtml(parseMarkdown(notes.text), notes.text)
    if (notes.kind !== 'transcript') return {...tree, children: bareLinks(tree.children)}
    return {...tree, children: bareLinks(tree.children.map((node) => (node.type === 'paragraph' ? turn(node) : node)))}
  }
  const lines = notes.text.split('\n').map(undecorate)
  if (notes.kind === 'outline') return {type: 'root', children: bareLinks(outline(lines))}
  if (notes.kind === 'live-blog') return {type: 'root', children: paragraphs(lines, (line) => clockLine.test(line))}
  if (notes.kind !== 'transcript') return {type: 'root', children: paragraphs(lines, () => false)}
  return {type: 'root', children: paragraphs(lines, (line) => speakerLabel.test(line)).map(turn)}
}

// Top-level domains that a bare name ends in often enough to be read as a
// site; others (`.md`, `.rs`, `.py`: file names too) only with a path after them.
const siteDomain = /^(?:com|org|net|edu|gov|io|dev|app|ai|co|info|me|tv|us|uk|eu|de|fr|nl|no|se|fi|dk|jp|ch|at|be|ca|au|nz|es|it|pl|cz|br|in|xyz|site|tech|blog|page|cloud)$/i
const bareAddress = /^(?:www\.)?((?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.)+([a-z]{2,12}))(\/[^\s<>()]*)?$/i

/**
 * A paragraph, or a list item's line, that is only a web address written
 * without its scheme (`shop.example.com/pies`): a link to it, as a link
 * written out would be, so that it is listed with the notes' links and not
 * shown as a point. `http://` is added; the link's text is the address as
 * written.
 */
function bareLinks(nodes: readonly RootContent[]): RootContent[] {
  return nodes.map((node): RootContent => {
    if (node.type === 'paragraph') {
      const only = node.children[0]
      if (node.children.length !== 1 || only?.type !== 'text') return node
      const text = only.value.trim()
      const address = bareAddress.exec(text)
      if (!address || !(siteDomain.test(address[2]!) || address[3] !== undefined)) return node
      return {...node, children: [{type: 'link', url: `http://${text}`, children: [{...only, value: text}], ...(only.position ? {position: only.position} : {})}]}
    }
    if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') return {...node, children: bareLinks(node.children)} as RootContent
    return node
  })
}

const label = /^\s*(?:\[?\(?\d{1,2}:\d{2}(?::\d{2})?\)?\]?\s*)?(?:([\p{Lu}][\p{L}.'’-]*(?:\s[\p{Lu}][\p{L}.'’-]*){0,3}|[\p{Lu}\d ]{2,}):\s+)?/u

/** Whether notes are parsed as Markdown (see `Notes.markdown`). */
export function isMarkdown(notes: Notes): boolean {
  return notes.markdown ?? (notes.kind === 'markdown' || notes.kind === 'markdown-flat')
}

/**
 * A line of plain text without the marks that only decorate it: a rule of
 * `#`, `=`, `*`, `~` or `-` becomes a blank line, and a banner line
 * (`### Selling online ###`) keeps its words. Line numbers do not change.
 */
function undecorate(line: string): string {
  if (/^\s*([#=*~_+-])\1{3,}\s*$/.test(line)) return ''
  const banner = /^(\s*)#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line)
  return banner ? `${banner[1]}${banner[2]}` : line
}

/** A transcript turn: its speaker and timestamp label moved out of the text, into `data.speaker`. */
function turn(paragraph: Paragraph): Paragraph {
  const [text, ...rest] = paragraph.children
  if (!text || text.type !== 'text') return paragraph
  const match = label.exec(text.value)
  if (!match || match[0].length === 0) return paragraph
  const value = text.value.slice(match[0].length)
  const speaker = match[1]?.trim()
  return {...paragraph, children: [{...text, value}, ...rest], ...(speaker ? {data: {...paragraph.data, speaker}} : {})}
}

function paragraphs(lines: readonly string[], startsTurn: (line: string) => boolean): Paragraph[] {
  const blocks: Paragraph[] = []
  let start = -1
  const close = (end: number): void => {
    if (start < 0) return
    blocks.push(paragraph(lines.slice(start, end).map((line) => line.trim()).join('\n'), start, end - 1, lines))
    start = -1
  }
  lines.forEach((line, index) => {
    if (line.trim() === '') close(index)
    else {
      if (start >= 0 && startsTurn(line)) close(index)
      if (start < 0) start = index
    }
  })
  close(lines.length)
  return blocks
}

function paragraph(value: string, first: number, last: number, lines: readonly string[]): Paragraph {
  const position = {start: {line: first + 1, column: 1}, end: {line: last + 1, column: (lines[last] ?? '').length + 1}}
  return {type: 'paragraph', children: [{type: 'text', value: decodeEntities(value), position}], position}
}

/**
 * HTML character references (`&amp;`, `&#8217;`) in text copied from a web
 * page, decoded once, as a Markdown parser would: the slide shows `&`.
 */
function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{1,31}));/g, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) {
      const decoded = decodeNamedCharacterReference(name)
      return decoded === false ? whole : decoded
    }
    const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16)
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole
  })
}

interface OutlineLine {
  readonly indent: number
  readonly text: string
  readonly first: number
  last: number
  readonly marked: boolean
}

/** Indented lines as nested lists; a wrapped line joins the item above it. */
function outline(lines: readonly string[]): RootContent[] {
  const items: OutlineLine[] = []
  let previousBlank = true
  lines.forEach((line, index) => {
    if (line.trim() === '') {
      previousBlank = true
      return
    }
    const expanded = line.replace(/\t/g, '    ')
    const marker = outlineMarker.exec(expanded)
    const indent = expanded.length - expanded.trimStart().length
    const text = unframed(marker ? expanded.slice(marker[0].length).trim() : expanded.trim())
    const last = items.at(-1)
    // A hard-wrapped line: no marker, not after a blank line, indented past
    // the marker of the item above. Without markers, indentation alone is the
    // structure: a deeper line is a child, a line as deep a sibling.
    if (last && !marker && !previousBlank && last.marked && indent > last.indent) {
      items[items.length - 1] = {...last, text: `${last.text} ${text}`, last: index}
    } else items.push({indent, text, first: index, last: index, marked: Boolean(marker)})
    previousBlank = false
  })

  // A plain line over marked lines as deep as it ("Topic sentence" over
  // "- point") is their topic: the points nest under it.
  let topic: number | undefined
  const nested = items.map((item, index) => {
    const previous = items[index - 1]
    if (!item.marked) topic = undefined
    if (item.marked && previous && !previous.marked && previous.indent === item.indent) topic = item.indent
    return topic !== undefined && item.indent === topic && item.marked ? {...item, indent: item.indent + 0.5} : item
  })

  const root: List = list()
  const stack: Array<{indent: number; list: List}> = [{indent: -1, list: root}]
  for (const item of nested) {
    while (stack.length > 1 && stack.at(-1)!.indent >= item.indent) stack.pop()
    const parent = stack.at(-1)!
    const node: ListItem = {
      type: 'listItem',
      spread: false,
      children: [paragraph(item.text, item.first, item.last, lines)],
      position: {start: {line: item.first + 1, column: 1}, end: {line: item.last + 1, column: 1}}
    }
    parent.list.children.push(node)
    const nested = list()
    node.children.push(nested)
    stack.push({indent: item.indent, list: nested})
  }
  prune(root)
  return [root]
}

/** A line framed as a banner (`### Title ###`, `== Title ==`) without its frame. */
function unframed(text: string): string {
  const framed = /^([#=*~]{2,})\s+(.*?)\s+([#=*~]{2,})$/.exec(text)
  return framed ? framed[2]! : text
}

function list(): List {
  return {type: 'list', ordered: false, spread: false, children: []}
}

/** Remove the empty lists left under items with no children. */
function prune(node: List): void {
  for (const item of node.children) {
    item.children = item.children.filter((child) => child.type !== 'list' || child.children.length > 0)
    for (const child of item.children) if (child.type === 'list') prune(child)
  }
}
