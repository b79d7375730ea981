import type {Paragraph, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {parse as parseToml} from 'smol-toml'
import {parse as parseYaml} from 'yaml'
import {DeckError} from '../errors.js'
import {english} from '../lang/en.js'
import type {Language} from '../lang/types.js'
import type {DeckMeta} from '../types.js'
import {isoDate} from './dates.js'

export interface MetaOptions {
  /** Name of the notes in messages (default: `'stdin'`). */
  readonly file?: string
  /** The language of the notes, for dates and event names (default: English). */
  readonly language?: Language
}

// A capitalised name followed by a year: "KubeCon 2024", "PyCon US 2023".
const eventName = /\b([A-Z][\w.+-]*[A-Za-z](?: (?:[A-Z][\w.+-]*|EU|US|NA|Europe|Asia))?) ((?:19|20)\d\d)\b/g

/**
 * Find what the notes say about their event: front matter first (`title`,
 * `event`, `date`, `author`), then a date and an event name in the text.
 */
export function findMeta(tree: Root, options?: Readonly<MetaOptions>): DeckMeta {
  const file = options?.file ?? 'stdin'
  const language = options?.language ?? english
  const front = frontMatter(tree, file)
  const text = headText(tree, language)
  // Capitalised words that come before a year without naming an event.
  const notEvent = new Set([...language.notEvent, ...language.months.flat()])
  return {
    title: front.title,
    event: front.event ?? findEvent(text, notEvent),
    date: front.date ? (isoDate(front.date, {language}) ?? front.date) : isoDate(text, {language}),
    author: front.author ?? findByline(tree, {language})?.author
  }
}

/** A byline: who wrote the notes, and the paragraph whose first line it is. */
export interface Byline {
  readonly author: string
  readonly node: Paragraph
}

/** How many blocks from the top a byline may be in. */
const bylineBlocks = 4

/**
 * The byline near the top of the notes ("By Ann Berg", "Posted by Ann Berg
 * on May 3, 2024", "Notes by …"): the first line of one of the first blocks
 * that is the language's byline words, then names, then nothing but a date
 * or what a separator sets apart. A sentence that starts with "By" is none.
 */
export function findByline(tree: Root, options?: Readonly<{language?: Language}>): Byline | undefined {
  const language = options?.language ?? english
  const {byline, joining, notNames, roleWords} = language.people
  const nameWord = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`
  // Two words at least: "By Design" is no byline.
  const name = String.raw`${nameWord}(?:\s+${nameWord}){1,3}`
  const join = String.raw`\s*,\s*|\s+(?:${joining})\s+`
  const names = new RegExp(String.raw`^${name}(?:(?:${join})${name})*`, 'u')
  const blocks = tree.children.filter((node) => node.type !== 'yaml' && node.type !== 'toml').slice(0, bylineBlocks)
  for (const node of blocks) {
    if (node.type !== 'paragraph') continue
    const line = toString(node).split('\n')[0]!.trim()
    const opening = byline.exec(line)
    if (!opening || line.split(/\s+/).length > 12) continue
    const rest = line.slice(opening[0].length)
    const found = names.exec(rest)?.[0]
    if (!found) continue
    const after = rest.slice(found.length)
    if (!(after.trim() === '' || /^\s*[,|·•—–(-]/u.test(after) || isoDate(after, {language}) !== undefined)) continue
    const tokens = found.split(new RegExp(join, 'u')).flatMap((one) => one.split(/\s+/)).map((token) => token.toLowerCase())
    if (tokens.some((token) => notNames.has(token) || roleWords.has(token) || language.months.some((month) => month.includes(token)))) continue
    return {author: found, node}
  }
  return undefined
}

/**
 * The text that may name the event and its date: the first blocks, the
 * headings and the lines that are a date with a few words ("Date: 2021-07-05").
 * Not the body: a cited paper ("Smith 2013"), a company's history ("founded
 * 2009") or a year the talk mentions is not the event.
 */
function headText(tree: Root, language: Language): string {
  const blocks = tree.children.filter((node) => node.type !== 'yaml' && node.type !== 'toml' && node.type !== 'code' && node.type !== 'definition')
  const lines: string[] = []
  for (const [index, node] of blocks.entries()) {
    // Each paragraph, heading or list item on lines of its own.
    const text = blockLines(node)
    if (index < 3 || node.type === 'heading') {
      lines.push(index < 3 ? text.split('\n').slice(0, 5).join('\n') : text)
      continue
    }
    for (const line of text.split('\n')) {
      const words = line.replace(/\d{4}-\d\d-\d\d|\d{1,4}/g, ' ').split(/\s+/).filter(Boolean)
      if (isoDate(line, {language}) !== undefined && (words.length <= 6 || language.dateLabel.test(line))) lines.push(line)
    }
  }
  return lines.join('\n')
}

function blockLines(node: RootContent): string {
  if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading') return node.children.map((child) => blockLines(child as RootContent)).join('\n')
  return toString(node)
}

/**
 * The `title`, `event`, `author` and `date` of the notes' front matter: YAML
 * (`---`) or TOML (`+++`, as Hugo writes it).
 */
function frontMatter(tree: Root, file: string): Record<string, string | undefined> {
  const node = tree.children[0]
  if (!node || (node.type !== 'yaml' && node.type !== 'toml')) return {}
  const format = node.type === 'yaml' ? 'YAML' : 'TOML'
  let data: unknown
  try {
    data = node.type === 'yaml' ? parseYaml(node.value) : parseToml(node.value)
  } catch (error) {
    const line = (node.position?.start.line ?? 1) + 1 + (lineOf(error) ?? 0)
    // The parser says where, counted in the front matter: the notes' line is given once, above.
    const reason = (error instanceof Error ? error.message.split('\n')[0]! : String(error)).replace(/\s+at line \d+, column \d+:?\s*$/, '')
    throw new DeckError(`${file}:${line}: front matter is not valid ${format}: ${reason}`)
  }
  if (data === null || data === undefined) return {}
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new DeckError(`${file}:1: front matter must be a YAML mapping (key: value)`)
  }
  const result: Record<string, string | undefined> = {}
  for (const key of ['title', 'event', 'author', 'date']) {
    const value = (data as Record<string, unknown>)[key]
    // A TOML date keeps its own offset in `toISOString` (`2017-12-12T08:39:32+09:00`): its day is the notes' day.
    if (value instanceof Date) result[key] = value.toISOString().slice(0, 10)
    else if (typeof value === 'string' || typeof value === 'number') result[key] = String(value)
  }
  return result
}

function lineOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  // YAML says `linePos: [{line}]`, TOML `line`; both count from 1.
  if ('linePos' in error) {
    const positions = (error as {linePos?: Array<{line: number}>}).linePos
    return positions?.[0] ? positions[0].line - 1 : undefined
  }
  const line = 'line' in error ? (error as {line?: unknown}).line : undefined
  return typeof line === 'number' ? line - 1 : undefined
}

/** The most frequent "Name 2024" phrase, compared case-insensitively. */
function findEvent(text: string, notEvent: ReadonlySet<string>): string | undefined {
  const counts = new Map<string, {name: string; count: number}>()
  for (const match of text.matchAll(eventName)) {
    if (notEvent.has(match[1]!.split(' ')[0]!.toLowerCase())) continue
    // "(Smith 2013)" cites a paper.
    if (/\(\s*$/.test(text.slice(0, match.index))) continue
    const name = `${match[1]} ${match[2]}`
    const key = name.toLowerCase()
    const entry = counts.get(key)
    if (entry) {
      entry.count++
      // Prefer the spelling with inner capitals ("KubeCon" over "Kubecon").
      if (/[a-z][A-Z]/.test(name) && !/[a-z][A-Z]/.test(entry.name)) entry.name = name
    } else counts.set(key, {name, count: 1})
  }
  let best: {name: string; count: number} | undefined
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry
  return best?.name
}
