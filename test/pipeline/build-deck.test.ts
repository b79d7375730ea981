import {readFile} from 'node:fs/promises'
import fc from 'fast-check'
import {toString} from 'mdast-util-to-string'
import {describe, expect, test} from 'vitest'
import {buildDeck} from '../../src/pipeline/build-deck.js'
import {DeckError} from '../../src/errors.js'
import {parseNotes} from '../../src/pipeline/parse-notes.js'
import {readNotes} from '../../src/pipeline/read-notes.js'
import {notes} from '../generate-notes.js'

const samples = ['kubecon-2024-keynote-notes.md', 'kubecon-2024-keynote-liveblog.txt']

async function sample(name: string) {
  const file = `sources/${name}`
  return {file, text: await readFile(file, 'utf8')}
}

describe('buildDeck on the sample notes', () => {
  // The golden decks of the samples are in test/fixtures/ (test/fixtures.test.ts).
  test('is deterministic: same notes, same bytes', async () => {
    const {file, text} = await sample(samples[0]!)
    expect(buildDeck(text, {file}).markdown).toBe(buildDeck(text, {file}).markdown)
  })

  test('every heading of the Markdown notes is a slide title or an agenda entry', async () => {
    const {file, text} = await sample('kubecon-2024-keynote-notes.md')
    const deck = buildDeck(text, {file})
    const tree = parseNotes(readNotes(text, {file}))
    const headings = tree.children.flatMap((node) => (node.type === 'heading' ? [toString(node)] : []))
    expect(headings.length).toBe(7)
    const titles = new Set<string>()
    for (const slide of deck.slides) {
      titles.add(slide.title)
      if (slide.type === 'agenda') for (const item of slide.items) titles.add(item.title)
    }
    for (const heading of headings) expect(titles).toContain(heading)
  })

  test('all six links of the Markdown notes are on the resources slide', async () => {
    const {file, text} = await sample('kubecon-2024-keynote-notes.md')
    const deck = buildDeck(text, {file})
    const urls = deck.slides.flatMap((slide) => (slide.type === 'resources' ? slide.links.map((link) => link.url) : []))
    expect(urls).toEqual([
      'https://slurm.schedmd.com/documentation.html',
      'https://huggingface.co/spaces',
      'https://llava-vl.github.io/',
      'https://ollama.com/',
      'https://github.com/cncf/llm-in-action',
      'http://cncf.io/reports/cloud-native-artificial-intelligence-whitepaper'
    ])
  })

  test('the code block and the 60% figure survive', async () => {
    const {file, text} = await sample('kubecon-2024-keynote-notes.md')
    const deck = buildDeck(text, {file})
    expect(deck.markdown).toContain('```shell\n# Show stored models\nollama list\n```')
    const bullets = deck.slides.flatMap((slide) => (slide.type === 'content' ? slide.bullets.map((bullet) => bullet.text) : []))
    expect(bullets.some((bullet) => bullet.includes('60% of organisations'))).toBe(true)
  })

  test('every content slide has speaker notes naming the source file and line', async () => {
    for (const name of samples) {
      const {file, text} = await sample(name)
      const slides = buildDeck(text, {file}).markdown.split('\n---\n').slice(1)
      const content = slides.filter((slide) => /^## /m.test(slide) && !/_class: (agenda|resources|divider)/.test(slide))
      expect(content.length).toBeGreaterThan(3)
      for (const slide of content) expect(slide).toMatch(new RegExp(`<!--[\\s\\S]*• ${name.replace(/\./g, '\\.')}:\\d+ — `))
    }
  })
})

describe('buildDeck options and errors', () => {
  test('--title overrides the title of the notes', () => {
    const deck = buildDeck('# Weekly sync\n\n## Budget\n\nWe spent less.\n', {file: 'sync.md', title: 'Team sync, week 12'})
    expect(deck.meta.title).toBe('Team sync, week 12')
    expect(deck.markdown).toContain('# Team sync, week 12')
  })

  test('a file name is shown without its numbering', () => {
    const deck = buildDeck('## Budget\n\nWe spent less than planned.\n', {file: 'notes/07-harbour-day_2025.md'})
    expect(deck.meta.title).toBe('Harbour Day 2025')
  })

  test('the title falls back to the file name', () => {
    const deck = buildDeck('## Budget\n\nWe spent less than planned.\n', {file: 'notes/team-offsite_2025.md'})
    expect(deck.meta.title).toBe('Team Offsite 2025')
  })

  test('maxBullets limits the bullets on a slide', () => {
    const items = Array.from({length: 9}, (_, index) => `- point number ${index + 1} about the roadmap`).join('\n')
    const deck = buildDeck(`# Plan\n\n## Roadmap\n\n${items}\n`, {file: 'plan.md', maxBullets: 3})
    const counts = deck.slides.flatMap((slide) => (slide.type === 'content' ? [slide.bullets.length] : []))
    expect(counts).toEqual([3, 3, 3])
  })

  test('empty notes throw a DeckError naming the file', () => {
    expect(() => buildDeck(' \n\t\n', {file: 'blank.md'})).toThrow(new DeckError('blank.md: empty file, expected notes'))
  })
})

describe('buildDeck on any text', () => {
  // Whatever the notes, a deck or a DeckError: never a crash.
  const anyText = fc.oneof(
    fc.string({unit: 'grapheme', maxLength: 400}),
    fc.array(fc.constantFrom('# ', '## ', '- ', '  - ', '> ', '```', '---', '**', '[a](http://x.y)', '| a | b |', '|---|---|', 'TODO: x', '10:30 ', '(Image credit: X)', 'Next to the stage is Ann Lee from Acme.', '“quoted words here”', '60%', '\n', '\n\n', 'word ', 'Sentence. ', '\t'), {maxLength: 60}).map((parts) => parts.join('')),
    notes
  )

  test('gives a Marp deck or throws a DeckError, for Markdown and plain text alike', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('notes.md', 'notes.txt', 'stdin'), (text, file) => {
        try {
          const deck = buildDeck(text, {file})
          expect(deck.markdown.startsWith('---\nmarp: true\n')).toBe(true)
          expect(deck.slides[0]?.type).toBe('title')
        } catch (error) {
          if (!(error instanceof DeckError)) throw error
        }
      }),
      {numRuns: 400, seed: 4242}
    )
  })
})
