import {english} from '../lang/en.js'
import type {Language} from '../lang/types.js'
import {logEntries, orderEvidence} from './order-entries.js'
import type {NotesKind} from '../types.js'

const markdownExtension = /\.(md|markdown|mdown|mkd|mdx)$/i
const plainExtension = /\.(txt|text|log)$/i
// Lines only Markdown writes: ATX headings, fences, links, setext underlines,
// block quotes, list items, emphasis.
const markdownLine = /^(#{1,6}\s+\S|```|~~~|>\s|\s*[-*+]\s+\S|\s*\d+[.)]\s+\S|=+\s*$|-{3,}\s*$)|\[[^\]]+\]\([^)]+\)|\*\*[^*\n]+\*\*/m
const atxHeading = /^ {0,3}#{1,6}(\s|$)/
const setextUnderline = /^ {0,3}(=+|-+)\s*$/
/** `ALICE:`, `Dr. Jane Roe:`, `[00:01:02] Bob:`, `10:32`. */
export const speakerLabel = /^\s*(?:\[?\(?\d{1,2}:\d{2}(?::\d{2})?\)?\]?\s*)?(?:[\p{Lu}][\p{L}.'’-]*(?:\s[\p{Lu}][\p{L}.'’-]*){0,3}|[\p{Lu}\d ]{2,}):\s+\S/u
// A label that is only a time ("10:32: ..."), not a name.
const timestampOnly = /^\s*\[?\(?\d{1,2}:\d{2}(?::\d{2})?\)?\]?\s*:?\s/
/** A clock time opening a line: `10:32`, `[00:01:02]`, `09:17AM -`, `9.15 am`. */
export const clockLine = /^\s*\[?\(?(\d{1,2})[:.](\d{2})(:\d{2})?\s*([ap]\.?m\.?)?\)?\]?(?:\s*[-–—:|]\s*|\s+)(?=\S)/i
export const outlineMarker = /^(\s*)([-*+•·▪◦‣]|\d+[.)]|[a-z][.)])\s+/

/** How much each kind of structure the text shows, each a share from 0 to 1 (or a count). */
interface Evidence {
  /** Headings Markdown would see: ATX (`## x`) and setext (`x` over `---`). */
  readonly headings: number
  /** Lines with Markdown syntax flush left: bullets, fences, quotes, links, emphasis. */
  readonly syntax: number
  /** Share of non-blank lines that are indented or carry an outline marker. */
  readonly indented: number
  /** Share of entries (blocks, or lines) opened by a speaker's name. */
  readonly named: number
  /** Entries opened by a wall-clock time ("10:32 -", "09:17AM"). */
  readonly clocked: number
  /** Entries opened by a time with seconds ("[00:01:02]"): captions. */
  readonly elapsed: number
  readonly entries: number
  /**
   * Headings at one level that mostly carry a time of day (`# Keynote
   * (10:35am)`): the entries of a running log.
   */
  readonly timedHeadings: number
}

export interface KindOptions {
  /** The language of the notes, for their noise and their cues (default: English). */
  readonly language?: Language
}

/**
 * Whether a text is written in Markdown: a Markdown file name, or, for a
 * `.txt` file, headings Markdown would see (two, or one with bullets or
 * fences) in a text that is not an indented outline; with no extension, any
 * Markdown syntax.
 */
export function writtenInMarkdown(text: string, file: string): boolean {
  if (markdownExtension.test(file)) return true
  const evidence = weigh(text)
  if (plainExtension.test(file)) {
    return evidence.indented < 0.4 && (evidence.headings >= 2 || (evidence.headings >= 1 && evidence.syntax >= 2))
  }
  return markdownLine.test(text) && !(evidence.named >= 0.5 && evidence.headings === 0)
}

/**
 * Decide what kind of notes a text is, from the file extension and the text,
 * weighing all the evidence rather than taking the first sign. See
 * `NotesKind` for the kinds.
 *
 * Text written in Markdown (see `writtenInMarkdown`) is a `live-blog` when
 * its entries are stamped with times of day, whatever marks them: three
 * headings or more at one level that mostly carry a time (`# Keynote
 * (10:35am)`), or most blocks or lines opened by one (`09:17AM - …`, also
 * inside HTML `<p>` tags). Otherwise it is `markdown` when it has headings,
 * else a `transcript` when most of its blocks are speaker turns (`NAME: …`),
 * and `markdown-flat` otherwise. Other text is a transcript (named turns, or
 * caption times with seconds), a live blog (wall-clock times, or a log with
 * noise or a reading order), an outline (indentation), or plain.
 */
export function detectKind(text: string, file: string, options?: Readonly<KindOptions>): NotesKind {
  const language = options?.language ?? english
  const evidence = weigh(text)
  if (writtenInMarkdown(text, file)) {
    if (evidence.timedHeadings >= 3) return 'live-blog'
    if (evidence.entries >= 6 && evidence.clocked >= 0.5 && evidence.clocked > evidence.named) return 'live-blog'
    if (evidence.headings > 0) return 'markdown'
    if (evidence.entries >= 3 && evidence.named >= 0.4) return 'transcript'
    return 'markdown-flat'
  }
  const transcript = evidence.entries >= 3 ? Math.max(evidence.named, evidence.elapsed) : 0
  const liveBlog = evidence.entries >= 3 ? evidence.clocked : 0
  const outline = evidence.indented
  // Indentation is an outline's structure; a transcript or a log is flush left.
  if (outline >= 0.4 && outline >= transcript && outline >= liveBlog) return 'outline'
  if (transcript >= 0.3 && transcript >= liveBlog) return 'transcript'
  if (liveBlog >= 0.3) return 'live-blog'
  if (outline >= 0.3 && evidence.entries >= 3) return 'outline'

  const entries = logEntries(text)
  if (entries.length >= 6) {
    const noisy = entries.filter((entry) => language.noise.some((rule) => new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '')).test(entry))).length
    if (noisy >= 2 || orderEvidence(entries, {language}) !== 0) return 'live-blog'
  }
  return 'plain'
}

function weigh(text: string): Evidence {
  // Tags and shortcodes are no structure: `<p>09:17AM - …</p>` opens with its time.
  const lines = withoutFrontMatter(text.split('\n')).map((line) => (line.includes('<') || line.includes('{') ? line.replace(markup, '') : line))
  const filled = lines.filter((line) => line.trim() !== '')
  const share = (group: readonly string[], test: (line: string) => boolean): number => group.filter(test).length / Math.max(1, group.length)
  // Entries are blocks between blank lines, or lines for notes written one
  // entry a line: each share is taken the way it reads best.
  const blocks = logEntries(lines.join('\n'))
  const ways = [blocks, filled].filter((group) => group.length >= 3)
  const best = (test: (entry: string) => boolean): number => Math.max(0, ...ways.map((group) => share(group, test)))
  const named = best((entry) => entry.split('\n').slice(0, 2).some((line) => speakerLabel.test(line) && !timestampOnly.test(line)))
  const isElapsed = (match: RegExpExecArray | null): boolean => Boolean(match && match[3] && !match[4])
  const elapsed = best((entry) => isElapsed(clockLine.exec(entry)))
  const clocked = best((entry) => {
    const match = clockLine.exec(entry)
    return Boolean(match) && !isElapsed(match)
  })
  const syntax = filled.filter((line) => /^(?:[-*+]\s+\S|\d+[.)]\s+\S|```|~~~|>\s)/.test(line) || /\[[^\]]+\]\([^)]+\)|\*\*[^*\n]+\*\*/.test(line)).length
  return {
    headings: countHeadings(lines),
    syntax,
    indented: share(filled, (line) => /^\s+\S/.test(line) || outlineMarker.test(line)),
    named,
    clocked,
    elapsed,
    entries: Math.max(0, ...ways.map((group) => group.length)),
    timedHeadings: timedHeadings(lines)
  }
}

/** An HTML tag, comment or template shortcode (`{{< rawhtml >}}`, `{% raw %}`) on a line. */
const markup = /<\/?[a-z][^<>]*>|<!--.*?-->|\{\{[<%].*?[>%]\}\}|\{%.*?%\}/gi
/** A time of day in a heading: `(10:35am)`, `9:05`, `14h30` is not one. */
const timeOfDay = /(?:^|[\s(\[])\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?=$|[\s)\],])/i

/**
 * The most ATX headings at one level that carry a time of day, when at least
 * two in three at that level do; else 0.
 */
function timedHeadings(lines: readonly string[]): number {
  let fenced = false
  const levels = new Map<number, {all: number; timed: number}>()
  for (const line of lines) {
    if (/^ {0,3}(```|~~~)/.test(line)) fenced = !fenced
    const heading = fenced ? null : /^ {0,3}(#{1,6})\s+(\S.*)$/.exec(line)
    if (!heading) continue
    const level = levels.get(heading[1]!.length) ?? {all: 0, timed: 0}
    levels.set(heading[1]!.length, {all: level.all + 1, timed: level.timed + (timeOfDay.test(heading[2]!) ? 1 : 0)})
  }
  return Math.max(0, ...[...levels.values()].filter((level) => level.timed * 3 >= level.all * 2).map((level) => level.timed))
}

/** The lines after a front matter block (`---` or `+++` fenced) at the top, blanked. */
function withoutFrontMatter(lines: readonly string[]): string[] {
  const fence = lines[0]?.trim()
  if (fence !== '---' && fence !== '+++') return [...lines]
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === fence)
  return end < 0 ? [...lines] : lines.map((line, index) => (index <= end ? '' : line))
}

function countHeadings(lines: readonly string[]): number {
  let fenced = false
  let count = 0
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    if (/^ {0,3}(```|~~~)/.test(line)) fenced = !fenced
    if (fenced) continue
    if (atxHeading.test(line) && !/^ {0,3}#+\s*$/.test(line)) count++
    const previous = lines[index - 1]
    if (index > 0 && setextUnderline.test(line) && previous !== undefined && previous.trim() !== '' && !/^\s/.test(previous) && !/^\s*[-*+]\s/.test(previous) && !setextUnderline.test(previous)) {
      // `---` under a line is a setext heading only when it underlines it
      // (about as long): a lone `---` after text may be a thematic break.
      if (/^ {0,3}=+\s*$/.test(line) || line.trim().length >= Math.min(3, previous.trim().length)) count++
    }
  }
  return count
}
