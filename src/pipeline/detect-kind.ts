import {noiseRules} from '../lang/noise.js'
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
const timestampLine = /^\s*\[?\(?\d{1,2}:\d{2}(?::\d{2})?\)?\]?\s+\S/
// A label that is only a time ("10:32: ..."), not a name.
const timestampOnly = /^\s*\[?\(?\d{1,2}:\d{2}(?::\d{2})?\)?\]?\s*:?\s/
export const outlineMarker = /^(\s*)([-*+•·▪◦‣]|\d+[.)]|[a-z][.)])\s+/

/**
 * Decide what kind of notes a text is, from the file extension and the text.
 * See `NotesKind` for the kinds.
 */
export function detectKind(text: string, file: string): NotesKind {
  const markdown = markdownExtension.test(file) || (!plainExtension.test(file) && markdownLine.test(text))
  const lines = text.split('\n')
  if (markdown) return hasHeading(lines) ? 'markdown' : 'markdown-flat'

  const filled = lines.filter((line) => line.trim() !== '')
  const share = (test: (line: string) => boolean): number => filled.filter(test).length / Math.max(1, filled.length)
  const entries = logEntries(text)
  const named = filled.filter((line) => speakerLabel.test(line) && !timestampOnly.test(line)).length
  const timed = filled.filter((line) => timestampLine.test(line) || timestampOnly.test(line)).length
  // Indentation is an outline's structure; a transcript is flush left.
  const indented = share((line) => /^\s+\S/.test(line) || outlineMarker.test(line))
  if (named >= 3 && named / filled.length >= 0.3 && indented < 0.3) return 'transcript'
  // Timestamps without names: a log of entries (a live blog), or lines of a transcript.
  const timedEntries = entries.filter((entry) => /^\s*\[?\(?\d{1,2}[:.]\d{2}/.test(entry)).length
  if (entries.length >= 6 && timedEntries / entries.length >= 0.5) return 'live-blog'
  if (timed >= 3 && timed / filled.length >= 0.3) return 'transcript'
  if (filled.length >= 3 && indented >= 0.4) return 'outline'

  if (entries.length >= 6) {
    const noisy = entries.filter((entry) => noiseRules.some((rule) => new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '')).test(entry))).length
    if (noisy >= 2 || orderEvidence(entries) !== 0) return 'live-blog'
  }
  return 'plain'
}

function hasHeading(lines: readonly string[]): boolean {
  let fenced = false
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    if (/^ {0,3}(```|~~~)/.test(line)) fenced = !fenced
    if (fenced) continue
    if (atxHeading.test(line)) return true
    const previous = lines[index - 1]
    if (index > 0 && setextUnderline.test(line) && previous !== undefined && previous.trim() !== '' && !/^\s*[-*+]\s/.test(previous)) {
      if (/^ {0,3}=+\s*$/.test(line)) return true
    }
  }
  return false
}
