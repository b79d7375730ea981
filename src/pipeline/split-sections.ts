import type {Heading, Paragraph, Root, RootContent} from 'mdast'
import {english} from '../lang/en.js'
import type {Language} from '../lang/types.js'
import {withDefaults} from '../text/settings.js'
import {toString} from 'mdast-util-to-string'
import {findByline, findMeta} from '../text/find-meta.js'
import {findPeople, type Person} from '../text/find-people.js'
import {maxLexiconSections} from '../text/nlp.js'
import {nameSection, sectionTerms} from './name-section.js'
import {segmentText} from './segment-text.js'
import type {DeckMeta, NotesKind, Outline, Section} from '../types.js'

export interface SplitOptions {
  /** Name of the notes in messages (default: `'stdin'`). */
  readonly file?: string
  /** What kind of notes the tree was parsed from (default: `'markdown'`). */
  readonly kind?: NotesKind
  /** Longest lead text, in words, that becomes the title slide's subtitle (default: `16`). */
  readonly subtitleWords?: number
  /** The language of the notes: its cues, dates and labels (default: English). */
  readonly language?: Language
}

const defaults = {file: 'stdin', kind: 'markdown' as NotesKind, subtitleWords: 16, language: english}

/**
 * Split a notes tree into an outline: deck metadata and sections.
 *
 * A single first-level heading at the top is the deck title; the other
 * headings open sections, nested by their depth. Text before the first section
 * becomes the subtitle when it is one short paragraph, an opening section
 * otherwise. A paragraph that is only bold text counts as a heading. Notes
 * with no headings are split by their bullet tree or by topic.
 */
export function splitSections(tree: Root, options?: Readonly<SplitOptions>): Outline {
  const settings = withDefaults(defaults, options)
  const {language} = settings
  const found = findMeta(tree, {file: settings.file, language})
  const definitions: Record<string, string> = {}
  for (const node of tree.children) if (node.type === 'definition') definitions[node.identifier] = node.url
  // A byline names who wrote the notes (the deck's author), not a point or a speaker.
  const byline = findByline(tree, {language})
  let content: RootContent[] = tree.children
    .filter((node) => node.type !== 'yaml' && node.type !== 'toml' && node.type !== 'definition')
    .flatMap((node) => (node === byline?.node ? withoutFirstLine(byline.node) : [node]))
  const headings = content.filter((node): node is Heading => node.type === 'heading')

  let title = found.title
  // A bold pseudo-heading is one level below the heading it is written under.
  let under = 1
  content = content.flatMap((node) => {
    if (node.type !== 'heading') return boldHeadings(node, Math.min(6, under + 1) as Heading['depth'])
    under = node.depth
    return [node]
  })
  let body = content
  const first = headings[0]
  // An H1 over the attendee list of minutes does not make the title ambiguous.
  const firstLevel = headings.filter((heading) => heading.depth === 1 && !language.minutes.attendees.test(plain(heading)))
  let speaker: string | undefined
  // The H1 a front matter title overrides, when it says something else ("Staff
  // meeting minutes" over "# Orchard club meeting"), is kept as the subtitle.
  let overridden: string | undefined
  const opens = first !== undefined && content[0] === first && titleOver(content, firstLevel)
  if (first && first.depth === 1 && ((firstLevel.length === 1 && firstLevel[0] === first) || opens)) {
    if (title !== undefined && normalised(plain(first)) !== normalised(title)) overridden = plain(first)
    title ??= plain(first)
    // The other H1s ("# Questions" after the talk's "## …" parts) are parts of the talk too.
    body = content.filter((node) => node !== first).map((node) => (node.type === 'heading' && node.depth === 1 ? {...node, depth: 2} : node))
    // The talk's speaker on a heading of their own right under its title
    // ("# Talk" / "### Jane Roe, Acme"): the title slide's subtitle, not a section.
    const next = body[0]
    if (next?.type === 'heading' && content.indexOf(next) === content.indexOf(first) + 1) {
      speaker = speakerLine(plain(next), language)
      if (speaker !== undefined) body = body.slice(1)
    }
  }

  const sectionHeadings = body.filter((node): node is Heading => node.type === 'heading')
  if (sectionHeadings.length === 0) {
    const list = body.length === 1 && body[0]!.type === 'list' ? body[0] : undefined
    const first = list?.children[0]
    const heads = list && first && list.children.length > 1 && first.children.length === 1 && first.children[0]!.type === 'paragraph'
    // An outline's first line with nothing under it is its title; in a
    // Markdown bullet tree, only when the next item has sub-items.
    if (title === undefined && heads && titleLike(plain(first.children[0]!), language) && (settings.kind === 'outline' || list.children[1]!.children.some((child) => child.type === 'list'))) {
      title = plain(first.children[0]!)
      body = [{...list, children: list.children.slice(1)}]
    }
    const subtitle = speaker ?? overridden
    return {meta: {...found, title, ...(subtitle === undefined ? {} : {subtitle})}, sections: flatSections(body, settings.kind, language), definitions}
  }

  const top = sectionHeadings.reduce((least, heading) => Math.min(least, heading.depth), Infinity)
  const firstIndex = body.findIndex((node) => node.type === 'heading')
  let lead = body.slice(0, firstIndex)
  const sections: Section[] = []
  let subtitle = speaker
  const opening = lead[0]
  if (title === undefined && opening?.type === 'paragraph') {
    // The notes' own title: a short first line above the first heading
    // ("Wed keynote - Go changes"), the lines under it the subtitle.
    const [line, ...rest] = toString(opening).split('\n')
    if (line !== undefined && titleLike(line, language)) {
      title = line.trim()
      lead = rest.join(' ').trim() === '' ? lead.slice(1) : [{type: 'paragraph', children: [{type: 'text', value: rest.join('\n')}], position: opening.position}, ...lead.slice(1)]
    }
  }
  // Lines under the title that each name a speaker ("Jane Roe, Acme" over
  // "John Doe, Initech"): the title slide's subtitle, one speaker after the
  // other, never run together into one line ("Acme John Doe").
  const byLines = subtitle === undefined && lead[0]?.type === 'paragraph' ? lines(lead[0]) : []
  // Lines written alike ("Name, Organisation"), one of them a name the people finder knows.
  const alike = byLines.length >= 2 && byLines.length <= 4 && byLines.every((line) => personLine.test(line) && words(line) <= 10)
  if (alike && byLines.some((line) => speakerLine(line, language) !== undefined)) {
    subtitle = byLines.join(' · ')
    lead = lead.slice(1)
  }
  if (subtitle === undefined && lead.length === 1 && lead[0]!.type === 'paragraph' && words(plain(lead[0]!)) <= settings.subtitleWords) {
    subtitle = plain(lead[0]!)
  } else if (lead.length > 0) {
    sections.push({title: language.labels.opening, depth: 1, line: lineOf(lead[0]!), nodes: lead})
  }

  let current: {heading: Heading; depth: number; nodes: RootContent[]} | undefined
  const flush = (): void => {
    if (!current) return
    sections.push({title: plain(current.heading), depth: current.depth, line: lineOf(current.heading), nodes: current.nodes})
  }
  // A heading is one level below the heading it is under, whatever levels the
  // notes skip (`####` talks under a `##` day are its parts, depth 2).
  const open: Array<{level: number; depth: number}> = []
  for (const node of body.slice(firstIndex)) {
    if (node.type === 'heading') {
      flush()
      while (open.length > 0 && open.at(-1)!.level >= node.depth) open.pop()
      const parent = open.at(-1)
      const depth = Math.max(1, parent ? Math.min(node.depth - top + 1, parent.depth + 1) : node.depth - top + 1)
      open.push({level: node.depth, depth})
      current = {heading: node, depth, nodes: []}
    } else current?.nodes.push(node)
  }
  flush()
  const meta: DeckMeta = {...found, title, subtitle: subtitle ?? overridden}
  const logged = settings.kind === 'live-blog' ? sections.flatMap((section) => logParts(section, language)) : sections
  return {meta, sections: withBylines(logged), definitions}
}

/**
 * A live blog's long run of entries under one heading (a whole keynote under
 * "Live notes"), cut where its topic changes (see `segmentText`): the heading
 * keeps the first part, each other part is a section one level below it,
 * titled by its key phrase. Runs of fewer than twelve entries, or of other
 * blocks than paragraphs, stay whole.
 */
function logParts(section: Section, language: Language): Section[] {
  const paragraphs = section.nodes.filter((node) => node.type === 'paragraph').length
  if (section.nodes.length < 12 || paragraphs * 3 < section.nodes.length * 2) return [section]
  const texts = section.nodes.map(blockText)
  const starts = segmentText(texts, {language})
  if (starts.length < 2) return [section]
  const groups = starts.map((start, index) => texts.slice(start, starts[index + 1] ?? texts.length))
  const groupTerms = sectionTerms(groups.map((group) => group.join(' ')), {language})
  return starts.map((start, index) => {
    const nodes = section.nodes.slice(start, starts[index + 1] ?? section.nodes.length)
    if (index === 0) return {...section, nodes}
    const named = nameSection(groups[index]!, [], groupTerms, {language})
    return {title: named.title, depth: section.depth + 1, line: lineOf(nodes[0]!), nodes}
  })
}

/**
 * Whether the first of several H1s is the notes' title: it opens the notes
 * and holds two deeper headings or more, while the one or two later H1s hold
 * none (a talk's `# Title - Speaker` over its `## …` parts, then a stray
 * `# Questions`).
 */
function titleOver(content: readonly RootContent[], firstLevel: readonly Heading[]): boolean {
  // Two later H1s at most: more are talks of their own, the first one among them.
  if (firstLevel.length < 2 || firstLevel.length > 3 || content[0] !== firstLevel[0]) return false
  const deeper = (from: Heading, to: Heading | undefined): number => {
    const end = to ? content.indexOf(to) : content.length
    return content.slice(content.indexOf(from) + 1, end).filter((node) => node.type === 'heading' && node.depth > 1).length
  }
  return deeper(firstLevel[0]!, firstLevel[1]) >= 2 && firstLevel.slice(1).every((heading, index) => deeper(heading, firstLevel[index + 2]) === 0)
}

/**
 * A talk's heading with nothing under it but one deeper heading that names
 * its speaker (`# Talk title (9:05am)` over `## Ann Berg (Acme)`) is one
 * section: "Talk title — Ann Berg (Acme)", the speaker among its people.
 */
// Two or three capitalised words, then perhaps an organisation: "Ann Berg (Rye House)".
const personLine = /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2}(?:\s*(?:\(.*\)|[,—–-].*))?$/u

/**
 * A line that names a speaker, perhaps with their role: a name the notes'
 * people finder knows at its start, a few words in all, no sentence. Returns
 * the line without a trailing ellipsis ("Jane Roe..." → "Jane Roe").
 */
function speakerLine(text: string, language: Language): string | undefined {
  const line = text.replace(/\s*(?:\.{2,}|…)$/u, '').trim()
  // The people finder loads a lexicon: only lines that could name someone are worth it.
  if (!personLine.test(line) || words(line) > 10 || /[.!?:;]$/.test(line)) return undefined
  return findPeople(line, [], {language}).people.some((person) => line.startsWith(person.name)) ? line : undefined
}

/** The lines of a paragraph, as the notes break them (a newline or a hard break). */
function lines(node: Paragraph): string[] {
  const parts = node.children.map((child) => (child.type === 'break' ? '\n' : toString(child)))
  return parts.join('').split('\n').map((line) => line.trim()).filter(Boolean)
}

function withBylines(sections: readonly Section[]): Section[] {
  const result: Section[] = []
  for (let index = 0; index < sections.length; index++) {
    const section = sections[index]!
    const next = sections[index + 1]
    const after = sections[index + 2]
    const onlyChild = next && next.depth === section.depth + 1 && (!after || after.depth <= section.depth)
    const cast = onlyChild ? findPeople(next.title) : undefined
    const named = cast !== undefined && (cast.people.length > 0 || personLine.test(next!.title))
    const byline = named && words(next!.title) <= 8 && !/[.!?]$/.test(next!.title)
    if (section.nodes.length === 0 && byline) {
      const talk = section.title.replace(/\s*\(\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*\)\s*$/i, '')
      const people = cast!.people.length > 0 ? {people: cast!.people} : {}
      result.push({...next!, title: `${talk} — ${next!.title}`, depth: section.depth, line: section.line, ...people})
      index++
    } else result.push(section)
  }
  return result
}

/** A paragraph without its first line (a byline): nothing when it has one line. */
function withoutFirstLine(node: Paragraph): Paragraph[] {
  const children: Paragraph['children'] = []
  let found = false
  for (const child of node.children) {
    if (found) children.push(child)
    else if (child.type === 'break') found = true
    else if (child.type === 'text' && child.value.includes('\n')) {
      found = true
      children.push({...child, value: child.value.slice(child.value.indexOf('\n') + 1)})
    }
  }
  if (!found || toString({type: 'paragraph', children}).trim() === '') return []
  const line = (node.position?.start.line ?? 1) + 1
  return [{type: 'paragraph', children, ...(node.position ? {position: {start: {line, column: 1}, end: node.position.end}} : {})}]
}

/**
 * A paragraph that is only bold text (`**Topic**` or `**Topic:**`) is a
 * heading of `depth`; so are bold pseudo-headings that share a paragraph with
 * the text under them (`**Talk title**` on a line of its own, then the notes),
 * or that were left unclosed (`**Talk title`): a heading, then a paragraph of
 * the rest.
 */
function boldHeadings(node: RootContent, depth: Heading['depth']): RootContent[] {
  if (node.type !== 'paragraph') return [node]
  const [first, second, ...others] = node.children
  const line = node.position?.start.line ?? 1
  const rest = (children: Paragraph['children']): Paragraph[] => {
    if (toString({type: 'paragraph', children}).trim() === '') return []
    const position = node.position ? {start: {line: line + 1, column: 1}, end: node.position.end} : undefined
    return [{type: 'paragraph', children, ...(position ? {position} : {})}]
  }
  const heading = (value: string): Heading => ({type: 'heading', depth, children: [{type: 'text', value}], ...(node.position ? {position: {start: node.position.start, end: {line, column: 1}}} : {})})
  if (first?.type === 'strong' && second?.type === 'text' && /^[ \t]*:?[ \t]*\n/.test(second.value) && words(toString(first)) <= 10) {
    return [heading(plain(first).replace(/:$/, '')), ...rest([{...second, value: second.value.replace(/^[ \t]*:?[ \t]*\n/, '')}, ...others])]
  }
  if (first?.type === 'text' && /^\*\*(?![*\s])/.test(first.value)) {
    const [top, ...below] = first.value.split('\n')
    const title = top!.slice(2).trim().replace(/:$/, '')
    if (!top!.slice(2).includes('**') && words(title) <= 10 && title !== '' && (below.length > 0 || node.children.length === 1)) {
      return [heading(title), ...rest([...(below.length > 0 ? [{...first, value: below.join('\n')}] : []), ...node.children.slice(1)])]
    }
  }
  return [pseudoHeading(node, depth)]
}

function pseudoHeading(node: RootContent, depth: Heading['depth']): RootContent {
  if (node.type !== 'paragraph') return node
  const children = node.children.filter((child) => !(child.type === 'text' && /^\s*:?\s*$/.test(child.value)))
  if (children.length !== 1 || children[0]!.type !== 'strong') return node
  const text = plain(node).replace(/:$/, '')
  if (text.split(/\s+/).length > 10) return node
  return {type: 'heading', depth, children: [{type: 'text', value: text}], position: node.position}
}

/**
 * Sections of notes with no headings: the items of a bullet tree that have
 * sub-items, or topical segments of flat text (see `segmentText`), titled by
 * the people they introduce or their key phrase.
 */
function flatSections(nodes: readonly RootContent[], kind: NotesKind, language: Language): Section[] {
  const tree = nodes.length === 1 && nodes[0]!.type === 'list' ? nodes[0] : undefined
  if (tree && tree.children.some((item) => item.children.some((child) => child.type === 'list'))) {
    const sections: Section[] = []
    const itemTexts = tree.children.map((item) => blockText(item))
    const itemTerms = sectionTerms(itemTexts, {language})
    const lexicon = tree.children.length <= maxLexiconSections
    for (const [index, item] of tree.children.entries()) {
      const [head, ...rest] = item.children
      let title = head && head.type === 'paragraph' ? plain(head) : language.labels.untitled
      let body = head && head.type === 'paragraph' ? rest : item.children
      const previous = sections.at(-1)
      // An item with nothing under it is a point of the topic before it.
      if (body.length === 0 && previous) {
        const point: RootContent = {type: 'list', ordered: false, spread: false, children: [item], position: item.position}
        sections[sections.length - 1] = {...previous, nodes: [...previous.nodes, point]}
        continue
      }
      if (head && head.type === 'paragraph' && body.length > 0 && topicSentence(title)) {
        // A topic sentence over points: the slide's lead, under a title of its key phrase.
        body = [head, ...body]
        const phrase = nameSection([itemTexts[index]!], [], itemTerms, {language, lexicon}).title
        // One word says too little: the sentence itself, cut to a title, says more.
        if (words(phrase) >= 2) title = phrase
      }
      sections.push({title, depth: 1, line: lineOf(item), nodes: body})
    }
    return sections
  }
  const pairs = topicPairs(nodes)
  if (pairs) {
    const texts = pairs.map((pair) => pair.map(blockText).join('\n'))
    const pairTerms = sectionTerms(texts, {language})
    const lexicon = pairs.length <= maxLexiconSections
    return pairs.map(([lead, points], index) => {
      const text = plain(lead!)
      if (!topicSentence(text)) return {title: text, depth: 1, line: lineOf(lead!), nodes: [points!]}
      const named = nameSection([texts[index]!], [], pairTerms, {language, lexicon})
      return {title: named.title, depth: 1, line: lineOf(lead!), nodes: [lead!, points!]}
    })
  }
  const texts = nodes.map(blockText)
  const speakers = kind === 'transcript' ? nodes.map((node) => (node.type === 'paragraph' ? node.data?.speaker : undefined)) : undefined
  const starts = segmentText(texts, speakers ? {speakers, language} : {language})
  const groups = starts.map((start, index) => nodes.slice(start, starts[index + 1] ?? nodes.length))
  const groupTexts = groups.map((group) => group.map(blockText))
  const groupTerms = sectionTerms(groupTexts.map((entries) => entries.join(' ')), {language})
  let known: Person[] = []
  return groups.map((group, index) => {
    const voices = speakers?.slice(starts[index]!, starts[index + 1] ?? nodes.length)
    // In a transcript, people are introduced in the lines no one says
    // (a roster) and by the host, who speaks first.
    const host = speakers?.find(Boolean)
    const introductions = voices ? groupTexts[index]!.filter((_, at) => voices[at] === undefined || voices[at] === host) : undefined
    const named = nameSection(groupTexts[index]!, known, groupTerms, {
      ...(voices ? {speakers: voices.filter((voice): voice is string => Boolean(voice))} : {}),
      ...(introductions ? {introductions} : {}),
      language
    })
    known = [...known, ...named.people]
    return {title: named.title, depth: 1, line: lineOf(group[0]!), nodes: group, people: named.people}
  })
}

/** A line that reads as a sentence, not a heading: it ends with `.` or `!`, or runs past fourteen words. */
function topicSentence(text: string): boolean {
  return /[.!…;,]$/.test(text.trim()) || words(text) > 14
}

/**
 * Flat notes written as topic lines each over a list of points (`Topic.`
 * then `- point`): the pairs, when the notes are two or more of them and
 * nothing else.
 */
function topicPairs(nodes: readonly RootContent[]): RootContent[][] | undefined {
  if (nodes.length < 4 || nodes.length % 2 !== 0) return undefined
  const pairs: RootContent[][] = []
  for (let index = 0; index < nodes.length; index += 2) {
    if (nodes[index]!.type !== 'paragraph' || nodes[index + 1]!.type !== 'list') return undefined
    pairs.push([nodes[index]!, nodes[index + 1]!])
  }
  return pairs
}

/** The text of a block, its child blocks (list items, say) on lines of their own. */
function blockText(node: RootContent): string {
  if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') {
    return node.children.map((child) => blockText(child as RootContent)).join('\n')
  }
  return toString(node)
}

/**
 * Whether a line reads as a title: a few words that are not a sentence (no
 * final `.`, `!` or `?`) and not a note-taker's aside about themselves.
 */
export function titleLike(line: string, language: Language = english): boolean {
  const text = line.trim()
  const count = words(text)
  return count > 0 && count <= 12 && !/[.!?…:;,]$/.test(text) && !language.asides.test(text) && /\p{L}/u.test(text)
}

function normalised(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

function plain(node: RootContent): string {
  return toString(node).replace(/\s+/g, ' ').trim()
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

function lineOf(node: RootContent): number {
  return node.position?.start.line ?? 1
}
