import {spawn} from 'node:child_process'
import {mkdir, readFile, readdir, writeFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {killGroup, makeTempFolder, onCleanup} from '../cleanup.js'
import {DeckError, ExitCode} from '../errors.js'
import {loadThemes, type Themes} from './themes.js'
import type {DeckMeta} from '../types.js'

/** A deck to convert: its Markdown and the name its outputs take. */
export interface MarpDeck {
  readonly name: string
  readonly markdown: string
  /** The deck's title, for the PDF's metadata (default: the `title` Marp reads in the front matter). */
  readonly title?: string
  /** What is known of the event, for a handout's cover (default: the deck's front matter). */
  readonly meta?: DeckMeta
}

/** What marp-cli makes of a deck; `print` is HTML for a browser to print (the bare template). */
export type MarpFormat = 'html' | 'print' | 'pdf' | 'pptx' | 'png'

export interface MarpOptions {
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

/** marp-cli's command, run with this Node. */
const marpBin = createRequire(import.meta.url).resolve('@marp-team/marp-cli/marp-cli.js')

/**
 * Convert decks with marp-cli, in one run so that one browser serves the
 * whole batch. marp-cli runs in a child process, in a temporary folder that
 * is also its temp folder (for the browser profile it makes for PPTX) and is
 * removed afterwards; its log is read from the child's stderr, so nothing in
 * this process (environment, console) changes. Returns each deck's output
 * files (one, or one per slide for PNG) by deck name.
 */
export async function runMarp(decks: readonly MarpDeck[], format: MarpFormat, options?: Readonly<MarpOptions>): Promise<Map<string, Uint8Array[]>> {
  const themes = options?.themes ?? (await loadThemes())
  const what = `making ${format === 'print' ? 'printable HTML' : format.toUpperCase()}`
  const folder = await makeTempFolder('debrief-', what)
  const work = folder.path
  const input = join(work, 'decks')
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
    const {code, log} = await marp([...files, '--config-file', configFile, '--no-stdin', ...flags[format]], work, what)
    if (code !== 0) throw failure(format, code, log)
    const outputs = new Map<string, Uint8Array[]>()
    const produced = (await readdir(input)).sort()
    const extension = format === 'print' ? 'html' : format
    for (const [index, deck] of decks.entries()) {
      const names = produced.filter((file) => file.startsWith(`deck-${index}.`) && file.endsWith(`.${extension}`))
      if (names.length === 0) throw failure(format, code, log)
      outputs.set(deck.name, await Promise.all(names.map((file) => readFile(join(input, file)))))
    }
    return outputs
  } finally {
    await folder.remove()
  }
}

/**
 * Run marp-cli's command in `folder`, which is also its temp folder; its exit
 * code and log. When the run is stopped (`cleanup()`), marp-cli is sent
 * SIGINT, on which it kills the browser it started and exits; it is killed
 * with its process group if it has not within 3 s.
 */
function marp(args: readonly string[], folder: string, what: string): Promise<{code: number | null; log: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [marpBin, ...args], {
      cwd: folder,
      env: {...process.env, TMPDIR: folder, TMP: folder, TEMP: folder},
      stdio: ['ignore', 'ignore', 'pipe'],
      // Its own process group: a Ctrl-C reaches debrief alone, which stops it in order.
      detached: true
    })
    const closed = new Promise<void>((done) => child.on('close', () => done()))
    const stop = onCleanup({
      doing: what,
      undo: async () => {
        if (child.exitCode !== null || child.signalCode !== null) return
        child.kill('SIGINT')
        const timer = setTimeout(() => killGroup(child.pid), 3000)
        await closed
        clearTimeout(timer)
      }
    })
    const log: Buffer[] = []
    child.stderr.on('data', (chunk: Buffer) => log.push(chunk))
    child.on('error', (error) => {
      void stop(false)
      reject(error)
    })
    child.on('close', (code) => {
      void stop(false)
      resolve({code, log: Buffer.concat(log).toString('utf8')})
    })
  })
}

/**
 * What a failed marp-cli run means. marp-cli ends a failed conversion with
 * `[ ERROR ] message` and the code of its `CLIError`: no browser (2, 4, or a
 * browser that would not start) is `Unavailable`; any other error it reports
 * is an output that could not be made (`CantCreate`). A run that ends
 * without saying why is a bug.
 */
function failure(format: MarpFormat, code: number | null, log: string): Error {
  // eslint-disable-next-line no-control-regex
  const text = log.replace(/\u001B\[[\d;]*m/g, '')
  const reported = /\[ ERROR \]\s*([\s\S]*?)(?:\n(?!\s{4,})|$)/.exec(text)?.[1]?.replace(/\s*\n\s*/g, ' ').trim()
  const what = format === 'print' ? 'printable HTML' : format.toUpperCase()
  if (code === marpNoBrowser || code === marpSnapBrowser || (reported && /browser|chrom/i.test(reported))) {
    return new DeckError(`no browser for ${what} output: ${reported ?? 'marp-cli found none'}; install Chrome, Chromium or Edge, or set CHROME_PATH`, ExitCode.Unavailable)
  }
  if (reported) return new DeckError(`could not make ${what}: ${reported}`, ExitCode.CantCreate)
  const last = text.trim().split('\n').slice(-3).join(' / ')
  return new Error(`marp-cli exited with ${code ?? 'a signal'} making ${what}${last ? `: ${last}` : ', and no output'}`)
}

/** marp-cli's `CLIErrorCode.NOT_FOUND_BROWSER` and `CANNOT_SPAWN_SNAP_CHROMIUM`. */
const marpNoBrowser = 2
const marpSnapBrowser = 4
