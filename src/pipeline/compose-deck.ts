import {layoutSlides} from './layout-slides.js'
import {makeReport, type Report} from './make-report.js'
import type {Plan} from './plan-deck.js'
import type {Removed} from './strip-noise.js'
import {themeMetrics} from '../render/themes.js'
import {toMarp} from './to-marp.js'
import {verifyDeck} from './verify-deck.js'
import type {DeckMeta, Fit, NotesKind, Section, Slide} from '../types.js'

export interface ComposeOptions {
  /** Marp theme; its metrics size the slides (default: `'debrief'`). */
  readonly theme?: string
  /** Most bullets on one slide (default: `6`). */
  readonly maxBullets?: number
  /** Tighter limits where a browser found overflow (see `Fit`; default: `{}`, the estimate). */
  readonly fit?: Fit
  /**
   * Fail with a `DeckError` (exit code `ExitCode.Unsupported`, 4) when the
   * verify stage finds a slide that says what the notes do not, instead of
   * taking it off the slide (default: `false`).
   */
  readonly strict?: boolean
}

export interface BuiltDeck {
  /** The Marp Markdown of the deck. */
  readonly markdown: string
  readonly slides: readonly Slide[]
  readonly meta: DeckMeta & {readonly title: string}
  readonly sections: readonly Section[]
  readonly kind: NotesKind
  /** The language the deck was built in, a BCP 47 code (`en`, `fr`). */
  readonly language: string
  /** Whether the entries were put in reverse order (a newest-first log). */
  readonly reversed: boolean
  /** What was dropped as noise (image credits, time separators, stage cues). */
  readonly removed: readonly Removed[]
  /** What each section kept and dropped, with source lines, and what the verify stage took off the slides. */
  readonly report: Report
}

/**
 * Lay a plan out on slides and write it as Marp Markdown. Pure and
 * synchronous, and cheap next to `planDeck`: the fit loop calls it once a pass.
 */
export function composeDeck(plan: Plan, options?: Readonly<ComposeOptions>): BuiltDeck {
  const metrics = themeMetrics(options?.theme)
  const composed = layoutSlides(plan.meta, plan.selections, {...metrics, fallbackTitle: titleFromFile(plan.file), maxBullets: options?.maxBullets, fit: options?.fit, language: plan.language, budget: plan.budget})
  // Nothing is shown that the notes do not say: verify is the last stage before the Markdown.
  const {deck, findings} = verifyDeck(composed, plan.text, {file: plan.file, strict: options?.strict, reversed: plan.reversed, language: plan.language})
  const markdown = toMarp(deck, {theme: options?.theme, source: baseName(plan.file), language: plan.language})
  const report = makeReport(plan.file, plan.selections, plan.removed, findings, plan.budget)
  return {markdown, slides: deck.slides, meta: deck.meta, sections: plan.sections, kind: plan.kind, language: plan.language.code, reversed: plan.reversed, removed: plan.removed, report}
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() || file
}

/**
 * `kubecon-2024-keynote.md` → `Kubecon 2024 Keynote`; a numbering prefix
 * (`07-`) is not part of it, and a year run into a word is a word of its own
 * (`vueconf2025` → `Vueconf 2025`).
 */
function titleFromFile(file: string): string {
  if (file === 'stdin') return 'Debrief'
  const name = baseName(file).replace(/\.[^.]+$/, '')
  const words = (name.replace(/^\d{1,3}[-_.\s]+(?=\S)/, '') || name)
    .replace(/(?<=\p{L})((?:19|20)\d\d)(?![\p{L}\p{N}])/gu, ' $1')
    .split(/[-_\s]+/)
    .filter(Boolean)
  return words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join(' ') || 'Debrief'
}
