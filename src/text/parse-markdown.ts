import type {Root, RootContent} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).freeze()

// Markdown longer than this is parsed in pieces: micromark slows down with
// the length of a list (a 1 MB outline took 16 times as long as 100 KB).
const pieceLength = 16_384
// What may carry meaning from one piece to another: a link or footnote
// definition, an HTML block that runs past blank lines.
const acrossPieces = /^ {0,3}\[[^\]\n]+\]:|<(?:script|pre|style|textarea)\b|<!--|<\?|<![A-Za-z[]/im
// Where a piece may start: a heading, or an item of a bulleted list, at the
// start of a line (not a thematic break: `- - -`, `***`).
const pieceStart = /^(?:#{1,6}[ \t]|[-*+][ \t]+\S)/
const thematicBreak = /^(?:[-*_][ \t]*){3,}$/
const fence = /^\s*(`{3,}|~{3,})/

/**
 * Markdown as remark parses it, in time linear in its length: text longer
 * than two pieces (32 KB) is cut before headings and top-level bullet items
 * into pieces of 16 KB or a little more, parsed one by one, their positions shifted back into the whole, and a list
 * cut in two joined again. Text where a piece could change another (link
 * definitions, raw HTML blocks, front matter not closed) is parsed whole.
 */
export function parseMarkdown(text: string): Root {
  const starts = pieceStarts(text)
  if (starts.length === 0) return markdown.parse(text)
  const bounds = [0, ...starts, text.length]
  const children: RootContent[] = []
  let line = 1
  for (let index = 0; index + 1 < bounds.length; index++) {
    const from = bounds[index]!
    const source = text.slice(from, bounds[index + 1]!)
    const piece = markdown.parse(source)
    for (const node of piece.children) shift(node, line - 1, from)
    line += source.split('\n').length - 1
    const [first, ...rest] = piece.children
    const previous = children.at(-1)
    const marker = (list: RootContent): string | undefined => text.slice(list.position?.start.offset ?? 0).trimStart()[0]
    if (previous?.type === 'list' && first?.type === 'list' && !first.ordered && !previous.ordered && marker(previous) === text[from]) {
      // A list cut between two of its items: one list, as a whole parse gives;
      // its items are added in place (a list may run through hundreds of pieces).
      const list = {...previous, spread: Boolean(previous.spread || first.spread), position: {start: previous.position!.start, end: first.position!.end}}
      for (const item of first.children) list.children.push(item)
      children[children.length - 1] = list
      for (const child of rest) children.push(child)
    } else for (const child of piece.children) children.push(child)
  }
  const end = {line, column: text.length - text.lastIndexOf('\n', text.length - 1), offset: text.length}
  const whole = markdown.parse('')
  return {...whole, children, position: {start: {line: 1, column: 1, offset: 0}, end}}
}

/** Offsets where a piece of Markdown can start, one a piece length or more apart; none for text that must be parsed whole. */
function pieceStarts(text: string): number[] {
  if (text.length <= pieceLength * 2 || acrossPieces.test(text)) return []
  const starts: number[] = []
  let at = 0
  let open: string | undefined
  let html = false
  let previous = ''
  // Front matter is one piece with what follows it.
  const front = /^(?:---|\+\+\+)[ \t]*\n/.exec(text)
  if (front) {
    const close = text.indexOf(`\n${front[0].slice(0, 3)}`, front[0].length - 1)
    if (close < 0) return []
    at = text.indexOf('\n', close + 1) + 1
    if (at === 0) return []
  }
  let last = 0
  while (at < text.length) {
    const next = text.indexOf('\n', at)
    const end = next < 0 ? text.length : next
    const line = text.slice(at, end)
    const marks = fence.exec(line)?.[1]
    if (open !== undefined) {
      if (marks !== undefined && marks[0] === open[0] && marks.length >= open.length) open = undefined
    } else if (marks !== undefined) open = marks
    else if (html) html = line.trim() !== ''
    else if (/^ {0,3}</.test(line)) html = true
    // A bulleted item after a blank line would make its list loose: it starts a piece only right after a line.
    else if (at - last >= pieceLength && pieceStart.test(line) && !thematicBreak.test(line.trim()) && (line.startsWith('#') || previous.trim() !== '')) {
      starts.push(at)
      last = at
    }
    previous = line
    at = end + 1
  }
  return starts
}

/** Move a node parsed from a piece to where the piece is in the whole text. */
function shift(node: RootContent, lines: number, offset: number): void {
  const move = (point: {line: number; offset?: number}): void => {
    point.line += lines
    if (point.offset !== undefined) point.offset += offset
  }
  if (node.position) {
    move(node.position.start)
    move(node.position.end)
  }
  if ('children' in node) for (const child of node.children as RootContent[]) shift(child, lines, offset)
}
