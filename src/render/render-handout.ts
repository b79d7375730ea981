import {Marp} from '@marp-team/marp-core'
import type {Link as MdLink, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {PDFDocument} from 'pdf-lib'
import {visit} from 'unist-util-visit'
import {launchBrowser, type SharedBrowser} from './browser.js'
import {DeckError, ExitCode} from '../errors.js'
import {mapLimit} from '../map-limit.js'
import {readDeck, type DeckPage, type NoteLine} from './read-deck.js'
import {nestOutline, pdfDate, stampPdf, writeOutline} from './render-pdf.js'
import {marpOptions} from './run-marp.js'
import {loadThemes} from './themes.js'
import type {DeckMeta} from '../types.js'

import {papers, type Paper} from './paper.js'

export {papers, type Paper}

/** A deck to make a handout of. */
export interface HandoutDeck {
  readonly name: string
  /** The Marp Markdown, with the speaker notes the handout is to show. */
  readonly markdown: string
  /** What is known of the event, for the cover (default: the deck's front matter). */
  readonly meta?: DeckMeta
}

export interface HandoutOptions {
  /** Paper size, portrait (default: `'a4'`). */
  readonly paper?: Paper
  /** A running browser to print with, shared with other steps (default: one started for this call). */
  readonly shared?: SharedBrowser
  /** Handouts printed at once in the browser (default: `os.availableParallelism()`). */
  readonly concurrency?: number
  /** Creation date of the PDF (default: `SOURCE_DATE_EPOCH` when set, else now). */
  readonly date?: Date
  /** Theme CSS the slides are drawn with (default: every `.css` file in debrief's `themes/`). */
  readonly themeCss?: readonly string[]
}

/** Width and height of a paper, in millimetres. */
const sizes: Record<Paper, readonly [number, number]> = {a4: [210, 297], letter: [215.9, 279.4]}

/**
 * Render decks as handouts: a portrait page per slide with the slide on top
 * and, beneath it, what the presenter would say: the points of the slide in
 * full sentences from the notes, each with its source line, and the slide's
 * links written out. The first page, the title slide, is the cover: event,
 * date, author and the contents with slide numbers. The page number of a
 * page is the number of its slide. The text of the notes is shrunk to fit
 * its page (and the slide drawn smaller); what still does not fit goes on a
 * page of its own, numbered with its slide.
 *
 * Printed by the shared headless browser: the text stays text, searchable
 * and selectable, and links stay links.
 */
export async function renderHandout(decks: readonly HandoutDeck[], options?: Readonly<HandoutOptions>): Promise<Map<string, Uint8Array>> {
  const paper = options?.paper ?? 'a4'
  if (!papers.includes(paper)) throw new DeckError(`Unexpected \`${paper}\` for \`paper\`, expected ${papers.join(' or ')}`, ExitCode.Usage)
  const themeCss = options?.themeCss ?? (await loadThemes()).css
  const date = options?.date ?? pdfDate()
  const shared = options?.shared ?? (await launchBrowser())
  try {
    // Handouts print side by side in the one browser.
    const printed = await mapLimit(decks, async (deck): Promise<[string, Uint8Array]> => {
      const {html, title, titles} = handoutHtml(deck, paper, themeCss)
      const page = await shared.browser.newPage()
      try {
        // Lay the pages out as they print, at 96 pixels an inch, before fitting them.
        const [width, height] = sizes[paper]
        await page.setViewport({width: Math.round((width / 25.4) * 96), height: Math.round((height / 25.4) * 96)})
        await page.emulateMediaType('print')
        await page.setContent(html, {waitUntil: 'load'})
        const sheets = await page.evaluate(fitSheets)
        const pdf = await page.pdf({printBackground: true, preferCSSPageSize: true})
        const document = await PDFDocument.load(pdf, {updateMetadata: false})
        document.setTitle(title)
        document.setCreator('debrief')
        const pages = document.getPages()
        const entries = sheets.flatMap((sheet, index) => (sheet.continued || !titles[sheet.slide - 1] ? [] : [{title: titles[sheet.slide - 1]!, page: pages[index]!}]))
        writeOutline(document, nestOutline(entries))
        return [deck.name, await stampPdf(document, date)]
      } catch (error) {
        if (error instanceof DeckError) throw error
        throw new DeckError(`could not make ${deck.name}.handout.pdf: ${(error as Error).message.split('\n')[0]}`, ExitCode.Unavailable)
      } finally {
        await page.close()
      }
    }, options?.concurrency ? {limit: options.concurrency} : undefined)
    return new Map(printed)
  } finally {
    if (!options?.shared) await shared.close()
  }
}

/** The handout as one HTML page, and the slide titles for the PDF outline. */
function handoutHtml(deck: HandoutDeck, paper: Paper, themeCss: readonly string[]): {html: string; title: string; titles: string[]} {
  const marp = new Marp(marpOptions)
  for (const css of themeCss) marp.themeSet.add(css)
  const rendered = marp.render(deck.markdown, {htmlAsArray: true})
  const read = readDeck(deck.markdown)
  const title = deck.meta?.title ?? text(read.front['title']) ?? read.pages[0]?.title ?? deck.name
  const total = rendered.html.length
  const sheets = rendered.html.map((svg, index) => {
    const page = read.pages[index]
    const talk = index === 0 ? cover(deck, read.pages, read.front) : page ? spoken(page) : ''
    return (
      `<article class="sheet" data-slide="${index + 1}"><div class="marpit">${svg}</div>` +
      `<div class="talk">${talk}</div>` +
      `<footer><span>${escapeHtml(title)}</span><span>${index + 1} / ${total}</span></footer></article>`
    )
  })
  const html =
    `<!DOCTYPE html><html lang="${escapeHtml(text(read.front['lang']) ?? 'en')}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    `<style>${rendered.css}</style><style>${handoutCss(paper)}</style></head><body>${sheets.join('')}</body></html>`
  return {html, title, titles: read.pages.map((page) => page.title)}
}

/** The cover beneath the title slide: event, date, author, and the contents with slide numbers. */
function cover(deck: HandoutDeck, pages: readonly DeckPage[], front: Readonly<Record<string, unknown>>): string {
  const meta = deck.meta
  const facts: Array<[string, string | undefined]> = meta
    ? [['Event', meta.event], ['Date', meta.date], ['Author', meta.author]]
    : [['Author', text(front['author'])], ['', text(front['footer'])]]
  const rows = facts.filter((fact): fact is [string, string] => Boolean(fact[1]))
  let html = rows.length > 0 ? `<dl class="facts">${rows.map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>` : ''
  const contents = nestOutline(pages.slice(1).filter((page) => page.title).map((page) => ({title: page.title, page: page.number})))
  if (contents.length > 0) {
    html += '<h3>Contents</h3>'
    html += contents.map((entry) => `<p class="item toc"><span>${escapeHtml(entry.title)}</span><span class="src">${entry.page}</span></p>`).join('')
  }
  return html
}

/** What the presenter would say on a slide: its notes, with their source lines, and its links. */
function spoken(page: DeckPage): string {
  const kept = page.notes.flatMap((note) => note.kept)
  const dropped = page.notes.flatMap((note) => note.dropped)
  const links = linksOf(page.nodes)
  let html = ''
  if (kept.length > 0) html += `<h3>From the notes</h3>${kept.map(item).join('')}`
  if (dropped.length > 0) html += `<h3>Also in the notes, not on the slide</h3>${dropped.map(item).join('')}`
  if (links.length > 0) {
    html += '<h3>Links</h3>'
    html += links
      .map((link) => {
        const url = escapeHtml(link.url)
        const label = link.text && link.text !== link.url ? `${escapeHtml(link.text)} — ` : ''
        return `<p class="item">${label}<a href="${url}">${url}</a></p>`
      })
      .join('')
  }
  return html
}

function item(line: NoteLine): string {
  const source = line.file ? ` <span class="src">${escapeHtml(`${line.file}:${line.line}`)}</span>` : ''
  return `<p class="item">${escapeHtml(line.text)}${source}</p>`
}

function linksOf(nodes: readonly RootContent[]): Array<{text: string; url: string}> {
  const links: Array<{text: string; url: string}> = []
  for (const node of nodes) {
    visit(node, 'link', (link: MdLink) => {
      if (!links.some((known) => known.url === link.url)) links.push({text: toString(link), url: link.url})
    })
  }
  return links
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined
}

/** The one escaping function of the handout: text and attribute values. */
function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function handoutCss(paper: Paper): string {
  return `
@page { size: ${sizes[paper][0]}mm ${sizes[paper][1]}mm; margin: 0; }
html, body { margin: 0; padding: 0; background: #fff; }
body { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; color: #1d232b; }
article.sheet { box-sizing: border-box; width: ${sizes[paper][0]}mm; height: ${sizes[paper][1]}mm; padding: 13mm 15mm 10mm; display: flex; flex-direction: column; overflow: hidden; break-after: page; }
article.sheet > div.marpit { flex: none; align-self: center; width: 100%; }
article.sheet > div.marpit > svg { display: block; width: 100%; height: auto; outline: 0.25mm solid #c9ced6; }
.talk { flex: 1 1 auto; min-height: 0; overflow: hidden; margin-top: 5mm; font-size: 10.5pt; line-height: 1.38; }
.talk h3 { font-size: 1em; margin: 0.9em 0 0.3em; color: #1f5fbf; }
.talk h3:first-child { margin-top: 0; }
.talk p.item { margin: 0 0 0.35em; }
.talk .src { color: #5b6472; font-size: 0.82em; white-space: nowrap; margin-left: 0.4em; }
.talk a { color: #1f5fbf; overflow-wrap: anywhere; }
.talk p.toc { display: flex; justify-content: space-between; gap: 1em; border-bottom: 0.2mm dotted #c9ced6; }
.talk dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; margin: 0 0 0.6em; }
.talk dt { color: #5b6472; }
.talk dd { margin: 0; }
footer { flex: none; display: flex; justify-content: space-between; gap: 2em; margin-top: 3mm; padding-top: 2mm; border-top: 0.2mm solid #c9ced6; font-size: 8pt; color: #5b6472; }
`
}

/** Where each printed page comes from. */
interface SheetInfo {
  readonly slide: number
  readonly continued: boolean
}

/**
 * Runs in the page: fit every sheet's notes to its page, by smaller text,
 * then a smaller slide, then moving what is left to a sheet of its own.
 * Puppeteer sends its source, so it must not use anything from outside its
 * own body.
 */
async function fitSheets(): Promise<SheetInfo[]> {
  const {document} = globalThis as unknown as SheetWindow
  await document.fonts.ready
  const info: SheetInfo[] = []
  const fontSizes = [10.5, 10, 9.5, 9, 8.5, 8, 7.5]
  const widths = [100, 90, 80, 70, 62]
  for (let index = 0; index < document.querySelectorAll('article.sheet').length; index++) {
    const sheet = document.querySelectorAll('article.sheet')[index]!
    const talk = sheet.querySelector('.talk')!
    const slide = sheet.querySelector('div.marpit')
    const fits = () => talk.scrollHeight <= talk.clientHeight + 1
    for (const size of fontSizes) {
      talk.style.fontSize = `${size}pt`
      if (fits()) break
    }
    if (slide) {
      for (const width of widths) {
        slide.style.width = `${width}%`
        if (fits()) break
      }
    }
    const continued = sheet.hasAttribute('data-continued')
    info.push({slide: Number(sheet.getAttribute('data-slide')), continued})
    if (fits() || talk.children.length < 2) continue
    // Move the last paragraphs to a new sheet after this one, as many as needed.
    const next = sheet.cloneNode(true)
    next.setAttribute('data-continued', '')
    next.querySelector('div.marpit')?.remove()
    const rest = next.querySelector('.talk')!
    while (rest.firstChild) rest.firstChild.remove()
    while (!fits() && talk.children.length > 1) rest.insertBefore(talk.lastElementChild!, rest.firstChild)
    sheet.after(next)
  }
  return info
}

// The little of the DOM that `fitSheets` uses (the project compiles without the DOM library).
interface SheetElement {
  readonly scrollHeight: number
  readonly clientHeight: number
  readonly children: ArrayLike<SheetElement>
  readonly firstChild: SheetElement | null
  readonly lastElementChild: SheetElement | null
  readonly style: {fontSize: string; width: string}
  querySelector(selectors: string): SheetElement | null
  getAttribute(name: string): string | null
  setAttribute(name: string, value: string): void
  hasAttribute(name: string): boolean
  cloneNode(deep: boolean): SheetElement
  insertBefore(node: SheetElement, before: SheetElement | null): void
  after(node: SheetElement): void
  remove(): void
}

interface SheetWindow {
  readonly document: {
    readonly fonts: {readonly ready: Promise<unknown>}
    querySelectorAll(selectors: string): ArrayLike<SheetElement>
  }
}
