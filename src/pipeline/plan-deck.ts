import {english} from '../lang/en.js'
import type {Language} from '../lang/types.js'
import {budgetDeck, type DeckBudget} from './budget-deck.js'
import {lowValueKind} from '../text/low-value.js'
import {logEntries, orderEntries, orderEvidence, type Order} from './order-entries.js'
import {isMarkdown, parseNotes} from './parse-notes.js'
import {readNotes} from './read-notes.js'
import {selectPoints} from './select-points/index.js'
import {shapeMinutes} from './shape-minutes.js'
import {splitSections} from './split-sections.js'
import {stripNoise, type Removed} from './strip-noise.js'
import type {DeckMeta, NotesKind, Section, Selection} from '../types.js'

export interface PlanOptions {
  /** Path of the notes, for messages and speaker notes (default: `'stdin'`). */
  readonly file?: string
  /** Deck title, over the notes' own (default: front matter `title`, the H1, or the file name). */
  readonly title?: string
  /**
   * The language of the notes, a BCP 47 code (`en`, `fr`, `de`): its noise,
   * cues, fillers and slide labels; a language debrief has no data for gets
   * English rules (default: front matter `lang:`, else detected).
   */
  readonly language?: string
  /** Treat the notes as this kind instead of detecting it (default: detect). */
  readonly kind?: NotesKind
  /** Order of the entries of a log: `auto` puts a newest-first log in chronological order (default: `'auto'`). */
  readonly order?: Order
  /** Words a bullet aims at (default: `12`). */
  readonly maxWords?: number
  /** Largest notes, in bytes (default: `readLimits.maxBytes`, 20 MB). */
  readonly maxBytes?: number
  /** Longest line, in characters (default: `readLimits.maxLineLength`, 1,000,000). */
  readonly maxLineLength?: number
  /** Deepest nesting of lists and quotes (default: `readLimits.maxDepth`, 20). */
  readonly maxDepth?: number
  /** Slides the deck should have, all in, ±1 (default: one content slide per 150–250 words of notes, at most 25 slides). */
  readonly slides?: number
  /** Length of the talk the deck is for, in minutes, at 1.5 minutes a slide (default: none; `slides` wins). */
  readonly minutes?: number
  /**
   * Local images of the notes that cannot be shown (not found, not an
   * image): the deck is planned without them, no slide for a picture it
   * cannot show (default: none; see `planImages`).
   */
  readonly leaveOutImages?: ReadonlySet<string>
}

/**
 * What a deck says, before it is laid out on slides of some size: the notes
 * read, cleaned, parsed, ordered, split into sections, every point ranked,
 * and the deck's budget: how many slides, and what each section shows. One plan can be composed into decks of many layouts (`composeDeck`).
 */
export interface Plan {
  /** Path of the notes, as given in `PlanOptions.file`. */
  readonly file: string
  /** The notes as read (normalised, before noise is dropped): what the slides are verified against. */
  readonly text: string
  readonly kind: NotesKind
  /** The language of the notes; the deck is written in it. */
  readonly language: Language
  /** Whether the entries were put in reverse order (a newest-first log). */
  readonly reversed: boolean
  /** What was dropped as noise (image credits, time separators, stage cues). */
  readonly removed: readonly Removed[]
  /** The notes' metadata, with the `title` option over their own and the date a noise line gave. */
  readonly meta: DeckMeta
  readonly sections: readonly Section[]
  /** What each section shows and leaves to the speaker notes (with why), in section order. */
  readonly selections: readonly Selection[]
  /** How long the deck is and what goes on which slides (see `budgetDeck`). */
  readonly budget: DeckBudget
}

/**
 * Plan a deck from notes: everything that does not depend on the size of a
 * slide. Pure and synchronous.
 */
export function planDeck(text: string | Uint8Array, options?: Readonly<PlanOptions>): Plan {
  const file = options?.file ?? 'stdin'
  const read = readNotes(text, {
    file,
    kind: options?.kind,
    language: options?.language,
    maxBytes: options?.maxBytes,
    maxLineLength: options?.maxLineLength,
    maxDepth: options?.maxDepth
  })
  const language = read.language ?? english
  const {notes, removed, date} = stripNoise(read)
  const parsed = parseNotes(notes)
  // Order is judged on the notes as written: the times that tell it may be
  // lines that noise removal drops.
  const requested = options?.order ?? 'auto'
  const logLike = notes.kind === 'live-blog' || notes.kind === 'plain'
  // Markdown's order is judged by orderEntries on the tree: from dated or
  // timed headings, if any, and in a log written in Markdown from its blocks.
  const markdownKinds = notes.kind === 'markdown' || notes.kind === 'markdown-flat'
  const judged = markdownKinds || (logLike && isMarkdown(notes))
  const order = requested !== 'auto' || judged ? requested : logLike && orderEvidence(logEntries(read.text), {language}) > 0 ? 'reverse' : 'as-is'
  const {tree, reversed} = orderEntries(parsed, {order, blocks: !markdownKinds, language})
  const outline = shapeMinutes(splitSections(tree, {file, kind: notes.kind, language}), {language})
  const candidates = selectPoints(outline, {maxWords: options?.maxWords, language, ...(options?.leaveOutImages ? {leaveOutImages: options.leaveOutImages} : {})})
  const budget = budgetDeck(candidates, {words: countWords(notes.text), slides: options?.slides, minutes: options?.minutes, language})
  // A greeting ("Okay, welcome to …") says nothing under the title.
  const {subtitle, ...rest} = outline.meta
  const lead = subtitle !== undefined && lowValueKind(subtitle, language.lowValue) === undefined ? {subtitle} : {}
  const meta = {...rest, ...lead, date: outline.meta.date ?? date, ...(options?.title ? {title: options.title} : {})}
  return {file, text: read.text, kind: notes.kind, language, reversed, removed, meta, sections: outline.sections, selections: budget.selections, budget}
}

/** The local images a plan shows, as the notes write their paths, each once, in order. */
export function planImages(plan: Plan): string[] {
  return [...new Set(plan.selections.flatMap((selection) => (selection.images ?? []).map((image) => image.url)))]
}

/** Words of the notes as written: runs of letters or digits. */
function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0

}
