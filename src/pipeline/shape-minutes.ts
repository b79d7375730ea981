import type {Link, List, ListItem, Paragraph, PhrasingContent, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {english} from '../lang/en.js'
import type {Language} from '../lang/types.js'
import type {Outline, Section} from '../types.js'

export interface MinutesOptions {
  /** The language of the notes: how its minutes name their parts (default: English). */
  readonly language?: Language
}

/**
 * Read minutes as minutes:
 * - an attendee list (a section "Attendees", a line "Present: A, B") is the
 *   deck's `meta.attendees`, not content;
 * - template text and placeholders ("(none yet)", "_Add your item here_") and
 *   a bot's boilerplate are dropped;
 * - items done (`[x]`, or struck through: `~~done~~`) are marked "✓";
 * - the open items of a "To do" / "Action items" list are action items;
 * - a hand-written table of contents (links to `#anchors`) is dropped;
 * - a list whose every item is only a link is one line of links, and a run of
 *   three or more sections that hold only a link is one "Links" section.
 */
export function shapeMinutes(outline: Outline, options?: Readonly<MinutesOptions>): Outline {
  const language = options?.language ?? english
  const settings = language.minutes
  const attendees: string[] = []
  const isTemplate = (text: string): boolean => settings.template.some((pattern) => pattern.test(text.trim()))
  const sections: Section[] = []
  // An archive of meetings lists who came to each: each list stays with its
  // meeting, as one line, instead of all of them on the title slide.
  const lists = outline.sections.filter((section) => settings.attendees.test(section.title.trim())).length
  for (const section of outline.sections) {
    if (settings.attendees.test(section.title.trim())) {
      const found = section.nodes.flatMap(names)
      const meeting = [...sections].reverse().find((earlier) => earlier.depth < section.depth)
      if (lists > 1 && meeting && found.length > 0) {
        const line: Paragraph = {type: 'paragraph', children: [{type: 'text', value: language.labels.present.replace('{names}', found.join(', '))}], ...(section.nodes[0]?.position ? {position: section.nodes[0].position} : {})}
        sections[sections.indexOf(meeting)] = {...meeting, nodes: [...meeting.nodes, line]}
      } else attendees.push(...found)
      continue
    }
    const actions = settings.actions.test(section.title.trim())
    const nodes = section.nodes.flatMap((node) => clean(node, {actions, isTemplate, attendees, label: settings.attendees}))
    sections.push({...section, nodes})
  }
  // A heading left empty (the "Notes" of a template), or boilerplate made a heading, is no section.
  const kept: Section[] = []
  for (const section of [...sections].reverse()) {
    const next = kept[0]
    const parent = next !== undefined && next.depth > section.depth
    if (parent || (section.nodes.length > 0 && !isTemplate(section.title))) kept.unshift(section)
  }
  const unique = [...new Set(attendees.map((name) => name.trim()).filter(Boolean))]
  const meta = unique.length > 0 ? {...outline.meta, attendees: unique} : outline.meta
  return {...outline, meta, sections: linkRuns(kept, language.labels.links)}
}

interface Context {
  readonly actions: boolean
  readonly isTemplate: (text: string) => boolean
  readonly attendees: string[]
  readonly label: RegExp
}

function clean<T extends RootContent>(node: T, context: Context): Array<T | Paragraph | List> {
  if (node.type === 'paragraph' || node.type === 'blockquote') {
    const text = toString(node).trim()
    if (context.isTemplate(text)) return []
    const present = presentLine(text, context.label)
    if (present) {
      context.attendees.push(...present)
      return []
    }
    return [node]
  }
  if (node.type !== 'list') return [node]
  if (tableOfContents(node)) return []
  const items = node.children.flatMap((item) => cleanItem(item, context))
  if (items.length === 0) return []
  if (items.length >= 3 && items.every(linkOnly)) {
    // A list of bare links is one line of links.
    const links = items.flatMap((item) => (item.children[0] as Paragraph).children.filter((child): child is Link => child.type === 'link'))
    const children = links.flatMap((link, index): PhrasingContent[] => (index === 0 ? [link] : [{type: 'text', value: ' · '}, link]))
    return [{type: 'paragraph', children, position: node.position}]
  }
  return [{...node, children: items}]
}

function cleanItem(item: ListItem, context: Context): ListItem[] {
  const [first, ...rest] = item.children
  const text = first ? toString(first).trim() : ''
  if (first?.type === 'paragraph' && context.isTemplate(text) && rest.length === 0) return []
  if (first?.type === 'paragraph') {
    const present = presentLine(text, context.label)
    if (present) {
      context.attendees.push(...present)
      return []
    }
  }
  const children = rest.flatMap((child) => clean(child, {...context, actions: false}))
  if (first?.type !== 'paragraph') return [{...item, children: first ? [first, ...children] : children}]
  const struck = first.children.length > 0 && first.children.every((child) => child.type === 'delete' || (child.type === 'text' && child.value.trim() === ''))
  if (item.checked === true || struck) {
    // A whole item struck through is done; a word struck inside a done item
    // ("the ~~Friday~~ Saturday market") is a correction, kept as written.
    const inner = struck ? first.children.flatMap((child) => (child.type === 'delete' ? child.children : [child])) : first.children
    const done: Paragraph = {...first, children: [{type: 'text', value: '✓ '}, ...inner]}
    return [{...item, checked: null, children: [done, ...children]}]
  }
  const open = context.actions && item.checked !== false ? {checked: false} : {}
  return [{...item, ...open, children: [first, ...children]}]
}

/** A hand-written table of contents: a list of links to the notes' own headings (`#anchor`), and nothing else. */
function tableOfContents(list: List): boolean {
  const links: Link[] = []
  const bare = (node: List | ListItem | Paragraph): boolean =>
    node.children.every((child) => {
      if (child.type === 'link') {
        links.push(child)
        return true
      }
      if (child.type === 'text') return /^[\s:,.·|–—-]*$/.test(child.value)
      if (child.type === 'list' || child.type === 'listItem' || child.type === 'paragraph') return bare(child)
      return false
    })
  return bare(list) && links.length >= 3 && links.every((link) => link.url.startsWith('#'))
}

/** Names in an attendee section: one a list item, or a comma list. */
function names(node: RootContent): string[] {
  if (node.type === 'list') return node.children.flatMap((item) => splitNames(toString(item.children[0] ?? item)))
  if (node.type === 'paragraph') return splitNames(toString(node))
  return []
}

/** "Present: A, B and C" (or `**Present** A, B`): the names, else `undefined`. */
function presentLine(text: string, label: RegExp): string[] | undefined {
  const match = /^([\p{L} ]{3,30}?)\s*[:：]?\s+(\S.*)$/u.exec(text)
  if (!match || !label.test(match[1]!.trim())) return undefined
  const found = splitNames(match[2]!)
  return found.length > 0 ? found : undefined
}

function splitNames(text: string): string[] {
  return text
    .split(/\s*(?:,|;|\band\b|\bund\b|\bet\b|\n)\s*/)
    .map((name) => name.trim())
    .filter((name) => name !== '' && name.length <= 60)
}

function linkOnly(item: ListItem): boolean {
  const [first, ...rest] = item.children
  if (rest.length > 0 || first?.type !== 'paragraph') return false
  const links = first.children.filter((child) => child.type === 'link')
  return links.length > 0 && first.children.every((child) => child.type === 'link' || (child.type === 'text' && /^[\s:,.·|–—-]*$/.test(child.value)))
}

/** A run of three or more sibling sections that hold only a link each: one "Links" section. */
function linkRuns(sections: readonly Section[], title: string): Section[] {
  const result: Section[] = []
  let run: Section[] = []
  const flush = (): void => {
    if (run.length >= 3) {
      const links = run.flatMap((section) => section.nodes.flatMap(linksOf).map((link) => ({...link, children: link.children.length > 0 && toString(link) !== link.url ? link.children : [{type: 'text' as const, value: section.title}]})))
      const children = links.flatMap((link, index): PhrasingContent[] => (index === 0 ? [link] : [{type: 'text', value: ' · '}, link]))
      result.push({title, depth: run[0]!.depth, line: run[0]!.line, nodes: [{type: 'paragraph', children}]})
    } else result.push(...run)
    run = []
  }
  for (const section of sections) {
    const onlyLinks = section.nodes.length > 0 && section.nodes.every((node) => node.type === 'paragraph' && node.children.every((child) => child.type === 'link' || (child.type === 'text' && child.value.trim() === '')))
    if (onlyLinks && (run.length === 0 || run[0]!.depth === section.depth)) run.push(section)
    else {
      flush()
      if (onlyLinks) run.push(section)
      else result.push(section)
    }
  }
  flush()
  return result
}

function linksOf(node: RootContent): Link[] {
  return node.type === 'paragraph' ? node.children.filter((child): child is Link => child.type === 'link') : []
}

