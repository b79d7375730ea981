import {layoutSlides} from './layout-slides.js'
import {makeReport, type Report} from './make-report.js'
import {logEntries, orderEntries, orderEvidence, type Order} from './order-entries.js'
import {parseNotes} from './parse-notes.js'
import {readNotes} from './read-notes.js'
import {selectPoints} from './select-points/index.js'
import {splitSections} from './split-sections.js'
import {stripNoise, type Removed} from './strip-noise.js'
import {themeMetrics} from '../render/theme-metrics.js'
import {toMarp} from './to-marp.js'
import type {DeckMeta, NotesKind, Section, Slide} from '../types.js'

export interface BuildOptions {
  /** Path of the notes, for messages and speaker notes (default: `'stdin'`). */
  readonly file?: string
  /** Deck title, over the notes' own (default: front matter `title`, the H1, or the file name). */
  readonly title?: string
  /** Marp theme (default: `'debrief'`). */
  readonly theme?: string
  /** Treat the notes as this kind instead of detecting it (default: detect). */
  readonly kind?: NotesKind
  /** Order of the entries of a log: `auto` puts a newest-first log in chronological order (default: `'auto'`). */
  readonly order?: Order
  /** Most bullets on one slide (default: `6`). */
  readonly maxBullets?: number
  /** Words a bullet aims at (default: `20`). */
  readonly maxWords?: number
  /** Tighter limits for sections that overflowed in a browser (see `LayoutOptions.tighten`; default: none). */
  readonly tighten?: Readonly<Record<number, number>>
}

export interface BuiltDeck {
  /** The Marp Markdown of the deck. */
  readonly markdown: string
  readonly slides: readonly Slide[]
  readonly meta: DeckMeta & {readonly title: string}
  readonly sections: readonly Section[]
  readonly kind: NotesKind
  /** Whether the entries were put in reverse order (a newest-first log). */
  readonly reversed: boolean
  /** What was dropped as noise (image credits, time separators, stage cues). */
  readonly removed: readonly Removed[]
  /** What each section kept and dropped, with source lines. */
  readonly report: Report
}

/**
 * Build a Marp deck from notes. Pure and synchronous: the same text and
 * options always give the same deck.
 */
export function buildDeck(text: string | Uint8Array, options?: Readonly<BuildOptions>): BuiltDeck {
  const file = options?.file ?? 'stdin'
  const read = readNotes(text, {file, kind: options?.kind})
  const {notes, removed, date} = stripNoise(read)
  const parsed = parseNotes(notes)
  // Order is judged on the notes as written: the times that tell it may be
  // lines that noise removal drops.
  const requested = options?.order ?? 'auto'
  const logLike = notes.kind === 'live-blog' || notes.kind === 'plain'
  const order = requested !== 'auto' ? requested : logLike && orderEvidence(logEntries(read.text)) > 0 ? 'reverse' : 'as-is'
  const {tree, reversed} = orderEntries(parsed, {order})
  const outline = splitSections(tree, {file, kind: notes.kind})
  const selections = selectPoints(outline, {maxWords: options?.maxWords})
  const meta = {...outline.meta, date: outline.meta.date ?? date, ...(options?.title ? {title: options.title} : {})}
  const metrics = themeMetrics[options?.theme ?? 'debrief'] ?? themeMetrics['debrief']
  const deck = layoutSlides(meta, selections, {...metrics, fallbackTitle: titleFromFile(file), maxBullets: options?.maxBullets, tighten: options?.tighten})
  const markdown = toMarp(deck, {theme: options?.theme, source: baseName(file)})
  const report = makeReport(file, selections, removed)
  return {markdown, slides: deck.slides, meta: deck.meta, sections: outline.sections, kind: notes.kind, reversed, removed, report}
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() || file
}

/** `kubecon-2024-keynote.md` → `Kubecon 2024 Keynote`. */
function titleFromFile(file: string): string {
  if (file === 'stdin') return 'Debrief'
  const words = baseName(file).replace(/\.[^.]+$/, '').split(/[-_\s]+/).filter(Boolean)
  return words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join(' ') || 'Debrief'
}
