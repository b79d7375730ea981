import type {List, ListItem, Nodes, Paragraph, RootContent} from 'mdast'
import {withDefaults} from './settings.js'
import {terms} from './terms.js'
import {toString} from 'mdast-util-to-string'
import {sentences as splitSentences} from 'sbd'
import {visit} from 'unist-util-visit'
import type {Bullet, CodeBlock, Link, Origin, Outline, Quote, Section, Selection} from './types.js'

export interface SelectOptions {
  /** Most bullets kept from one section; the rest go to the notes (default: `8`). */
  readonly maxPoints?: number
  /** Words a bullet aims at; longer sentences are split at a clause (default: `20`). */
  readonly maxWords?: number
  /** Fewest words in a quoted phrase for it to be a key quote (default: `3`). */
  readonly minQuoteWords?: number
}

const defaults = {maxPoints: 8, maxWords: 20, minQuoteWords: 3}

type Settings = typeof defaults

// Quoted phrases: “...”, "...", ‘...’, «...», and '...' where the quote marks
// are not apostrophes (a letter before the opening one or after the closing
// one makes them apostrophes).
const quotePatterns = [/“([^“”]+)”/g, /"([^"\n]+)"/g, /(?<![\p{L}\p{N}])‘([^‘’]+?)’(?![\p{L}])/gu, /«\s?([^«»]+?)\s?»/g, /(?<![\p{L}\p{N}])'([^'\n]+?)'(?![\p{L}])/gu]

/**
 * Choose what goes on the slides of each section: its most informative
 * sentences and list items as bullets (in source order), quotations, code
 * blocks and links, each with the source line it came from.
 */
export function selectPoints(outline: Outline, options?: Readonly<SelectOptions>): Selection[] {
  const settings = withDefaults(defaults, options)
  const candidates = outline.sections.map((section) => collect(section, outline.definitions))
  const weights = termWeights(candidates.flatMap((entry) => entry.sentences.map((sentence) => sentence.text)))
  return candidates.map((entry) => choose(entry, weights, settings))
}

interface Candidate {
  readonly text: string
  readonly line: number
  readonly depth: number
  /** List items are the note-taker's own points: always kept. */
  readonly listed: boolean
}

interface Collected {
  readonly section: Section
  readonly sentences: Candidate[]
  readonly quotes: Quote[]
  readonly code: CodeBlock[]
  readonly links: Link[]
}

function collect(section: Section, definitions: Readonly<Record<string, string>>): Collected {
  const result: Collected = {section, sentences: [], quotes: [], code: [], links: []}
  for (const node of section.nodes) block(node, 0, result)
  for (const node of section.nodes) {
    visit(node as Nodes, (child) => {
      if (child.type === 'link') {
        result.links.push({text: clean(toString(child)) || child.url, url: child.url, line: lineOf(child)})
      } else if (child.type === 'linkReference' && definitions[child.identifier]) {
        result.links.push({text: clean(toString(child)), url: definitions[child.identifier]!, line: lineOf(child)})
      }
    })
  }
  return result
}

function block(node: RootContent, depth: number, result: Collected): void {
  switch (node.type) {
    case 'paragraph':
      result.sentences.push(...sentencesOf(node, depth))
      break
    case 'list':
      listItems(node, depth, result)
      break
    case 'blockquote': {
      const text = clean(toString(node))
      if (text) result.quotes.push({text, origin: {line: lineOf(node), text}})
      break
    }
    case 'code':
      result.code.push({lang: node.lang ?? undefined, value: node.value, line: lineOf(node)})
      break
    case 'heading': {
      const text = clean(toString(node))
      if (text) result.sentences.push({text, line: lineOf(node), depth, listed: true})
      break
    }
    case 'table':
      for (const row of node.children.slice(1)) {
        const text = row.children.map((cell) => clean(toString(cell))).filter(Boolean).join(' · ')
        if (text) result.sentences.push({text, line: lineOf(row), depth, listed: true})
      }
      break
    default:
      break
  }
}

function listItems(list: List, depth: number, result: Collected): void {
  for (const item of list.children as ListItem[]) {
    const [first, ...rest] = item.children
    if (first?.type === 'paragraph') {
      const text = clean(toString(first))
      if (text) result.sentences.push({text, line: lineOf(first), depth, listed: true})
    } else if (first) block(first, depth, result)
    for (const child of rest) block(child, depth + 1, result)
  }
}

/** Split a paragraph into sentences, each with the line it starts on. */
function sentencesOf(paragraph: Paragraph, depth: number): Candidate[] {
  // A hard line break is a line break, not nothing.
  const text = toString({...paragraph, children: paragraph.children.map((child) => (child.type === 'break' ? {type: 'text', value: '\n'} : child))})
  const flat = text.replace(/\n/g, ' ')
  const start = lineOf(paragraph)
  const found: Candidate[] = []
  let cursor = 0
  for (const sentence of splitSentences(flat, {preserve_whitespace: true, newline_boundaries: false})) {
    const trimmed = sentence.trim()
    if (!trimmed) continue
    const at = flat.indexOf(trimmed, cursor)
    const offset = at < 0 ? cursor : at
    cursor = offset + trimmed.length
    const line = start + (text.slice(0, offset).match(/\n/g)?.length ?? 0)
    found.push({text: clean(trimmed), line, depth, listed: false})
  }
  return found
}

function choose(entry: Collected, weights: ReadonlyMap<string, number>, settings: Settings): Selection {
  const scored = entry.sentences.map((candidate, index) => ({candidate, index, score: score(candidate.text, weights)}))
  const ranked = [...scored].sort((a, b) => Number(b.candidate.listed) - Number(a.candidate.listed) || b.score - a.score || a.index - b.index)
  const kept = new Set(ranked.slice(0, Math.max(settings.maxPoints, scored.filter((entry) => entry.candidate.listed).length)).map((entry) => entry.index))
  const bullets: Bullet[] = []
  const dropped: Origin[] = []
  for (const {candidate, index, score: value} of scored) {
    const origin = {line: candidate.line, text: candidate.text}
    if (!kept.has(index)) {
      dropped.push(origin)
      continue
    }
    condense(candidate.text, settings.maxWords).forEach((text, part) => {
      bullets.push({text, depth: candidate.depth + (part > 0 ? 1 : 0), origin, score: value})
    })
  }
  const quotes = [...entry.quotes, ...quotedPhrases(entry.sentences, settings.minQuoteWords)]
  return {section: entry.section, bullets, quotes, code: entry.code, links: dedupeLinks(entry.links), dropped}
}

function quotedPhrases(sentences: readonly Candidate[], minWords: number): Quote[] {
  const quotes: Quote[] = []
  const seen = new Set<string>()
  for (const sentence of sentences) {
    for (const pattern of quotePatterns) {
      for (const match of sentence.text.matchAll(pattern)) {
        const text = match[1]!.trim().replace(/[,.;:]$/, '')
        const key = text.toLowerCase()
        if (countWords(text) < minWords || seen.has(key)) continue
        seen.add(key)
        quotes.push({text, origin: {line: sentence.line, text: sentence.text}})
      }
    }
  }
  return quotes
}

/**
 * Turn a sentence into bullet text of about `maxWords` words: sentences up to
 * a quarter longer stay whole; longer ones are split at the clause boundary
 * nearest the middle, and a clause that is still too long is cut at a word
 * boundary with an ellipsis. Never cuts inside a word.
 */
export function condense(text: string, maxWords: number): string[] {
  const limit = Math.ceil(maxWords * 1.25)
  const words = text.split(' ')
  if (words.length <= limit) return [text]
  // Clauses end at a comma, semicolon, colon or dash outside parentheses.
  const clauses: string[][] = [[]]
  let open = 0
  words.forEach((word, index) => {
    clauses.at(-1)!.push(word)
    open += (word.match(/[([{]/g)?.length ?? 0) - (word.match(/[)\]}]/g)?.length ?? 0)
    if (open <= 0 && index < words.length - 3 && /^(?:.*[,;:]|[—–-])$/.test(word) && clauses.at(-1)!.length >= 3) clauses.push([])
  })
  // Pack clauses into at most two bullets; what does not fit is marked "…".
  const pieces: string[] = []
  let piece: string[] = []
  let cut = false
  for (const clause of clauses) {
    if (piece.length + clause.length <= limit) {
      piece.push(...clause)
      continue
    }
    if (piece.length > 0) pieces.push(finish(piece))
    piece = [...clause]
    if (pieces.length === 2) {
      cut = true
      piece = []
      break
    }
  }
  if (piece.length > 0 && pieces.length < 2) pieces.push(finish(piece))
  else if (piece.length > 0) cut = true
  return pieces.map((value, index) => {
    const tokens = value.split(' ')
    const long = tokens.length > limit
    const shown = long ? finish(tokens.slice(0, maxWords)) : value
    return long || (cut && index === pieces.length - 1) ? `${shown} …` : shown
  })
}

/** Words back to text, without a dangling clause mark at the end. */
function finish(words: readonly string[]): string {
  return words.join(' ').trim().replace(/\s*[,;:—–-]$/, '')
}

function termWeights(texts: readonly string[]): Map<string, number> {
  const frequency = new Map<string, number>()
  for (const text of texts) for (const term of new Set(terms(text))) frequency.set(term, (frequency.get(term) ?? 0) + 1)
  const weights = new Map<string, number>()
  for (const [term, count] of frequency) weights.set(term, Math.log(1 + texts.length / count))
  return weights
}

function score(text: string, weights: ReadonlyMap<string, number>): number {
  const unique = new Set(terms(text))
  let total = 0
  for (const term of unique) total += weights.get(term) ?? 0
  const figure = /\d/.test(text) ? 1 : 0
  return total / (1 + Math.log(1 + unique.size)) + figure
}

function dedupeLinks(links: readonly Link[]): Link[] {
  const seen = new Set<string>()
  return links.filter((link) => !seen.has(link.url) && Boolean(seen.add(link.url)))
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

function lineOf(node: {position?: {start: {line: number}}}): number {
  return node.position?.start.line ?? 1
}
