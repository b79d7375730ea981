import type {Heading, Root, RootContent} from 'mdast'
import {withDefaults} from './settings.js'
import {toString} from 'mdast-util-to-string'
import {findMeta} from './find-meta.js'
import type {DeckMeta, Outline, Section} from './types.js'

export interface SplitOptions {
  /** Name of the notes in messages (default: `'stdin'`). */
  readonly file?: string
  /** Paragraphs per section when flat text has no headings (default: `4`). */
  readonly paragraphsPerSection?: number
  /** Longest lead text, in words, that becomes the title slide's subtitle (default: `16`). */
  readonly subtitleWords?: number
}

const defaults = {file: 'stdin', paragraphsPerSection: 4, subtitleWords: 16}

/**
 * Split a notes tree into an outline: deck metadata and sections.
 *
 * A single first-level heading at the top is the deck title; the other
 * headings open sections, nested by their depth. Text before the first section
 * becomes the subtitle when it is one short paragraph, an opening section
 * otherwise. Notes with no headings are split into groups of paragraphs.
 */
export function splitSections(tree: Root, options?: Readonly<SplitOptions>): Outline {
  const settings = withDefaults(defaults, options)
  const found = findMeta(tree, {file: settings.file})
  const definitions: Record<string, string> = {}
  for (const node of tree.children) if (node.type === 'definition') definitions[node.identifier] = node.url
  const content = tree.children.filter((node) => node.type !== 'yaml' && node.type !== 'definition')
  const headings = content.filter((node): node is Heading => node.type === 'heading')

  let title = found.title
  let body = content
  const first = headings[0]
  if (first && first.depth === 1 && headings.filter((heading) => heading.depth === 1).length === 1) {
    title ??= plain(first)
    body = content.filter((node) => node !== first)
  }

  const sectionHeadings = body.filter((node): node is Heading => node.type === 'heading')
  if (sectionHeadings.length === 0) {
    return {meta: {...found, title}, sections: groupParagraphs(body, settings.paragraphsPerSection), definitions}
  }

  const top = Math.min(...sectionHeadings.map((heading) => heading.depth))
  const firstIndex = body.findIndex((node) => node.type === 'heading')
  const lead = body.slice(0, firstIndex)
  const sections: Section[] = []
  let subtitle: string | undefined
  if (lead.length === 1 && lead[0]!.type === 'paragraph' && words(plain(lead[0]!)) <= settings.subtitleWords) {
    subtitle = plain(lead[0]!)
  } else if (lead.length > 0) {
    sections.push({title: 'Opening', depth: 1, line: lineOf(lead[0]!), nodes: lead})
  }

  let current: {heading: Heading; nodes: RootContent[]} | undefined
  const flush = (): void => {
    if (!current) return
    sections.push({
      title: plain(current.heading),
      depth: Math.max(1, current.heading.depth - top + 1),
      line: lineOf(current.heading),
      nodes: current.nodes
    })
  }
  for (const node of body.slice(firstIndex)) {
    if (node.type === 'heading') {
      flush()
      current = {heading: node, nodes: []}
    } else current?.nodes.push(node)
  }
  flush()
  const meta: DeckMeta = {...found, title, subtitle}
  return {meta, sections, definitions}
}

function groupParagraphs(nodes: readonly RootContent[], size: number): Section[] {
  const sections: Section[] = []
  for (let start = 0; start < nodes.length; start += size) {
    const group = nodes.slice(start, start + size)
    sections.push({title: `Part ${sections.length + 1}`, depth: 1, line: lineOf(group[0]!), nodes: group})
  }
  return sections
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
