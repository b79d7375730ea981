import {execFileSync} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {PDFDocument} from 'pdf-lib'
import {afterAll, afterEach, beforeAll, describe, expect, test} from 'vitest'
import {buildDeck} from '../../src/pipeline/build-deck.js'
import {launchBrowser, type SharedBrowser} from '../../src/render/browser.js'
import {readDeck} from '../../src/render/read-deck.js'
import {renderHandout} from '../../src/render/render-handout.js'
import {selectNotes} from '../../src/render/select-notes.js'
import {removeTemporaryDirectories, temporaryDirectory} from '../helpers.js'

let shared: SharedBrowser
beforeAll(async () => {
  shared = await launchBrowser()
})
afterAll(() => shared.close())
afterEach(removeTemporaryDirectories)

const notes = `---
title: Harbour works
event: Port council
date: 2025-05-06
author: Lena Ortiz
---

## Dredging

- The channel is dredged to twelve metres so that the larger ferries can dock at low tide.
- Dredging stops during the spawning season in April and May.
- The council budget for [dredging](https://example.org/port/dredging-plan) covers two seasons.

## Quay walls

- The north quay wall leans by four centimetres and is watched with sensors every week.
- Repairs to the wall start once the sensors show a trend.
`

/** Text of each page, whitespace made single spaces. */
function pages(pdf: Uint8Array): string[] {
  const file = join(temporaryDirectory(), 'handout.pdf')
  writeFileSync(file, pdf)
  return execFileSync('pdftotext', [file, '-'], {encoding: 'utf8'}).split('\f').slice(0, -1).map((page) => page.replace(/\s+/g, ' '))
}

describe('renderHandout', () => {
  test('a page per slide, numbered as the slides, each with its notes, source lines and links written out; the cover has event, date, author and contents', async () => {
    // Slides enough for each section to have its own.
    const built = buildDeck(notes, {file: 'harbour.md', slides: 5})
    const markdown = selectNotes(built.markdown)
    const date = new Date('2025-05-07T00:00:00Z')
    const first = (await renderHandout([{name: 'harbour', markdown, meta: built.meta}], {shared, date})).get('harbour')!
    const document = await PDFDocument.load(first)
    expect(document.getPageCount()).toBe(built.slides.length)
    // Portrait A4.
    const {width, height} = document.getPage(0).getSize()
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842])
    expect(document.getTitle()).toBe('Harbour works')

    const texts = pages(first)
    texts.forEach((text, index) => expect(text).toMatch(new RegExp(`${index + 1} ?/ ?${built.slides.length}`)))
    for (const expected of ['Harbour works', 'Port council', '2025-05-06', 'Lena Ortiz', 'Contents', 'Dredging', 'Quay walls']) expect(texts[0]).toContain(expected)

    const read = readDeck(markdown)
    const dredging = read.pages.findIndex((page) => page.title === 'Dredging')
    expect(dredging).toBeGreaterThan(0)
    const said = read.pages[dredging]!.notes.flatMap((note) => note.kept)
    expect(said.length).toBeGreaterThan(0)
    for (const line of said) {
      expect(texts[dredging]).toContain(line.text.replace(/\s+/g, ' ').slice(0, 60))
      expect(texts[dredging]).toContain(`harbour.md:${line.line}`)
    }
    expect(texts[dredging]).toContain('https://example.org/port/dredging-plan')

    // Same deck, same date: same bytes.
    const second = (await renderHandout([{name: 'harbour', markdown, meta: built.meta}], {shared, date})).get('harbour')!
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true)
  })

  test('on Letter paper, notes too long for a page go on to a page of their own with the same slide number, none lost', async () => {
    const long = Array.from({length: 70}, (_, i) => `• talk.md:${i + 1} — Point ${i + 1} of the long talk, which says rather a lot about the same subject again and again.`)
    const markdown = `---\nmarp: true\ntheme: debrief\ntitle: Long talk\n---\n\n# Long talk\n\n---\n\n## Everything\n\n- One slide\n\n<!--\nSource notes for this slide\n\n${long.join('\n')}\n-->\n`
    const handout = (await renderHandout([{name: 'long', markdown}], {shared, paper: 'letter'})).get('long')!
    const document = await PDFDocument.load(handout)
    const {width, height} = document.getPage(0).getSize()
    expect([Math.round(width), Math.round(height)]).toEqual([612, 792])
    const texts = pages(handout)
    expect(texts.length).toBeGreaterThan(2)
    for (const text of texts.slice(1)) expect(text).toMatch(/2 ?\/ ?2/)
    const all = texts.join(' ')
    for (let i = 1; i <= 70; i++) expect(all).toContain(`Point ${i} of the long talk`)
  })
})
