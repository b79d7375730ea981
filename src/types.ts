import type {Code, Root, RootContent} from 'mdast'
import type {Language} from './lang/types.js'
import type {Person} from './text/find-people.js'

declare module 'mdast' {
  /** TOML front matter (`+++` … `+++`, as Hugo writes it), read by remark-frontmatter. */
  interface Toml extends Literal {
    type: 'toml'
  }
  interface FrontmatterContentMap {
    toml: Toml
  }
  interface RootContentMap {
    toml: Toml
  }
}

/**
 * What kind of notes a text is; decides how it is parsed and split:
 * - `markdown`: Markdown with headings;
 * - `markdown-flat`: Markdown without headings (bullet trees, bold pseudo-headings);
 * - `outline`: plain text whose indentation is its structure;
 * - `transcript`: lines led by speaker labels (`NAME:`) or timestamps;
 * - `live-blog`: a log of short entries, often newest first;
 * - `plain`: any other text.
 */
export type NotesKind = 'markdown' | 'markdown-flat' | 'outline' | 'transcript' | 'live-blog' | 'plain'

/** Notes after reading: normalised text and what kind they are. */
export interface Notes {
  /** Text with BOM stripped, line endings `\n`, Unicode NFC. */
  readonly text: string
  readonly kind: NotesKind
  /**
   * Whether the text is written in Markdown: a transcript or a live blog may be
   * (default: `true` for the `markdown` kinds, `false` for the others).
   */
  readonly markdown?: boolean
  /** The language the notes are written in (default: English). */
  readonly language?: Language
}

/** What is known about the event the notes are from. */
export interface DeckMeta {
  readonly title?: string
  /** Shown under the title: the notes' lead line when it is short. */
  readonly subtitle?: string
  readonly event?: string
  /** ISO date (`2024-03-20`) when the notes give one. */
  readonly date?: string
  readonly author?: string
  /** Who attended, for minutes: the names as the notes write them. */
  readonly attendees?: readonly string[]
}

/** A run of notes under one heading (or one segment of flat text). */
export interface Section {
  readonly title: string
  /** 1 for a top-level section, 2 for a section inside it, and so on. */
  readonly depth: number
  /** Source line of the heading, or of the first content line. */
  readonly line: number
  /** The section's own content, without its heading or sub-sections. */
  readonly nodes: readonly RootContent[]
  /** Speakers first introduced in this section, for its title slide. */
  readonly people?: readonly Person[]
}

/** The notes as a deck outline: metadata and sections in order. */
export interface Outline {
  readonly meta: DeckMeta
  readonly sections: readonly Section[]
  /** Link reference definitions (`[id]: url`), by normalised identifier. */
  readonly definitions: Readonly<Record<string, string>>
}

/** A piece of the source that a slide element was condensed from. */
export interface Origin {
  readonly line: number
  /** Last source line, when the text spans lines (default: `line`). */
  readonly end?: number
  readonly text: string
}

/** One bullet: condensed text plus where it came from. */
export interface Bullet {
  readonly text: string
  /** 0 for a top-level bullet, 1 for a sub-bullet. */
  readonly depth: number
  readonly origin: Origin
  /** Importance within its section; higher is more important. */
  readonly score: number
  /** Importance across the whole deck, for the budget and "In brief" (default: `score`). */
  readonly weight?: number
  /**
   * The sentence before this one in its section, when this one leans on it
   * ("They …", "This causes …"): it is shown before this one on the same slide.
   */
  readonly leansOn?: Origin
  /** A task list item of the notes: done (`true`) or open (`false`). */
  readonly checked?: boolean
  /** Set when the point is logistics, a greeting or the note-taker's aside: it ranks low. */
  readonly cue?: 'logistics' | 'greeting' | 'aside'
  /** Set when the sentence is too long to shorten without changing what it says: it is never on a slide. */
  readonly tooLong?: boolean
}

/** A point of the notes left off the slides, with why: it stays in the speaker notes. */
export interface Left extends Origin {
  readonly score?: number
  /** Why it is not on a slide ("over the section's budget of 4", "near-duplicate of line 12"). */
  readonly reason?: string
}

/** A quotation worth a slide of its own. */
export interface Quote {
  readonly text: string
  readonly attribution?: string
  /** For a short quote, the (condensed) sentence it was said in. */
  readonly context?: string
  readonly origin: Origin
}

/** A figure (percentage, money, count with a unit) and the words around it. */
export interface Figure {
  /** The figure as written: `60%`, `$4.2M`, `10 years`. */
  readonly value: string
  /** The words of its sentence around it, the figure included. */
  readonly context: string
  readonly origin: Origin
  /** Other figures in the same context ("$4.2M …, 8% over plan"). */
  readonly also?: readonly string[]
}

/** A to-do, action item or next step the notes record. */
export interface ActionItem {
  readonly text: string
  readonly origin: Origin
}

/** A link with its text, as found in the notes. */
export interface Link {
  readonly text: string
  readonly url: string
  readonly line: number
}

/** A code block, kept verbatim. */
export interface CodeBlock {
  readonly lang?: string
  readonly value: string
  readonly line: number
}

/** A local image the notes show (`![alt](path)`), for a slide of its own. */
export interface ImageRef {
  readonly alt: string
  /** As written in the notes: a path relative to the notes, or a `data:` URI. */
  readonly url: string
  readonly line: number
}

/** What was chosen from one section. */
export interface Selection {
  readonly section: Section
  /** Bullets in source order. */
  readonly bullets: readonly Bullet[]
  readonly quotes: readonly Quote[]
  readonly code: readonly CodeBlock[]
  readonly links: readonly Link[]
  readonly figures: readonly Figure[]
  readonly actions: readonly ActionItem[]
  /** Local images, in source order (a remote image is a link: it is never loaded). */
  readonly images?: readonly ImageRef[]
  /** Sentences left out of the slides, with why; they go to the speaker notes. */
  readonly dropped: readonly Left[]
}

export interface TitleSlide {
  readonly type: 'title'
  readonly title: string
  readonly subtitle?: string
  readonly meta: DeckMeta
}

export interface AgendaSlide {
  readonly type: 'agenda'
  readonly title: string
  readonly items: ReadonlyArray<{readonly title: string; readonly depth: number}>
  /** Points of the notes no slide shows, when the deck has no content slide to hold them. */
  readonly notes?: readonly Origin[]
}

/** Opens a section that introduces speakers: who they are and where from. */
export interface SectionSlide {
  readonly type: 'section'
  readonly title: string
  /** The section it opens. */
  readonly section: SectionId
  readonly people: readonly Person[]
  /** People introduced but not listed, for want of room. */
  readonly more: number
}

export interface ContentSlide {
  readonly type: 'content'
  readonly title: string
  /** The section the slide belongs to (its key in `Fit.sections`). */
  readonly section: SectionId
  /** Set on the second and later slides of one section. */
  readonly continued: boolean
  readonly bullets: readonly Bullet[]
  readonly code?: CodeBlock
  /** Links of the section, to turn link text in bullets into links. */
  readonly links: readonly Link[]
  /** Source text shown in the speaker notes. */
  readonly notes: readonly Origin[]
}

export interface QuoteSlide {
  readonly type: 'quote'
  readonly title: string
  /** The section the quote belongs to. */
  readonly section: SectionId
  readonly quote: Quote
}

/** A local image of the notes, with its section's title. */
export interface ImageSlide {
  readonly type: 'image'
  readonly title: string
  /** The section the image belongs to. */
  readonly section: SectionId
  readonly image: ImageRef
}

export interface ResourcesSlide {
  readonly type: 'resources'
  readonly title: string
  readonly continued: boolean
  readonly links: readonly Link[]
  /** Links left off the slides for want of room; they go to the speaker notes (default: none). */
  readonly more?: readonly Link[]
}

/** "By the numbers": the figures of the deck, each with its context. */
export interface NumbersSlide {
  readonly type: 'numbers'
  readonly title: string
  readonly continued: boolean
  readonly figures: readonly Figure[]
}

/** A list of points: "In brief" at the start, or the action items at the end. */
export interface SummarySlide {
  readonly type: 'summary'
  /** Which list it is (its key in `Fit`). */
  readonly list: 'brief' | 'actions'
  readonly title: string
  readonly bullets: readonly Bullet[]
  /** Action items past the slides there is room for: counted on the last slide, listed in its speaker notes. */
  readonly more?: readonly Origin[]
}

/**
 * Names a section within one plan, for as long as the plan lives: `L12` for
 * the section that starts on source line 12 (`L12.2`, `L12.3` for more
 * sections starting on that line). Slides of a section carry it.
 */
export type SectionId = string

/** The slides that belong to no section: the title slide and the deck-wide lists. */
export type DeckPart = 'title' | 'agenda' | 'brief' | 'numbers' | 'actions' | 'resources'

/**
 * How much tighter than the estimate a deck is laid out, where a browser
 * found overflow: a factor for the room each part gets, in (0, 1] to shrink
 * (fewer lines and bullets a slide, shorter titles; 1 = as estimated; above 1
 * loosens). A section or part not listed gets 1.
 */
export interface Fit extends Readonly<Partial<Record<DeckPart, number>>> {
  /** Per section, by the id its slides carry. */
  readonly sections?: Readonly<Record<SectionId, number>>
}

export type Slide = TitleSlide | AgendaSlide | SectionSlide | ContentSlide | QuoteSlide | ImageSlide | NumbersSlide | SummarySlide | ResourcesSlide

/** A whole deck, ready to be written as Marp Markdown. */
export interface Deck {
  readonly meta: DeckMeta & {readonly title: string}
  readonly slides: readonly Slide[]
}

export type {Code, Person, Root, RootContent}

declare module 'mdast' {
  interface ParagraphData {
    /** Who says it, for a turn of a transcript. */
    speaker?: string
  }
}
