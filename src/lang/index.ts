import {createRequire} from 'node:module'
import {english} from './en.js'
import {french} from './fr.js'
import type {Language} from './types.js'

export type {ActionMarker, Filler, FigureWords, Labels, Language, MinutesWords, NoiseRule, PeopleWords, QuoteWords} from './types.js'
export {english} from './en.js'
export {french} from './fr.js'

/**
 * The languages debrief has data for, by code. Adding a language is one file
 * (`src/lang/xx.ts`) and one line here.
 */
export const languages: Readonly<Record<string, Language>> = {en: english, fr: french}

const names = new Intl.DisplayNames(['en'], {type: 'language'})

/**
 * The language for a BCP 47 code (`fr`, `fr-CA`, `de`), or `undefined` when
 * no such language exists. A language without data of its own (`de`, `ja`)
 * gets English rules under its own code, so that sentences are still split
 * its way.
 */
export function languageFor(code: string): Language | undefined {
  let canonical: string
  try {
    canonical = Intl.getCanonicalLocales(code.trim())[0] ?? ''
  } catch (error) {
    if (error instanceof RangeError) return undefined
    throw error
  }
  const primary = canonical.split('-')[0]!
  const data = languages[primary]
  if (data) return canonical === data.code ? data : {...data, code: canonical}
  const name = names.of(primary)
  if (!name || name === primary) return undefined
  return {...english, code: canonical, name}
}

/** Shortest text, in letters, that a language is detected in; shorter text is taken as English. */
const minimumLetters = 40

/**
 * The language a text is written in, as a code (`en`, `fr`, `ja`). Text
 * whose words are mostly English function words is English at once; other
 * text is detected with tinyld, loaded only then. Text too short to tell, or
 * in a language tinyld cannot name, is taken as English.
 */
export function detectLanguage(text: string): string {
  // Code, URLs and Markdown marks say nothing about the language.
  const prose = text
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, ' ')
    .replace(/(?:https?:\/\/|www\.)\S+/g, ' ')
    .replace(/[#*_>`|[\]()-]+/g, ' ')
    .slice(0, 4000)
  if ((prose.match(/\p{L}/gu)?.length ?? 0) < minimumLetters) return english.code
  if (plainlyEnglish(prose)) return english.code
  const code = detector().detect(prose)
  return code && languageFor(code) ? code : english.code
}

/**
 * Whether a third of the words or more are English function words and
 * hardly any are those of another language debrief has data for: the case of
 * most notes, told without loading a detector.
 */
function plainlyEnglish(prose: string): boolean {
  const letters = prose.match(/\p{L}/gu)?.length ?? 0
  if ((prose.match(/\p{Script=Latin}/gu)?.length ?? 0) < letters * 0.8) return false
  const words = prose.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? []
  if (words.length < 20) return false
  const share = (language: Language): number => words.filter((word) => language.stopWords.has(word.replace(/’/g, "'"))).length / words.length
  const others = Object.values(languages).filter((language) => language !== english)
  return share(english) >= 0.3 && others.every((language) => share(language) < 0.1)
}

interface Detector {
  detect(text: string): string
}

// Loaded on demand: the detector's trigram tables cost time at startup, and
// most runs say their language or need no detection.
function detector(): Detector {
  return createRequire(import.meta.url)('tinyld/light') as Detector
}
