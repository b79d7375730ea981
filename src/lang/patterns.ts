import type {Filler, NoiseRule} from './types.js'

/**
 * Pieces of noise patterns that no language owns: clock times, time zones,
 * ISO dates, rule lines. Language files build their rules with them.
 */

/** A line of `###`, `===`, `***` that only separates entries. */
export const ruleLine: NoiseRule = {name: 'rule line', scope: 'line', pattern: /^\s*[#=*~_+]{3,}\s*$/gim}

/** A time zone after a clock time: `UTC`, `CEST`, `GMT+2`. */
export const zone = '(?:UTC|GMT|CET|CEST|BST|WET|WEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST|JST|KST|AEST|AEDT)(?:[+-]\\d{1,2})?'
/** `10:32`, `9.05 pm`, `14:00 CET`. */
export const clock = `\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*${zone})?`
/**
 * A live blog's entry opened by its time (`09:21AM - …`, `14:05 CET: …`,
 * `09h21 – …`): a filler, the time stays in the speaker notes.
 */
export const entryTime: Filler = {name: 'time stamp', pattern: new RegExp(`^(?:${clock}|\\d{1,2}h\\d{0,2})\\s*[-–—:]\\s+(?=\\S)`, 'i')}

/** `2024-03-20`. */
export const isoDate = '\\d{4}-\\d{2}-\\d{2}'

/** An alternation of words, for a regular expression: `a|b|c`, special characters escaped. */
export function alternation(words: readonly string[]): string {
  return words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
}

/** A month as the notes write it, from a language's names (`march`, `mar.`, `sept`). */
export function monthName(months: ReadonlyArray<readonly string[]>): string {
  return `(?:${alternation(months.flat())})\\.?(?![a-zà-ÿ])`
}

/**
 * A written date with the year: `March 5th, 2024`, `5 March 2024`,
 * `12. März 2024`. Unnamed groups only, so it can sit inside other patterns.
 */
export function writtenDate(months: ReadonlyArray<readonly string[]>, ordinals: readonly string[]): string {
  const month = monthName(months)
  const ordinal = ordinals.length > 0 ? `(?:${alternation(ordinals)})?` : ''
  return `(?:${month}\\s+\\d{1,2}${ordinal},?\\s+\\d{4}|\\d{1,2}${ordinal}\\.?\\s+${month}\\s+\\d{4})`
}
