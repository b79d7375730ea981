import {spawn} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {PDFDocument} from 'pdf-lib'
import {afterAll, describe, expect, test} from 'vitest'
import {buildDeck} from '../../src/pipeline/build-deck.js'
import {cacheFolder, findBrowser} from '../../src/render/find-browser.js'
import {renderPdf} from '../../src/render/render-pdf.js'
import {removeTemporaryDirectories, temporaryDirectory} from '../helpers.js'

afterAll(removeTemporaryDirectories)

/** What the npm-shipped Chromium unpacks into a temp folder when left to itself. */
const unpacked = (folder: string) => readdirSync(folder).filter((name) => ['chromium', 'fonts', 'libGLESv2.so', 'swiftshader'].includes(name))

describe('cacheFolder', () => {
  test('$XDG_CACHE_HOME/debrief, else ~/.cache/debrief', () => {
    expect(cacheFolder({XDG_CACHE_HOME: '/x/cache', HOME: '/home/ana'})).toBe('/x/cache/debrief')
    expect(cacheFolder({HOME: '/home/ana'})).toBe('/home/ana/.cache/debrief')
  })
})

describe('the npm-shipped Chromium, when the machine has no browser', () => {
  const home = temporaryDirectory()
  const cache = join(home, 'debrief')

  test('a run killed while it unpacks leaves a partial folder that is never used; the next run unpacks it once into the cache, later runs reuse it', async () => {
    // A run killed half-way: a real findBrowser in a child process, killed with its unpacking once files appear.
    const child = spawn(process.execPath, ['--input-type=module', '-e', `import('${join(process.cwd(), 'dist/render/find-browser.js')}').then((m) => m.findBrowser({PATH: '', XDG_CACHE_HOME: process.argv[1]}))`, home], {
      stdio: 'ignore',
      detached: true
    })
    const exited = new Promise((done) => child.on('close', done))
    let partial: string | undefined
    for (let waited = 0; waited < 60_000 && !partial; waited += 20) {
      partial = existsSync(cache) ? readdirSync(cache).find((name) => name.includes('.partial-') && readdirSync(join(cache, name)).length > 0) : undefined
      if (!partial) await new Promise((done) => setTimeout(done, 20))
    }
    process.kill(-child.pid!, 'SIGKILL')
    await exited
    expect(partial).toMatch(/^chromium-[\d.]+\.partial-\d+-/)
    expect(readdirSync(cache)).toEqual([partial])

    const before = unpacked(tmpdir())
    const browser = await findBrowser({PATH: '', XDG_CACHE_HOME: home})
    expect(browser?.from).toBe('bundled')
    const folder = readdirSync(cache)
    // The partial folder of the killed run is gone, never used; the whole one is in its place.
    expect(folder).toEqual([expect.stringMatching(/^chromium-[\d.]+$/)])
    expect(browser!.path).toBe(join(cache, folder[0]!, 'chromium'))
    expect(unpacked(tmpdir())).toEqual(before)

    const made = statSync(browser!.path)
    const again = await findBrowser({PATH: '', XDG_CACHE_HOME: home})
    expect(again).toEqual(browser)
    expect(statSync(again!.path).mtimeMs).toBe(made.mtimeMs)
    expect(statSync(again!.path).ino).toBe(made.ino)
  }, 180_000)

  test('the cached Chromium prints a PDF', async () => {
    mkdirSync(cache, {recursive: true})
    const browser = await findBrowser({PATH: '', XDG_CACHE_HOME: home})
    expect(browser?.path.startsWith(cache)).toBe(true)
    const deck = buildDeck('# Retro\n\n## Went well\n\n- We shipped on time\n\n## To improve\n\n- Fewer meetings\n')
    const pdfs = await renderPdf([{name: 'retro', markdown: deck.markdown}], {browser})
    const pdf = await PDFDocument.load(pdfs.get('retro')![0]!)
    expect(pdf.getPageCount()).toBe(deck.slides.length)
  }, 120_000)
})
