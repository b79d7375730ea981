import {execFileSync} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber} from 'pdf-lib'
import {afterAll, afterEach, beforeAll, describe, expect, test} from 'vitest'
import {buildDeck} from '../../src/pipeline/build-deck.js'
import {launchBrowser, type SharedBrowser} from '../../src/render/browser.js'
import {ExitCode} from '../../src/errors.js'
import {nestOutline, renderPdf} from '../../src/render/render-pdf.js'
import {removeTemporaryDirectories, temporaryDirectory} from '../helpers.js'

let shared: SharedBrowser
beforeAll(async () => {
  shared = await launchBrowser()
})
afterAll(() => shared.close())
afterEach(removeTemporaryDirectories)

// One long section: it takes several slides, the later ones "(cont.)".
const rules = [
  'boots and goggles in the press hall',
  'ear plugs near the stamping line',
  'no phones on the loading dock',
  'forklifts have right of way in the yard',
  'visitors stay behind the yellow lines',
  'gloves for anyone handling fresh castings',
  'the paint shop needs a mask and a permit',
  'fire doors stay shut during the night shift',
  'report every spill to the shift lead',
  'helmets under the overhead cranes'
]
const notes = `# Plant visit\n\n## Safety\n\n${rules.map((rule) => `- ${rule}`).join('\n')}\n\n## Canteen\n\n- the canteen opens at eight and closes at two\n`
// Slides enough for the long section to take several.
const built = buildDeck(notes, {file: 'visit.md', maxBullets: 4, slides: 7})
const deck = {name: 'visit', markdown: built.markdown}

function pageTexts(pdf: Uint8Array): string[] {
  const file = join(temporaryDirectory(), 'deck.pdf')
  writeFileSync(file, pdf)
  return execFileSync('pdftotext', ['-layout', file, '-'], {encoding: 'utf8'}).split('\f').slice(0, -1)
}

describe('renderPdf', () => {
  test('the same deck on the same SOURCE_DATE_EPOCH gives the same bytes, dated then', async () => {
    const date = new Date('2024-03-20T10:00:00Z')
    const [first] = (await renderPdf([deck], {shared, date})).get('visit')!
    const [second] = (await renderPdf([deck], {shared, date})).get('visit')!
    expect(Buffer.from(first!).equals(Buffer.from(second!))).toBe(true)
    const pdf = await PDFDocument.load(first!, {updateMetadata: false})
    expect(pdf.getCreationDate()?.toISOString()).toBe(date.toISOString())
    expect(pdf.getModificationDate()?.toISOString()).toBe(date.toISOString())
  })

  test('the number printed on a slide is its page number; continued slides nest under their section in the outline', async () => {
    const [file] = (await renderPdf([deck], {shared})).get('visit')!
    const texts = pageTexts(file!)
    expect(texts).toHaveLength(built.slides.length)
    texts.forEach((text, index) => {
      if (index > 0) expect(text.trim().split(/\s+/).at(-1)).toBe(String(index + 1))
    })
    const pdf = await PDFDocument.load(file!)
    const outlines = pdf.catalog.lookup(PDFName.of('Outlines'), PDFDict)
    const titles: string[] = []
    let item = outlines.lookupMaybe(PDFName.of('First'), PDFDict)
    let safety: PDFDict | undefined
    while (item) {
      const title = item.lookup(PDFName.of('Title'), PDFHexString).decodeText()
      titles.push(title)
      if (title === 'Safety') safety = item
      item = item.lookupMaybe(PDFName.of('Next'), PDFDict)
    }
    expect(titles.slice(0, 4)).toEqual(['Plant visit', 'Agenda', 'Safety', 'Canteen'])
    expect(titles.filter((title) => title.startsWith('Safety'))).toEqual(['Safety'])
    const continued = built.slides.filter((slide) => slide.type === 'content' && slide.continued).length
    expect(continued).toBeGreaterThan(0)
    expect(safety!.lookup(PDFName.of('Count'), PDFNumber).asNumber()).toBe(-continued)
    expect(safety!.lookup(PDFName.of('First'), PDFDict).lookup(PDFName.of('Title'), PDFHexString).decodeText()).toBe('Safety (cont.)')
  })
})

describe('nestOutline', () => {
  test('puts a continued slide or a repeated title under the first, keeps others at the top', () => {
    const entries = ['Intro', 'Budget', 'Budget (cont.)', 'Budget (cont.)', 'Ana — CNCF', 'Ana — CNCF', 'Intro'].map((title, page) => ({title, page}))
    expect(nestOutline(entries).map((entry) => [entry.title, entry.children.map((child) => child.page)])).toEqual([
      ['Intro', []],
      ['Budget', [2, 3]],
      ['Ana — CNCF', [5]],
      ['Intro', []]
    ])
  })
})

describe('renderPdf when the page or the browser fails', () => {
  test('a page that does not load in time says so (exit 73), not "no browser"', async () => {
    // A server that takes the image request and never answers: the page never loads.
    const {createServer} = await import('node:http')
    const server = createServer(() => {})
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const {port} = server.address() as {port: number}
    try {
      const slow = `---\nmarp: true\ntheme: debrief\n---\n\n## The hall\n\n![The hall](http://127.0.0.1:${port}/hall.png)\n`
      const error = await renderPdf([{name: 'site', markdown: slow}], {shared, timeout: 1000}).then(
        () => undefined,
        (caught: unknown) => caught
      )
      expect(error).toMatchObject({code: ExitCode.CantCreate})
      expect((error as Error).message).toMatch(/^could not make site\.pdf: the page did not load or print in the browser \(.*1000 ?ms/)
      expect(shared.browser.connected).toBe(true)
    } finally {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  })

  test('a browser that has closed is "no browser" (exit 69), naming the file', async () => {
    const closed = await launchBrowser()
    await closed.close()
    const error = await renderPdf([deck], {shared: closed}).then(
      () => undefined,
      (caught: unknown) => caught
    )
    expect(error).toMatchObject({code: ExitCode.Unavailable})
    expect((error as Error).message).toMatch(/^could not make visit\.pdf: the browser closed/)
  })
})
