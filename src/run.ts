import {availableParallelism} from 'node:os'
import {dirname, join, resolve, sep} from 'node:path'
import {parse as parseYaml} from 'yaml'
import type {SharedBrowser} from './render/browser.js'
import type {BuiltDeck, ComposeOptions} from './pipeline/compose-deck.js'
import type {Plan, PlanOptions} from './pipeline/plan-deck.js'
import {DeckError, ExitCode} from './errors.js'
import {checkOutputs, findSources, readSource, writeOutputs, type Output} from './files.js'
import {defaultFormats, formats as formatNames, isFormat, outputFormats, type Format, type RenderedFiles} from './render/formats.js'
import {mapLimit} from './map-limit.js'
import type {SlideFit} from './render/measure-slides.js'
import type {Order} from './pipeline/order-entries.js'
import type {Paper} from './render/render-handout.js'
import type {NotesLevel} from './render/select-notes.js'
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
  /** Which speaker notes the files to share carry (html, pdf, handout, pptx); the `md` deck keeps them all (default: `'slides'`). */
  readonly notes?: NotesLevel
  /** Paper of a handout (default: `'a4'`). */
  readonly paper?: Paper
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
  /** Called for every deck once its files are written, in input order (default: nothing). */
  readonly onDeck?: (result: DeckResult) => void
  /** Called with what a person should know that does not stop the run, such as slides left unmeasured (default: nothing). */
  readonly onWarning?: (message: string) => void
  /**
   * Stop at the first notes that cannot be used, with nothing written; else
   * they are reported in `RunResult.failed` and the other decks are built
   * (default: `false`).
   */
  readonly failFast?: boolean
  /** Decks built at once, sharing one browser, and formats or pages made at once (default: `os.availableParallelism()`, the cores there are). */
  readonly concurrency?: number
  /** Called as each deck starts and ends being built, and when the files of the batch are being made (default: nothing). */
  readonly onProgress?: (event: ProgressEvent) => void
}

/**
 * What a run is doing, for a progress line: a deck started being built
 * (`building`), was built (`built`) or could not be (`failed`; the run goes
 * on), or the files of every deck built are being made (`rendering`).
 * `index` is the notes' place among the `total` notes of the run, from 0;
 * decks are built side by side, so their events may come in any order.
 */
export type ProgressEvent =
  | {readonly type: 'building'; readonly source: string; readonly index: number; readonly total: number}
  | {readonly type: 'built'; readonly source: string; readonly index: number; readonly total: number; readonly slides: number}
  | {readonly type: 'failed'; readonly source: string; readonly index: number; readonly total: number; readonly error: DeckError}
  | {readonly type: 'rendering'; readonly formats: readonly Format[]; readonly total: number}

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
  /** The deck built from notes; `undefined` for a Marp deck given as input (an edited deck), rendered as it is. */
  readonly deck?: BuiltDeck
  /** The deck's Marp Markdown, its local images embedded. */
  readonly markdown: string
  /** Its number of slides. */
  readonly slides: number
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
  /** The Marp deck it is, when it is one (an edited deck) rather than notes. */
  readonly deck?: string
}

/**
 * Build decks from notes and write them: read every source and check every
 * output path, then build the decks, up to `concurrency` at once: plan each
 * (notes that cannot be used are reported in `failed` and the others built;
 * with `failFast`, or when they are the only notes, they stop the run before
 * anything is written), start one browser when a format needs it, the first
 * time a deck does, and fit each deck in it (or compose it from the
 * estimate), and embed its local images. Then every format is made for all
 * decks at once, with the speaker notes asked for, and each deck's files are
 * written as one unit, in input order. A Marp deck given as input (an edited
 * `decks/NAME.md`) is rendered as it is, in its own theme, and measured: its
 * overflowing slides are reported, not re-split. Throws a `DeckError` with
 * its exit code on failure.
 */
export async function run(inputs: readonly RunInput[], options?: Readonly<RunOptions>): Promise<RunResult> {
  const formats = options?.formats ?? defaultFormats
  const themes = options?.themes ?? (await loadThemes())
  const theme = pickTheme(themes, options?.theme).name
  checkFormats(formats)
  const out = options?.out ?? 'decks'
  const write = options?.write ?? true
  const concurrency = options?.concurrency ?? availableParallelism()
  const warn = options?.onWarning ?? (() => {})
  const progress = options?.onProgress ?? (() => {})
  const planOptions = {title: options?.title, order: options?.order ?? 'auto', kind: options?.kind, language: options?.language, slides: options?.slides, minutes: options?.minutes} satisfies PlanOptions
  const layout = {theme, maxBullets: options?.maxBullets, strict: options?.strict ?? false} satisfies ComposeOptions
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new DeckError(`Unexpected \`${concurrency}\` for \`concurrency\`, expected a positive integer`, ExitCode.Usage)

  const sources = await readInputs(inputs, {out, formats, write, reportJson: options?.reportJson})
  const [{planDeck, planImages}, {composeDeck}] = await Promise.all([import('./pipeline/plan-deck.js'), import('./pipeline/compose-deck.js')])
  const total = sources.length

  let tables = formats.map((format) => outputFormats[format])
  let unmade: RunResult['unmade']
  const needsBrowser = tables.some((format) => format.browser === 'shared')
  const measure = options?.strict === true || tables.some((format) => format.measured)
  let owned: SharedBrowser | undefined
  let starting: Promise<SharedBrowser | undefined> | undefined
  // One browser for the batch, started when the first deck needs it (not when every note fails).
  const startBrowser = async (): Promise<SharedBrowser | undefined> => {
    if (options?.browser) return options.browser
    if (!needsBrowser && !measure) return undefined
    const {launchBrowser} = await import('./render/browser.js')
    try {
      return (owned = await launchBrowser())
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
      return undefined
    }
  }
  try {
    // One bad file does not stop a batch: it is reported, and the others are
    // built (unless failFast, or it is the only one).
    const failed: Array<Failure & {readonly index: number}> = []
    // What a deck's build warns of is said once the build is over, deck by
    // deck in input order, whatever order the decks end in.
    const held: string[][] = sources.map(() => [])
    const built = await mapLimit(
      sources,
      async (source, index): Promise<Built | undefined> => {
        const warn = (message: string) => void held[index]!.push(message)
        progress({type: 'building', source: source.path, index, total})
        let plan: Plan | undefined
        let images = noImages
        try {
          // An edited deck is rendered as it is: its theme must be one debrief has.
          if (source.deck !== undefined) checkDeckTheme(source.path, source.deck, themes)
          else {
            plan = planDeck(source.bytes, {...planOptions, file: source.path})
            // A picture that cannot be read gets no slide: the deck is planned again without it.
            const shown = planImages(plan)
            images = await readLocalImages(shown, source, warn)
            const unreadable = new Set(shown.filter((path) => !images.images.has(path)))
            if (unreadable.size > 0) plan = planDeck(source.bytes, {...planOptions, file: source.path, leaveOutImages: unreadable})
          }
          // A count of slides the notes cannot fill is said, not padded.
          if (plan?.budget.asked !== undefined) warn(`${source.path}: ${plan.budget.why}`)
        } catch (error) {
          if (!(error instanceof DeckError) || options?.failFast || total === 1) throw error
          failed.push({source: source.path, error, index})
          progress({type: 'failed', source: source.path, index, total, error})
          return undefined
        }
        const browser = await (starting ??= startBrowser())
        const entry = await buildOne(source, plan, browser && measure ? browser : undefined, warn, images)
        progress({type: 'built', source: source.path, index, total, slides: entry.slides})
        return entry
      },
      {limit: concurrency}
    ).finally(() => held.flat().forEach((message) => warn(message)))
    const complete = built.filter((entry): entry is Built => entry !== undefined)
    const failures = failed.sort((a, b) => a.index - b.index).map(({source, error}) => ({source, error}))
    if (complete.length === 0) return {decks: [], failed: failures}
    const browser = await starting

    // Every format is made for the whole batch at once (marp-cli starts once a format).
    progress({type: 'rendering', formats: tables.map((format) => format.name as Format), total})
    const {selectNotes} = await import('./render/select-notes.js')
    const notes = options?.notes ?? 'slides'
    const decks = complete.map(({name, markdown, deck}) => ({name, markdown, ...(deck ? {meta: deck.meta, title: deck.meta.title} : {})}))
    // Decks to share, with only the notes asked for: made when a format shares them (md keeps all).
    const shared = tables.some((format) => format.notes !== 'all') ? decks.map((deck) => ({...deck, markdown: selectNotes(deck.markdown, {notes})})) : decks
    // Formats side by side too; when one fails, the others under way end before it is thrown.
    const made = await mapLimit(
      tables,
      async (format) => {
        // An edited deck is its own Markdown: it is not written again.
        const chosen = (format.notes === 'all' ? decks : shared).filter((deck) => format.name !== 'md' || complete.find((entry) => entry.name === deck.name)!.deck)
        if (chosen.length === 0) return new Map<string, RenderedFiles>()
        return format.render(chosen, {themes, concurrency, ...(browser ? {browser} : {}), ...(options?.paper ? {paper: options.paper} : {})})
      },
      {limit: concurrency}
    )
    const outputs = new Map<string, Output[]>(decks.map((deck) => [deck.name, []]))
    for (const [index, format] of tables.entries()) {
      for (const [name, files] of made[index]!) {
        const paths = format.files(name, files.length)
        outputs.get(name)!.push(...files.map((data, at) => ({path: join(out, paths[at]!), data})))
      }
    }
    const results: DeckResult[] = complete.map(({built: _built, ...entry}) => ({...entry, outputs: outputs.get(entry.name)!}))
    // Each deck's files are one unit: all renamed into place, or none.
    const notesFiles = sources.filter((source) => source.onDisk).map((source) => source.path)
    for (const result of results) {
      if (write) await writeOutputs(result.outputs, notesFiles)
      options?.onDeck?.(result)
    }
    if (options?.reportJson) {
      const report = `${JSON.stringify(results.flatMap((result) => (result.deck ? [result.deck.report] : [])), null, 2)}\n`
      await writeOutputs([{path: options.reportJson, data: report}], notesFiles)
    }
    return {decks: results, failed: failures, ...(unmade ? {unmade} : {})}
  } finally {
    // A browser still starting when a deck failed is closed too.
    await starting?.catch(() => undefined)
    await owned?.close()
  }

  /** Fit one deck in the browser (or compose it from the estimate), and embed its images (those read for its plan are not read again). */
  async function buildOne(source: Source, plan: Plan | undefined, browser: SharedBrowser | undefined, warn: (message: string) => void, images: LocalImages): Promise<Built> {
    let entry: Omit<Built, 'markdown'>
    if (!plan) {
      // An edited deck: measured as it is, never rewritten.
      const markdown = source.deck!
      const overflowing = browser ? (await measureDeck(markdown, browser, themes)).filter((fit) => fit.overflowX > 0 || fit.overflowY > 0) : []
      if (options?.strict && overflowing.length > 0) throw overflowError(source.path, overflowing)
      for (const fit of overflowing) warn(`${source.path}: ${describeFit(fit)}`)
      const {readDeck} = await import('./render/read-deck.js')
      const slides = readDeck(markdown).pages.length
      entry = {source: source.path, name: source.name, built: markdown, slides, measured: Boolean(browser), passes: 1, overflowing}
    } else if (!browser) {
      const deck = composeDeck(plan, layout)
      entry = {source: source.path, name: source.name, deck, built: deck.markdown, slides: deck.slides.length, measured: false, passes: 1, overflowing: []}
    } else {
      const {fitDeck} = await import('./render/fit-deck.js')
      const result = await fitDeck(plan, layout, browser, {themeCss: themes.css})
      if (options?.strict && result.overflowing.length > 0) throw overflowError(source.path, result.overflowing)
      const deck = result.deck
      entry = {source: source.path, name: source.name, deck, built: deck.markdown, slides: deck.slides.length, measured: true, passes: result.passes, overflowing: result.overflowing}
    }
    // Local images go into the deck as data URIs: every file made of it stays whole offline.
    return {...entry, markdown: await withImages(entry.built, source, warn, images)}
  }
}

/** A deck built, before its files are made: its Marp Markdown as built, and with its images embedded. */
type Built = Omit<DeckResult, 'outputs'> & {readonly built: string}

/** `slide 5 "Budget" overflows by 57 px down and 12 px right`. */
export function describeFit(fit: SlideFit): string {
  const ways = [fit.overflowY > 0 ? `${fit.overflowY} px down` : '', fit.overflowX > 0 ? `${fit.overflowX} px right` : ''].filter(Boolean)
  return `slide ${fit.slide}${fit.title ? ` "${fit.title}"` : ''} overflows by ${ways.join(' and ')}`
}

function overflowError(path: string, overflowing: readonly SlideFit[]): DeckError {
  const count = overflowing.length
  return new DeckError(`${path}: ${describeFit(overflowing[0]!)} (${count} slide${count === 1 ? '' : 's'} overflow; --strict)`, ExitCode.Overflow)
}

async function measureDeck(markdown: string, browser: SharedBrowser, themes: Themes): Promise<SlideFit[]> {
  const {measureSlides} = await import('./render/measure-slides.js')
  return measureSlides(markdown, browser, {themeCss: themes.css})
}

/** Local images read for a deck: path → data URI, and every path tried (those missing from `images` could not be read). */
interface LocalImages {
  readonly images: ReadonlyMap<string, string>
  readonly tried: ReadonlySet<string>
}

const noImages: LocalImages = {images: new Map(), tried: new Set()}

/**
 * Read a source's local images (beside it) that were not tried before, as
 * data URIs; each one that cannot be read is reported, once.
 */
async function readLocalImages(paths: readonly string[], source: Source, warn: (message: string) => void, known: LocalImages = noImages): Promise<LocalImages> {
  const wanted = paths.filter((path) => !known.tried.has(path))
  if (wanted.length === 0) return known
  const [{imageTypes}, {readImages}] = await Promise.all([import('./render/embed-images.js'), import('./files.js')])
  const {images, skipped} = await readImages(wanted, source.onDisk ? dirname(source.path) : '.', imageTypes)
  for (const reason of skipped) warn(`${source.path}: image ${reason}; it is left out of the deck`)
  return {images: new Map([...known.images, ...images]), tried: new Set([...known.tried, ...wanted])}
}

/** The deck with its local images as data URIs (those read before, and any others); those that cannot be read are taken out. */
async function withImages(markdown: string, source: Source, warn: (message: string) => void, known: LocalImages): Promise<string> {
  const {embedImages, localImages} = await import('./render/embed-images.js')
  const paths = localImages(markdown)
  if (paths.length === 0) return markdown
  const {images} = await readLocalImages(paths, source, warn, known)
  return embedImages(markdown, images, new Set(paths.filter((path) => !images.has(path))))
}

/** A deck's front matter theme, when it names one, must be one debrief has. */
function checkDeckTheme(path: string, deck: string, themes: Themes): void {
  const front = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(deck)?.[1]
  let data: unknown
  try {
    data = front === undefined ? undefined : parseYaml(front)
  } catch (error) {
    throw new DeckError(`${path}: the deck's front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`, ExitCode.DataError)
  }
  const theme = data !== null && typeof data === 'object' && 'theme' in data ? String(data.theme) : undefined
  if (theme === undefined || themes.all.has(theme)) return
  throw new DeckError(`${path}: the deck's theme \`${theme}\` is not one debrief has (${[...themes.all.keys()].join(', ')})`, ExitCode.DataError)
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
  for (const source of found) sources.push({...source, bytes: await readSource(source.path), onDisk: true})
  // A Marp deck (an edited decks/NAME.md) is rendered, not built: it gets no .md of its own.
  const read = sources.map((source): Source => {
    const text = typeof source.bytes === 'string' ? source.bytes : new TextDecoder().decode(source.bytes)
    return isMarpDeck(text) ? {...source, deck: text} : source
  })
  const targets = read.flatMap((source) =>
    planned.write
      ? planned.formats
          .filter((format) => source.deck === undefined || format !== 'md')
          .flatMap((format) => outputFormats[format].files(source.name, 1).map((file) => join(planned.out, file)))
      : []
  )
  if (planned.reportJson !== undefined) targets.push(planned.reportJson)
  // A folder of decks only (decks/, rendered again) may be the output folder; a folder of notes may not.
  const notesFolders = paths.filter((path) => read.some((source) => source.onDisk && source.deck === undefined && resolve(source.path).startsWith(resolve(path) + sep)))
  await checkOutputs(targets, {sources: found.map((source) => source.path), notesFolders, ...(planned.write ? {out: planned.out} : {})})
  if (read.length === 0) throw new DeckError('no notes given', ExitCode.NoInput)
  const names = new Map<string, string>()
  for (const source of read) {
    const other = names.get(source.name)
    if (other !== undefined) throw new DeckError(`${source.path}: makes the same deck name as ${other} (\`${source.name}\`); rename one`, ExitCode.Usage)
    names.set(source.name, source.path)
  }
  return read
}

/** `notes/standup.md` → `standup`. */
function baseName(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.[^.]+$/, '') || path
}
