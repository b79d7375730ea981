import type {Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'

/** How to order the entries of a log: detect, keep, or reverse. */
export type Order = 'auto' | 'as-is' | 'reverse'

export interface OrderOptions {
  /** (default: `'auto'`) */
  readonly order?: Order
}

// Words that open an event, and words that close it. Found near the end of a
// log, opening words mean the newest entry comes first.
const opening = /\b(has (?:just )?(?:begun|started|kicked off)|kick(?:ed|s) off|welcome(?:s|d)? (?:everyone|to)|doors (?:are )?open|(?:is|are) (?:about to )?(?:start|begin)(?:ing)?|getting started|first day|filling up|make (?:their|our) way in)\b/i
const closing = /\b(closing (?:remarks|keynote|session)|that'?s (?:it|all|a wrap)|(?:it'?s )?a wrap\b|wrap(?:s|ping)? up|thanks? (?:you )?(?:all )?for (?:joining|following|reading)|crowd is thanked|signing off|see you (?:tomorrow|next)|filter out|comes? to an end)\b/i
const clock = /^\s*\[?(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?\]?/i
const day = /\bday (\d{1,2})\b/i

/**
 * How strongly the entries read newest first: positive when they do, negative
 * when they read oldest first, 0 when nothing tells. Uses timestamps or day
 * numbers at the start of entries, and opening and closing cues near either end.
 */
export function orderEvidence(entries: readonly string[]): number {
  if (entries.length < 3) return 0
  let evidence = 0
  const times = entries.map(timeOf).filter((time): time is number => time !== undefined)
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
 * Put the entries of a log in the order they happened. With `auto`, a log that
 * reads newest first (see `orderEvidence`) is reversed. Every node keeps its
 * source position.
 */
export function orderEntries(tree: Root, options?: Readonly<OrderOptions>): {tree: Root; reversed: boolean} {
  const order = options?.order ?? 'auto'
  const entries = tree.children
  const reverse = order === 'reverse' || (order === 'auto' && orderEvidence(entries.map((node) => toString(node))) > 0)
  if (!reverse) return {tree, reversed: false}
  const children: RootContent[] = [...entries].reverse()
  return {tree: {...tree, children}, reversed: true}
}

/** The entries of a log as written: blocks of lines between blank lines. */
export function logEntries(text: string): string[] {
  return text.split(/\n\s*\n/).map((entry) => entry.trim()).filter(Boolean)
}

function timeOf(entry: string): number | undefined {
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
