import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {launchBrowser, type SharedBrowser} from '../../src/render/browser.js'
import {fitDeck} from '../../src/render/fit-deck.js'
import {measureSlides} from '../../src/render/measure-slides.js'
import {buildDeck} from '../../src/pipeline/build-deck.js'
import {notes} from '../generate-notes.js'

// The themes that ship with debrief, and Marp's that --theme offers.
const themes = ['debrief', 'debrief-dark', 'default', 'uncover']
// `npm run fuzz` raises this for a long run.
const runs = Number(process.env['FUZZ_RUNS'] ?? 12)

let browser: SharedBrowser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('fitDeck: no slide ever overflows', () => {
  test.each(themes)('generated notes in theme %s', async (theme) => {
    await fc.assert(
      fc.asyncProperty(notes, async (text) => {
        const fitted = await fitDeck(text, {file: 'fuzz.md', theme}, browser)
        expect(fitted.overflowing).toEqual([])
      }),
      {numRuns: runs, seed: Number(process.env['FUZZ_SEED'] ?? 20241120), endOnFailure: true}
    )
  }, 600_000)

  test.each(themes)('the samples in theme %s fit without a second pass', async (theme) => {
    for (const file of ['sources/kubecon-2024-keynote-notes.md', 'sources/kubecon-2024-keynote-liveblog.txt']) {
      const fitted = await fitDeck(readFileSync(file), {file, theme}, browser)
      expect(fitted.overflowing).toEqual([])
      expect(fitted.passes).toBe(1)
    }
  })

  test('a deck that overflows is re-split until it fits', async () => {
    // One section of long bullets, and limits three times looser than a slide
    // holds for it (its heading is on line 3), as a wrong estimate would give.
    const text = `# Plan\n\n## Everything\n\n${Array.from({length: 14}, (_, index) => `- point ${index} ${'word '.repeat(18)}`).join('\n')}\n`
    const options = {file: 'plan.md', tighten: {3: 3}}
    const overfull = buildDeck(text, options)
    const before = await measureSlides(overfull.markdown, browser)
    expect(before.some((slide) => slide.overflowY > 0)).toBe(true)
    const fitted = await fitDeck(text, options, browser)
    expect(fitted.passes).toBeGreaterThan(1)
    expect(fitted.overflowing).toEqual([])
    expect(fitted.deck.slides.filter((slide) => slide.type === 'content').length).toBeGreaterThan(
      overfull.slides.filter((slide) => slide.type === 'content').length
    )
  })
})
