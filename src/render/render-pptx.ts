import type {Blockquote, Code, Heading, List, ListItem, Paragraph, PhrasingContent, RootContent, Table} from 'mdast'
import {toString} from 'mdast-util-to-string'
import JSZip from 'jszip'
import pptxgenjs from 'pptxgenjs'
import {DeckError, ExitCode} from '../errors.js'
import type {Labels} from '../lang/types.js'
import {imageSize, type ImageSize} from './image-size.js'
import {readDeck, type DeckPage, type NoteLine} from './read-deck.js'
import {pdfDate} from './render-pdf.js'
import {loadThemes} from './themes.js'
import {themeStyle, type ThemeStyle} from './theme-style.js'

/** A deck to write as an editable PowerPoint file. */
export interface PptxDeck {
  readonly name: string
  /** The Marp Markdown, with the speaker notes the file is to keep. */
  readonly markdown: string
}

export interface PptxOptions {
  /** Theme CSS to take colours and fonts from (default: every `.css` file in debrief's `themes/`). */
  readonly themeCss?: readonly string[]
  /** Date the file and its parts carry (default: `SOURCE_DATE_EPOCH` when set, so that the same deck gives the same bytes; else now). */
  readonly date?: Date
}

type PptxGenJS = InstanceType<typeof pptxgenjs.default>
// pptxgenjs declares `export default` over a CommonJS build: under NodeNext
// the class is `.default` in its types and the import itself at run time.
const Presentation = ('default' in pptxgenjs ? pptxgenjs.default : pptxgenjs) as typeof pptxgenjs.default
type Run = pptxgenjs.default.TextProps
type RunOptions = NonNullable<Run['options']>

// The slide is Marp's 1280×720 px, drawn at 96 px an inch: 13.33 × 7.5 in,
// and a CSS pixel is 0.75 pt. Sizes below are the debrief theme's, in px.
const slideWidth = 1280
const slideHeight = 720
const pad = {top: 70, side: 72, bottom: 64}
const bodyFont = 30
const titleFont = 45
const lineHeight = 1.35
/** Average width of a character, in em, of a sans-serif font (the layout estimate's 66 characters in 1136 px at 30 px). */
const charWidth = 0.57
/** Smallest body text before a slide is split, as a share of the theme's size. */
const minScale = 0.62

const inch = (px: number): number => px / 96
const points = (px: number): number => Math.round(px * 0.75 * 10) / 10

/**
 * Write decks as editable PowerPoint files, made from the slides of their
 * Marp Markdown (debrief's or one a person edited): real text boxes for the
 * titles, bullets, quotes, figures and code, in the theme's colours and
 * fonts, links clickable, the speaker notes kept as PowerPoint notes. Text
 * that would not fit its box is set smaller, down to about two thirds of its
 * size, and beyond that the slide is split into continued slides. Needs no
 * browser.
 */
export async function renderPptx(decks: readonly PptxDeck[], options?: Readonly<PptxOptions>): Promise<Map<string, Uint8Array>> {
  const themeCss = options?.themeCss ?? (await loadThemes()).css
  const date = options?.date ?? pdfDate()
  const outputs = new Map<string, Uint8Array>()
  for (const deck of decks) {
    const read = readDeck(deck.markdown)
    const style = themeStyle(typeof read.front['theme'] === 'string' ? read.front['theme'] : 'default', themeCss)
    const pptx = new Presentation()
    pptx.layout = 'LAYOUT_WIDE'
    const title = typeof read.front['title'] === 'string' ? read.front['title'] : read.pages[0]?.title ?? deck.name
    pptx.title = title
    if (typeof read.front['author'] === 'string') pptx.author = read.front['author']
    pptx.company = ''
    for (const page of read.pages) for (const part of splitPage(page)) drawSlide(pptx, page, part, style, read.language.labels)
    const data = await pptx.write({outputType: 'uint8array'})
    if (!(data instanceof Uint8Array)) throw new DeckError(`could not make ${deck.name}.pptx: no bytes from pptxgenjs`, ExitCode.Failure)
    outputs.set(deck.name, await repack(data, date))
  }
  return outputs
}

/**
 * Tidy what pptxgenjs writes: a paragraph of several runs gets a paragraph
 * properties element before every run, and only the first is valid Office
 * XML (the others turn a bullet off in LibreOffice and make PowerPoint
 * repair the file); and every part is dated `date`, the creation date too,
 * so that the same deck gives the same bytes.
 */
async function repack(data: Uint8Array, date: Date): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data)
  const out = new JSZip()
  for (const name of Object.keys(zip.files).sort()) {
    const file = zip.files[name]!
    if (file.dir) continue
    let content: string | Uint8Array = await file.async('uint8array')
    if (/^ppt\/(slides|notesSlides)\/[^/]+\.xml$/.test(name)) {
      content = new TextDecoder().decode(content).replace(/(<\/a:r>|<a:br\/>)<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g, '$1')
    } else if (name === 'docProps/core.xml') {
      content = new TextDecoder().decode(content).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${date.toISOString().replace(/\.\d{3}Z$/, 'Z')}`)
    }
    out.file(name, content, {date, createFolders: false})
  }
  return out.generateAsync({type: 'uint8array', compression: 'DEFLATE', mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation'})
}

/** What one PowerPoint slide shows of a Marp slide: all of it, or part of a slide split to fit. */
interface Part {
  readonly title: string
  readonly blocks: readonly RootContent[]
  /** Body text size in px. */
  readonly font: number
  readonly continued: boolean
}

/** The slide's heading and the blocks under it, split into parts that fit at a size no smaller than `minScale` of the theme's. */
function splitPage(page: DeckPage): Part[] {
  const heading = page.nodes.find((node): node is Heading => node.type === 'heading')
  const blocks = page.nodes.filter((node) => node !== heading)
  const title = heading ? toString(heading) : ''
  const kind = String(page.directives['class'] ?? '')
  const room = slideHeight - pad.top - pad.bottom - (heading ? titleFont * 1.15 + bodyFont * 0.6 : 0) - 20
  const base = bodyFont
  const fit = (part: readonly RootContent[]): number | undefined => {
    for (let font = base; font >= base * minScale; font -= 2) if (estimate(part, font) <= room) return font
    return undefined
  }
  const whole = fit(blocks)
  if (whole !== undefined || ['title', 'quote', 'divider'].includes(kind)) return [{title, blocks, font: whole ?? base * minScale, continued: false}]
  // Split: top-level list items (and other blocks) go on while they fit.
  const units = blocks.flatMap((block): RootContent[] => (block.type === 'list' ? block.children.map((item) => ({...block, children: [item]})) : [block]))
  const parts: Part[] = []
  let current: RootContent[] = []
  for (const unit of units) {
    if (current.length > 0 && fit([...current, unit]) === undefined) {
      parts.push({title, blocks: current, font: fit(current) ?? base * minScale, continued: parts.length > 0})
      current = []
    }
    current.push(unit)
  }
  if (current.length > 0) parts.push({title, blocks: current, font: fit(current) ?? base * minScale, continued: parts.length > 0})
  return parts
}

/** Estimated height in px of blocks set at `font` px in the body box. */
function estimate(blocks: readonly RootContent[], font: number): number {
  const width = slideWidth - 2 * pad.side
  const lines = (text: string, indent: number, size: number): number => Math.max(1, Math.ceil((text.length * charWidth * size) / (width - indent)))
  let height = 0
  for (const block of blocks) {
    if (block.type === 'list') {
      for (const {item, depth} of listItems(block, 0)) {
        const size = depth > 0 ? font * 0.85 : font
        height += lines(toString(item.children[0] ?? item), (depth + 1) * font * 1.1, size) * size * lineHeight + size * 0.5
      }
    } else if (block.type === 'code') {
      const rows = block.value.split('\n')
      const size = Math.min(font * 0.8, (width - 40) / (Math.max(...rows.map((row) => row.length)) * 0.6))
      height += rows.length * Math.max(size, 10) * 1.3 + 30
    } else if (block.type === 'table') {
      height += block.children.length * font * 0.8 * lineHeight + font * 0.5
    } else height += lines(toString(block), 0, font) * font * lineHeight + font * 0.5
  }
  return height
}

function listItems(list: List, depth: number): Array<{item: ListItem; depth: number}> {
  return list.children.flatMap((item) => [
    {item, depth},
    ...item.children.filter((child): child is List => child.type === 'list').flatMap((child) => listItems(child, depth + 1))
  ])
}

function drawSlide(pptx: PptxGenJS, page: DeckPage, part: Part, style: ThemeStyle, labels: Labels): void {
  const slide = pptx.addSlide()
  slide.background = {color: style.background}
  const kind = String(page.directives['class'] ?? '')
  const base: RunOptions = {fontFace: style.font, color: style.text}
  const header = page.directives['header']
  const footer = page.directives['footer']
  const small = {fontFace: style.font, fontSize: points(16), color: style.muted, margin: 0}
  if (typeof header === 'string' && header.trim()) {
    slide.addText(plain(header), {...small, x: inch(pad.side), y: inch(20), w: inch(slideWidth - 2 * pad.side), h: inch(26), valign: 'top'})
  }
  if (typeof footer === 'string' && footer.trim()) {
    slide.addText(plain(footer), {...small, x: inch(pad.side), y: inch(slideHeight - 46), w: inch(slideWidth - 2 * pad.side - 80), h: inch(26), valign: 'bottom'})
  }
  if (page.directives['paginate'] === true) {
    slide.slideNumber = {x: inch(slideWidth - 120), y: inch(slideHeight - 46), w: inch(80), h: inch(26), align: 'right', fontFace: style.font, fontSize: points(16), color: style.muted}
  }
  const notes = notesText(page, labels)
  if (notes) slide.addNotes(notes)

  const heading = page.nodes.find((node): node is Heading => node.type === 'heading')
  const x = inch(pad.side)
  const w = inch(slideWidth - 2 * pad.side)
  const box = {x, w, margin: 0, fit: 'shrink' as const}
  const room = slideHeight - pad.top - pad.bottom
  if (kind === 'title' || kind === 'divider' || (heading?.depth === 1 && part.blocks.every((block) => block.type === 'paragraph'))) {
    // Title and section openers: the title and the lines under it, centred on the slide's height.
    const title = kind === 'divider' ? bodyFont * 1.7 : 66
    const runs: Run[] = []
    if (heading) runs.push(...paragraph(inline(heading.children, {...base, bold: true, color: style.accent, fontSize: points(title)}, style), {paraSpaceAfter: points(title * 0.35)}))
    const lines = kind === 'divider' ? {...base, color: style.muted, fontSize: points(bodyFont)} : {...base, color: style.muted, fontSize: points(31.5)}
    for (const block of part.blocks) runs.push(...blockRuns(block, lines, style, bodyFont, {bullets: kind !== 'divider'}))
    const left = kind === 'title' ? 96 : pad.side
    slide.addText(runs, {...box, x: inch(left), w: inch(slideWidth - left - pad.side), y: inch(pad.top), h: inch(room), valign: 'middle'})
    return
  }
  if (kind === 'quote') {
    // The quote large with a bar on its left, what it is about small above it, who said it under it.
    const quote = part.blocks.find((block): block is Blockquote => block.type === 'blockquote')
    const rest = part.blocks.filter((block) => block !== quote)
    const headingHeight = heading ? bodyFont * 0.9 * 1.3 + bodyFont * 0.5 : 0
    const restHeight = estimate(rest, bodyFont)
    let size = bodyFont * 1.5
    while (size > bodyFont * minScale && headingHeight + estimate(quote ? [quote] : [], size) + restHeight > room) size -= 2
    const quoteHeight = quote ? estimate([quote], size) : 0
    let top = pad.top + Math.max(0, (room - headingHeight - quoteHeight - restHeight) / 2)
    if (heading) {
      slide.addText(inline(heading.children, {...base, bold: true, color: style.muted, fontSize: points(bodyFont * 0.9)}, style), {...box, y: inch(top), h: inch(bodyFont * 0.9 * 1.3), valign: 'top'})
      top += headingHeight
    }
    if (quote) {
      slide.addShape('rect', {x, y: inch(top), w: inch(8), h: inch(quoteHeight - size * 0.4), fill: {color: style.accent}, line: {color: style.accent, width: 0}})
      const runs = quote.children.flatMap((child) => blockRuns(child, {...base, fontSize: points(size)}, style, size))
      slide.addText(runs, {...box, x: x + inch(32), w: inch(slideWidth - 2 * pad.side - 32), y: inch(top), h: inch(quoteHeight), valign: 'top'})
      top += quoteHeight
    }
    if (rest.length > 0) {
      const runs = rest.flatMap((block) => blockRuns(block, {...base, color: style.muted, fontSize: points(bodyFont)}, style, bodyFont))
      slide.addText(runs, {...box, y: inch(top), h: inch(Math.min(restHeight + 10, slideHeight - pad.bottom - top)), valign: 'top'})
    }
    return
  }
  let top = pad.top
  if (heading) {
    const runs = inline(heading.children, {...base, bold: true, color: style.accent, fontSize: points(titleFont)}, style)
    if (part.continued) runs.push({text: ` ${labels.continued}`, options: {...base, bold: true, color: style.accent, fontSize: points(titleFont)}})
    slide.addText(runs, {...box, y: inch(top), h: inch(titleFont * 1.3), valign: 'top'})
    top += titleFont * 1.3 + bodyFont * 0.45
  }
  const bottom = slideHeight - pad.bottom
  // A paragraph of only an embedded image is the picture, as large as the room under the title allows.
  const pictures = part.blocks.filter((block): block is Paragraph => picture(block) !== undefined)
  for (const block of pictures) {
    const {uri, size} = picture(block)!
    const scale = Math.min((slideWidth - 2 * pad.side) / size.width, (bottom - top) / size.height, 1.5)
    const width = size.width * scale
    const height = size.height * scale
    const alt = toString(block).replace(/\s+h:\d+(?:px)?$/, '')
    slide.addImage({data: uri, x: inch((slideWidth - width) / 2), y: inch(top), w: inch(width), h: inch(height), altText: alt})
    top += height + 10
  }
  const texts = part.blocks.filter((block) => block.type !== 'code' && !pictures.includes(block as Paragraph))
  const codes = part.blocks.filter((block): block is Code => block.type === 'code')
  if (texts.length > 0) {
    const height = Math.min(bottom - top, estimate(texts, part.font) + 10)
    const runs = texts.flatMap((block) => blockRuns(block, {...base, fontSize: points(part.font)}, style, part.font))
    slide.addText(runs, {...box, y: inch(top), h: inch(height), valign: 'top'})
    top += height
  }
  for (const code of codes) {
    const rows = code.value.split('\n')
    const longest = Math.max(1, ...rows.map((row) => row.length))
    const size = Math.max(10, Math.min(part.font * 0.8, (slideWidth - 2 * pad.side - 40) / (longest * 0.6)))
    const height = Math.min(bottom - top, rows.length * size * 1.3 + 30)
    slide.addText(code.value, {
      ...box,
      y: inch(top),
      h: inch(height),
      fontFace: style.monoFont,
      fontSize: points(size),
      color: style.codeText,
      fill: {color: style.codeBackground},
      valign: 'top',
      margin: points(16)
    })
    top += height + 10
  }
}

/** The image of a paragraph that is only an embedded PNG, GIF or JPEG image, with its size. */
function picture(block: RootContent): {uri: string; size: ImageSize} | undefined {
  if (block.type !== 'paragraph') return undefined
  const images = block.children.filter((child) => child.type === 'image')
  const rest = block.children.filter((child) => child.type !== 'image' && !(child.type === 'text' && !child.value.trim()))
  const image = images[0]
  if (images.length !== 1 || rest.length > 0 || !image) return undefined
  const match = /^data:image\/(?:png|gif|jpeg);base64,(.+)$/.exec(image.url)
  const size = match ? imageSize(Buffer.from(match[1]!, 'base64')) : undefined
  return size ? {uri: image.url, size} : undefined
}

/** A block as paragraphs of runs. */
function blockRuns(block: RootContent, options: RunOptions, style: ThemeStyle, font: number, list: {readonly bullets: boolean} = {bullets: true}): Run[] {
  const space = {paraSpaceAfter: points((font || bodyFont) * 0.35)}
  switch (block.type) {
    case 'list':
      return listItems(block, 0).flatMap(({item, depth}) => {
        const first = item.children.find((child): child is Paragraph => child.type === 'paragraph')
        const own: RunOptions = depth > 0 ? {...options, color: style.muted, fontSize: points((font || bodyFont) * 0.85)} : options
        const bullet = !list.bullets ? false : block.ordered ? {type: 'number' as const} : true
        return paragraph(first ? inline(first.children, own, style) : [{text: '', options: own}], {...space, bullet, indentLevel: depth})
      })
    case 'blockquote':
      return block.children.flatMap((child) => blockRuns(child, options, style, font, list))
    case 'paragraph':
      return paragraph(inline(block.children, options, style), space)
    case 'heading':
      return paragraph(inline(block.children, {...options, bold: true, color: style.accent}), space)
    case 'table':
      return (block as Table).children.flatMap((row) =>
        paragraph([{text: row.children.map((cell) => toString(cell)).join('  |  '), options: {...options, fontSize: points((font || bodyFont) * 0.8)}}], space)
      )
    case 'code':
      return paragraph([{text: block.value, options: {...options, fontFace: style.monoFont}}], space)
    case 'html':
      return []
    default:
      return paragraph([{text: toString(block), options}], space)
  }
}

/** Runs as one paragraph: paragraph options on its first run, a line break after its last. */
function paragraph(runs: Run[], options: RunOptions): Run[] {
  if (runs.length === 0) return []
  const [first, ...rest] = runs
  const result = [{...first!, options: {...first!.options, ...options}}, ...rest]
  const last = result.at(-1)!
  result[result.length - 1] = {...last, options: {...last.options, breakLine: true}}
  return result
}

/** Phrasing content as text runs: bold, italic, code and links kept (links clickable). */
function inline(nodes: readonly PhrasingContent[], options: RunOptions, style?: ThemeStyle): Run[] {
  return nodes.flatMap((node): Run[] => {
    switch (node.type) {
      case 'text':
        return [{text: node.value.replace(/\s*\n\s*/g, ' '), options}]
      case 'strong':
        return inline(node.children, {...options, bold: true, ...(style ? {color: options.color === style.text ? style.accent : options.color} : {})}, style)
      case 'emphasis':
        return inline(node.children, {...options, italic: true}, style)
      case 'delete':
        return inline(node.children, {...options, strike: 'sngStrike'}, style)
      case 'inlineCode':
        return [{text: node.value, options: {...options, fontFace: style?.monoFont ?? 'Consolas'}}]
      case 'link':
        return inline(node.children, {...options, hyperlink: {url: node.url}, ...(style ? {color: style.accent} : {})}, style)
      case 'image':
        return [{text: node.alt ? `[${node.alt}]` : '[image]', options: {...options, italic: true}}]
      case 'break':
        return [{text: '', options: {...options, breakLine: true}}]
      case 'html':
        return []
      default:
        return [{text: toString(node), options}]
    }
  })
}

/** The speaker notes of a slide as PowerPoint notes: each line with its source. */
function notesText(page: DeckPage, labels: Labels): string {
  const line = (note: NoteLine): string => (note.file ? `• ${note.text} (${note.file}:${note.line})` : note.text)
  const kept = page.notes.flatMap((note) => note.kept).map(line)
  const dropped = page.notes.flatMap((note) => note.dropped).map(line)
  const parts = [...kept]
  if (dropped.length > 0) parts.push('', `${labels.notOnSlides}:`, ...dropped)
  return parts.join('\n')
}

/** A header or footer's Markdown as plain text (`\*` is `*`). */
function plain(markdown: string): string {
  return markdown.replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1')
}
