import type {Nodes, PhrasingContent, Root, RootContent} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import type {BuiltDeck} from '../pipeline/build-deck.js'

/** How well a deck keeps what its notes say, and how dense its slides are. */
export interface Evaluation {
  readonly file: string
  /**
   * Share of the notes' Markdown headings that are a slide title or an agenda
   * entry; `null` for notes without headings, whose titles are made up.
   */
  readonly headingRecall: number | null
  /** Share of quoted phrases (two words or more) and block quotes shown on a slide. */
  readonly quoteRecall: number
  /** Share of percentages, money amounts and counts with a unit shown on a slide. */
  readonly figureRecall: number
  /** Share of the notes' distinct URLs that a slide links to. */
  readonly linkRecall: number
  /** Share of content-slide bullets whose speaker notes name their source line. */
  readonly sourcedBullets: number
  /** Slides in the deck. */
  readonly slides: number
  /**
   * Words the slides show (every visible text but slide titles: bullets,
   * agenda, quotes, figures, links, code) and words of the notes (their text
   * without front matter and Markup, code included), each a run of
   * characters between spaces with a letter or digit in it.
   */
  readonly words: {readonly slides: number; readonly notes: number}
  /** Mean bullets on a content slide that has bullets. */
  readonly bulletsPerSlide: number
  /** Words of a content-slide bullet, not counting "…". */
  readonly wordsPerBullet: {readonly mean: number; readonly max: number}
  /** What the detectors found in the notes, as written there. */
  readonly found: Found
  /** What of it the slides do not show. */
  readonly missing: Found
}

export interface Found {
  readonly headings: readonly string[]
  readonly quotes: readonly string[]
  readonly figures: readonly string[]
  readonly links: readonly string[]
}

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).freeze()

/**
 * Measure a deck against its notes. Every figure comes from a detector of its
 * own, simple on purpose and independent of the pipeline, run on the source
 * text and checked against what the slides show: the deck's Markdown without
 * its HTML comments (directives and speaker notes), compared without case,
 * Markdown markup or extra whitespace. A recall is 1 when the notes have
 * nothing of its kind. Pure.
 */
export function evaluateDeck(source: string, deck: Pick<BuiltDeck, 'markdown' | 'slides'>, file: string): Evaluation {
  const prose = proseLines(source)
  // Code counts as words of the notes too: a slide may show it.
  const sourceLines = codeLines(source)
  const shown = readDeck(deck.markdown)
  const visible = normalise(shown.slides.flatMap((slide) => slide.blocks).join('\n'))
  const titles = new Set(shown.slides.flatMap((slide) => [...slide.titles, ...(slide.className === 'agenda' ? slide.items : [])]).map((title) => normalise(title.replace(/\s*\(cont\.\)$/, ''))))

  const headings = findHeadings(prose)
  const quotes = findQuotes(prose)
  const figures = findFigures(prose)
  const links = findLinks(prose)
  const targets = new Set(shown.links.map(urlKey))

  const missing: Found = {
    headings: headings.filter((heading) => !titles.has(normalise(heading))),
    quotes: quotes.filter((quote) => !visible.includes(normalise(quote))),
    figures: figures.filter((figure) => !visible.includes(normalise(figure))),
    links: links.filter((link) => !targets.has(urlKey(link)))
  }

  const contentSlides = deck.slides.flatMap((slide, index) => (slide.type === 'content' ? [{slide, notes: shown.slides.length === deck.slides.length ? shown.slides[index]!.notes : undefined}] : []))
  const bullets = contentSlides.flatMap(({slide, notes}) => slide.bullets.map((bullet) => ({bullet, notes})))
  const reference = baseName(file)
  const sourced = bullets.filter(({bullet, notes}) => bullet.origin.line >= 1 && (notes === undefined || notes.includes(`${reference}:${bullet.origin.line} `)))
  const withBullets = contentSlides.filter(({slide}) => slide.bullets.length > 0)
  const words = bullets.map(({bullet}) => bullet.text.split(/\s+/).filter((word) => word && word !== '…').length)

  const slideWords = shown.slides.reduce((sum, slide) => sum + slide.words, 0)
  const notesWords = prose.reduce((sum, line, index) => sum + countWords(plain(line.text || (sourceLines[index] ?? ''))), 0)

  return {
    file,
    slides: deck.slides.length,
    words: {slides: slideWords, notes: notesWords},
    headingRecall: headings.length === 0 ? null : recall(headings.length, missing.headings.length),
    quoteRecall: recall(quotes.length, missing.quotes.length),
    figureRecall: recall(figures.length, missing.figures.length),
    linkRecall: recall(links.length, missing.links.length),
    sourcedBullets: bullets.length === 0 ? 1 : sourced.length / bullets.length,
    bulletsPerSlide: withBullets.length === 0 ? 0 : bullets.length / withBullets.length,
    wordsPerBullet: {mean: words.length === 0 ? 0 : words.reduce((sum, count) => sum + count, 0) / words.length, max: Math.max(0, ...words)},
    found: {headings, quotes, figures, links},
    missing
  }
}

function recall(total: number, missed: number): number {
  return total === 0 ? 1 : (total - missed) / total
}

// ---------------------------------------------------------------------------
// The notes: lines of prose, without front matter and code.

/** A line of the notes outside front matter and fenced code, with inline code blanked. */
interface Line {
  readonly text: string
  readonly quoted: boolean
}

function proseLines(source: string): Line[] {
  const lines = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n')
  const result: Line[] = []
  let fence: string | undefined
  let front = lines[0] === '---'
  lines.forEach((line, index) => {
    if (front) {
      if (index > 0 && /^(?:---|\.\.\.)\s*$/.test(line)) front = false
      result.push({text: '', quoted: false})
      return
    }
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined
      result.push({text: '', quoted: false})
      return
    }
    if (marker) {
      fence = marker
      result.push({text: '', quoted: false})
      return
    }
    result.push({text: line.replace(/(`+)[^`]*?\1/g, ' '), quoted: /^ {0,3}>/.test(line)})
  })
  return result
}

const listMarker = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/

/** Paragraphs of prose outside block quotes, lines joined with spaces. */
function paragraphs(lines: readonly Line[]): string[] {
  const result: string[] = []
  let current: string[] = []
  const close = (): void => {
    if (current.length > 0) result.push(current.join(' '))
    current = []
  }
  for (const line of lines) {
    const heading = /^ {0,3}#{1,6}\s/.test(line.text)
    if (line.quoted || heading || line.text.trim() === '') {
      close()
      if (heading) result.push(line.text)
      continue
    }
    // A list item starts a paragraph of its own.
    if (listMarker.test(line.text)) close()
    current.push(line.text)
  }
  close()
  return result.map((paragraph) => plain(paragraph.replace(listMarker, '')))
}

/** Inline Markdown as the text it shows: link and image text, no emphasis marks or escapes. */
function plain(text: string): string {
  return text
    .replace(/^ {0,3}#{1,6}\s+|\s+#+\s*$/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/!?\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|ftp|mailto):[^>\s]+)>/gi, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(?<![\p{L}\p{N}\\])([*_])(?=\S)([\s\S]*?\S)\1(?![\p{L}\p{N}])/gu, '$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
}

const headingLine = /^ {0,3}#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/

/** ATX headings (`## Budget`), as plain text. */
function findHeadings(lines: readonly Line[]): string[] {
  return lines.flatMap((line) => {
    const match = line.quoted ? null : headingLine.exec(line.text)
    const text = match ? plain(match[1]!) : ''
    return text ? [text] : []
  })
}

const quoteMarks = [/“([^“”]+)”/g, /(?<![\p{L}\p{N}])"([^"]+)"/gu, /(?<![\p{L}\p{N}])‘(.+?)’(?![\p{L}\p{N}])/gu, /«([^«»]+)»/g]

/**
 * Quoted phrases of two words or more that are not a title-case name
 * (‘Garden Club Weekly’), and block quotes without their "— Name" line;
 * each once, as written.
 */
function findQuotes(lines: readonly Line[]): string[] {
  const found: string[] = []
  for (const paragraph of paragraphs(lines)) {
    for (const pattern of quoteMarks) {
      for (const match of paragraph.matchAll(pattern)) {
        const text = match[1]!.trim().replace(/^[\s,.;:!?]+|[\s,.;:!?]+$/g, '')
        const words = text.split(/\s+/).filter(Boolean)
        if (words.length < 2 || words.every((word) => /^[^\p{L}]*\p{Lu}/u.test(word))) continue
        found.push(text)
      }
    }
  }
  let block: string[] = []
  const close = (): void => {
    const rows = block.filter(Boolean)
    block = []
    if (rows.length > 1 && /^(?:—|–|--|-)\s*\S/.test(rows.at(-1)!)) rows.pop()
    const text = plain(rows.join(' ')).replace(/^["“«‘]\s*|\s*["”»’]$/g, '')
    if (text) found.push(text)
  }
  for (const line of lines) {
    if (line.quoted) block.push(line.text.replace(/^ {0,3}(?:>\s?)+/, '').trim())
    else if (block.length > 0) close()
  }
  if (block.length > 0) close()
  return unique(found)
}

const number = String.raw`\d+(?:[.,]\d+)*`
const scale = String.raw`(?:\s?(?:k|m|bn|b|million|billion|trillion|thousand))?`
const attached = String.raw`ms|gb|tb|mb|kb|pb|km|kg|ghz|mhz|kw|x|k|bn`
const units = String.raw`ms|secs?|hrs?|mins?|gb|tb|mb|kb|pb|km|kg|ghz|mhz|kw|mw|x|k|bn|people|children|men|women|feet`
const unitWord = new RegExp(String.raw`^(?:${units})$`, 'i')
const notPlurals = new Set(['is', 'was', 'has', 'as', 'us', 'its', 'this', 'does', 'yes', 'plus', 'less', 'across', 'always', 'perhaps', 'thus', 'unless', 'says', 'goes', 'comes', 'gets', 'makes', 'seems'])
const figureLike = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(?:` +
    String.raw`[$€£¥₹]\s?${number}${scale}` +
    String.raw`|${number}\s?(?:%|percent\b|per cent\b)` +
    String.raw`|${number}${scale}\s?(?:usd|eur|gbp|dollars|euros|pounds)\b` +
    String.raw`|${number}\+?(?:${attached})\b` +
    String.raw`|${number}${scale}\+?\s\p{L}[\p{L}-]*\p{L}\b` +
    String.raw`)`,
  'giu'
)

/**
 * Percentages (`60%`, `5 percent`), money (`$4.2M`, `12 euros`) and numbers
 * followed by a unit or a plural noun (`10 years`, `300+ volunteers`), as
 * written. A bare number, a year (`2024 talks`) or a version (`v2.0`,
 * `version 2.0 builds`) is not a figure.
 */
function findFigures(lines: readonly Line[]): string[] {
  const found: string[] = []
  const texts = [...paragraphs(lines), ...lines.filter((line) => line.quoted).map((line) => plain(line.text.replace(/^ {0,3}(?:>\s?)+/, '')))]
  for (const text of texts) {
    const withoutUrls = text.replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
    for (const match of withoutUrls.matchAll(figureLike)) {
      const value = match[0].trim()
      // A count: the word after the number is a unit, or a plural noun in lower case.
      const noun = /\s(\p{L}[\p{L}-]*)$/u.exec(value)?.[1]
      const counted = noun !== undefined && !/^[$€£¥₹]|(?:%|percent|per cent|usd|eur|gbp|dollars|euros|pounds)$/i.test(value)
      if (counted && !unitWord.test(noun) && (!/^\p{Ll}[\p{Ll}-]*[^s]s$/u.test(noun) || notPlurals.has(noun))) continue
      if (/^(?:19|20)\d\d(?!\d)/.test(value) && !/[$€£¥₹%]|percent|usd|eur|dollars|euros/i.test(value)) continue
      if (/\d+\.\d+\.\d+/.test(value) || /\b(?:v|version|release|rel)\.?\s*$/i.test(withoutUrls.slice(0, match.index))) continue
      found.push(value)
    }
  }
  return unique(found)
}

/** URLs of inline, reference-style, autolinked and bare links (not images). */
function findLinks(lines: readonly Line[]): string[] {
  const found: string[] = []
  for (const {text} of lines) {
    for (const match of text.matchAll(/(?<!!)\[[^\]]*\]\(\s*<?([^\s)>]+)>?(?:\s+["'(][^)]*)?\)/g)) found.push(match[1]!)
    const definition = /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/.exec(text)
    if (definition) found.push(definition[1]!)
    const withoutImages = text.replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    for (const match of withoutImages.matchAll(/\b(?:https?:\/\/|www\.)[^\s<>()[\]"'“”‘’]+(?:\([^\s()]*\)[^\s<>()[\]"'“”‘’]*)*/gi)) {
      found.push(match[0].replace(/[.,;:!?*_]+$/, ''))
    }
  }
  const keys = new Set<string>()
  return found.filter((url) => /^(?:https?:\/\/|www\.)/i.test(url) && !keys.has(urlKey(url)) && Boolean(keys.add(urlKey(url))))
}

/** A URL without scheme, `www.` or trailing slash, host in lower case: for comparing. */
function urlKey(url: string): string {
  const bare = url.trim().replace(/^[a-z][a-z\d+.-]*:\/\//i, '').replace(/^www\./i, '').replace(/\/+$/, '')
  const slash = bare.indexOf('/')
  return slash < 0 ? bare.toLowerCase() : bare.slice(0, slash).toLowerCase() + bare.slice(slash)
}

// ---------------------------------------------------------------------------
// The deck: what each slide shows.

interface ShownSlide {
  readonly className?: string
  readonly titles: readonly string[]
  /** Agenda entries, and every other list item. */
  readonly items: readonly string[]
  /** Text of each visible block: links as their text, then their URLs. */
  readonly blocks: readonly string[]
  /** The speaker notes, whitespace collapsed. */
  readonly notes: string
  /** Words shown on the slide, but for its title. */
  readonly words: number
}

function readDeck(text: string): {slides: ShownSlide[]; links: string[]} {
  const tree: Root = markdown.parse(text)
  const groups: RootContent[][] = [[]]
  for (const node of tree.children) {
    if (node.type === 'yaml' || node.type === 'toml') continue
    if (node.type === 'thematicBreak') groups.push([])
    else groups.at(-1)!.push(node)
  }
  // Link targets: links and definitions; a bare URL in the text is a link too
  // (GFM autolink literal), as Marp renders it.
  const links: string[] = []
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') links.push(node.url)
  })
  const slides = groups.map((nodes) => {
    const comments = nodes.flatMap((node) => (node.type === 'html' ? [node.value] : []))
    const className = comments.map((value) => /^\s*_?class:\s*([\w-]+)/.exec(value.replace(/^<!--/, ''))?.[1]).find(Boolean)
    const titles = nodes.flatMap((node) => (node.type === 'heading' ? [inline(node.children).text] : []))
    const items: string[] = []
    visit({type: 'root', children: nodes} as Root, 'listItem', (item) => {
      const first = item.children[0]
      if (first?.type === 'paragraph') items.push(inline(first.children).text)
    })
    const notes = comments.filter((value) => !/^<!--\s*_?\w+:/.test(value)).join('\n').replace(/\s+/g, ' ')
    const words = nodes.filter((node) => node.type !== 'heading').flatMap((node) => blocks(node, false)).reduce((sum, block) => sum + countWords(block), 0)
    return {className, titles, items, blocks: nodes.flatMap((node) => blocks(node)), notes, words}
  })
  return {slides, links}
}

/** Text of each visible block; with `urls`, the URLs of its links after it. */
function blocks(node: Nodes, urls = true): string[] {
  switch (node.type) {
    case 'html':
      return []
    case 'heading':
    case 'paragraph':
    case 'tableCell': {
      const shown = inline(node.children)
      return [[shown.text, ...(urls ? shown.urls : [])].join(' ')]
    }
    case 'code':
      return [node.value]
    default:
      return 'children' in node ? (node.children as Nodes[]).flatMap((child) => blocks(child, urls)) : []
  }
}

/** Phrasing as shown: text without markup; the URLs of its links apart. */
function inline(nodes: readonly PhrasingContent[]): {text: string; urls: string[]} {
  const urls: string[] = []
  const walk = (node: PhrasingContent): string => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        return node.value
      case 'break':
        return ' '
      case 'html':
        return ''
      case 'image':
        return node.alt ?? ''
      case 'link':
        urls.push(node.url)
        return node.children.map(walk).join('')
      default:
        return 'children' in node ? (node.children as PhrasingContent[]).map(walk).join('') : ''
    }
  }
  return {text: nodes.map(walk).join(''), urls}
}

// ---------------------------------------------------------------------------

/** Words of a text: runs between spaces with a letter or digit in them. */
function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
}

/** The lines of fenced code blocks of the notes, blank elsewhere (front matter never counts). */
function codeLines(source: string): string[] {
  const lines = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n')
  let fence: string | undefined
  return lines.map((line) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (fence) {
      if (marker && marker[0] === fence[0] && line.trim() === marker) fence = undefined
      else return line
      return ''
    }
    if (marker) fence = marker
    return ''
  })
}

function normalise(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()
}

function unique(values: readonly string[]): string[] {
  const seen = new Set<string>()
  return values.filter((value) => !seen.has(normalise(value)) && Boolean(seen.add(normalise(value))))
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() || file
}
