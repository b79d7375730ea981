// Calibration, run with `npm run calibrate`: how often the layout estimate
// (characters a line, lines a slide) is right the first time. Builds generated
// notes and the samples in every theme, fits each deck in a real browser and
// counts the decks that needed a second pass. Figures, not a test.
import {readFileSync, readdirSync} from 'node:fs'
import fc from 'fast-check'
import {expect, test} from 'vitest'
import {launchBrowser} from '../src/render/browser.js'
import {fitDeck} from '../src/render/fit-deck.js'
import {planDeck} from '../src/pipeline/plan-deck.js'
import {notes} from '../test/generate-notes.js'

const cases = Number(process.env['CASES'] ?? 40)
const themes = (process.env['THEMES'] ?? 'debrief,debrief-dark,default,uncover').split(',')

test('first-pass fit rate', async () => {
  const samples = readdirSync('sources').map((file) => ({file: `sources/${file}`, text: readFileSync(`sources/${file}`, 'utf8')}))
  const generated = fc.sample(notes, {numRuns: cases, seed: 7}).map((text, index) => ({file: `generated-${index}.md`, text}))
  const browser = await launchBrowser()
  const lines: string[] = []
  try {
    for (const theme of themes) {
      const passes = new Map<number, number>()
      let overflowing = 0
      let slides = 0
      for (const {file, text} of [...samples, ...generated]) {
        const fitted = await fitDeck(planDeck(text, {file}), {theme}, browser)
        passes.set(fitted.passes, (passes.get(fitted.passes) ?? 0) + 1)
        overflowing += fitted.overflowing.length
        slides += fitted.deck.slides.length
      }
      const total = samples.length + generated.length
      const first = passes.get(1) ?? 0
      const counts = [...passes].sort((a, b) => a[0] - b[0]).map(([pass, count]) => `${pass}: ${count}`).join(', ')
      lines.push(`${theme.padEnd(13)} ${total} decks, ${slides} slides: ${Math.round((first / total) * 100)}% fit on the first pass (passes ${counts}); ${overflowing} slides still overflow`)
    }
  } finally {
    await browser.close()
  }
  console.log(lines.join('\n'))
  expect(lines).toHaveLength(themes.length)
}, 900_000)
