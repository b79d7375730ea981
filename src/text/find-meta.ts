import type {Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {parse as parseYaml} from 'yaml'
import {DeckError} from '../errors.js'
import type {DeckMeta} from '../types.js'

export interface MetaOptions {
  /** Name of the notes in messages (default: `'stdin'`). */
  readonly file?: string
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const isoPattern = /\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/
// `2024/03/12`, `2024.03.12`: year first, with slashes or dots.
const yearFirst = /\b((?:19|20)\d\d)[/.](0?[1-9]|1[0-2])[/.](0?[1-9]|[12]\d|3[01])\b/
const writtenDate =
  /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?,? ((?:19|20)\d\d)\b/
const dayFirstDate =
  /\b(\d{1,2})(?:st|nd|rd|th)? (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? ((?:19|20)\d\d)\b/
// A capitalised name followed by a year: "KubeCon 2024", "PyCon US 2023".
const eventName = /\b([A-Z][\w.+-]*[A-Za-z](?: (?:[A-Z][\w.+-]*|EU|US|NA|Europe|Asia))?) ((?:19|20)\d\d)\b/g
// Capitalised words that come before a year without naming an event.
const notEvent = new Set(
  'in on at by of for from since until till before after during around about early late mid end the this that since q1 q2 q3 q4 fy h1 h2 summer winter spring autumn fall january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' '
  )
)

/**
 * Find what the notes say about their event: front matter first (`title`,
 * `event`, `date`, `author`), then a date and an event name in the text.
 */
export function findMeta(tree: Root, options?: Readonly<MetaOptions>): DeckMeta {
  const file = options?.file ?? 'stdin'
  const front = frontMatter(tree, file)
  const text = toString(tree.children.filter((node) => node.type !== 'yaml' && node.type !== 'code'))
  return {
    title: front.title,
    event: front.event ?? findEvent(text),
    date: front.date ? (isoDate(front.date) ?? front.date) : isoDate(text),
    author: front.author
  }
}

function frontMatter(tree: Root, file: string): Record<string, string | undefined> {
  const node = tree.children[0]
  if (!node || node.type !== 'yaml') return {}
  let data: unknown
  try {
    data = parseYaml(node.value)
  } catch (error) {
    const line = (node.position?.start.line ?? 1) + 1 + (lineOf(error) ?? 0)
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new DeckError(`${file}:${line}: front matter is not valid YAML: ${reason}`)
  }
  if (data === null || data === undefined) return {}
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new DeckError(`${file}:1: front matter must be a YAML mapping (key: value)`)
  }
  const result: Record<string, string | undefined> = {}
  for (const key of ['title', 'event', 'author', 'date']) {
    const value = (data as Record<string, unknown>)[key]
    if (value instanceof Date) result[key] = value.toISOString().slice(0, 10)
    else if (typeof value === 'string' || typeof value === 'number') result[key] = String(value)
  }
  return result
}

function lineOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('linePos' in error)) return undefined
  const positions = (error as {linePos?: Array<{line: number}>}).linePos
  return positions?.[0] ? positions[0].line - 1 : undefined
}

/** The first date in a text as an ISO date (`2024-03-20`), if it has a valid one. */
export function isoDate(text: string): string | undefined {
  const iso = isoPattern.exec(text)
  if (iso && valid(iso[0])) return iso[0]
  const slashed = yearFirst.exec(text)
  if (slashed) {
    const date = valid(`${slashed[1]}-${slashed[2]!.padStart(2, '0')}-${slashed[3]!.padStart(2, '0')}`)
    if (date) return date
  }
  const written = writtenDate.exec(text)
  if (written) return formatDate(written[3]!, written[1]!, written[2]!)
  const dayFirst = dayFirstDate.exec(text)
  if (dayFirst) return formatDate(dayFirst[3]!, dayFirst[2]!, dayFirst[1]!)
  return undefined
}

function formatDate(year: string, month: string, day: string): string | undefined {
  const index = months.indexOf(month.slice(0, 3).toLowerCase()) + 1
  return valid(`${year}-${String(index).padStart(2, '0')}-${day.padStart(2, '0')}`)
}

/** The date when it exists on the calendar (no 31 February). */
function valid(date: string): string | undefined {
  const parsed = new Date(`${date}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date ? date : undefined
}

/** The most frequent "Name 2024" phrase, compared case-insensitively. */
function findEvent(text: string): string | undefined {
  const counts = new Map<string, {name: string; count: number}>()
  for (const match of text.matchAll(eventName)) {
    if (notEvent.has(match[1]!.split(' ')[0]!.toLowerCase())) continue
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
