import {DeckError, ExitCode} from './errors.js'
import {languageFor, languages} from './lang/index.js'
import type {Order} from './pipeline/order-entries.js'
import {defaultFormats, formats, isFormat, type Format} from './render/formats.js'
import {papers, type Paper} from './render/paper.js'
import {notesLevels, type NotesLevel} from './render/select-notes.js'
import {pickTheme, type Themes} from './render/themes.js'
import type {NotesKind} from './types.js'

/** The kinds `--kind` accepts (see `NotesKind`). */
export const kinds: readonly NotesKind[] = ['markdown', 'markdown-flat', 'outline', 'transcript', 'live-blog', 'plain']

export type {Format}

/** Options as given on the command line, not yet checked. */
export interface Flags {
  readonly out?: string
  readonly format?: string
  readonly theme?: string
  readonly title?: string
  readonly maxBullets?: string
  readonly order?: string
  readonly kind?: string
  readonly lang?: string
  readonly slides?: string
  readonly minutes?: string
  readonly notes?: string
  readonly paper?: string
  readonly parallel?: string
}

/** Checked options for a build. */
export interface Config {
  readonly out: string
  readonly formats: readonly Format[]
  readonly theme: string
  readonly title?: string
  readonly maxBullets?: number
  readonly order: Order
  /** The kind of the notes, when given instead of detected. */
  readonly kind?: NotesKind
  /** The language of the notes, a BCP 47 code; `undefined`: front matter `lang:`, else detected. */
  readonly language?: string
  /** Slides the deck should have, all in (±1). */
  readonly slides?: number
  /** Length of the talk the deck is for, in minutes. */
  readonly minutes?: number
  /** Which speaker notes the files to share carry. */
  readonly notes: NotesLevel
  /** Paper of a handout. */
  readonly paper: Paper
  /** Decks built at once; `undefined`: as many as there are cores. */
  readonly parallel?: number
}

/**
 * Check command-line flags and fill in defaults: `--out decks`,
 * `--format md,html,pdf`, `--theme debrief`, `--order auto`, `--kind` detected; `--slides`
 * and `--minutes` have none (the deck is sized to the notes);
 * `--notes slides`, `--paper a4`, `--parallel` the number of cores.
 * `themes` are the themes there are (see `loadThemes()`).
 */
export function resolveConfig(flags: Readonly<Flags>, themes: Themes): Config {
  const chosen = (flags.format ?? defaultFormats.join(',')).split(',').map((format) => format.trim().toLowerCase()).filter(Boolean)
  for (const format of chosen) {
    if (!isFormat(format)) {
      throw new DeckError(`Unexpected \`${format}\` for \`--format\`, expected a comma list of ${formats.join(', ')}`, ExitCode.Usage)
    }
  }
  if (chosen.length === 0) throw new DeckError('Unexpected empty `--format`, expected a comma list of ' + formats.join(', '), ExitCode.Usage)
  const theme = pickTheme(themes, flags.theme).name
  let maxBullets: number | undefined
  if (flags.maxBullets !== undefined) {
    maxBullets = Number(flags.maxBullets)
    if (!Number.isInteger(maxBullets) || maxBullets < 1) {
      throw new DeckError(`Unexpected \`${flags.maxBullets}\` for \`--max-bullets\`, expected a positive integer`, ExitCode.Usage)
    }
  }
  const slides = positive(flags.slides, '--slides', 'a whole number of slides, 2 or more', (value) => Number.isInteger(value) && value >= 2)
  const minutes = positive(flags.minutes, '--minutes', 'a length in minutes, more than 0', (value) => value > 0)
  const parallel = positive(flags.parallel, '--parallel', 'a whole number of decks, 1 or more', (value) => Number.isInteger(value) && value >= 1)
  const order = (flags.order ?? 'auto') as Order
  if (!['auto', 'as-is', 'reverse'].includes(order)) {
    throw new DeckError(`Unexpected \`${flags.order}\` for \`--order\`, expected auto, as-is or reverse`, ExitCode.Usage)
  }
  const kind = kinds.find((known) => known === flags.kind)
  if (flags.kind !== undefined && kind === undefined) {
    throw new DeckError(`Unexpected \`${flags.kind}\` for \`--kind\`, expected one of ${kinds.join(', ')}`, ExitCode.Usage)
  }
  const language = flags.lang === undefined ? undefined : languageFor(flags.lang)?.code
  if (flags.lang !== undefined && language === undefined) {
    throw new DeckError(`Unexpected \`${flags.lang}\` for \`--lang\`, expected a language code such as ${Object.keys(languages).join(', ')} or de`, ExitCode.Usage)
  }
  const notes = notesLevels.find((level) => level === (flags.notes ?? 'slides'))
  if (notes === undefined) throw new DeckError(`Unexpected \`${flags.notes}\` for \`--notes\`, expected ${notesLevels.join(', ')}`, ExitCode.Usage)
  const paper = papers.find((size) => size === (flags.paper ?? 'a4').toLowerCase())
  if (paper === undefined) throw new DeckError(`Unexpected \`${flags.paper}\` for \`--paper\`, expected ${papers.join(' or ')}`, ExitCode.Usage)
  if (flags.out === '') throw new DeckError('Unexpected empty `--out`, expected a folder', ExitCode.Usage)
  return {
    out: flags.out ?? 'decks',
    formats: [...new Set(chosen)] as Format[],
    theme,
    title: flags.title,
    maxBullets,
    order,
    ...(kind ? {kind} : {}),
    ...(slides === undefined ? {} : {slides}),
    ...(minutes === undefined ? {} : {minutes}),
    language,
    notes,
    paper,
    ...(parallel === undefined ? {} : {parallel})
  }
}

/** A number flag, checked: `undefined` when not given. */
function positive(flag: string | undefined, name: string, expected: string, valid: (value: number) => boolean): number | undefined {
  if (flag === undefined) return undefined
  const value = Number(flag)
  if (flag.trim() === '' || !Number.isFinite(value) || !valid(value)) throw new DeckError(`Unexpected \`${flag}\` for \`${name}\`, expected ${expected}`, ExitCode.Usage)
  return value
}
