import {english} from '../lang/en.js'
import type {NoiseRule} from '../lang/types.js'
import {dateIn, isoDate} from '../text/dates.js'
import {isMarkdown} from './parse-notes.js'
import type {Notes} from '../types.js'

export interface NoiseOptions {
  /** The rules to apply (default: the noise rules of the notes' language). */
  readonly rules?: readonly NoiseRule[]
}

/** A piece of the notes that was dropped as noise. */
export interface Removed {
  readonly line: number
  readonly text: string
  readonly rule: string
}

export interface Stripped {
  /** The notes without noise; every line keeps its number. */
  readonly notes: Notes
  readonly removed: readonly Removed[]
  /** The first date found in a dropped line, as an ISO date when it is a valid one. */
  readonly date?: string
}

/**
 * Drop what carries no content from flat notes: image credits, stage cues such
 * as `[Applause]`, lines that are only dates, times or "Refresh". A line
 * emptied this way stays as a blank line, so source lines keep their numbers.
 * Markdown notes are returned as they are: their author wrote every line.
 */
export function stripNoise(notes: Notes, options?: Readonly<NoiseOptions>): Stripped {
  const language = notes.language ?? english
  const rules = options?.rules ?? language.noise
  if (notes.kind === 'markdown' || notes.kind === 'markdown-flat') return {notes, removed: []}
  // In a transcript or live blog written in Markdown, a whole-line rule could
  // drop markup (a `---` rule, front matter): only fragments go.
  const markdown = isMarkdown(notes)
  const removed: Removed[] = []
  let date: string | undefined
  const lines = notes.text.split('\n').map((original, index) => {
    let line = original
    for (const rule of rules) {
      const whole = rule.scope === 'line'
      if (whole && markdown) continue
      line = line.replace(new RegExp(rule.pattern.source, rule.pattern.flags.replace('m', '')), (match) => {
        if (whole && match.trim() !== line.trim()) return match
        removed.push({line: index + 1, text: match.trim(), rule: rule.name})
        const found = dateIn(match, {language})
        date ??= found ? (isoDate(found, {language}) ?? found) : undefined
        return ''
      })
    }
    return line.trim() === '' && original.trim() !== '' ? '' : line
  })
  return {notes: {...notes, text: lines.join('\n')}, removed, date}
}
