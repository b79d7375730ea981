import {mkdir, mkdtemp, readFile, readdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {marpCli} from '@marp-team/marp-cli'
import {DeckError, ExitCode} from '../errors.js'
import {loadThemes, type Themes} from './themes.js'

/** A deck to convert: its Markdown and the name its outputs take. */
export interface MarpDeck {
  readonly name: string
  readonly markdown: string
  /** The deck's title, for the PDF's metadata (default: the `title` Marp reads in the front matter). */
  readonly title?: string
}

/** What marp-cli makes of a deck; `print` is HTML for a browser to print (the bare template). */
export type MarpFormat = 'html' | 'print' | 'pdf' | 'pptx' | 'png'

export interface RunOptions {
  /** Browser executable for PDF, PPTX and PNG (default: marp-cli's own search). */
  readonly browserPath?: string
  /** The themes decks may use (default: `loadThemes()`, debrief's and Marp's). */
  readonly themes?: Themes
}

/**
 * How debrief renders Marp everywhere (marp-cli, measuring, PDF notes): no
 * math (a `$5 … $10` pair is money), emoji as text (no image CDN), HTML in
 * notes escaped.
 */
export const marpOptions = {math: false, html: false, emoji: {shortcode: false, unicode: false}} as const

const flags: Record<MarpFormat, string[]> = {
  html: ['--html=false'],
  print: ['--html=false', '--template', 'bare'],
  pdf: ['--pdf', '--pdf-notes', '--pdf-outlines', '--pdf-outlines.headings=false'],
  pptx: ['--pptx'],
  png: ['--images', 'png']
}

/**
 * Convert decks with marp-cli's Node API, in one run so that one browser
 * serves the whole batch. Works in a temporary folder, which also holds the
 * browser profile marp-cli makes, and removes it afterwards. Returns each
 * deck's output files (one, or one per slide for PNG) by deck name.
 */
export async function runMarp(decks: readonly MarpDeck[], format: MarpFormat, options?: Readonly<RunOptions>): Promise<Map<string, Uint8Array[]>> {
  const themes = options?.themes ?? (await loadThemes())
  const work = await mkdtemp(join(tmpdir(), 'debrief-'))
  const input = join(work, 'decks')
  const previousTmp = process.env['TMPDIR']
  const log: string[] = []
  const {warn, error} = console
  try {
    await mkdir(input)
    const config = {
      options: {...marpOptions, minifyCSS: true},
      themeSet: themes.files,
      ...(options?.browserPath ? {browserPath: options.browserPath} : {})
    }
    const configFile = join(work, 'marp.config.json')
    await writeFile(configFile, JSON.stringify(config))
    // Files are numbered, not named after the decks: a deck name may hold a
    // folder (`a/x`, mirrored from the notes' tree).
    const files = await Promise.all(
      decks.map(async (deck, index) => {
        const file = join(input, `deck-${index}.md`)
        await writeFile(file, deck.markdown)
        return file
      })
    )
    // marp-cli makes its browser profile in the temporary folder and logs
    // progress with console.warn: keep both to this run.
    process.env['TMPDIR'] = work
    console.warn = (...args: unknown[]) => void log.push(args.join(' '))
    console.error = console.warn
    const code = await marpCli([...files, '--config-file', configFile, ...flags[format]])
    if (code !== 0) throw failure(format, log)
    const outputs = new Map<string, Uint8Array[]>()
    const produced = (await readdir(input)).sort()
    const extension = format === 'print' ? 'html' : format
    for (const [index, deck] of decks.entries()) {
      const names = produced.filter((file) => file.startsWith(`deck-${index}.`) && file.endsWith(`.${extension}`))
      if (names.length === 0) throw failure(format, log)
      outputs.set(deck.name, await Promise.all(names.map((file) => readFile(join(input, file)))))
    }
    return outputs
  } finally {
    console.warn = warn
    console.error = error
    if (previousTmp === undefined) delete process.env['TMPDIR']
    else process.env['TMPDIR'] = previousTmp
    await rm(work, {recursive: true, force: true})
  }
}

function failure(format: MarpFormat, log: readonly string[]): DeckError {
  // eslint-disable-next-line no-control-regex
  const lines = log.map((line) => line.replace(/\u001B\[[\d;]*m/g, '').trim())
  const reason = lines.find((line) => line.includes('[ ERROR ]'))?.replace(/.*\[ ERROR \]\s*/, '') ?? lines.at(-1) ?? 'no output'
  const browser = /browser|chrome|chromium|puppeteer|launch/i.test(reason)
  return new DeckError(
    `could not make ${format.toUpperCase()}: ${reason.split('\n')[0]}`,
    browser ? ExitCode.Unavailable : ExitCode.Failure
  )
}
