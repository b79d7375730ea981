import {Marp} from '@marp-team/marp-core'
import {createHash} from 'node:crypto'
import {PDFArray, PDFDocument, PDFHexString, PDFName, PDFNull, type PDFPage, type PDFRef} from 'pdf-lib'
import {launchBrowser, type SharedBrowser} from './browser.js'
import {DeckError, ExitCode} from '../errors.js'
import {findBrowser, type Browser} from './find-browser.js'
import {mapLimit} from '../map-limit.js'
import {marpOptions, runMarp, type MarpDeck, type MarpOptions} from './run-marp.js'

export interface RenderOptions extends Pick<MarpOptions, 'themes'> {
  /** What to make (default: `'pdf'`); `png` gives one image per slide. */
  readonly format?: 'pdf' | 'pptx' | 'png'
  /** A running browser to print PDFs with, shared with other steps (default: one started for this call). */
  readonly shared?: SharedBrowser
  /** The browser marp-cli starts for PPTX and PNG (default: found with `findBrowser()`). */
  readonly browser?: Browser
  /** Decks printed at once in the browser, PDF and PNG (default: `os.availableParallelism()`). */
  readonly concurrency?: number
  /** Milliseconds a deck's page may take to load in the browser, its images included (default: `30000`). */
  readonly timeout?: number
  /** Creation and modification date of PDFs (default: `SOURCE_DATE_EPOCH` when set, so that the same deck gives the same bytes; else now). */
  readonly date?: Date
}

/**
 * Render decks to a PDF handout, a PowerPoint file or PNG images.
 *
 * PDF and PNG: marp-cli writes each deck as printable HTML and the shared
 * headless browser prints it, one page per slide, or takes one 1280×720
 * image a slide, decks side by side (`concurrency`); the PDF
 * then gets the deck title, an outline of slide titles and the speaker notes
 * as PDF annotations. PPTX comes from marp-cli,
 * in a browser of its own. One browser serves the whole batch.
 */
export async function renderPdf(decks: readonly MarpDeck[], options?: Readonly<RenderOptions>): Promise<Map<string, Uint8Array[]>> {
  const format = options?.format ?? 'pdf'
  if (format === 'pptx') {
    const browser = options?.browser ?? (await findBrowser())
    if (!browser) {
      throw new DeckError('no browser for PPTX output: install Chrome, Chromium or Edge, or set CHROME_PATH', ExitCode.Unavailable)
    }
    return runMarp(decks, format, {browserPath: browser.path, themes: options?.themes})
  }
  const printable = await runMarp(decks, 'print', {themes: options?.themes})
  const shared = options?.shared ?? (await launchBrowser({browser: options?.browser}))
  try {
    // Pages print side by side in the one browser.
    const printed = await mapLimit(decks, async (deck): Promise<[string, Uint8Array[]]> => {
      const html = new TextDecoder().decode(printable.get(deck.name)![0])
      const page = await shared.browser.newPage().catch((error: unknown) => {
        throw pageFailure(`${deck.name}.${format}`, shared, error)
      })
      try {
        await page.setViewport({width: 1280, height: 720})
        await page.setContent(html, {waitUntil: 'load', timeout: options?.timeout ?? 30_000})
        await page.evaluate(() => document.fonts.ready)
        if (format === 'pdf') {
          const pdf = await page.pdf({printBackground: true, preferCSSPageSize: true})
          return [deck.name, [await finishPdf(pdf, deck, options?.date ?? pdfDate())]]
        } else {
          // One image a slide: each slide is an <svg> of the slide's size.
          const images: Uint8Array[] = []
          for (const slide of await page.$$('svg[data-marpit-svg]')) {
            images.push(await slide.screenshot({type: 'png'}))
          }
          return [deck.name, images]
        }
      } catch (error) {
        if (error instanceof DeckError) throw error
        throw pageFailure(`${deck.name}.${format}`, shared, error)
      } finally {
        if (shared.browser.connected) await page.close()
      }
    }, options?.concurrency ? {limit: options.concurrency} : undefined)
    return new Map(printed)
  } finally {
    if (!options?.shared) await shared.close()
  }
}

/**
 * Why a page of the browser did not give its file: the browser is gone
 * (`Unavailable`, as when there is none), or the page itself failed to load
 * or print, which is said as such (`CantCreate`).
 */
function pageFailure(file: string, shared: SharedBrowser, error: unknown): DeckError {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
  if (!shared.browser.connected) return new DeckError(`could not make ${file}: the browser closed (${reason})`, ExitCode.Unavailable)
  return new DeckError(`could not make ${file}: the page did not load or print in the browser (${reason})`, ExitCode.CantCreate)
}

/**
 * The date PDFs carry: `SOURCE_DATE_EPOCH` (seconds since 1970, as
 * reproducible builds set it) when it is set, else now.
 */
export function pdfDate(): Date {
  const epoch = process.env['SOURCE_DATE_EPOCH']
  if (epoch === undefined || epoch === '') return new Date()
  if (!/^\d+$/.test(epoch)) throw new DeckError(`Unexpected \`${epoch}\` for \`SOURCE_DATE_EPOCH\`, expected whole seconds since 1970`, ExitCode.Usage)
  return new Date(Number(epoch) * 1000)
}

/**
 * Give a printed PDF its date and a document ID made from its content (so
 * that the same deck gives the same bytes), and write it out.
 */
export async function stampPdf(document: PDFDocument, date: Date): Promise<Uint8Array> {
  document.setCreationDate(date)
  document.setModificationDate(date)
  document.setProducer('debrief')
  // Chromium's ID is random; one from the pages' content is stable.
  const id = PDFHexString.of(createHash('md5').update(await document.save({updateFieldAppearances: false})).digest('hex'))
  document.context.trailerInfo.ID = document.context.obj([id, id])
  return document.save({updateFieldAppearances: false})
}

/** Title, outline (one entry per slide title) and speaker notes as annotations. */
async function finishPdf(bytes: Uint8Array, deck: MarpDeck, date: Date): Promise<Uint8Array> {
  const marp = new Marp(marpOptions)
  // Marp itself reads the front matter: its `title`, as marp-cli takes it.
  let directive: string | undefined
  marp.customDirectives.global['title'] = (value) => {
    if (typeof value === 'string') directive = value
    return {}
  }
  const {html, comments} = marp.render(deck.markdown)
  const title = deck.title ?? directive
  const titles = html.split(/<section\b/).slice(1).map((section) => {
    const heading = /<h([12])\b[^>]*>([\s\S]*?)<\/h\1>/.exec(section)?.[2] ?? ''
    return decodeEntities(heading.replace(/<[^>]+>/g, '')).trim()
  })
  const document = await PDFDocument.load(bytes, {updateMetadata: false})
  const pages = document.getPages()
  const {context} = document
  if (title) document.setTitle(title)
  document.setCreator('debrief')

  pages.forEach((page, index) => {
    const notes = (comments[index] ?? []).join('\n\n').trim()
    if (!notes) return
    const {height} = page.getSize()
    const annotation = context.register(
      context.obj({
        Type: 'Annot',
        Subtype: 'Text',
        Rect: [4, height - 24, 24, height - 4],
        Contents: PDFHexString.fromText(notes),
        Name: 'Comment',
        Open: false,
        // Shown on screen, not printed: the handout stays clean on paper.
        F: 0
      })
    )
    const existing = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)
    if (existing) existing.push(annotation)
    else page.node.set(PDFName.of('Annots'), context.obj([annotation]))
  })

  const entries = pages.map((page, index) => ({page, title: titles[index] ?? ''})).filter((entry) => entry.title)
  writeOutline(document, nestOutline(entries))
  return stampPdf(document, date)
}

/** An entry of a PDF outline and the entries under it. */
export interface OutlineEntry<Page> {
  readonly title: string
  readonly page: Page
  readonly children: ReadonlyArray<OutlineEntry<Page>>
}

/**
 * Slides as an outline: a slide continued from the one before (`Budget
 * (cont.)`, or the same title again) goes under the first slide of its
 * title instead of repeating it.
 */
export function nestOutline<Page>(entries: ReadonlyArray<{readonly title: string; readonly page: Page}>): Array<OutlineEntry<Page>> {
  const top: Array<{title: string; page: Page; children: Array<OutlineEntry<Page>>}> = []
  for (const entry of entries) {
    const base = entry.title.replace(/\s*\(cont\.\)$/, '')
    const parent = top.at(-1)
    if (parent && parent.title.replace(/\s*\(cont\.\)$/, '') === base) parent.children.push({...entry, children: []})
    else top.push({...entry, children: []})
  }
  return top
}

/** Write entries as the PDF's outline (bookmarks), nested entries folded. */
export function writeOutline(document: PDFDocument, entries: ReadonlyArray<OutlineEntry<PDFPage>>): void {
  if (entries.length === 0) return
  const {context} = document
  const root = context.nextRef()
  const level = (items: ReadonlyArray<OutlineEntry<PDFPage>>, parent: PDFRef): {first: PDFRef; last: PDFRef; count: number} => {
    const refs: PDFRef[] = items.map(() => context.nextRef())
    const count = items.length
    items.forEach((entry, index) => {
      const item = context.obj({
        Title: PDFHexString.fromText(entry.title),
        Parent: parent,
        Dest: [entry.page.ref, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull]
      })
      if (index > 0) item.set(PDFName.of('Prev'), refs[index - 1]!)
      if (index < refs.length - 1) item.set(PDFName.of('Next'), refs[index + 1]!)
      if (entry.children.length > 0) {
        const children = level(entry.children, refs[index]!)
        item.set(PDFName.of('First'), children.first)
        item.set(PDFName.of('Last'), children.last)
        // Negative: closed, the continued slides folded under their section.
        item.set(PDFName.of('Count'), context.obj(-children.count))
      }
      context.assign(refs[index]!, item)
    })
    return {first: refs[0]!, last: refs.at(-1)!, count}
  }
  const top = level(entries, root)
  context.assign(root, context.obj({Type: 'Outlines', First: top.first, Last: top.last, Count: top.count}))
  document.catalog.set(PDFName.of('Outlines'), root)
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&')
}
