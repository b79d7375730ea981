// Golden decks: every folder of test/fixtures/ holds notes (notes.md or
// notes.txt), the build options (options.json) and the deck they make
// (deck.md). The decks are compared byte for byte and reviewed as diffs;
// rewrite them on purpose with `UPDATE=1 npx vitest run test/fixtures.test.ts`.
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {buildDeck, type BuildOptions} from '../src/pipeline/build-deck.js'
import type {NotesKind} from '../src/types.js'

const root = join('test', 'fixtures')
const update = process.env['UPDATE'] === '1'

/** The options a fixture may set; any other key is a typo. */
const known: ReadonlyArray<keyof BuildOptions> = ['file', 'title', 'theme', 'kind', 'order', 'maxBullets', 'maxWords']

interface Fixture {
  readonly name: string
  readonly notes: string
  readonly options: BuildOptions
  readonly deck: string
}

function load(name: string): Fixture {
  const dir = join(root, name)
  const found = ['notes.md', 'notes.txt'].filter((file) => existsSync(join(dir, file)))
  if (found.length !== 1) throw new Error(`test/fixtures/${name}: expected one of notes.md or notes.txt, found ${found.length}`)
  const options = JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')) as BuildOptions
  const unknown = Object.keys(options).filter((key) => !(known as readonly string[]).includes(key))
  if (unknown.length > 0) throw new Error(`test/fixtures/${name}/options.json: unknown option \`${unknown[0]}\`, expected one of ${known.join(', ')}`)
  // The deck names the notes as `file` says, else as the fixture's file.
  return {name, notes: join(dir, found[0]!), options: {file: found[0], ...options}, deck: join(dir, 'deck.md')}
}

const fixtures = readdirSync(root, {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => load(entry.name))
  .sort((a, b) => a.name.localeCompare(b.name))

describe('golden decks', () => {
  test.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', (_, fixture) => {
    const deck = buildDeck(readFileSync(fixture.notes), fixture.options)
    if (update) writeFileSync(fixture.deck, deck.markdown)
    if (!existsSync(fixture.deck)) throw new Error(`test/fixtures/${fixture.name}/deck.md is missing; write it with UPDATE=1 and read it`)
    expect(deck.markdown, `test/fixtures/${fixture.name}/deck.md (UPDATE=1 rewrites it)`).toBe(readFileSync(fixture.deck, 'utf8'))
  })

  test('cover every kind of notes, and options', () => {
    const kinds = new Set(fixtures.map((fixture) => buildDeck(readFileSync(fixture.notes), fixture.options).kind))
    const all: readonly NotesKind[] = ['markdown', 'markdown-flat', 'outline', 'transcript', 'live-blog', 'plain']
    expect([...kinds].sort()).toEqual([...all].sort())
    expect(fixtures.some((fixture) => Object.keys(fixture.options).some((key) => key !== 'file'))).toBe(true)
  })

  test('include a newest-first log put in the order it happened', () => {
    expect(fixtures.filter((fixture) => buildDeck(readFileSync(fixture.notes), fixture.options).reversed).map((fixture) => fixture.name)).toEqual([
      'kubecon-2024-keynote-liveblog',
      'live-blog-newest-first'
    ])
  })

  test('the samples in sources/ are fixtures, word for word', () => {
    for (const file of readdirSync('sources')) {
      const fixture = fixtures.find((candidate) => candidate.options.file === file)
      expect(fixture, `sources/${file} has no fixture`).toBeDefined()
      expect(readFileSync(fixture!.notes, 'utf8')).toBe(readFileSync(join('sources', file), 'utf8'))
    }
  })
})
