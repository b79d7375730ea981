import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import PPTX2Json from 'pptx2json'
import {afterEach, describe, expect, test} from 'vitest'
import {buildDeck} from '../../src/pipeline/build-deck.js'
import {readDeck} from '../../src/render/read-deck.js'
import {renderPptx} from '../../src/render/render-pptx.js'
import {selectNotes} from '../../src/render/select-notes.js'
import {png, removeTemporaryDirectories, temporaryDirectory} from '../helpers.js'

afterEach(removeTemporaryDirectories)

const notes = `# Harbour works

## Dredging

- The channel is dredged to twelve metres so that the larger ferries can dock at low tide.
- Dredging stops during the spawning season in April and May.
- The council budget for [dredging](https://example.org/port/dredging-plan) covers two seasons.

## Quay walls

- The north quay wall leans by four centimetres and is watched with sensors every week.
- Repairs to the wall start once the sensors show a trend.

> "We will not pour concrete before we know why it moves." — Ana Ruiz, harbour engineer
`

/** Open a PPTX with a PPTX reader: its slides in order, each with its texts, notes and link targets. */
async function openPptx(data: Uint8Array): Promise<Array<{texts: string[]; notes: string[]; links: string[]; background?: string}>> {
  const file = join(temporaryDirectory(), 'deck.pptx')
  writeFileSync(file, data)
  const parts = await new PPTX2Json().toJson(file)
  const texts = (node: unknown, key = 'a:t'): unknown[] => {
    if (Array.isArray(node)) return node.flatMap((child) => texts(child, key))
    if (!node || typeof node !== 'object') return []
    return Object.entries(node).flatMap(([name, value]) => (name === key ? (Array.isArray(value) ? value : [value]) : texts(value, key)))
  }
  const strings = (values: unknown[]): string[] => values.map((value) => (typeof value === 'string' ? value : String((value as {_?: string})._ ?? ''))).filter(Boolean)
  const count = texts(parts['ppt/presentation.xml'], 'p:sldId').length
  return Array.from({length: count}, (_, index) => {
    const slide = parts[`ppt/slides/slide${index + 1}.xml`]
    const rels = texts(parts[`ppt/slides/_rels/slide${index + 1}.xml.rels`], 'Relationship') as Array<{$: {Target: string; TargetMode?: string}}>
    const notesPart = rels.find((rel) => rel.$.Target.includes('notesSlide'))
    const notesFile = notesPart ? `ppt/notesSlides/${notesPart.$.Target.split('/').pop()}` : ''
    const fill = texts(texts(slide, 'p:bg'), 'a:srgbClr') as Array<{$: {val: string}}>
    return {
      texts: strings(texts(slide)),
      notes: strings(texts(parts[notesFile])),
      links: rels.filter((rel) => rel.$.TargetMode === 'External').map((rel) => rel.$.Target),
      background: fill[0]?.$.val
    }
  })
}

describe('renderPptx', () => {
  test('every slide with its title and bullets as text, its notes with their source lines, links clickable, in the theme colours', async () => {
    // Slides enough for each section to have its own, and the quote its slide.
    const built = buildDeck(notes, {file: 'harbour.md', theme: 'debrief-dark', slides: 6})
    const markdown = selectNotes(built.markdown)
    const slides = await openPptx((await renderPptx([{name: 'harbour', markdown}])).get('harbour')!)
    const pages = readDeck(markdown).pages
    expect(slides).toHaveLength(pages.length)
    pages.forEach((page, index) => {
      const text = slides[index]!.texts.join(' ')
      expect(text).toContain(page.title)
      for (const line of page.notes.flatMap((note) => note.kept)) {
        expect(slides[index]!.notes.join(' ')).toContain(line.text.slice(0, 40))
        if (line.file) expect(slides[index]!.notes.join(' ')).toContain(`harbour.md:${line.line}`)
      }
      expect(slides[index]!.background).toBe('141A22')
    })
    const dredging = pages.findIndex((page) => page.title === 'Dredging')
    expect(slides[dredging]!.texts).toEqual(expect.arrayContaining(['Dredging stops during the spawning season in April and May.']))
    expect(slides[dredging]!.links).toContain('https://example.org/port/dredging-plan')
    expect(slides.flatMap((slide) => slide.texts).join(' ')).toContain('We will not pour concrete before we know why it moves.')
  })

  test('one paragraph properties element a paragraph, so a bullet that starts with a link keeps its bullet; same date, same bytes', async () => {
    const markdown = '---\nmarp: true\ntheme: debrief\n---\n\n## Links\n\n- [Slurm](https://slurm.example.org) schedules the jobs\n'
    const date = new Date('2025-01-02T03:04:05Z')
    const [first, second] = await Promise.all([1, 2].map(async () => (await renderPptx([{name: 'links', markdown}], {date})).get('links')!))
    expect(Buffer.from(first!).equals(Buffer.from(second!))).toBe(true)
    const file = join(temporaryDirectory(), 'links.pptx')
    writeFileSync(file, first!)
    const parts = await new PPTX2Json().toJson(file)
    const paragraphs: Array<Record<string, unknown[]>> = []
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk)
      else if (node && typeof node === 'object') {
        for (const [name, value] of Object.entries(node)) {
          if (name === 'a:p') paragraphs.push(...(value as Array<Record<string, unknown[]>>))
          walk(value)
        }
      }
    }
    walk(parts['ppt/slides/slide1.xml'])
    const bulleted = paragraphs.find((paragraph) => JSON.stringify(paragraph).includes('Slurm'))!
    expect(bulleted['a:pPr']).toHaveLength(1)
    expect(JSON.stringify(bulleted['a:pPr'])).toContain('a:buChar')
    expect(JSON.stringify(parts['docProps/core.xml'])).toContain('2025-01-02T03:04:05Z')
  })

  test('a slide too full for its box is split into continued slides, every bullet kept', async () => {
    const bullets = Array.from({length: 14}, (_, i) => `- Item ${i + 1} of a list a person typed into the deck, longer than any slide could hold at a readable size.`)
    const markdown = `---\nmarp: true\ntheme: debrief\n---\n\n## Everything at once\n\n${bullets.join('\n')}\n`
    const slides = await openPptx((await renderPptx([{name: 'full', markdown}])).get('full')!)
    expect(slides.length).toBeGreaterThan(1)
    expect(slides[1]!.texts.join(' ')).toContain('(cont.)')
    const all = slides.flatMap((slide) => slide.texts).join(' ')
    for (let i = 1; i <= 14; i++) expect(all).toContain(`Item ${i} of a list`)
  })

  test('an embedded image is a picture on its slide, in the file', async () => {
    const uri = `data:image/png;base64,${png(64, 32).toString('base64')}`
    const markdown = `---\nmarp: true\ntheme: debrief\n---\n\n<!--\n_class: image\n-->\n\n## Day one\n\n![The whiteboard h:420](${uri})\n`
    const file = join(temporaryDirectory(), 'image.pptx')
    writeFileSync(file, (await renderPptx([{name: 'image', markdown}])).get('image')!)
    const parts = await new PPTX2Json().toJson(file)
    const media = Object.keys(parts).filter((name) => name.startsWith('ppt/media/'))
    expect(media).toHaveLength(1)
    expect(Buffer.from(parts[media[0]!] as Buffer).equals(png(64, 32))).toBe(true)
    expect(JSON.stringify(parts['ppt/slides/slide1.xml'])).toContain('The whiteboard')
  })
})
