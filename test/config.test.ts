import {afterEach, describe, expect, test} from 'vitest'
import {deckError, removeTemporaryDirectories, temporaryDirectory} from './helpers.js'
import {resolveConfig} from '../src/config.js'
import {DeckError, ExitCode} from '../src/errors.js'
import {formats} from '../src/render/formats.js'
import {loadThemes} from '../src/render/themes.js'

afterEach(removeTemporaryDirectories)

const themes = await loadThemes()


describe('resolveConfig: defaults and values', () => {
  test('no flags give the defaults', () => {
    expect(resolveConfig({}, themes)).toEqual({
      out: 'decks',
      formats: ['md', 'html', 'pdf'],
      theme: 'debrief',
      title: undefined,
      maxBullets: undefined,
      order: 'auto',
      notes: 'slides',
      paper: 'a4'
    })
  })

  test('flags are checked and kept', () => {
    const flags = {out: 'slides', format: 'pptx', theme: 'debrief-dark', title: 'Bake sale', maxBullets: '4', order: 'reverse', notes: 'none', paper: 'Letter'}
    expect(resolveConfig(flags, themes)).toEqual({
      out: 'slides',
      formats: ['pptx'],
      theme: 'debrief-dark',
      title: 'Bake sale',
      maxBullets: 4,
      order: 'reverse',
      notes: 'none',
      paper: 'letter'
    })
  })

  test('formats are trimmed, lower-cased, deduplicated and empty entries ignored', () => {
    expect(resolveConfig({format: ' HTML, md,,html ,PNG'}, themes).formats).toEqual(['html', 'md', 'png'])
  })

  test('every known format is accepted', () => {
    expect(resolveConfig({format: formats.join(',')}, themes).formats).toEqual(['md', 'html', 'pdf', 'handout', 'pptx', 'pptx-images', 'png'])
  })

  test("Marp's own themes are always known", async () => {
    const none = await loadThemes({folder: temporaryDirectory()})
    for (const theme of ['default', 'uncover']) expect(resolveConfig({theme}, none).theme).toBe(theme)
    expect(() => resolveConfig({theme: 'gaia'}, none)).toThrow('it loads its fonts from the network')
    expect(() => resolveConfig({}, none)).toThrow('Unexpected `debrief` for `--theme`, expected one of default, uncover')
  })
})

describe('resolveConfig: errors', () => {
  test('--notes takes all, slides or none; --paper a4 or letter', () => {
    expect(deckError(() => resolveConfig({notes: 'some'}, themes)).message).toBe('Unexpected `some` for `--notes`, expected all, slides, none')
    expect(deckError(() => resolveConfig({paper: 'a5'}, themes))).toMatchObject({code: ExitCode.Usage, message: 'Unexpected `a5` for `--paper`, expected a4 or letter'})
  })

  test('an unknown format is a usage error naming it', () => {
    const error = deckError(() => resolveConfig({format: 'md,docx'}, themes))
    expect(error.code).toBe(ExitCode.Usage)
    expect(error.message).toBe('Unexpected `docx` for `--format`, expected a comma list of md, html, pdf, handout, pptx, pptx-images, png')
  })

  test('an empty format list is a usage error', () => {
    for (const format of ['', ' , ,']) {
      const error = deckError(() => resolveConfig({format}, themes))
      expect(error.code).toBe(ExitCode.Usage)
      expect(error.message).toBe('Unexpected empty `--format`, expected a comma list of md, html, pdf, handout, pptx, pptx-images, png')
    }
  })

  test('an unknown theme is a usage error listing the known ones', () => {
    const error = deckError(() => resolveConfig({theme: 'sepia'}, themes))
    expect(error.code).toBe(ExitCode.Usage)
    expect(error.message).toBe('Unexpected `sepia` for `--theme`, expected one of debrief, debrief-dark, default, uncover')
  })

  test('theme names are case-sensitive', () => {
    expect(deckError(() => resolveConfig({theme: 'Gaia'}, themes)).code).toBe(ExitCode.Usage)
  })

  test.each(['0', '-2', '2.5', 'six', ''])('max-bullets %j is a usage error', (value) => {
    const error = deckError(() => resolveConfig({maxBullets: value}, themes))
    expect(error.code).toBe(ExitCode.Usage)
    expect(error.message).toBe(`Unexpected \`${value}\` for \`--max-bullets\`, expected a positive integer`)
  })

  test('--slides and --minutes are checked and kept; none by default', () => {
    expect(resolveConfig({slides: '12', minutes: '7.5'}, themes)).toMatchObject({slides: 12, minutes: 7.5})
    expect(resolveConfig({}, themes)).not.toHaveProperty('slides')
  })

  test.each(['0', '1', '-3', '2.5', 'ten', ''])('slides %j is a usage error', (value) => {
    const error = deckError(() => resolveConfig({slides: value}, themes))
    expect(error.code).toBe(ExitCode.Usage)
    expect(error.message).toBe(`Unexpected \`${value}\` for \`--slides\`, expected a whole number of slides, 2 or more`)
  })

  test.each(['0', '-5', 'soon', ''])('minutes %j is a usage error', (value) => {
    const error = deckError(() => resolveConfig({minutes: value}, themes))
    expect(error.code).toBe(ExitCode.Usage)
    expect(error.message).toBe(`Unexpected \`${value}\` for \`--minutes\`, expected a length in minutes, more than 0`)
  })

  test('an unknown order is a usage error', () => {
    const error = deckError(() => resolveConfig({order: 'newest'}, themes))
    expect(error.code).toBe(ExitCode.Usage)
    expect(error.message).toBe('Unexpected `newest` for `--order`, expected auto, as-is or reverse')
    expect(resolveConfig({order: 'as-is'}, themes).order).toBe('as-is')
  })

  test('--kind takes a kind of notes; anything else is a usage error', () => {
    expect(resolveConfig({kind: 'transcript'}, themes).kind).toBe('transcript')
    expect(resolveConfig({}, themes).kind).toBeUndefined()
    const error = deckError(() => resolveConfig({kind: 'minutes'}, themes))
    expect(error.code).toBe(ExitCode.Usage)
    expect(error.message).toBe('Unexpected `minutes` for `--kind`, expected one of markdown, markdown-flat, outline, transcript, live-blog, plain')
  })

  test('an empty out folder is a usage error', () => {
    const error = deckError(() => resolveConfig({out: ''}, themes))
    expect(error.code).toBe(ExitCode.Usage)
    expect(error.message).toBe('Unexpected empty `--out`, expected a folder')
  })

  test('DeckError defaults to a data error', () => {
    const error = new DeckError('notes.md: empty file, expected notes')
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('DeckError')
    expect(error.code).toBe(ExitCode.DataError)
    expect(ExitCode).toMatchObject({Ok: 0, Failure: 1, Usage: 64, DataError: 65, NoInput: 66})
  })
})
