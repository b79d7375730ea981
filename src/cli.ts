#!/usr/bin/env node
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import {buildDeck, type BuiltDeck} from './build-deck.js'
import {resolveConfig, type Config, type Format} from './config.js'
import {DeckError, ExitCode} from './errors.js'
import {findSources, readSource, themeNames, writeOutputs, type Output} from './files.js'
import {renderHtml} from './render-html.js'
import {renderPdf} from './render-pdf.js'
import {themeDir} from './run-marp.js'

const help = `Usage: debrief [options] [inputs...]

Turn notes from a talk or meeting into a Marp slide deck: Markdown, an HTML
deck to present (press p for presenter view with speaker notes, f for
fullscreen) and a PDF handout.

Inputs are notes files (Markdown or plain text) or folders searched for .md,
.markdown, .txt and .text files (default: sources). Use - to read notes from
standard input; with --format md and no --out the deck goes to standard output.

Options:
  -o, --out DIR          folder for the decks (default: decks)
  -f, --format LIST      comma list of md, html, pdf, pptx, png (default: md,html,pdf)
  -t, --theme NAME       theme: debrief, debrief-dark, or Marp's default, gaia, uncover
                         (default: debrief)
      --title TEXT       deck title (default: the notes' front matter, H1, or file name)
      --max-bullets N    most bullets on a slide (default: 6)
      --order ORDER      entries of a log: auto puts a newest-first live blog in
                         the order it happened; as-is or reverse (default: auto)
  -q, --quiet            print nothing but errors
  -h, --help             show this help
  -v, --version          show the version

PDF, PPTX and PNG need Chrome, Chromium or Edge (CHROME_PATH picks one); without
one, the Chromium of the optional package @sparticuz/chromium is used.

Exit codes: 0 done, 1 bug, 64 bad option, 65 unusable notes, 66 missing input,
69 no browser, 73 cannot write output.
`

/** Run debrief with command-line arguments; returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    return await run(argv)
  } catch (error) {
    if (!(error instanceof DeckError)) {
      console.error(error)
      console.error('debrief: this is a bug, please report it with the notes that caused it')
      return ExitCode.Failure
    }
    console.error(`debrief: ${error.message}`)
    return error.code
  }
}

async function run(argv: readonly string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: {type: 'string', short: 'o'},
        format: {type: 'string', short: 'f'},
        theme: {type: 'string', short: 't'},
        title: {type: 'string'},
        'max-bullets': {type: 'string'},
        order: {type: 'string'},
        quiet: {type: 'boolean', short: 'q'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    })
  } catch (error) {
    throw new DeckError(`${(error as Error).message.split('\n')[0]} (see \`debrief --help\`)`, ExitCode.Usage)
  }
  const {values, positionals} = parsed
  if (values.help) {
    process.stdout.write(help)
    return ExitCode.Ok
  }
  if (values.version) {
    const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
    process.stdout.write(`${manifest.version}\n`)
    return ExitCode.Ok
  }

  const config = resolveConfig(
    {out: values.out, format: values.format, theme: values.theme, title: values.title, maxBullets: values['max-bullets'], order: values.order},
    await themeNames(themeDir)
  )
  const say = values.quiet ? () => {} : (line: string) => console.error(line)
  const inputs = positionals.length > 0 ? positionals : ['sources']

  if (inputs.includes('-')) {
    if (inputs.length > 1) throw new DeckError('`-` (standard input) cannot be combined with other inputs', ExitCode.Usage)
    const deck = build(await readStdin(), 'stdin', config)
    if (values.out === undefined && config.formats.length === 1 && config.formats[0] === 'md') {
      process.stdout.write(deck.markdown)
      return ExitCode.Ok
    }
    await emit([{path: 'stdin', name: 'stdin', deck}], config, say)
    return ExitCode.Ok
  }

  const sources = await findSources(inputs)
  // Build every deck before writing any file: bad notes stop the run with nothing written.
  const built = []
  for (const source of sources) built.push({...source, deck: build(await readSource(source.path), source.path, config)})
  await emit(built, config, say, sources.map((source) => source.path))
  return ExitCode.Ok
}

function build(bytes: Uint8Array, file: string, config: Config): BuiltDeck {
  return buildDeck(bytes, {file, title: config.title, theme: config.theme, maxBullets: config.maxBullets, order: config.order})
}

interface Built {
  readonly path: string
  readonly name: string
  readonly deck: BuiltDeck
}

async function emit(built: readonly Built[], config: Config, say: (line: string) => void, sources: readonly string[] = []): Promise<void> {
  const decks = built.map(({name, deck}) => ({name, markdown: deck.markdown}))
  const target = (name: string, extension: string): string => join(config.out, `${name}.${extension}`)
  const outputs: Output[] = []
  const want = (format: Format): boolean => config.formats.includes(format)
  if (want('md')) for (const deck of decks) outputs.push({path: target(deck.name, 'md'), data: deck.markdown})
  if (want('html')) {
    for (const [name, html] of await renderHtml(decks)) outputs.push({path: target(name, 'html'), data: html})
  }
  for (const format of ['pdf', 'pptx', 'png'] as const) {
    if (!want(format)) continue
    for (const [name, files] of await renderPdf(decks, {format})) {
      files.forEach((data, index) => {
        const extension = format === 'png' ? `${String(index + 1).padStart(3, '0')}.png` : format
        outputs.push({path: target(name, extension), data})
      })
    }
  }
  await writeOutputs(outputs, sources)
  for (const {path, name, deck} of built) {
    const extensions = config.formats.map((format) => (format === 'png' ? '*.png' : format))
    const shown = extensions.length === 1 ? extensions[0] : `{${extensions.join(',')}}`
    const slides = deck.slides.length
    const notes = [`${slides} slide${slides === 1 ? '' : 's'}`, deck.kind.replace('-', ' ')]
    if (deck.reversed) notes.push('reversed to oldest first')
    if (deck.removed.length > 0) notes.push(`${deck.removed.length} noise fragment${deck.removed.length === 1 ? '' : 's'} dropped`)
    say(`${path} → ${target(name, shown!)} (${notes.join(', ')})`)
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

process.exitCode = await main(process.argv.slice(2))
