import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {launchBrowser, type SharedBrowser} from '../../src/render/browser.js'
import {fitDeck} from '../../src/render/fit-deck.js'
import {measureSlides} from '../../src/render/measure-slides.js'
import {composeDeck} from '../../src/pipeline/compose-deck.js'
import {planDeck} from '../../src/pipeline/plan-deck.js'
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
        const fitted = await fitDeck(planDeck(text, {file: 'fuzz.md'}), {theme}, browser)
        expect(fitted.overflowing).toEqual([])
      }),
      {numRuns: runs, seed: Number(process.env['FUZZ_SEED'] ?? 20241120), endOnFailure: true}
    )
  }, 600_000)

  test.each(themes)('the samples in theme %s fit without a second pass', async (theme) => {
    for (const file of ['sources/kubecon-2024-keynote-notes.md', 'sources/kubecon-2024-keynote-liveblog.txt']) {
      const fitted = await fitDeck(planDeck(readFileSync(file), {file}), {theme}, browser)
      expect(fitted.overflowing).toEqual([])
      expect(fitted.passes).toBe(1)
    }
  })

  test('a deck that overflows is re-split until it fits, from one plan', async () => {
    // One section with a long script, and limits half as loose again as a
    // slide holds for it (its heading is on line 3), as a wrong estimate would give.
    const script = Array.from({length: 24}, (_, index) => `echo "step ${index}: copy table ${index} to the archive"`).join('\n')
    const text = `# Plan\n\n## Everything\n\nThe nightly import runs one long script.\n\n\`\`\`sh\n${script}\n\`\`\`\n`
    const plan = planDeck(text, {file: 'plan.md'})
    const options = {fit: {sections: {L3: 1.5}}}
    const overfull = composeDeck(plan, options)
    const before = await measureSlides(overfull.markdown, browser)
    expect(before.some((slide) => slide.overflowY > 0)).toBe(true)
    const fitted = await fitDeck(plan, options, browser)
    expect(fitted.passes).toBeGreaterThan(1)
    expect(fitted.overflowing).toEqual([])
    expect(fitted.deck.slides.filter((slide) => slide.type === 'content').length).toBeGreaterThan(
      overfull.slides.filter((slide) => slide.type === 'content').length
    )
    // The feedback names the section that overflowed, and nothing else.
    expect(Object.keys(fitted.fit)).toEqual(['sections'])
    expect(Object.keys(fitted.fit.sections ?? {})).toEqual(['L3'])
    expect(fitted.fit.sections?.['L3']).toBeLessThan(1.5)
    // The sections are the plan's: composed again, never re-read.
    expect(fitted.deck.sections).toBe(plan.sections)
  })

  test('an overflowing deck-wide list is tightened under its own name', async () => {
    // Twenty short sections, each with a link, and a resources slide allowed
    // five times the links it holds: only `resources` is tightened.
    const text = `# Links\n\n${Array.from({length: 20}, (_, index) => `## Tool ${index + 1}\n\nThe team tried [tool number ${index + 1} with a long name](https://example.org/tools/${index + 1}/documentation/getting-started).\n`).join('\n')}`
    const plan = planDeck(text, {file: 'links.md'})
    const options = {fit: {resources: 5}}
    const before = await measureSlides(composeDeck(plan, options).markdown, browser)
    const overflowing = before.filter((slide) => slide.overflowY > 0).map((slide) => slide.title)
    expect(overflowing).toEqual(['Resources'])
    const fitted = await fitDeck(plan, options, browser)
    expect(fitted.overflowing).toEqual([])
    expect(fitted.fit.resources).toBeLessThan(5)
    expect(fitted.fit.agenda).toBeUndefined()
    expect(fitted.fit.sections).toEqual({})
    expect(fitted.deck.slides.filter((slide) => slide.type === 'resources').length).toBeGreaterThan(1)
  })
})
