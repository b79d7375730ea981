import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {launchBrowser, type SharedBrowser} from '../../src/render/browser.js'
import {measureSlides} from '../../src/render/measure-slides.js'

const front = '---\nmarp: true\ntheme: debrief\npaginate: true\nfooter: Debrief test\n---\n\n'
const bullets = (count: number) => Array.from({length: count}, (_, index) => `- Point ${index + 1} about the rollout`).join('\n')
const columns = Array.from({length: 40}, (_, index) => index + 1)
const wideTable = [
  `| ${columns.map((column) => `Region ${column}`).join(' | ')} |`,
  `|${columns.map(() => '---').join('|')}|`,
  `| ${columns.map((column) => `${column * 12}ms`).join(' | ')} |`
].join('\n')

let shared: SharedBrowser

beforeAll(async () => {
  shared = await launchBrowser()
})

afterAll(async () => {
  await shared?.close()
})

describe('measureSlides in a real browser', () => {
  test('tells which slides overflow, in which direction, with their titles', async () => {
    const deck = front + [
      '# KubeCon 2024 debrief\n\nNotes from the keynotes',
      `## Twenty-five points\n\n${bullets(25)}`,
      `## Three points\n\n${bullets(3)}`,
      // The theme wraps long words anywhere, but a table scrolls: its last
      // columns are cut off.
      `## Latency by region\n\n${wideTable}`
    ].join('\n\n---\n\n')
    const fits = await measureSlides(deck, shared)

    expect(fits.map((fit) => fit.slide)).toEqual([1, 2, 3, 4])
    expect(fits.map((fit) => fit.title)).toEqual(['KubeCon 2024 debrief', 'Twenty-five points', 'Three points', 'Latency by region'])
    const [title, long, short, table] = fits
    expect(title).toMatchObject({overflowX: 0, overflowY: 0})
    expect(long!.overflowX).toBe(0)
    // 25 lines of about 48px in about 500px of room.
    expect(long!.overflowY).toBeGreaterThan(400)
    expect(long!.overflowY).toBeLessThan(1000)
    expect(short).toMatchObject({overflowX: 0, overflowY: 0})
    expect(table!.overflowX).toBeGreaterThan(200)
    expect(table!.overflowY).toBe(0)
    expect(fits.filter((fit) => fit.overflowX > 0 || fit.overflowY > 0).map((fit) => fit.slide)).toEqual([2, 4])
    for (const fit of fits) {
      expect(Number.isInteger(fit.overflowX) && Number.isInteger(fit.overflowY)).toBe(true)
    }
  })

  test('reports a deck that fits as all zeros, a code block Marp scales down included', async () => {
    const deck = front + [
      '# Retro',
      `## Went well\n\n${bullets(6)}`,
      `## The fix\n\n\`\`\`js\nconst retries = [${Array.from({length: 60}, (_, index) => index * 100).join(', ')}]\n\`\`\``,
      '## No heading below\n\n> We shipped on time.',
      'A slide without a heading'
    ].join('\n\n---\n\n')
    const fits = await measureSlides(deck, shared)

    expect(fits).toEqual([
      {slide: 1, title: 'Retro', overflowX: 0, overflowY: 0},
      {slide: 2, title: 'Went well', overflowX: 0, overflowY: 0},
      {slide: 3, title: 'The fix', overflowX: 0, overflowY: 0},
      {slide: 4, title: 'No heading below', overflowX: 0, overflowY: 0},
      {slide: 5, title: '', overflowX: 0, overflowY: 0}
    ])
  })

  test('catches a word too long for its line, with a theme that does not wrap it', async () => {
    const theme = '/* @theme plain */\nsection { width: 1280px; height: 720px; padding: 60px; font-size: 30px; overflow-wrap: normal; }'
    const deck = `---\nmarp: true\ntheme: plain\n---\n\n## Link\n\nSee ${'a'.repeat(300)} for more`
    const [fit] = await measureSlides(deck, shared, {themeCss: [theme]})

    expect(fit!.title).toBe('Link')
    expect(fit!.overflowX).toBeGreaterThan(1000)
    expect(fit!.overflowY).toBe(0)
  })
})
