import {readFile, readdir} from 'node:fs/promises'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {DeckError, ExitCode} from '../errors.js'

/** How much text a slide of a theme holds, for the layout estimate. */
export interface ThemeMetrics {
  /** Characters on one line of a bullet. */
  readonly charsPerLine: number
  /** Lines of text under a slide title. */
  readonly maxLines: number
  /** Characters of a slide title. */
  readonly maxTitle: number
}

/** A theme a deck can be built in. */
export interface Theme {
  /** The name its `@theme` rule declares, as `--theme` takes it. */
  readonly name: string
  /** Path of its CSS file; `undefined` for a theme built into Marp. */
  readonly path?: string
  /** Its CSS; `undefined` for a theme built into Marp. */
  readonly css?: string
  /** How much text its slides hold. */
  readonly metrics: ThemeMetrics
}

/** The themes a run can use, read once and shared by every step that needs them. */
export interface Themes {
  /** Every theme by name: debrief's, then Marp's own, sorted within each. */
  readonly all: ReadonlyMap<string, Theme>
  /** CSS of the themes that are not built into Marp, to register with marp-core. */
  readonly css: readonly string[]
  /** Their files, for marp-cli's `themeSet`. */
  readonly files: readonly string[]
}

export interface LoadThemesOptions {
  /** Folder of `.css` themes, each with an `@theme` name (default: debrief's `themes/`). */
  readonly folder?: string
}

/** Folder of the themes that ship with debrief. */
export const themeFolder = fileURLToPath(new URL('../../themes/', import.meta.url))

/** Themes that come with Marp itself and work offline. */
export const marpThemes: readonly string[] = ['default', 'uncover']

/** Themes that exist but are refused, and why. */
export const refusedThemes: Readonly<Record<string, string>> = {
  gaia: 'it loads its fonts from the network, and debrief decks work offline'
}

/** The theme of a deck when none is asked for. */
export const defaultTheme = 'debrief'

/**
 * Metrics per theme, calibrated in Chromium with `npm run calibrate` (the
 * share of decks that fit on the first pass, generated notes and samples).
 */
const calibrated: Readonly<Record<string, ThemeMetrics>> = {
  debrief: {charsPerLine: 66, maxLines: 11, maxTitle: 80},
  'debrief-dark': {charsPerLine: 66, maxLines: 11, maxTitle: 80},
  default: {charsPerLine: 66, maxLines: 11, maxTitle: 80},
  uncover: {charsPerLine: 46, maxLines: 7, maxTitle: 50}
}

/**
 * How much text a slide of `theme` holds; a theme that was never calibrated
 * gets the debrief theme's. Synchronous and free of I/O, for the pipeline.
 */
export function themeMetrics(theme: string = defaultTheme): ThemeMetrics {
  return calibrated[theme] ?? calibrated[defaultTheme]!
}

/**
 * Read the themes of a folder (each `.css` file with an `@theme` name) and
 * add Marp's own: the one place that knows which themes exist. Read it once
 * a run and pass it to what measures and renders.
 */
export async function loadThemes(options?: Readonly<LoadThemesOptions>): Promise<Themes> {
  const folder = options?.folder ?? themeFolder
  let files: string[]
  try {
    files = (await readdir(folder)).filter((file) => file.endsWith('.css')).sort()
  } catch (error) {
    throw new DeckError(`${folder}: cannot read the themes (${(error as NodeJS.ErrnoException).code})`, ExitCode.NoInput)
  }
  const own: Theme[] = []
  for (const file of files) {
    const path = join(folder, file)
    const css = await readFile(path, 'utf8')
    const name = /@theme\s+([\w-]+)/.exec(css)?.[1]
    if (!name) throw new DeckError(`${path}: a theme needs an \`@theme NAME\` comment`, ExitCode.DataError)
    own.push({name, path, css, metrics: themeMetrics(name)})
  }
  own.sort((a, b) => a.name.localeCompare(b.name))
  const builtIn = marpThemes.filter((name) => !own.some((theme) => theme.name === name)).map((name) => ({name, metrics: themeMetrics(name)}))
  return {
    all: new Map([...own, ...builtIn].map((theme) => [theme.name, theme])),
    css: own.map((theme) => theme.css!),
    files: own.map((theme) => theme.path!)
  }
}

/** The theme called `name`; throws a usage error naming the themes there are, or why one is refused. */
export function pickTheme(themes: Themes, name: string = defaultTheme): Theme {
  const refused = refusedThemes[name]
  if (refused) throw new DeckError(`Unexpected \`${name}\` for \`--theme\`: ${refused}`, ExitCode.Usage)
  const theme = themes.all.get(name)
  if (!theme) throw new DeckError(`Unexpected \`${name}\` for \`--theme\`, expected one of ${[...themes.all.keys()].join(', ')}`, ExitCode.Usage)
  return theme
}
