import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import {cleanup, doing} from './cleanup.js'
import {checkDecks} from './check-decks.js'
import {resolveConfig, type Config} from './config.js'
import {DeckError, ExitCode} from './errors.js'
import {formats, outputFormats} from './render/formats.js'
import {loadThemes, marpThemes, refusedThemes, type Themes} from './render/themes.js'
import {describeFit, run, type DeckResult, type ProgressEvent} from './run.js'
import {showProgress} from './show-progress.js'

function help(themes: Themes): string {
  const own = [...themes.all.values()].filter((theme) => theme.css !== undefined).map((theme) => theme.name)
  const refused = Object.keys(refusedThemes).join(', ')
  return `Usage: debrief [options] [inputs...]
       debrief render [options] [decks...]
       debrief check [inputs...]
       debrief help [check]

Turn notes from a talk or meeting into a Marp slide deck: Markdown, an HTML
deck to present (press p for presenter view with speaker notes, f for
fullscreen), a PDF of the slides, and on request a handout to read and an
editable PowerPoint file.

Inputs are notes files (Markdown or plain text) or folders searched for .md,
.markdown, .txt and .text files (default: sources). Use - to read notes from
standard input; with --format md and no --out (or with --out -) the deck goes
to standard output. A folder's sub-folders are searched too, except hidden ones,
node_modules and the output folder, and mirrored under --out (a/x.md →
decks/a/x.md). Notes are read up to 20 MB, lines of 1,000,000 characters, and
lists or quotes 20 deep; past that, an error names the file and line.

A Marp deck given as input (a decks/NAME.md you edited) is rendered as it is,
in its theme, with its outline and speaker notes, and measured: a slide that
overflows is reported (--strict fails). debrief render takes decks (default:
decks); its .md is not written again.

When HTML, PDF or a handout is made, every deck is measured in a headless browser and a
slide that overflows is split until it fits. debrief check measures Marp decks
(.md files with marp: true) or the decks notes make, prints each slide that
overflows (number, title, pixels) and exits 3 when any does.

Decks are built side by side, as many as there are cores (--parallel), in one
browser; what is printed and written is the same whatever the number. Progress
goes to standard error: on a terminal one line rewritten in place ([3/20]
building talk.md …); elsewhere (CI, a pipe) one line a deck as it is built
([3/20] built talk.md (9 slides)), in input order; then one line a deck once its
files are written. --quiet prints errors only.

Options:
  -o, --out DIR          folder for the decks (default: decks)
  -o -                   write the one deck, in one format, to standard output
  -f, --format LIST      comma list of ${formats.join(', ')} (default: md,html,pdf);
                         given more than once, the lists are merged
  -t, --theme NAME       theme: ${own.join(', ')}, or Marp's ${marpThemes.join(', ')}
                         (default: debrief; ${refused} is refused: it loads web fonts)
      --title TEXT       deck title (default: the notes' front matter, H1, or file name)
      --slides N         a deck of N slides in all, give or take one (default: one
                         content slide per 150–250 words of notes, at most 25)
      --minutes M        a deck for a talk of M minutes, a slide every 1.5 minutes
                         (--slides wins when both are given)
      --max-bullets N    most bullets on a slide (default: 6)
      --order ORDER      entries of a log: auto puts a newest-first live blog in
                         the order it happened; as-is or reverse (default: auto)
      --kind KIND        read the notes as markdown, markdown-flat, outline,
                         transcript, live-blog or plain (default: detected)
      --lang CODE        language of the notes, such as en or fr: their noise, cues
                         and slide labels; others (de, ja) get English rules
                         (default: front matter lang:, else detected)
      --notes WHICH      speaker notes in the files to share (html, pdf, handout,
                         pptx): slides (the sources of what is on the slides), all
                         (and what was left out) or none (default: slides); the
                         .md deck keeps them all
      --paper SIZE       paper of the handout, portrait: a4 or letter (default: a4)
      --strict           fail, writing nothing, when a slide still overflows (exit 3)
                         or would show what the notes do not say (exit 4)
      --fail-fast        stop at the first notes that cannot be used, nothing
                         written (default: report them, build the others, exit 65)
  -P, --parallel N       decks built at once, sharing one browser (default: the
                         number of cores); the output is the same whatever N
      --report           print the deck's budget and what each section kept and
                         dropped: source line, score and why; and what the
                         verify stage took off the slides
      --report-json FILE write that report as JSON (- for standard output)
  -q, --quiet            print nothing but errors: no progress, no line a deck
  -h, --help             show this help
  -v, --version          show the version

Formats:
${formats.map((format) => `  ${format.padEnd(21)}${outputFormats[format].summary}`).join('\n')}

${formats.filter((format) => outputFormats[format].browser !== 'none').join(', ').toUpperCase()} need Chrome, Chromium or Edge (CHROME_PATH picks one); without
one, the Chromium of the optional package @sparticuz/chromium is used, unpacked
once (about 200 MB) into $XDG_CACHE_HOME/debrief, else ~/.cache/debrief.

Local images in the notes (![alt](path)) are embedded in the deck; remote ones
are listed with their alt text, never loaded. SOURCE_DATE_EPOCH sets the date
of PDF and PPTX files, so the same input gives the same bytes.

Every deck is verified against its notes before it is written: a bullet that
is not the words of its sentence in order, a sub-bullet cut from a sentence,
a name or role the notes do not write so, a date or event not from the front
matter, title or first lines, a bold number that is part of a time or a name
is taken off the slide (it stays in the speaker notes; --report lists it).

Exit codes: 0 done, 1 bug, 3 a slide overflows (check, --strict), 4 a slide
would mislead (--strict), 64 bad option,
65 unusable notes, 66 missing input, 69 no browser (md, html still made), 73 cannot make or write output,
130 stopped by Ctrl-C (SIGINT), 143 stopped by SIGTERM (temporary files removed).
`
}

const checkHelp = `Usage: debrief check [inputs...]

Measure Marp decks (.md files with marp: true), or the decks notes make, in a
headless browser. Prints each slide that overflows (file, number, title,
pixels) to standard output and exits 3 when any does (default input: decks).

Options:
  -q, --quiet            print nothing but the slides that overflow
  -h, --help             show this help

Exit codes: 0 every slide fits, 3 a slide overflows, 66 missing input, 69 no browser.
`

/** Node's parseArgs messages, said the debrief way (Node's own quotes are unbalanced). */
function usageError(error: unknown): DeckError {
  const {code, message} = error as {code?: string; message: string}
  const option = /'(-{1,2}[^'\s]+)'/.exec(message)?.[1]
  const said =
    code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option
      ? `Unknown option \`${option}\``
      : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option
        ? `Option \`${option}\` needs a value`
        : message.split('\n')[0]!.replace(/'/g, '`')
  return new DeckError(`${said} (see \`debrief --help\`)`, ExitCode.Usage)
}

/**
 * Stop cleanly on Ctrl-C (SIGINT) and SIGTERM: undo what is under way (the
 * browser and marp-cli stopped, temporary folders and files removed, see
 * `cleanup()`), print one line saying what was stopped, and exit 130 or 143.
 * Installed by the `debrief` command only; a program using the library
 * handles its own signals.
 */
export function stopOnSignals(): void {
  let stopped = false
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.on(signal, () => {
      // A second signal while cleaning up waits for the cleanup to end.
      if (stopped) return
      stopped = true
      const what = doing()
      // The live progress line, if any, is taken away first.
      if (liveTerminal()) process.stderr.write('\r\u001B[2K')
      void cleanup().then(
        () => process.stderr.write(`debrief: stopped (${signal}) while ${what}\n`),
        (error: unknown) => process.stderr.write(`debrief: stopped (${signal}) while ${what}; ${error instanceof Error ? error.message : String(error)}\n`)
      ).finally(() => process.exit(code))
    })
  }
}

/**
 * Run debrief with command-line arguments: parse them, run, print, and
 * return the exit code. The one place that turns errors into exit codes.
 */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    return await cli(argv)
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

async function cli(argv: readonly string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: {type: 'string', short: 'o'},
        format: {type: 'string', short: 'f', multiple: true},
        theme: {type: 'string', short: 't'},
        title: {type: 'string'},
        'max-bullets': {type: 'string'},
        slides: {type: 'string'},
        minutes: {type: 'string'},
        order: {type: 'string'},
        kind: {type: 'string'},
        lang: {type: 'string'},
        notes: {type: 'string'},
        paper: {type: 'string'},
        parallel: {type: 'string', short: 'P'},
        quiet: {type: 'boolean', short: 'q'},
        strict: {type: 'boolean'},
        'fail-fast': {type: 'boolean'},
        report: {type: 'boolean'},
        'report-json': {type: 'string'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    })
  } catch (error) {
    throw usageError(error)
  }
  const {values, positionals} = parsed
  // `debrief help`, `debrief help check`, `debrief check --help`.
  const command = positionals[0] === 'help' ? positionals[1] : positionals[0]
  if (values.help || positionals[0] === 'help') {
    process.stdout.write(command === 'check' ? checkHelp : help(await loadThemes()))
    return ExitCode.Ok
  }
  if (values.version) {
    const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
    process.stdout.write(`${manifest.version}\n`)
    return ExitCode.Ok
  }
  const themes = await loadThemes()
  const say = values.quiet ? () => {} : (line: string) => console.error(line)

  if (positionals[0] === 'check') {
    let overflowing = 0
    await checkDecks(positionals.length > 1 ? positionals.slice(1) : ['decks'], {
      themes,
      onDeck({path, fits, overflowing: bad}) {
        overflowing += bad.length
        for (const fit of bad) process.stdout.write(`${path}: ${describeFit(fit)}\n`)
        if (bad.length === 0) say(`${path}: ${fits.length} slides, none overflows`)
      }
    })
    return overflowing > 0 ? ExitCode.Overflow : ExitCode.Ok
  }

  // `-o -` is standard output, never a folder named `-`.
  const outStdout = values.out === '-'
  const config = resolveConfig(
    {
      out: outStdout ? undefined : values.out,
      format: values.format?.join(','),
      theme: values.theme,
      title: values.title,
      maxBullets: values['max-bullets'],
      order: values.order,
      kind: values.kind,
      notes: values.notes,
      paper: values.paper,
      parallel: values.parallel,
      lang: values.lang,
      slides: values.slides,
      minutes: values.minutes
    },
    themes
  )
  const render = positionals[0] === 'render'
  const given = render ? positionals.slice(1) : positionals
  const inputs = given.length > 0 ? given : [render ? 'decks' : 'sources']
  const stdin = inputs.includes('-')
  if (stdin && inputs.length > 1) throw new DeckError('`-` (standard input) cannot be combined with other inputs', ExitCode.Usage)
  const toStdout = outStdout || (stdin && values.out === undefined && config.formats.length === 1 && config.formats[0] === 'md')
  if (outStdout && (config.formats.length !== 1 || !['md', 'html'].includes(config.formats[0]!))) {
    throw new DeckError('`--out -` writes one deck in one format to standard output: add --format md or --format html', ExitCode.Usage)
  }
  const reportStdout = values['report-json'] === '-'
  if ((values.report || reportStdout) && toStdout) throw new DeckError('the report would go to standard output, where the deck goes; use --report-json FILE', ExitCode.Usage)

  // Progress on standard error: a live line on a terminal, a plain line a deck elsewhere; none with
  // --quiet, nor when the deck itself goes to standard output.
  const progress = values.quiet || toStdout ? undefined : showProgress({write: (text) => process.stderr.write(text), isTTY: liveTerminal(), columns: process.stderr.columns})
  const result = await run(stdin ? [{path: 'stdin', name: 'stdin', text: await readStdin()}] : inputs, {
    out: config.out,
    formats: config.formats,
    theme: config.theme,
    title: config.title,
    maxBullets: config.maxBullets,
    order: config.order,
    ...(config.kind ? {kind: config.kind} : {}),
    ...(config.language ? {language: config.language} : {}),
    ...(config.slides === undefined ? {} : {slides: config.slides}),
    ...(config.minutes === undefined ? {} : {minutes: config.minutes}),
    notes: config.notes,
    paper: config.paper,
    strict: values.strict ?? false,
    failFast: values['fail-fast'] ?? false,
    ...(config.parallel === undefined ? {} : {concurrency: config.parallel}),
    write: !toStdout,
    themes,
    ...(values['report-json'] && !reportStdout ? {reportJson: values['report-json']} : {}),
    onWarning: (message) => progress?.print(`debrief: ${message}`),
    ...(progress ? {onProgress: (event: ProgressEvent) => progress.show(event)} : {}),
    // Nothing is written to `out` when the deck goes to standard output.
    onDeck: (deck) => (toStdout ? undefined : progress?.print(describeDeck(deck, config)))
  }).finally(() => progress?.end())
  // Notes that could not be used were reported, the others built: the exit code says some failed.
  for (const {error} of result.failed) console.error(`debrief: ${error.message}`)
  if (result.unmade) console.error(`debrief: ${result.unmade.error.message}`)
  const code = result.failed[0]?.error.code ?? result.unmade?.error.code ?? ExitCode.Ok
  if (result.decks.length === 0) return code
  if (toStdout) {
    if (result.decks.length !== 1) throw new DeckError(`\`--out -\` writes one deck to standard output, and the inputs make ${result.decks.length}`, ExitCode.Usage)
    const [deck] = result.decks
    const html = deck!.outputs.find((output) => output.path.endsWith('.html'))
    process.stdout.write(config.formats[0] === 'html' && html ? html.data : deck!.markdown)
  } else if (reportStdout) {
    process.stdout.write(`${JSON.stringify(result.decks.flatMap(({deck}) => (deck ? [deck.report] : [])), null, 2)}\n`)
  } else if (values.report) {
    const {formatReport} = await import('./pipeline/make-report.js')
    for (const {deck} of result.decks) if (deck) process.stdout.write(formatReport(deck.report))
  }
  return code
}

/** `sources/a.md → decks/a.{md,html} (9 slides, markdown, …)`. */
function describeDeck({source, name, deck, slides, passes, overflowing, outputs}: DeckResult, config: Config): string {
  // The formats made: those that need a browser are not when none could be
  // started; an edited deck is its own Markdown, so no .md is written for it.
  const asked = config.formats.filter((format) => deck || format !== 'md')
  const made = asked.filter((format) => outputs.some((output) => output.path.endsWith(outputFormats[format].files(name, 1)[0]!)))
  const shown = (made.length > 0 ? made : asked).map((format) => outputFormats[format].shown)
  const files = join(config.out, `${name}.${shown.length === 1 ? shown[0] : `{${shown.join(',')}}`}`)
  const notes = [`${slides} slide${slides === 1 ? '' : 's'}`, deck ? deck.kind.replace('-', ' ') : 'Marp deck, rendered as it is']
  if (deck?.reversed) notes.push('reversed to oldest first')
  if (deck && deck.removed.length > 0) notes.push(`${deck.removed.length} noise fragment${deck.removed.length === 1 ? '' : 's'} dropped`)
  if (passes > 1) notes.push(`re-split to fit in ${passes - 1} more pass${passes === 2 ? '' : 'es'}`)
  if (overflowing.length > 0) notes.push(`${overflowing.length} slide${overflowing.length === 1 ? '' : 's'} still overflow`)
  return `${source} → ${files} (${notes.join(', ')})`
}

/** Whether standard error is a terminal where a line can be rewritten in place (not a dumb one). */
function liveTerminal(): boolean {
  return process.stderr.isTTY === true && process.env['TERM'] !== 'dumb'
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
