import {describe, expect, test} from 'vitest'
import {deckError} from '../helpers.js'
import {ExitCode} from '../../src/errors.js'
import {english} from '../../src/lang/en.js'
import {readNotes} from '../../src/pipeline/read-notes.js'

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)

/** Call `fn` and return the `DeckError` it throws. */

describe('readNotes: normalisation', () => {
  test('keeps ordinary text as it is', () => {
    expect(readNotes('Bakery meeting\nOvens are fine.', {file: 'bakery.txt'})).toEqual({
      text: 'Bakery meeting\nOvens are fine.',
      kind: 'plain',
      markdown: false,
      language: english
    })
  })

  test('strips a byte order mark from a string', () => {
    expect(readNotes('\uFEFFBakery meeting', {file: 'bakery.txt'}).text).toBe('Bakery meeting')
  })

  test('strips a byte order mark from UTF-8 bytes', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode('Bakery meeting')])
    expect(readNotes(bytes, {file: 'bakery.txt'}).text).toBe('Bakery meeting')
  })

  test('only strips a leading byte order mark', () => {
    expect(readNotes('Rye\uFEFFbread', {file: 'bakery.txt'}).text).toBe('Rye\uFEFFbread')
  })

  test('turns CRLF and lone CR into LF', () => {
    expect(readNotes('Flour\r\nYeast\rSalt\r\n', {file: 'bakery.txt'}).text).toBe('Flour\nYeast\nSalt\n')
  })

  test('composes Unicode to NFC', () => {
    const decomposed = 'Cafe\u0301 order'
    const notes = readNotes(decomposed, {file: 'bakery.txt'})
    expect(notes.text).toBe('Caf\u00e9 order')
    expect(notes.text).toHaveLength(10)
  })

  test('decodes multi-byte UTF-8 from bytes', () => {
    expect(readNotes(encode('Crème brûlée — 12 €'), {file: 'bakery.txt'}).text).toBe('Crème brûlée — 12 €')
  })
})

describe('readNotes: kind', () => {
  test('a Markdown extension means Markdown, even for plain-looking text', () => {
    expect(readNotes('# Ovens\n\nThe ovens are fine.', {file: 'bakery.md'}).kind).toBe('markdown')
    expect(readNotes('The ovens are fine.', {file: 'bakery.md'}).kind).toBe('markdown-flat')
    expect(readNotes('The ovens are fine.', {file: 'BAKERY.MARKDOWN'}).kind).toBe('markdown-flat')
  })

  test('a text extension means not Markdown, even for Markdown-looking text', () => {
    expect(readNotes('# Ovens are broken again', {file: 'bakery.txt'}).kind).toBe('plain')
    expect(readNotes('## Ovens', {file: 'oven.log'}).kind).toBe('plain')
  })

  test('without a known extension, Markdown with headings is markdown', () => {
    expect(readNotes('## Ovens\n\nOven two is broken.').kind).toBe('markdown')
    expect(readNotes('Ovens\n=====\n\nOven two is broken.').kind).toBe('markdown')
  })

  test('without a known extension, Markdown lines without headings are markdown-flat', () => {
    for (const text of [
      'Intro\n- fix the fan',
      'Intro\n1. fix the fan',
      'See [the manual](https://example.com/oven) first',
      '> Bread waits for no one',
      '```\n# not a heading\n```',
      '**Ovens** need work'
    ]) {
      expect(readNotes(text).kind, text).toBe('markdown-flat')
    }
  })

  test('without a known extension, prose is plain', () => {
    for (const text of ['The ovens are fine.\nThe flour is late.', '#hashtag bakery life', 'Cost: 3-4 euros (maybe)']) {
      expect(readNotes(text, {file: 'stdin'}).kind, text).toBe('plain')
    }
  })

  test('the kind option wins over detection', () => {
    expect(readNotes('# Ovens', {file: 'bakery.md', kind: 'plain'}).kind).toBe('plain')
    expect(readNotes('The ovens are fine.', {file: 'bakery.txt', kind: 'markdown'}).kind).toBe('markdown')
  })
})

describe('readNotes: language', () => {
  test('TOML front matter `lang = "fr"` chooses the language, as YAML `lang: fr` does', () => {
    const text = 'The orchard club walked the east rows and counted the pear trees that need cutting back.'
    expect(readNotes(`+++\ntitle = "Orchard"\nlang = "fr"\n+++\n\n${text}`, {file: 'walk.md'}).language?.code).toBe('fr')
    expect(readNotes(`---\nlang: fr\n---\n\n${text}`, {file: 'walk.md'}).language?.code).toBe('fr')
  })
})

describe('readNotes: errors', () => {
  test('empty input throws a DeckError naming the file', () => {
    const error = deckError(() => readNotes('', {file: 'bakery.md'}))
    expect(error.message).toBe('bakery.md: empty file, expected notes')
    expect(error.code).toBe(ExitCode.DataError)
  })

  test('whitespace-only input is empty, also after a byte order mark', () => {
    expect(deckError(() => readNotes(' \n\t\r\n  ', {file: 'board.txt'})).message).toBe('board.txt: empty file, expected notes')
    expect(deckError(() => readNotes(new Uint8Array([0xef, 0xbb, 0xbf, 0x0a]), {file: 'board.txt'})).message).toBe(
      'board.txt: empty file, expected notes'
    )
  })

  test('the file name defaults to stdin', () => {
    expect(deckError(() => readNotes('   ')).message).toBe('stdin: empty file, expected notes')
  })

  test('bytes with a NUL byte are binary', () => {
    const error = deckError(() => readNotes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), {file: 'logo.png'}))
    expect(error.message).toBe('logo.png: binary file, expected text notes')
    expect(error.code).toBe(ExitCode.DataError)
  })

  test('UTF-16 text without a byte order mark (NUL bytes) is refused as binary', () => {
    const utf16 = new Uint8Array([0x48, 0x00, 0x69, 0x00])
    expect(deckError(() => readNotes(utf16, {file: 'notes.txt'})).message).toMatch(/^notes\.txt: binary file/)
  })

  test('invalid UTF-8 throws a DeckError naming the file', () => {
    // 0xE9 is "é" in Latin-1, a broken sequence in UTF-8.
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b])
    const error = deckError(() => readNotes(latin1, {file: 'cafe.txt'}))
    expect(error.message).toBe('cafe.txt: not UTF-8 text, expected notes saved as UTF-8 (or UTF-16 with a byte order mark)')
    expect(error.code).toBe(ExitCode.DataError)
  })

  test('a truncated multi-byte sequence is invalid UTF-8', () => {
    const truncated = encode('Crème').slice(0, 3)
    expect(deckError(() => readNotes(truncated, {file: 'cut.md'})).message).toMatch(/^cut\.md: not UTF-8 text/)
  })
})

describe('readNotes: UTF-16 with a byte order mark', () => {
  const utf16 = (text: string, endian: 'le' | 'be'): Uint8Array => {
    const bytes = [...Buffer.from(`\uFEFF${text}`, 'utf16le')]
    if (endian === 'be') for (let index = 0; index < bytes.length; index += 2) [bytes[index], bytes[index + 1]] = [bytes[index + 1]!, bytes[index]!]
    return new Uint8Array(bytes)
  }

  test.each(['le', 'be'] as const)('UTF-16 %s notes are decoded, not refused as binary', (endian) => {
    const notes = readNotes(utf16('# Café budget\n\n- Ovens at 80% — fine\n', endian), {file: 'budget.md'})
    expect(notes.text).toBe('# Café budget\n\n- Ovens at 80% — fine\n')
    expect(notes.kind).toBe('markdown')
  })

  test('bytes after a UTF-16 mark that are not UTF-16 are named as such', () => {
    const error = deckError(() => readNotes(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41]), {file: 'odd.txt'}))
    expect(error.message).toMatch(/^odd\.txt: not UTF-16LE text/)
  })
})

describe('readNotes: limits, each a DeckError naming the file (and line), never a hang', () => {
  test('notes larger than maxBytes', () => {
    const error = deckError(() => readNotes('word '.repeat(300), {file: 'big.txt', maxBytes: 1000}))
    expect(error.code).toBe(ExitCode.DataError)
    expect(error.message).toBe('big.txt: 0.0 MB, more than the 0.0 MB notes may be (maxBytes); split the notes or raise the limit')
    expect(readNotes('word '.repeat(300), {file: 'big.txt', maxBytes: 2000}).text).toHaveLength(1500)
  })

  test('a line longer than maxLineLength, by its line number', () => {
    const error = deckError(() => readNotes(`Title\n\n${'word '.repeat(50)}\n`, {file: 'long.txt', maxLineLength: 100}))
    expect(error.message).toBe('long.txt:3: a line of 250 characters, more than 100 (maxLineLength); break it into lines or raise the limit')
  })

  test('a list nested deeper than maxDepth, at the first line past it', () => {
    const list = Array.from({length: 1000}, (_, depth) => `${'  '.repeat(depth)}- level ${depth + 1}`).join('\n')
    const error = deckError(() => readNotes(`# Outline\n\n${list}\n`, {file: 'deep.md'}))
    expect(error.message).toBe('deep.md:23: lists or quotes nested 21 deep, more than 20 (maxDepth); flatten the outline or raise the limit')
    expect(readNotes(`# Outline\n\n${list.split('\n').slice(0, 20).join('\n')}\n`, {file: 'deep.md'}).text).toContain('level 20')
  })

  test('quotes count as nesting, and so do lists inside them', () => {
    const error = deckError(() => readNotes(`${'> '.repeat(3)}- a\n${'> '.repeat(3)}  - b\n`, {file: 'q.md', maxDepth: 4}))
    expect(error.message).toMatch(/^q\.md:2: lists or quotes nested 5 deep/)
  })

  test('a list that goes back up is not deep; code blocks do not nest', () => {
    const zigzag = Array.from({length: 200}, (_, index) => `${'  '.repeat(index % 5)}- point ${index}`).join('\n')
    expect(readNotes(`# Notes\n\n${zigzag}\n`, {file: 'zig.md', maxDepth: 5}).text).toContain('point 199')
    const yaml = Array.from({length: 30}, (_, depth) => `${'  '.repeat(depth)}- key${depth}:`).join('\n')
    expect(readNotes(`# Config\n\n\`\`\`yaml\n${yaml}\n\`\`\`\n`, {file: 'code.md'}).text).toContain('key29')
  })
})
