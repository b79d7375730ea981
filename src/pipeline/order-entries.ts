import type {Heading, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {english} from '../lang/en.js'
import type {Language} from '../lang/types.js'
import {isoDate} from '../text/dates.js'

/** How to order the entries of a log: detect, keep, or reverse. */
export type Order = 'auto' | 'as-is' | 'reverse'

export interface OrderOptions {
  /** (default: `'auto'`) */
  readonly order?: Order
  /**
   * Whether the top-level blocks are the entries of a log, which `auto` may
   * reverse; in Markdown only dated sections are (default: `true`).
   */
  readonly blocks?: boolean
  /** The language of the notes: the words that open and close an event, its dates (default: English). */
  readonly language?: Language
}

export interface EvidenceOptions {
  /** The language of the entries (default: English). */
  readonly language?: Language
}

const clock = /^\s*\[?(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?\]?/i

/**
 * How strongly the entries read newest first: positive when they do, negative
 * when they read oldest first, 0 when nothing tells. Uses timestamps or day
 * numbers at the start of entries, and opening and closing cues near either end.
 */
export function orderEvidence(entries: readonly string[], options?: Readonly<EvidenceOptions>): number {
  // Words that open an event, and words that close it. Found near the end of
  // a log, opening words mean the newest entry comes first.
  const {opening, closing, day} = (options?.language ?? english).logCues
  if (entries.length < 3) return 0
  let evidence = 0
  const times = entries.map((entry) => timeOf(entry, day)).filter((time): time is number => time !== undefined)
  if (times.length >= 3) {
    let down = 0
    let up = 0
    for (let index = 1; index < times.length; index++) {
      if (times[index]! < times[index - 1]!) down++
      else if (times[index]! > times[index - 1]!) up++
    }
    evidence += 3 * Math.sign(down - up)
  }
  const edge = Math.max(2, Math.ceil(entries.length / 5))
  const head = entries.slice(0, edge)
  const tail = entries.slice(-edge)
  const count = (group: readonly string[], cue: RegExp): number => group.filter((entry) => cue.test(entry)).length
  evidence += count(head, closing) + count(tail, opening) - count(head, opening) - count(tail, closing)
  return evidence
}

/**
 * Put the entries of notes in the order they happened, each once.
 *
 * The entries are the top-level blocks of a log, or, in notes whose headings
 * at one level carry dates or times (`## 2024/03/12`, `# Keynote (10:35am)`:
 * an archive of meetings, a running log of talks), the sections under those
 * headings; text before the first of them stays first. With `auto`, entries
 * that read newest first (see `orderEvidence`; for sections, their dates and
 * times) are reversed. An entry pasted twice is kept once: a section with the
 * same heading and text as one before, a block of eight words or more the
 * same as one before. Every node keeps its source position.
 */
export function orderEntries(tree: Root, options?: Readonly<OrderOptions>): {tree: Root; reversed: boolean} {
  const order = options?.order ?? 'auto'
  const language = options?.language ?? english
  const dated = datedSections(tree.children, language)
  if (dated) {
    const {lead, groups} = dated
    const stamps = groups.map((group) => stampOf(toString(group[0]!), language))
    const reverse = order === 'reverse' || (order === 'auto' && trend(stamps) < 0)
    const ordered = reverse ? [...groups].reverse() : groups
    const seen = new Set<string>()
    const once = ordered.filter((group) => {
      const key = normalise(group.map((node) => toString(node)).join(' '))
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    return {tree: {...tree, children: dropRepeats([...lead, ...once.flat()])}, reversed: reverse}
  }
  const entries = tree.children
  const reverse = order === 'reverse' || (order === 'auto' && (options?.blocks ?? true) && orderEvidence(entries.map((node) => toString(node)), {language}) > 0)
  const children = dropRepeats(reverse ? [...entries].reverse() : entries)
  if (!reverse && children.length === entries.length) return {tree, reversed: false}
  return {tree: {...tree, children}, reversed: reverse}
}

/** Blocks of eight words or more that repeat an earlier block word for word are dropped. */
function dropRepeats(nodes: readonly RootContent[]): RootContent[] {
  const seen = new Set<string>()
  return nodes.filter((node) => {
    if (node.type === 'heading' || node.type === 'yaml' || node.type === 'toml' || node.type === 'definition' || node.type === 'thematicBreak') return true
    const key = normalise(toString(node))
    if (key.split(' ').length < 8) return true
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/**
 * The sections of notes whose headings at one level mostly carry a date or a
 * time: the shallowest level with three such headings or more, where at least
 * two in three do. `lead` is what comes before the first of them.
 */
function datedSections(nodes: readonly RootContent[], language: Language): {lead: RootContent[]; groups: RootContent[][]} | undefined {
  for (let depth = 1; depth <= 6; depth++) {
    const headings = nodes.filter((node): node is Heading => node.type === 'heading' && node.depth === depth)
    const stamped = headings.filter((heading) => stampOf(toString(heading), language) !== undefined).length
    if (headings.length < 3 || stamped < 3 || stamped / headings.length < 2 / 3) continue
    const first = nodes.indexOf(headings[0]!)
    // A shallower heading after the first one ends the run: not an archive.
    if (nodes.slice(first).some((node) => node.type === 'heading' && node.depth < depth)) continue
    const groups: RootContent[][] = []
    for (const node of nodes.slice(first)) {
      if (node.type === 'heading' && node.depth === depth) groups.push([node])
      else groups.at(-1)!.push(node)
    }
    return {lead: nodes.slice(0, first), groups}
  }
  return undefined
}

/** A date (days) and time of day (seconds) in a heading, as one number; `undefined` when it has neither. */
function stampOf(text: string, language: Language): number | undefined {
  const date = isoDate(text, {language})
  const time = /(?:^|[\s(\[])(\d{1,2})[:.](\d{2})\s*([ap]\.?m\.?)?(?=$|[\s)\],])/i.exec(text)
  if (!date && !time) return undefined
  let seconds = 0
  if (time) {
    let hours = Number(time[1])
    if (time[3] && /p/i.test(time[3]) && hours < 12) hours += 12
    if (time[3] && /a/i.test(time[3]) && hours === 12) hours = 0
    seconds = hours * 3600 + Number(time[2]) * 60
  }
  return (date ? Date.parse(`${date}T00:00:00Z`) / 1000 : 0) + seconds
}

/** Positive when the stamps mostly rise, negative when they mostly fall. */
function trend(stamps: ReadonlyArray<number | undefined>): number {
  const known = stamps.filter((stamp): stamp is number => stamp !== undefined)
  let up = 0
  let down = 0
  for (let index = 1; index < known.length; index++) {
    if (known[index]! > known[index - 1]!) up++
    else if (known[index]! < known[index - 1]!) down++
  }
  return up - down
}

/** The entries of a log as written: blocks of lines between blank lines. */
export function logEntries(text: string): string[] {
  return text.split(/\n\s*\n/).map((entry) => entry.trim()).filter(Boolean)
}

function timeOf(entry: string, day: RegExp): number | undefined {
  const match = clock.exec(entry)
  if (match) {
    let hours = Number(match[1])
    if (match[4] && /p/i.test(match[4]) && hours < 12) hours += 12
    if (match[4] && /a/i.test(match[4]) && hours === 12) hours = 0
    return hours * 3600 + Number(match[2]) * 60 + Number(match[3] ?? 0)
  }
  const days = day.exec(entry)
  return days ? Number(days[1]) * 86_400 : undefined
}
