import type {Heading, Html, Root, RootContent} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {parse as parseYaml} from 'yaml'
import {toString} from 'mdast-util-to-string'
import {english} from '../lang/en.js'
import {languageFor} from '../lang/index.js'
import type {Labels, Language} from '../lang/types.js'

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze()

/** One line of speaker notes, with the source line it cites when it has one. */
export interface NoteLine {
  readonly text: string
  /** `notes.md` of `• notes.md:14 — …`. */
  readonly file?: string
  readonly line?: number
}

/** One HTML comment of speaker notes, where it is in the Markdown. */
export interface NoteComment {
  /** Offset of `<!--` in the deck's Markdown. */
  readonly start: number
  /** Offset just after `-->`. */
  readonly end: number
  /** The sources of what is on the slide (or the whole comment, for notes not written by debrief). */
  readonly kept: readonly NoteLine[]
  /** What debrief left out of the slides ("Also in the notes, not on the slides"). */
  readonly dropped: readonly NoteLine[]
}

/** A slide of a Marp deck as written. */
export interface DeckPage {
  /** 1-based. */
  readonly number: number
  /** Local and spot directives (`_class` is `class`), after the global ones of the front matter. */
  readonly directives: Readonly<Record<string, unknown>>
  /** The slide's Markdown, without directive and notes comments. */
  readonly nodes: readonly RootContent[]
  /** Text of the first heading, `''` when there is none. */
  readonly title: string
  readonly notes: readonly NoteComment[]
}

/** A Marp deck read back: front matter and slides. */
export interface ReadDeck {
  readonly front: Readonly<Record<string, unknown>>
  /** The deck's language, from its `lang` (default: English): the words debrief wrote in it. */
  readonly language: Language
  readonly pages: readonly DeckPage[]
}

/** Directive names Marp and Marpit know (a comment of only these is not a note). */
const directiveNames = new Set([
  'marp', 'theme', 'style', 'headingDivider', 'lang', 'size', 'math', 'title', 'author', 'description', 'image',
  'keywords', 'url', 'paginate', 'header', 'footer', 'class', 'backgroundColor', 'backgroundImage',
  'backgroundPosition', 'backgroundRepeat', 'backgroundSize', 'color', 'transition', 'fit'
])

const noteLine = /^•\s*(.+?):(\d+)\s+—\s+([\s\S]*)$/

/**
 * Read a Marp deck (debrief's or one a person edited) back into slides: the
 * front matter, and for each slide its directives, its content as mdast and
 * its speaker notes, with the source lines debrief writes into them. Slides
 * are split at thematic breaks (`---`), as Marp splits them.
 */
export function readDeck(text: string): ReadDeck {
  const tree: Root = markdown.parse(text)
  let front: Record<string, unknown> = {}
  const groups: RootContent[][] = [[]]
  for (const node of tree.children) {
    if (node.type === 'yaml') {
      const parsed: unknown = parseYaml(node.value)
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) front = parsed as Record<string, unknown>
    } else if (node.type === 'thematicBreak') groups.push([])
    else groups.at(-1)!.push(node)
  }
  const language = (typeof front['lang'] === 'string' ? languageFor(front['lang']) : undefined) ?? english
  const inherited: Record<string, unknown> = {}
  for (const key of ['paginate', 'header', 'footer', 'class', 'backgroundColor', 'color']) if (key in front) inherited[key] = front[key]
  const pages = groups.map((nodes, index) => {
    const directives: Record<string, unknown> = {...inherited}
    const notes: NoteComment[] = []
    const content: RootContent[] = []
    for (const node of nodes) {
      const comments = node.type === 'html' ? commentsOf(node) : undefined
      if (!comments) {
        content.push(node)
        continue
      }
      for (const comment of comments) {
        const parsed = directivesOf(comment.body)
        if (parsed) {
          for (const [key, value] of Object.entries(parsed)) {
            if (key.startsWith('_')) directives[key.slice(1)] = value
            else {
              directives[key] = value
              inherited[key] = value
            }
          }
        } else notes.push(noteComment(comment.body, comment.start, comment.end, language.labels))
      }
    }
    const heading = content.find((node): node is Heading => node.type === 'heading')
    return {number: index + 1, directives, nodes: content, title: heading ? toString(heading).trim() : '', notes}
  })
  // A deck that ends with `---` has no empty last slide in Marp.
  if (pages.length > 1 && pages.at(-1)!.nodes.length === 0 && pages.at(-1)!.notes.length === 0) pages.pop()
  return {front, language, pages}
}

/** The comments an HTML block is made of, or `undefined` when it holds anything else. */
function commentsOf(node: Html): Array<{body: string; start: number; end: number}> | undefined {
  const offset = node.position?.start.offset ?? 0
  const found: Array<{body: string; start: number; end: number}> = []
  const pattern = /<!--([\s\S]*?)-->/g
  let rest = node.value
  for (const match of node.value.matchAll(pattern)) {
    found.push({body: match[1]!, start: offset + match.index, end: offset + match.index + match[0].length})
    rest = rest.replace(match[0], '')
  }
  return found.length > 0 && rest.trim() === '' ? found : undefined
}

// Longest comment read for directives when it does not open with one, in characters.
const maxDirectives = 4_000

/** The directives a comment sets, or `undefined` when it is a note. */
function directivesOf(body: string): Record<string, unknown> | undefined {
  if (body.trim() === 'fit') return {}
  // A long comment that does not open with a directive (a long `style:` does)
  // is notes: reading megabytes of them as YAML would take minutes.
  if (body.length > maxDirectives && !/^\s*_?[A-Za-z]+[ \t]*:/.test(body)) return undefined
  let parsed: unknown
  try {
    parsed = parseYaml(body)
  } catch {
    // Not YAML: the comment is a note, as Marp reads it.
    return undefined
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined
  const keys = Object.keys(parsed)
  return keys.length > 0 && keys.every((key) => directiveNames.has(key.replace(/^_/, ''))) ? (parsed as Record<string, unknown>) : undefined
}

function noteComment(body: string, start: number, end: number, labels: Labels): NoteComment {
  const kept: NoteLine[] = []
  const dropped: NoteLine[] = []
  let target = kept
  for (const raw of body.split('\n')) {
    const text = raw.trim()
    if (!text || text === labels.sourceNotes) continue
    if (text === labels.notOnSlides) {
      target = dropped
      continue
    }
    const match = noteLine.exec(text)
    target.push(match ? {file: match[1]!, line: Number(match[2]), text: match[3]!.trim()} : {text})
  }
  return {start, end, kept, dropped}
}
