import type {List, ListItem, Nodes, Paragraph, RootContent, Text} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {visit} from 'unist-util-visit'
import {lowValueKind} from '../../text/low-value.js'
import {english} from '../../lang/en.js'
import type {Language} from '../../lang/types.js'
import {findPeople, type Person} from '../../text/find-people.js'
import {maxLexiconSections} from '../../text/nlp.js'
import {withDefaults} from '../../text/settings.js'
import {bareUrl} from '../../text/short-url.js'
import {terms} from '../../text/terms.js'
import type {ActionItem, Bullet, CodeBlock, Figure, ImageRef, Link, Outline, Quote, Section, Selection} from '../../types.js'
import {leansBack} from '../../lang/leaning.js'
import {condense} from './condense.js'
import {findAction} from './find-actions.js'
import {figurePattern, findFigures} from './find-figures.js'
import {findQuotes} from './find-quotes.js'
import {documentFrequencies, rankSentences, type DocumentFrequencies} from './rank-sentences.js'
import {splitSentences} from './split-sentences.js'

export {condense} from './condense.js'

export interface SelectOptions {
  /** Words a bullet aims at; longer sentences are cut after a clause (default: `12`). */
  readonly maxWords?: number
  /** The language of the notes: fillers, action markers, units, stop words (default: English). */
  readonly language?: Language
  /** Local images that cannot be shown (not found, not an image): left out, as if the notes had none (default: none). */
  readonly leaveOutImages?: ReadonlySet<string>
}

const defaults = {maxWords: 12, language: english, leaveOutImages: new Set<string>() as ReadonlySet<string>}

type Settings = typeof defaults


/**
 * Find and rank what each section could show: every sentence and list item
 * as a candidate bullet (condensed, in source order), scored by centrality
 * (LexRank), position, figures, names and heading words, and ranked low when
 * it is logistics, a greeting or the note-taker's aside (the language's
 * `lowValue` cues) or introduces the section's speakers; key quotes with
 * their speaker; figures with their context; code blocks; links; action
 * items. Everything keeps the source line it came from. What goes on the
 * slides is decided by the deck's budget (`budgetDeck`). Deterministic.
 */
export function selectPoints(outline: Outline, options?: Readonly<SelectOptions>): Selection[] {
  const settings = withDefaults(defaults, options)
  const {language} = settings
  const collected = outline.sections.map((section) => collect(section, outline.definitions, language, settings.leaveOutImages))
  const documents = collected.flatMap((entry) => entry.candidates.map((candidate) => candidate.text))
  // Everyone the notes introduce, for quotes said by "Sharma" or "he".
  let people: Person[] = []
  const lexicon = collected.length <= maxLexiconSections
  for (const entry of collected) {
    const found = [...(entry.section.people ?? []), ...findPeople(entry.candidates.map((candidate) => candidate.text).join('\n'), people, {language, lexicon}).people]
    for (const person of found) if (!people.some((other) => other.name === person.name)) people = [...people, person]
  }
  // Centrality across the whole deck: what the talk as a whole keeps coming back to.
  // Term frequencies counted once for the deck, for every ranking over it.
  const frequencies = documentFrequencies(documents, {language})
  const deckRank = rankSentences(documents, frequencies, {language})
  let offset = 0
  return collected.map((entry) => {
    const ranks = deckRank.slice(offset, offset + entry.candidates.length)
    offset += entry.candidates.length
    return choose(entry, frequencies, ranks, people, settings)
  })
}

interface Candidate {
  readonly text: string
  readonly line: number
  /** Last source line, when the text spans lines. */
  readonly end?: number
  readonly depth: number
  /** A list item, heading or table row: the note-taker's own point. */
  readonly listed: boolean
  /** Who says it, in a turn of a transcript. */
  readonly speaker?: string
  /** A task list item: done (`true`) or open (`false`). */
  readonly checked?: boolean
}

interface Collected {
  readonly section: Section
  readonly candidates: Candidate[]
  readonly images: ImageRef[]
  readonly quotes: Quote[]
  readonly code: CodeBlock[]
  readonly links: Link[]
  readonly actions: ActionItem[]
  readonly language: Language
}

function collect(section: Section, definitions: Readonly<Record<string, string>>, language: Language, leaveOut: ReadonlySet<string>): Collected {
  const result: Collected = {section, candidates: [], images: [], quotes: [], code: [], links: [], actions: [], language}
  // An image's alt text describes a picture; it is no point of the notes.
  for (const node of section.nodes) block(withoutImages(node), 0, result)
  for (const node of section.nodes) {
    visit(node as Nodes, (child, _index, parent) => {
      if (child.type === 'image') {
        const alt = clean(child.alt ?? '')
        // A remote image is listed with its alt text, never loaded: the deck stays offline.
        if (remote.test(child.url)) result.links.push({text: alt ? `${language.labels.image}: ${alt}` : language.labels.image, url: child.url, line: lineOf(child)})
        else if (child.url && !leaveOut.has(child.url)) result.images.push({alt, url: child.url, line: lineOf(child)})
      } else if (child.type === 'link') {
        result.links.push({text: clean(toString(child)) || child.url, url: child.url, line: lineOf(child)})
      } else if (child.type === 'linkReference' && definitions[child.identifier]) {
        result.links.push({text: clean(toString(child)), url: definitions[child.identifier]!, line: lineOf(child)})
      } else if (child.type === 'text' && parent?.type !== 'link') {
        for (const match of (child as Text).value.matchAll(bareUrl)) {
          const url = match[0].startsWith('www.') ? `https://${match[0]}` : match[0]
          const line = lineOf(child) + ((child as Text).value.slice(0, match.index).match(/\n/g)?.length ?? 0)
          result.links.push({text: match[0], url, line})
        }
      }
    })
  }
  return result
}

/** A URL with a scheme (`https:`, `ftp:`) or a host (`//cdn…`), not a `data:` URI. */
const remote = /^(?!data:)(?:[a-z][a-z\d+.-]*:|\/\/)/i

/** A node without the images in it (a paragraph of only an image becomes empty). */
function withoutImages<Node extends RootContent>(node: Node): Node {
  if (!('children' in node)) return node
  const children = (node.children as RootContent[]).filter((child) => child.type !== 'image').map((child) => withoutImages(child))
  return {...node, children}
}

function block(node: RootContent, depth: number, result: Collected): void {
  switch (node.type) {
    case 'paragraph':
      for (const sentence of sentencesOf(node, depth, result.language)) {
        const action = findAction(sentence.text, {language: result.language})
        if (action) result.actions.push({text: action, origin: {line: sentence.line, text: sentence.text}})
        result.candidates.push(sentence)
      }
      break
    case 'list':
      listItems(node, depth, result)
      break
    case 'blockquote': {
      const lines = node.children
        .map((child) => toString(child))
        .join('\n')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
      const credit = lines.length > 1 ? /^(?:—|–|--|-)\s*(.+)$/.exec(lines.at(-1)!) : null
      const text = clean((credit ? lines.slice(0, -1) : lines).join(' ')).replace(/^["“]|["”]$/g, '')
      if (text) result.quotes.push({text, origin: {line: lineOf(node), text: clean(lines.join(' '))}, ...(credit ? {attribution: credit[1]!.trim()} : {})})
      break
    }
    case 'code':
      result.code.push({lang: node.lang ?? undefined, value: node.value, line: lineOf(node)})
      break
    case 'heading': {
      const text = clean(inlineText(node))
      if (text) result.candidates.push({text, line: lineOf(node), depth, listed: true})
      break
    }
    case 'table':
      for (const row of node.children.slice(1)) {
        const text = row.children.map((cell) => clean(inlineText(cell))).filter(Boolean).join(' · ')
        if (text) result.candidates.push({text, line: lineOf(row), depth, listed: true})
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
      const text = clean(inlineText(first))
      if (text) {
        const action = findAction(text, {checked: item.checked, language: result.language})
        if (action) result.actions.push({text: action, origin: {line: lineOf(first), text}})
        const checked = typeof item.checked === 'boolean' ? {checked: item.checked} : {}
        result.candidates.push({text, line: lineOf(first), end: endOf(first), depth, listed: true, ...checked})
      }
    } else if (first) block(first, depth, result)
    for (const child of rest) block(child, depth + 1, result)
  }
}

/** The sentences of a paragraph, each with the line it starts on. */
function sentencesOf(paragraph: Paragraph, depth: number, language: Language): Candidate[] {
  const text = inlineText(paragraph)
  const start = lineOf(paragraph)
  // Line breaks before an offset, by binary search: a paragraph may hold thousands of sentences.
  const breaks = [...text.matchAll(/\n/g)].map((match) => match.index)
  const lines = (to: number): number => {
    let [low, high] = [0, breaks.length]
    while (low < high) {
      const middle = (low + high) >>> 1
      if (breaks[middle]! < to) low = middle + 1
      else high = middle
    }
    return low
  }
  return splitSentences(text, {language}).map((sentence) => ({
    text: clean(sentence.text),
    line: start + lines(sentence.offset),
    end: start + lines(sentence.offset + sentence.text.length),
    depth,
    listed: false,
    ...(paragraph.data?.speaker ? {speaker: paragraph.data.speaker} : {})
  }))
}

function choose(entry: Collected, documents: DocumentFrequencies, deckRank: readonly number[], people: readonly Person[], settings: Settings): Selection {
  const {section, candidates} = entry
  const {language} = settings
  const figure = figurePattern(language.figures)
  const figureIn = (text: string): boolean => new RegExp(figure.source, 'iu').test(text)
  const centrality = rankSentences(
    candidates.map((candidate) => candidate.text),
    documents,
    {language}
  )
  const headingTerms = new Set(terms(section.title, {language}))
  const bullets: Bullet[] = []
  const quotes: Quote[] = [...entry.quotes]
  const figures: Figure[] = []
  const seenQuotes = new Set(quotes.map((quote) => quote.text.toLowerCase()))
  candidates.forEach((candidate, index) => {
    const origin = {line: candidate.line, text: candidate.text, ...(candidate.end !== undefined && candidate.end > candidate.line ? {end: candidate.end} : {})}
    figures.push(...findFigures(origin, {language}))
    // findQuotes looks back two sentences at most (three when the one before repeats this one).
    const before = candidates.slice(Math.max(0, index - 3), index).map((earlier) => earlier.text)
    for (const quote of findQuotes(origin, {before, people, sectionPeople: section.people ?? [], language, speaker: candidate.speaker})) {
      if (!seenQuotes.has(quote.text.toLowerCase())) {
        seenQuotes.add(quote.text.toLowerCase())
        // A short quote is shown with the sentence it was said in.
        const said = quote.text.split(/\s+/).length < 8 ? condense(origin.text, {maxWords: settings.maxWords, language}) : undefined
        // A sentence that is only the quote says nothing more: it is not shown twice.
        const quoted = new Set(terms(quote.text, {language}))
        const context = said !== undefined && terms(said, {language}).some((term) => !quoted.has(term)) ? said : undefined
        quotes.push(context === undefined ? quote : {...quote, context})
      }
    }
    const words = terms(candidate.text, {language})
    const hasFigure = figureIn(candidate.text)
    const cue = lowValueKind(candidate.text, language.lowValue)
    // The first points of a section are what its note-taker led with.
    const position = 0.4 * (1 - index / Math.max(1, candidates.length))
    // Logistics, greetings and asides rank below anything with content; the
    // introduction of a section's speakers is its title, not a point.
    const introduces = (section.people ?? []).some((person) => person.name.includes(' ') && candidate.text.includes(person.name))
    const penalty = (cue ? 1.5 : 0) + (introduces ? 1.5 : 0)
    const signals =
      (hasFigure ? 0.6 : 0) +
      (/(?:^|\s)\S+\s+\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)/u.test(candidate.text) || /\b\p{Lu}{2,}\b/u.test(candidate.text) ? 0.3 : 0) +
      (/[“"‘«]/.test(candidate.text) ? 0.3 : 0) +
      Math.min(0.6, 0.2 * words.filter((word) => headingTerms.has(word)).length) -
      // A question asks; it does not tell the team anything.
      (/\?\s*$/.test(candidate.text) ? 0.4 : 0) -
      // A word or two says little on its own.
      (words.length < 3 ? 0.3 : 0)
    const score = round(centrality[index]! + signals + position - penalty)
    // Across the deck, what counts is how central a sentence is to the whole
    // talk, and whether it carries a figure; names and quotes help it within
    // its section only.
    const weight = round(deckRank[index]! + (hasFigure ? 0.6 : 0) + position - penalty)
    const text = condense(candidate.text, {maxWords: settings.maxWords, language})
    const long = text === undefined ? {tooLong: true} : {}
    // A sentence that leans on the one before it ("They …", "This causes …")
    // names it: it is shown after that one, on the same slide, or not at all.
    const previous = index > 0 ? candidates[index - 1] : undefined
    const leansOn = previous !== undefined && leansBack(text ?? candidate.text, language) !== false ? {leansOn: {line: previous.line, text: previous.text}} : {}
    const checked = candidate.checked === undefined ? {} : {checked: candidate.checked}
    bullets.push({text: text ?? candidate.text, depth: candidate.depth, origin, score, weight, ...(cue ? {cue} : {}), ...long, ...checked, ...leansOn})
  })
  return {section, bullets, quotes, code: entry.code, links: dedupeLinks(entry.links), figures, actions: entry.actions, images: entry.images, dropped: []}
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}

function dedupeLinks(links: readonly Link[]): Link[] {
  const seen = new Set<string>()
  return links.filter((link) => !seen.has(link.url) && Boolean(seen.add(link.url)))
}

/**
 * The text of a node as the notes write it inline: code spans in backticks
 * (their text untouched), struck-through text in `~~`, a hard line break as a
 * line break, and no emphasis marks that did not parse (`** … **`, or any
 * `**bold**` in plain text).
 */
function inlineText(node: Nodes): string {
  switch (node.type) {
    case 'text':
      return node.value.replace(/(\*\*|__)(?=\S)([^*_]+?)(?<=\S)\1/g, '$2').replace(/(^|\s)(?:\*{2,}|_{2,})(?=\s|$)/g, '$1')
    case 'inlineCode': {
      const fence = '`'.repeat(Math.max(0, ...(node.value.match(/`+/g) ?? []).map((run) => run.length)) + 1)
      const pad = /^`|`$/.test(node.value) ? ' ' : ''
      return `${fence}${pad}${node.value}${pad}${fence}`
    }
    case 'delete':
      return `~~${node.children.map(inlineText).join('')}~~`
    case 'break':
      return '\n'
    default:
      return 'children' in node ? (node.children as Nodes[]).map(inlineText).join('') : toString(node)
  }
}

function endOf(node: {position?: {end: {line: number}}}): number | undefined {
  return node.position?.end.line
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function lineOf(node: {position?: {start: {line: number}}}): number {
  return node.position?.start.line ?? 1
}
