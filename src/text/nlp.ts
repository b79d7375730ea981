import {createRequire} from 'node:module'
import type compromise from 'compromise'

const require = createRequire(import.meta.url)

/**
 * compromise's `nlp(text)`, loaded on the first call: its lexicon takes about
 * a third of a second to load, and most notes are built without it. Node's
 * module cache keeps the one copy.
 */
export function nlp(text: string): ReturnType<typeof compromise> {
  return (require('compromise') as typeof compromise)(text)
}

/**
 * Most sections in a deck whose words compromise is asked about (names,
 * verbs). Past that, notes of thousands of sections would spend minutes in
 * its tagger: the notes' own patterns decide alone.
 */
export const maxLexiconSections = 500

export interface ContextOptions {
  /** Match the word whatever its case (default: `false`). */
  readonly ignoreCase?: boolean
  /** Most characters of context, all occurrences together (default: `4000`). */
  readonly maxLength?: number
}

// A line longer than this is cut to the sentences around each occurrence.
const longLine = 1_000
// Characters kept on either side of an occurrence in a long line, before the sentence ends.
const around = 200

/**
 * The lines of `text` that hold `word`: what compromise needs to tag the word
 * as it would in the whole text, since it reads each line as a sentence of
 * its own (or more). In a line longer than a thousand
 * characters, the sentences around each occurrence; at most `maxLength`
 * characters in all, the first occurrences first. compromise reads some 60 KB
 * a second: asking it about a word instead of a whole text keeps the time
 * linear in the size of the notes.
 */
export function contextLines(text: string, word: string, options?: Readonly<ContextOptions>): string[] {
  const maxLength = options?.maxLength ?? 4_000
  if (word === '') return []
  const pattern = new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), options?.ignoreCase ? 'giu' : 'gu')
  const parts: string[] = []
  let length = 0
  for (let match = pattern.exec(text); match && length < maxLength; match = pattern.exec(text)) {
    const at = match.index
    const end = at + match[0].length
    const lineStart = text.lastIndexOf('\n', at) + 1
    const next = text.indexOf('\n', at)
    const lineEnd = next < 0 ? text.length : next
    let [from, to] = [lineStart, lineEnd]
    if (lineEnd - lineStart > longLine) {
      // The sentences around: from the last full stop before, to the first after, within bounds.
      const before = text.lastIndexOf('. ', Math.max(lineStart, at - around))
      from = before < lineStart || at - before > 5 * around ? Math.max(lineStart, at - 5 * around) : before + 2
      const after = text.indexOf('. ', end + around)
      to = after < 0 || after > lineEnd || after - end > 5 * around ? Math.min(lineEnd, end + 5 * around) : after + 1
    }
    parts.push(text.slice(from, to))
    length += to - from
    pattern.lastIndex = Math.max(to, end)
  }
  return parts
}

/** A word as compromise tags it: as written, normalised, and its tags (`Verb`, `FirstName`, …). */
export interface TaggedTerm {
  readonly text: string
  readonly normal: string
  readonly tags: readonly string[]
}

/** What compromise reads in one line: its words, tagged, and the people it names. */
export interface TaggedLine {
  readonly terms: readonly TaggedTerm[]
  readonly people: readonly string[]
}

// Lines tagged so far: the same line is asked about for each of its words,
// and again by each stage (segments, section names, points). Emptied when full.
const taggedLines = new Map<string, TaggedLine>()
const maxTaggedLines = 20_000

/**
 * compromise's reading of one line (a line of `contextLines`), remembered:
 * each line is tagged once, whatever is asked about it and however often.
 */
export function tagLine(line: string): TaggedLine {
  const known = taggedLines.get(line)
  if (known) return known
  const doc = nlp(line)
  const terms = (doc.terms().json() as Array<{terms: TaggedTerm[]}>).flatMap((term) => term.terms.map(({text, normal, tags}) => ({text, normal, tags})))
  const tagged = {terms, people: doc.people().out('array') as string[]}
  if (taggedLines.size >= maxTaggedLines) taggedLines.clear()
  taggedLines.set(line, tagged)
  return tagged
}
