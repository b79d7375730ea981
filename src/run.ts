import {join} from 'node:path'
import type {SharedBrowser} from './render/browser.js'
import type {BuiltDeck, ComposeOptions} from './pipeline/compose-deck.js'
import type {PlanOptions} from './pipeline/plan-deck.js'
import {DeckError, ExitCode} from './errors.js'
import {checkOutputs, findSources, readSource, writeOutputs, type Output} from './files.js'
import {defaultFormats, formats as formatNames, isFormat, outputFormats, type Format} from './render/formats.js'
import type {SlideFit} from './render/measure-slides.js'
import type {Order} from './pipeline/order-entries.js'
import type {NotesKind} from './types.js'
import {loadThemes, pickTheme, type Themes} from './render/themes.js'

/** Notes held in memory (standard input, a string), with the path messages and speaker notes name. */
export interface NotesInput {
  /** Where the notes come from, for messages and speaker notes (`stdin`, `notes.md`). */
  readonly path: string
  /** Name of the deck's files (default: the path's base name without its extension). */
  readonly name?: string
  readonly text: string | Uint8Array
}

/** Notes to build: a notes file or a folder of notes on disk, or notes in memory (built first). */
export type RunInput = string | NotesInput

export interface RunOptions {
  /** Folder the decks are written to (default: `'decks'`). */
  readonly out?: string
  /** Formats to make (default: `['md', 'html', 'pdf']`; see `outputFormats`). */
  readonly formats?: readonly Format[]
  /** Marp theme, one of `themes` (default: `'debrief'`). */
  readonly theme?: string
  /** Deck title, over the notes' own (default: front matter `title`, the H1, or the file name). */
  readonly title?: string
  /** Most bullets on one slide (default: `6`). */
  readonly maxBullets?: number
  /** Order of the entries of a log (default: `'auto'`). */
  readonly order?: Order
  /** Read every note as this kind instead of detecting it (default: detected). */
  readonly kind?: NotesKind
  /** Slides every deck should have, all in, ±1 (default: sized to its notes, at most 25). */
  readonly slides?: number
  /** Length of the talk each deck is for, in minutes, at 1.5 minutes a slide (default: none; `slides` wins). */
  readonly minutes?: number
  /** The language of every note, a BCP 47 code such as `fr` (default: front matter `lang:`, else detected). */
  readonly language?: string
  /**
   * Fail with nothing written when a slide still overflows after fitting
   * (`ExitCode.Overflow`; needs a browser) or would show what the notes do not
   * say (the verify stage, `ExitCode.Unsupported`) (default: `false`).
   */
  readonly strict?: boolean
  /** Write the decks' files into `out`; `false` keeps them in memory, in `DeckResult.outputs` (default: `true`). */
  readonly write?: boolean
  /** Write every deck's report (what each section kept and dropped) as JSON to this file (default: none). */
  readonly reportJson?: string
  /** The themes there are (default: `loadThemes()`). */
  readonly themes?: Themes
  /** A running browser to measure and print with; it is left running (default: one started when a format needs it, closed at the end). */
  readonly browser?: SharedBrowser
  /** Called for every deck once its files are written (default: nothing). */
  readonly onDeck?: (result: DeckResult) => void
  /** Called with what a person should know that does not stop the run, such as slides left unmeasured (default: nothing). */
  readonly onWarning?: (message: string) => void
  /**
   * Stop at the first notes that cannot be used, with nothing written; else
   * they are reported in `RunResult.failed` and the other decks are built
   * (default: `false`).
   */
  readonly failFast?: boolean
}

/** Notes that could not be made into a deck, and why. */
export interface Failure {
  /** Path of the notes. */
  readonly source: string
  readonly error: DeckError
}

/** One deck of a run. */
export interface DeckResult {
  /** Path of its notes (or the `path` of notes in memory). */
  readonly source: string
  /** Base name of its files. */
  readonly name: string
  readonly deck: BuiltDeck
  /** Whether it was measured in a browser. */
  readonly measured: boolean
  /** Passes it took to fit: `1` when the estimate fitted, or it was not measured. */
  readonly passes: number
  /** Slides that still overflow after fitting (none when not measured). */
  readonly overflowing: readonly SlideFit[]
  /** Its files, by path under `out`, in the order of the formats. */
  readonly outputs: readonly Output[]
}

export interface RunResult {
  readonly decks: readonly DeckResult[]
  /** Notes that could not be used (empty, not text, a Marp deck, past a limit), in input order; the others were built. */
  readonly failed: readonly Failure[]
  /** Formats that need a browser and were not made because none could be started (the others were); none when all were made. */
  readonly unmade?: {readonly formats: readonly Format[]; readonly error: DeckError}
}

interface Source {
  readonly path: string
  readonly name: string
  readonly bytes: string | Uint8Array
  /** Whether `path` is a file on disk, which no output may replace. */
  readonly onDisk: boolean
}

/**
 * Build decks from notes and write them: read every source, plan every deck
 * (notes that cannot be used are reported in `failed` and the others built;
 * with `failFast`, or when they are the only notes, they stop the run before
 * anything is written), start one browser when
 * a format needs it, fit each deck in it (or compose it from the estimate),
 * render every format, and write all files at once. Throws a `DeckError` with its exit code on failure.
 */
export async function run(inputs: readonly RunInput[], options?: Readonly<RunOptions>): Promise<RunResult> {
  const formats = options?.formats ?? defaultFormats
  const themes = options?.themes ?? (await loadThemes())
  const theme = pickTheme(themes, options?.theme).name
  checkFormats(formats)
  const out = options?.out ?? 'decks'
  const write = options?.write ?? true
  const warn = options?.onWarning ?? (() => {})
  const planOptions = {title: options?.title, order: options?.order ?? 'auto', kind: options?.kind, language: options?.language, slides: options?.slides, minutes: options?.minutes} satisfies PlanOptions
  const layout = {theme, maxBullets: options?.maxBullets, strict: options?.strict ?? false} satisfies ComposeOptions

  const sources = await readInputs(inputs, {out, formats, write, reportJson: options?.reportJson})
  // Plan every deck before a browser starts or a file is written.
  const [{planDeck}, {composeDeck}] = await Promise.all([import('./pipeline/plan-deck.js'), import('./pipeline/compose-deck.js')])
  // One bad file does not stop a batch: it is reported, and the others are
  // built (unless failFast, or it is the only one).
  const planned = []
  const failed: Failure[] = []
  for (const source of sources) {
    try {
      refuseMarpDeck(source)
      planned.push({source, plan: planDeck(source.bytes, {...planOptions, file: source.path})})
    } catch (error) {
      if (!(error instanceof DeckError) || options?.failFast || sources.length === 1) throw error
      failed.push({source: source.path, error})
    }
  }
  if (planned.length === 0) return {decks: [], failed}

  let tables = formats.map((format) => outputFormats[format])
  let unmade: RunResult['unmade']
  const needsBrowser = tables.some((format) => format.browser === 'shared')
  const measure = options?.strict === true || tables.some((format) => format.measured)
  let browser = options?.browser
  let owned: SharedBrowser | undefined
  if (!browser && (needsBrowser || measure)) {
    const {launchBrowser} = await import('./render/browser.js')
    try {
      browser = owned = await launchBrowser()
    } catch (error) {
      // Markdown and HTML need no browser: without one, they are made from the
      // estimate alone, and the formats that need one are named, not made.
      const kept = formats.filter((format) => outputFormats[format].browser === 'none')
      if (!(error instanceof DeckError && error.code === ExitCode.Unavailable && !options?.strict && kept.length > 0)) throw error
      const missing = formats.filter((format) => !kept.includes(format))
      if (missing.length > 0) {
        tables = kept.map((format) => outputFormats[format])
        unmade = {formats: missing, error: new DeckError(`${error.message}; made ${kept.join(', ')} without measuring the slides, not ${missing.join(', ')}`, ExitCode.Unavailable)}
      } else warn(`${error.message}; the slides were not measured`)
    }
  }
  try {
    const fitted: Array<Omit<DeckResult, 'outputs'>> = []
    const fitDeck = browser && measure ? (await import('./render/fit-deck.js')).fitDeck : undefined
    for (const {source, plan} of planned) {
      if (!browser || !fitDeck) {
        fitted.push({source: source.path, name: source.name, deck: composeDeck(plan, layout), measured: false, passes: 1, overflowing: []})
        continue
      }
      const result = await fitDeck(plan, layout, browser, {themeCss: themes.css})
      if (options?.strict && result.overflowing.length > 0) {
        const count = result.overflowing.length
        throw new DeckError(`${source.path}: ${describeFit(result.overflowing[0]!)} (${count} slide${count === 1 ? '' : 's'} overflow; --strict)`, ExitCode.Overflow)
      }
      fitted.push({source: source.path, name: source.name, deck: result.deck, measured: true, passes: result.passes, overflowing: result.overflowing})
    }

    const decks = fitted.map(({name, deck}) => ({name, markdown: deck.markdown, title: deck.meta.title}))
    const outputs = new Map<string, Output[]>(decks.map((deck) => [deck.name, []]))
    for (const format of tables) {
      const rendered = await format.render(decks, {themes, ...(browser ? {browser} : {})})
      for (const [name, files] of rendered) {
        const paths = format.files(name, files.length)
        outputs.get(name)!.push(...files.map((data, index) => ({path: join(out, paths[index]!), data})))
      }
    }
    const results = fitted.map((entry) => ({...entry, outputs: outputs.get(entry.name)!}))
    const report: Output[] = options?.reportJson
      ? [{path: options.reportJson, data: `${JSON.stringify(results.map((result) => result.deck.report), null, 2)}\n`}]
      : []
    const files = write ? results.flatMap((result) => result.outputs) : []
    await writeOutputs([...files, ...report], sources.filter((source) => source.onDisk).map((source) => source.path))
    for (const result of results) options?.onDeck?.(result)
    return {decks: results, failed, ...(unmade ? {unmade} : {})}
  } finally {
    await owned?.close()
  }
}

/** `slide 5 "Budget" overflows by 57 px down and 12 px right`. */
export function describeFit(fit: SlideFit): string {
  const ways = [fit.overflowY > 0 ? `${fit.overflowY} px down` : '', fit.overflowX > 0 ? `${fit.overflowX} px right` : ''].filter(Boolean)
  return `slide ${fit.slide}${fit.title ? ` "${fit.title}"` : ''} overflows by ${ways.join(' and ')}`
}

/** Whether a text is a Marp deck: front matter with `marp: true`. */
export function isMarpDeck(text: string): boolean {
  return /^\uFEFF?---\r?\n(?:[^\n]*\r?\n)*?marp:\s*true\s*\r?\n/.test(text)
}

function checkFormats(formats: readonly string[]): void {
  if (formats.length === 0) throw new DeckError(`Unexpected empty \`formats\`, expected some of ${formatNames.join(', ')}`, ExitCode.Usage)
  for (const format of formats) {
    if (!isFormat(format)) throw new DeckError(`Unexpected \`${format}\` in \`formats\`, expected some of ${formatNames.join(', ')}`, ExitCode.Usage)
  }
}

interface Planned {
  readonly out: string
  readonly formats: readonly Format[]
  readonly write: boolean
  readonly reportJson: string | undefined
}

/**
 * Find and read the notes. Every output path is checked once the notes are
 * found, before any is read: a run that cannot write its decks, or would
 * write over the notes, stops before anything is built.
 */
async function readInputs(inputs: readonly RunInput[], planned: Readonly<Planned>): Promise<Source[]> {
  const sources: Source[] = []
  const paths = inputs.filter((input): input is string => typeof input === 'string')
  for (const input of inputs) {
    if (typeof input === 'string') continue
    sources.push({path: input.path, name: input.name ?? baseName(input.path), bytes: input.text, onDisk: false})
  }
  // The output folder is never read as notes (`cd notes && debrief .` twice).
  const found = paths.length > 0 ? await findSources(paths, {uniqueNames: false, exclude: [planned.out]}) : []
  const targets = [...sources, ...found].flatMap((source) =>
    planned.write ? planned.formats.flatMap((format) => outputFormats[format].files(source.name, 1).map((file) => join(planned.out, file))) : []
  )
  if (planned.reportJson !== undefined) targets.push(planned.reportJson)
  await checkOutputs(targets, {sources: found.map((source) => source.path), notesFolders: paths, ...(planned.write ? {out: planned.out} : {})})
  for (const source of found) sources.push({...source, bytes: await readSource(source.path), onDisk: true})
  if (sources.length === 0) throw new DeckError('no notes given', ExitCode.NoInput)
  const names = new Map<string, string>()
  for (const source of sources) {
    const other = names.get(source.name)
    if (other !== undefined) throw new DeckError(`${source.path}: makes the same deck name as ${other} (\`${source.name}\`); rename one`, ExitCode.Usage)
    names.set(source.name, source.path)
  }
  return sources
}

function refuseMarpDeck(source: Source): void {
  const text = typeof source.bytes === 'string' ? source.bytes : new TextDecoder().decode(source.bytes)
  if (isMarpDeck(text)) {
    throw new DeckError(
      `${source.path}: is a Marp deck, not notes; render it with \`npx marp ${source.path} --theme-set themes\` or measure it with \`debrief check\``,
      ExitCode.DataError
    )
  }
}

/** `notes/standup.md` → `standup`. */
function baseName(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.[^.]+$/, '') || path
}
