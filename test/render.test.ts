import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {PDFDocument} from 'pdf-lib'
import {afterEach, describe, expect, test} from 'vitest'
import {buildDeck} from '../src/pipeline/build-deck.js'
import {findBrowser} from '../src/render/find-browser.js'
import {renderHtml} from '../src/render/render-html.js'
import {renderPdf} from '../src/render/render-pdf.js'
import {debrief, removeTemporaryDirectories, temporaryDirectory} from './helpers.js'

afterEach(removeTemporaryDirectories)

const samples = ['kubecon-2024-keynote-notes.md', 'kubecon-2024-keynote-liveblog.txt'].map((file) => {
  const deck = buildDeck(readFileSync(`sources/${file}`), {file: `sources/${file}`})
  return {name: file.replace(/\.[^.]+$/, ''), markdown: deck.markdown, slides: deck.slides.length}
})

function marpProfiles(): string[] {
  return readdirSync(tmpdir()).filter((entry) => entry.startsWith('marp-cli-'))
}

describe('renderHtml', () => {
  test('writes a bespoke deck with one <section> per slide, speaker notes, and nothing fetched from the network', async () => {
    const html = await renderHtml(samples)
    for (const sample of samples) {
      const page = html.get(sample.name)!
      expect(page.match(/<section\b/g)).toHaveLength(sample.slides)
      // The bespoke template: navigation, presenter view and the notes it shows.
      expect(page).toContain('bespoke-marp-osc')
      expect(page).toContain('bespoke-marp-note')
      expect(page).toMatch(/<div class="bespoke-marp-note"[^>]*>[\s\S]*?kubecon-2024-keynote-\w+\.(md|txt):\d+/)
      // Offline: no script, style sheet, font or image from another host.
      expect(page).not.toMatch(/<script[^>]+src=["']?https?:/i)
      expect(page).not.toMatch(/<link[^>]+href=["']?https?:/i)
      expect(page).not.toMatch(/@import\s+(url\()?["']?https?:/i)
      expect(page).not.toMatch(/url\(["']?https?:/i)
      expect(page).not.toMatch(/<img[^>]+src=["']?https?:/i)
    }
  })
})

describe('renderPdf in a real browser', () => {
  test('makes one page per slide, 16:9, and leaves no browser profile behind', async () => {
    const before = marpProfiles()
    const pdfs = await renderPdf(samples)
    for (const sample of samples) {
      const [file] = pdfs.get(sample.name)!
      const pdf = await PDFDocument.load(file!)
      expect(pdf.getPageCount()).toBe(sample.slides)
      const {width, height} = pdf.getPage(0).getSize()
      expect(width / height).toBeCloseTo(16 / 9, 2)
    }
    expect(marpProfiles()).toEqual(before)
  })

  test('the PDF title is the deck title, however the front matter had to quote it', async () => {
    const title = 'R&D "review": [42] <x>\nsecond line'
    const deck = buildDeck(`---\ntitle: ${JSON.stringify(title)}\n---\n\n## Plan\n\n- We agreed on the plan\n`, {file: 'notes.md'})
    expect(deck.meta.title).toBe(title)
    const pdfs = await renderPdf([
      {name: 'given', markdown: deck.markdown, title: deck.meta.title},
      {name: 'read', markdown: deck.markdown}
    ])
    for (const name of ['given', 'read']) {
      const pdf = await PDFDocument.load(pdfs.get(name)![0]!)
      expect(pdf.getTitle()).toBe(title)
    }
  })

  test('makes one 1280×720 PNG per slide in the same browser', async () => {
    const [sample] = samples
    const images = (await renderPdf([sample!], {format: 'png'})).get(sample!.name)!
    expect(images).toHaveLength(sample!.slides)
    for (const image of images) {
      const header = Buffer.from(image)
      expect(header.subarray(1, 4).toString()).toBe('PNG')
      expect([header.readUInt32BE(16), header.readUInt32BE(20)]).toEqual([1280, 720])
    }
  })

  test('a CHROME_PATH that is not there is an error, not a silent fallback', async () => {
    await expect(findBrowser({CHROME_PATH: '/nonexistent/chrome', PATH: ''})).rejects.toThrow(
      'CHROME_PATH is set to /nonexistent/chrome, which is not an executable browser'
    )
  })

  test('the CLI writes md, html and pdf for every sample', () => {
    const dir = temporaryDirectory()
    const result = debrief([join(process.cwd(), 'sources'), '--out', 'decks'], {cwd: dir})
    expect(result.code).toBe(0)
    expect(readdirSync(join(dir, 'decks')).sort()).toEqual(samples.flatMap((sample) => ['html', 'md', 'pdf'].map((extension) => `${sample.name}.${extension}`)).sort())
    expect(result.stderr.trim().split('\n').filter((line) => line.includes(' → '))).toHaveLength(2)
    expect(existsSync(join(dir, 'decks', 'kubecon-2024-keynote-notes.pdf'))).toBe(true)
  })
})

describe('every theme', () => {
  test('both samples render to html, pdf, handout and pptx in debrief, debrief-dark, default and uncover', async () => {
    const {launchBrowser} = await import('../src/render/browser.js')
    const {renderHandout} = await import('../src/render/render-handout.js')
    const {renderPptx} = await import('../src/render/render-pptx.js')
    const {selectNotes} = await import('../src/render/select-notes.js')
    const themes = ['debrief', 'debrief-dark', 'default', 'uncover']
    const decks = themes.flatMap((theme) =>
      ['kubecon-2024-keynote-notes.md', 'kubecon-2024-keynote-liveblog.txt'].map((file) => {
        const deck = buildDeck(readFileSync(`sources/${file}`), {file: `sources/${file}`, theme})
        return {name: `${theme}-${file.replace(/\.[^.]+$/, '')}`, markdown: selectNotes(deck.markdown), meta: deck.meta, slides: deck.slides.length}
      })
    )
    const shared = await launchBrowser()
    try {
      const [html, pdf, handout, pptx] = [await renderHtml(decks), await renderPdf(decks, {shared}), await renderHandout(decks, {shared}), await renderPptx(decks)]
      for (const deck of decks) {
        expect(html.get(deck.name)!.match(/<section\b/g)).toHaveLength(deck.slides)
        expect((await PDFDocument.load(pdf.get(deck.name)![0]!)).getPageCount()).toBe(deck.slides)
        expect((await PDFDocument.load(handout.get(deck.name)!)).getPageCount()).toBeGreaterThanOrEqual(deck.slides)
        const {default: JSZip} = await import('jszip')
        const slides = Object.keys((await JSZip.loadAsync(pptx.get(deck.name)!)).files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
        expect(slides.length).toBeGreaterThanOrEqual(deck.slides)
      }
    } finally {
      await shared.close()
    }
  })
})
