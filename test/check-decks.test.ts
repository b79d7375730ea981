import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, afterEach, beforeAll, expect, test} from 'vitest'
import {checkDecks, type CheckResult} from '../src/check-decks.js'
import {launchBrowser, type SharedBrowser} from '../src/render/browser.js'
import {removeTemporaryDirectories, temporaryDirectory} from './helpers.js'

afterEach(removeTemporaryDirectories)

let browser: SharedBrowser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

test('measures a Marp deck as written and notes as the deck they make, reporting each file as it goes', async () => {
  const dir = temporaryDirectory()
  const bullets = Array.from({length: 30}, (_, index) => `- item ${index + 1}`).join('\n')
  writeFileSync(join(dir, 'deck.md'), `---\nmarp: true\ntheme: debrief\n---\n\n# Fine\n\n---\n\n## Far too long\n\n${bullets}\n`)
  // As notes, the same thirty items are split over slides that fit.
  writeFileSync(join(dir, 'notes.md'), `# Inventory\n\n## Far too long\n\n${bullets}\n`)
  const seen: CheckResult[] = []
  const results = await checkDecks([dir], {browser, onDeck: (result) => seen.push(result)})
  expect(seen).toEqual(results)
  expect(results.map((result) => result.path)).toEqual([join(dir, 'deck.md'), join(dir, 'notes.md')])
  const [deck, notes] = results
  expect(deck!.fits).toHaveLength(2)
  expect(deck!.overflowing.map((fit) => [fit.slide, fit.title])).toEqual([[2, 'Far too long']])
  expect(notes!.fits.length).toBeGreaterThan(2)
  expect(notes!.overflowing).toEqual([])
  expect(browser.browser.connected).toBe(true)
})
