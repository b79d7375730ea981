import {english} from '../lang/en.js'
import {alternation, isoDate as isoPattern, writtenDate} from '../lang/patterns.js'
import type {Language} from '../lang/types.js'

export interface DateOptions {
  /** The language whose month names are read, with those `Intl` knows for its code (default: English). */
  readonly language?: Language
}

const hasYear = /(?:19|20)\d\d/
const iso = /\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/
// `2024/03/12`, `2024.03.12`: year first, with slashes or dots.
const yearFirst = /\b((?:19|20)\d\d)[/.](0?[1-9]|1[0-2])[/.](0?[1-9]|[12]\d|3[01])\b/
// 2024年3月12日: how Chinese and Japanese write a date.
const cjk = /((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u

/**
 * The first date in a text as an ISO date (`2024-03-20`), if it has a valid
 * one: `2024-03-20`, `2024/03/20`, `March 20th, 2024`, `20 March 2024`, `5 juin 2024`,
 * `12. März 2024`, `2024年3月12日`.
 */
export function isoDate(text: string, options?: Readonly<DateOptions>): string | undefined {
  const language = options?.language ?? english
  // Every form read here has a year: most lines have none, and the month names are costly to gather.
  if (!hasYear.test(text)) return undefined
  const found = iso.exec(text)
  if (found && valid(found[0])) return found[0]
  const slashed = yearFirst.exec(text)
  if (slashed) {
    const date = calendar(slashed[1]!, Number(slashed[2]), slashed[3]!)
    if (date) return date
  }
  const eastern = cjk.exec(text)
  if (eastern) return calendar(eastern[1]!, Number(eastern[2]), eastern[3]!)
  const months = monthNames(language)
  const names = `(${alternation(months.map((month) => month.name))})\\.?(?![\\p{L}])`
  const ordinal = language.ordinals.length > 0 ? `(?:${alternation(language.ordinals)})?` : ''
  const year = '((?:19|20)\\d\\d)(?!\\d)'
  const index = (name: string): number => months.find((month) => month.name === name.toLowerCase())?.index ?? 0
  const monthFirst = new RegExp(`(?<![\\p{L}])${names}\\s+(\\d{1,2})${ordinal},?\\s+${year}`, 'iu').exec(text)
  if (monthFirst) return calendar(monthFirst[3]!, index(monthFirst[1]!), monthFirst[2]!)
  const dayFirst = new RegExp(`(?<![\\p{N}])(\\d{1,2})${ordinal}\\.?\\s+${names}\\s+${year}`, 'iu').exec(text)
  if (dayFirst) return calendar(dayFirst[3]!, index(dayFirst[2]!), dayFirst[1]!)
  return undefined
}

/**
 * The first date in a text as written (`5 juin 2024`, `2024-06-05`), valid or
 * not, or `undefined`.
 */
export function dateIn(text: string, options?: Readonly<DateOptions>): string | undefined {
  const language = options?.language ?? english
  const months = [...new Set([...language.months.flat(), ...monthNames(language).map((month) => month.name)])]
  return new RegExp(`${isoPattern}|${writtenDate([months], language.ordinals)}|${cjk.source}`, 'iu').exec(text)?.[0]
}

// Month names by language: asking `Intl` for them on every line read costs more than the reading.
const monthsOf = new WeakMap<Language, ReadonlyArray<{readonly name: string; readonly index: number}>>()

/** The language's month names and those `Intl` knows for its code, lower case, longest first. */
function monthNames(language: Language): ReadonlyArray<{readonly name: string; readonly index: number}> {
  const known = monthsOf.get(language)
  if (known) return known
  const names = new Map<string, number>()
  language.months.forEach((forms, index) => {
    for (const form of forms) names.set(form.toLowerCase(), index + 1)
  })
  for (const month of ['long', 'short'] as const) {
    const format = new Intl.DateTimeFormat(language.code, {month, timeZone: 'UTC'})
    for (let index = 0; index < 12; index++) {
      const name = format.format(Date.UTC(2024, index, 15)).toLowerCase().replace(/\.$/, '')
      // Some calendars write months as numbers ("3月"); those are read by the patterns above.
      if (/\p{L}{2,}/u.test(name) && !/\d/.test(name) && !names.has(name)) names.set(name, index + 1)
    }
  }
  const sorted = [...names].map(([name, index]) => ({name, index})).sort((a, b) => b.name.length - a.name.length)
  monthsOf.set(language, sorted)
  return sorted
}

function calendar(year: string, month: number, day: string): string | undefined {
  return month >= 1 ? valid(`${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`) : undefined
}

/** The date when it exists on the calendar (no 31 February). */
function valid(date: string): string | undefined {
  const parsed = new Date(`${date}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date ? date : undefined
}
