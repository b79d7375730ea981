#!/usr/bin/env node
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import {launchBrowser, type SharedBrowser} from './render/browser.js'
import {composeDeck, type BuiltDeck, type ComposeOptions} from './pipeline/compose-deck.js'
import {planDeck, type Plan, type PlanOptions} from './pipeline/plan-deck.js'
import {resolveConfig, type Config, type Format} from './config.js'
import {DeckError, ExitCode} from './errors.js'
import {findSources, readSource, themeNames, writeOutputs, type Output} from './files.js'
import {fitDeck} from './render/fit-deck.js'
import {formatReport} from './pipeline/make-report.js'
import {measureSlides, type SlideFit} from './render/measure-slides.js'
import {renderHtml} from './render/render-html.js'
import {renderPdf} from './render/render-pdf.js'
import {themeDir} from './render/run-marp.js'

const help = `Usage: debrief [options] [inputs...]
       debrief check [inputs...]

Turn notes from a talk or meeting into a Marp slide deck: Markdown, an HTML
deck to present (press p for presenter view with speaker notes, f for
fullscreen) and a PDF handout.

Inputs are notes files (Markdown or plain text) or folders searched for .md,
.markdown, .txt and .text files (default: sources). Use - to read notes from
standard input; with --format md and no --out the deck goes to standard output.

When HTML or PDF is made, every deck is measured in a headless browser and a
slide that overflows is split until it fits. debrief check measures Marp decks
(.md files with marp: true) or the decks notes make, prints each slide that
overflows (number, title, pixels) and exits 3 when any does.

Options:
  -o, --out DIR          folder for the decks (default: decks)
  -f, --format LIST      comma list of md, html, pdf, pptx, png (default: md,html,pdf)
  -t, --theme NAME       theme: debrief, debrief-dark, or Marp's default, uncover
                         (default: debrief)
      --title TEXT       deck title (default: the notes' front matter, H1, or file name)
      --max-bullets N    most bullets on a slide (default: 6)
      --order ORDER      entries of a log: auto puts a newest-first live blog in
                         the order it happened; as-is or reverse (default: auto)
      --kind KIND        read the notes as markdown, markdown-flat, outline,
                         transcript, live-blog or plain (default: detected)
      --strict           fail (exit 3, nothing written) when a slide still overflows
      --report           print what each section kept and dropped, with source lines
      --report-json FILE write that report as JSON
  -q, --quiet            print nothing but errors
  -h, --help             show this help
  -v, --version          show the version

PDF, PPTX and PNG need Chrome, Chromium or Edge (CHROME_PATH picks one); without
one, the Chromium of the optional package @sparticuz/chromium is used.

Exit codes: 0 done, 1 bug, 3 a slide overflows (check, --strict), 64 bad option,
65 unusable notes, 66 missing input, 69 no browser, 73 cannot write output.
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
        kind: {type: 'string'},
        quiet: {type: 'boolean', short: 'q'},
        strict: {type: 'boolean'},
        report: {type: 'boolean'},
        'report-json': {type: 'string'},
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

  if (positionals[0] === 'check') return check(positionals.slice(1), values.quiet ?? false)

  const config = resolveConfig(
    {out: values.out, format: values.format, theme: values.theme, title: values.title, maxBullets: values['max-bullets'], order: values.order, kind: values.kind},
    await themeNames(themeDir)
  )
  const say = values.quiet ? () => {} : (line: string) => console.error(line)
  const inputs = positionals.length > 0 ? positionals : ['sources']

  let sources: Array<{path: string; name: string; bytes: Uint8Array}>
  if (inputs.includes('-')) {
    if (inputs.length > 1) throw new DeckError('`-` (standard input) cannot be combined with other inputs', ExitCode.Usage)
    sources = [{path: 'stdin', name: 'stdin', bytes: await readStdin()}]
  } else {
    sources = []
    for (const source of await findSources(inputs)) sources.push({...source, bytes: await readSource(source.path)})
  }
  for (const source of sources) {
    if (isMarpDeck(new TextDecoder().decode(source.bytes))) {
      throw new DeckError(
        `${source.path}: is a Marp deck, not notes; render it with \`npx marp ${source.path} --theme-set themes\` or measure it with \`debrief check\``,
        ExitCode.DataError
      )
    }
  }
  // Plan every deck before a browser starts or a file is written: bad notes
  // stop the run with nothing written.
  const planned = sources.map((source) => ({...source, plan: planDeck(source.bytes, planOptions(source.path, config))}))
  const compose = (entry: (typeof planned)[number]): Built => ({...entry, deck: composeDeck(entry.plan, layout(config)), passes: 1})

  const toStdout = inputs.includes('-') && values.out === undefined && config.formats.length === 1 && config.formats[0] === 'md'
  if (values.report && toStdout) throw new DeckError('`--report` prints to standard output, where the deck goes; use --report-json FILE', ExitCode.Usage)
  const reports = (): Output[] =>
    values['report-json'] ? [{path: values['report-json'], data: `${JSON.stringify(fitted.map((entry) => entry.deck.report), null, 2)}\n`}] : []
  let fitted: Built[] = []
  if (toStdout) {
    fitted = planned.map(compose)
    await writeOutputs(reports(), [])
    process.stdout.write(fitted[0]!.deck.markdown)
    return ExitCode.Ok
  }

  // HTML and PDF decks are measured in a browser and re-split until every
  // slide fits; the same browser then prints the PDFs.
  const measure = config.formats.includes('html') || config.formats.includes('pdf') || values.strict === true
  let shared: SharedBrowser | undefined
  if (measure) {
    try {
      shared = await launchBrowser()
    } catch (error) {
      // HTML needs no browser: without one, it is made from the estimate alone.
      const optional = !config.formats.includes('pdf') && !values.strict
      if (!(error instanceof DeckError && error.code === ExitCode.Unavailable && optional)) throw error
      say(`debrief: ${error.message}; the slides were not measured`)
    }
  }
  try {
    for (const entry of planned) {
      if (!shared) {
        fitted.push(compose(entry))
        continue
      }
      const result = await fitDeck(entry.plan, layout(config), shared)
      if (values.strict && result.overflowing.length > 0) {
        const [first] = result.overflowing
        throw new DeckError(`${entry.path}: ${describe(first!)} (${result.overflowing.length} slide${result.overflowing.length === 1 ? '' : 's'} overflow; --strict)`, ExitCode.Overflow)
      }
      fitted.push({...entry, deck: result.deck, passes: result.passes, overflowing: result.overflowing.length})
    }
    await emit(fitted, config, say, shared, inputs.includes('-') ? [] : sources.map((source) => source.path), reports())
    if (values.report) for (const entry of fitted) process.stdout.write(formatReport(entry.deck.report))
  } finally {
    await shared?.close()
  }
  return ExitCode.Ok
}

function planOptions(file: string, config: Config): PlanOptions {
  return {file, title: config.title, order: config.order, kind: config.kind}
}

function layout(config: Config): ComposeOptions {
  return {theme: config.theme, maxBullets: config.maxBullets}
}

interface Built {
  readonly path: string
  readonly name: string
  readonly bytes: Uint8Array
  readonly plan: Plan
  readonly deck: BuiltDeck
  readonly passes: number
  readonly overflowing?: number
}

async function emit(
  built: readonly Built[],
  config: Config,
  say: (line: string) => void,
  shared: SharedBrowser | undefined,
  sources: readonly string[],
  extra: readonly Output[]
): Promise<void> {
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
    for (const [name, files] of await renderPdf(decks, {format, ...(shared ? {shared} : {})})) {
      files.forEach((data, index) => {
        const extension = format === 'png' ? `${String(index + 1).padStart(3, '0')}.png` : format
        outputs.push({path: target(name, extension), data})
      })
    }
  }
  await writeOutputs([...outputs, ...extra], sources)
  for (const {path, name, deck, passes, overflowing} of built) {
    const extensions = config.formats.map((format) => (format === 'png' ? '*.png' : format))
    const shown = extensions.length === 1 ? extensions[0] : `{${extensions.join(',')}}`
    const slides = deck.slides.length
    const notes = [`${slides} slide${slides === 1 ? '' : 's'}`, deck.kind.replace('-', ' ')]
    if (deck.reversed) notes.push('reversed to oldest first')
    if (deck.removed.length > 0) notes.push(`${deck.removed.length} noise fragment${deck.removed.length === 1 ? '' : 's'} dropped`)
    if (passes > 1) notes.push(`re-split to fit in ${passes - 1} more pass${passes === 2 ? '' : 'es'}`)
    if (overflowing) notes.push(`${overflowing} slide${overflowing === 1 ? '' : 's'} still overflow`)
    say(`${path} → ${target(name, shown!)} (${notes.join(', ')})`)
  }
}

/** `debrief check`: measure decks, or the decks notes make, and report overflow. */
async function check(inputs: readonly string[], quiet: boolean): Promise<number> {
  const sources = await findSources(inputs.length > 0 ? inputs : ['decks'], {uniqueNames: false})
  const files = []
  for (const source of sources) files.push({...source, bytes: await readSource(source.path)})
  const shared = await launchBrowser()
  let overflowing = 0
  try {
    for (const file of files) {
      const text = new TextDecoder().decode(file.bytes)
      const fits = isMarpDeck(text) ? await measureSlides(text, shared) : (await fitDeck(planDeck(file.bytes, {file: file.path}), {}, shared)).fits
      const bad = fits.filter((fit) => fit.overflowX > 0 || fit.overflowY > 0)
      overflowing += bad.length
      for (const fit of bad) process.stdout.write(`${file.path}: ${describe(fit)}\n`)
      if (!quiet && bad.length === 0) console.error(`${file.path}: ${fits.length} slides, none overflows`)
    }
  } finally {
    await shared.close()
  }
  return overflowing > 0 ? ExitCode.Overflow : ExitCode.Ok
}

/** Whether a text is a Marp deck: front matter with `marp: true`. */
function isMarpDeck(text: string): boolean {
  return /^\uFEFF?---\r?\n(?:[^\n]*\r?\n)*?marp:\s*true\s*\r?\n/.test(text)
}

/** `slide 5 "Budget" overflows by 57 px down and 12 px right`. */
function describe(fit: SlideFit): string {
  const ways = [fit.overflowY > 0 ? `${fit.overflowY} px down` : '', fit.overflowX > 0 ? `${fit.overflowX} px right` : ''].filter(Boolean)
  return `slide ${fit.slide}${fit.title ? ` "${fit.title}"` : ''} overflows by ${ways.join(' and ')}`
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

process.exitCode = await main(process.argv.slice(2))
