import {english} from '../../lang/en.js'
import type {Language} from '../../lang/types.js'
import type {Person} from '../../text/find-people.js'
import type {Origin, Quote} from '../../types.js'

// Quoted phrases: „...“, “...”, "...", ‘...’, «...», and '...' where the marks are not
// apostrophes (a letter before the opening one or after the closing one).
const quotePatterns = [
  // German „…“ (and „…”), before the English marks, whose opening one it closes with.
  /„([^„“”\n]+)[“”]/g,
  /“([^“”„]+)”/g,
  /(?<![\p{L}\p{N}])"([^"\n]+)"/gu,
  /(?<![\p{L}\p{N}])‘((?:[^‘’]|’(?=\p{L}))+?)’(?![\p{L}])/gu,
  /«\s?([^«»]+?)\s?»/g,
  /(?<![\p{L}\p{N}])'((?:[^'\n]|'(?=\p{L}))+?)'(?![\p{L}])/gu
]

// The pairs of marks quotePatterns reads in any language.
const covered = new Set(['“”', '«»'])

/** A sentence of a section, in order, to find quotes in. */
export interface QuoteContext {
  /** The section's sentences before this one (or up to and including it); the last three are all it reads. */
  readonly before: readonly string[]
  /** People the deck knows (with full names), and those of this section. */
  readonly people: readonly Person[]
  readonly sectionPeople: readonly Person[]
  /** The language of the notes: how it introduces and reports quotes (default: English). */
  readonly language?: Language
  /** The speaker of the transcript turn the sentence is in: who says it when it names no one (default: none). */
  readonly speaker?: string
}

// Fewer words than this are a term or a scare quote (“fly”, ‘time-slicing’), not a quotation.
const minWords = 5

/**
 * Find real quotations in a sentence: quoted text of five words or more (a
 * sentence someone said), never a title-case name (‘Cloud Native News Show’),
 * a scare-quoted word or a term the notes name or explain (the phrase “open
 * source washing”), each attributed to a speaker when the sentence names one
 * (by full name or surname) or says "he says" after a person was named.
 */
export function findQuotes(origin: Origin, context: QuoteContext): Quote[] {
  const language = context.language ?? english
  const {introduced, explained} = language.quotes
  const quotes: Quote[] = []
  const seen = new Set<string>()
  // The language's own quotation marks (German „…“), beyond those above.
  const marks = language.quoteMarks
    .filter(([open, close]) => !covered.has(open + close))
    .map(([open, close]) => new RegExp(`${escape(open)}\\s?([^${escape(open + close)}]+?)\\s?${escape(close)}`, 'gu'))
  for (const pattern of [...quotePatterns, ...marks]) {
    for (const match of origin.text.matchAll(pattern)) {
      const text = match[1]!.trim().replace(/[,.;:]$/, '')
      const key = text.toLowerCase()
      if (!text || seen.has(key)) continue
      const words = text.split(/\s+/)
      const name = words.length >= 2 && words.every((word) => /^[\p{Lu}\d]/u.test(word))
      const before = origin.text.slice(0, match.index)
      const after = origin.text.slice(match.index + match[0].length)
      // A term the notes name or explain ("the phrase “open source
      // washing,” which …") is scare-quoted, not said by anyone.
      const term = introduced.test(before) || (words.length < 8 && explained.test(after))
      if (name || term || words.length < minWords || words.length > 60) continue
      const attribution = speaker(origin.text, context, match.index)
      seen.add(key)
      quotes.push({text, origin, ...(attribution ? {attribution} : {})})
    }
  }
  return quotes
}

function speaker(sentence: string, context: QuoteContext, quoteAt: number): string | undefined {
  const {reported, plural, saying} = (context.language ?? english).quotes
  // In a labelled turn the turn's speaker says it, unless the turn reports
  // someone else saying it ("Tom Brenner told me “…”"): a person it only
  // mentions ("I sat next to Tom Brenner and said “…”") did not.
  if (context.speaker) return reporter(sentence.slice(0, quoteAt), context.people, saying)?.name ?? context.speaker
  const named = mentioned(sentence, context.people)
  if (named.length > 0) return named[0]!.name
  const reference = reported.exec(sentence)?.slice(1).find((group) => group !== undefined)?.toLowerCase()
  if (!reference) return undefined
  if (plural.has(reference)) {
    const group = context.sectionPeople
    return group.length > 0 && group.length <= 3 ? group.map((person) => person.name).join(' & ') : undefined
  }
  // "he says": the person named last, in this sentence's two before it at
  // most: further back, "he" may be someone the notes do not name.
  const before = context.before.at(-1) === sentence ? context.before.slice(0, -1) : context.before
  for (const earlier of before.slice(-2).reverse()) {
    const people = mentioned(earlier, context.people)
    if (people.length > 0) return people.at(-1)!.name
  }
  return undefined
}

/** The person named just before words that report them saying what follows ("Tom Brenner told me"). */
function reporter(before: string, people: readonly Person[], saying: RegExp): Person | undefined {
  for (const person of people) {
    const surname = person.name.split(' ').at(-1)!
    const name = new RegExp(String.raw`(?<![\p{L}])(?:${escape(person.name)}|${escape(surname)})(?![\p{L}])`, 'gu')
    for (const match of before.matchAll(name)) if (saying.test(before.slice(match.index + match[0].length))) return person
  }
  return undefined
}

/** People a sentence names, in the order it names them. */
function mentioned(sentence: string, people: readonly Person[]): Person[] {
  const found: Array<{person: Person; at: number}> = []
  for (const person of people) {
    const surname = person.name.split(' ').at(-1)!
    const at = sentence.search(new RegExp(String.raw`(?<![\p{L}])(?:${escape(person.name)}|${escape(surname)})(?![\p{L}])`, 'u'))
    if (at >= 0) found.push({person, at})
  }
  return found.sort((a, b) => a.at - b.at).map((entry) => entry.person)
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
