import {DeckError, ExitCode} from '../errors.js'
import {english} from '../lang/en.js'
import type {Language} from '../lang/types.js'
import {isoDate} from '../text/dates.js'
import {leansBack} from '../lang/leaning.js'
import {withDefaults} from '../text/settings.js'
import type {Bullet, ContentSlide, Deck, DeckMeta, Figure, NumbersSlide, Origin, Person, Quote, SectionId, SectionSlide, Slide, SummarySlide} from '../types.js'

export interface VerifyOptions {
  /** Name of the notes in messages (default: `'stdin'`). */
  readonly file?: string
  /** Fail with a `DeckError` (`ExitCode.Unsupported`) on the first finding instead of taking it off the slide (default: `false`). */
  readonly strict?: boolean
  /** The notes are a log that was put oldest first: their first lines are at the end of the text (default: `false`). */
  readonly reversed?: boolean
  /** Non-blank lines at the start of the notes that may hold the event and its date (default: `5`). */
  readonly openingLines?: number
  /** Most words a bullet may leave out between two of its words without a "…" (default: `3`, for fillers such as ", he says,"). */
  readonly maxGap?: number
  /** The language of the notes: how it writes dates, leans on a sentence, lists people (default: English). */
  readonly language?: Language
}

const defaults = {file: 'stdin', strict: false, reversed: false, openingLines: 5, maxGap: 3, language: english as Language}

type Settings = typeof defaults

/** What the verify stage checks. */
export type Check =
  /** A bullet, takeaway or quote whose words are not its source's words in order. */
  | 'words'
  /** A sub-bullet cut from the sentence above it: the notes do not nest it. */
  | 'nest'
  /** A bullet that leans on the sentence before it ("They …", "This …") without it. */
  | 'leaning'
  /** Markdown or an HTML entity shown as text (`**`, `\##`, `&amp;`). */
  | 'markup'
  /** A person's name shown as a speaker or on a quote that the notes do not write on one line. */
  | 'name'
  /** A role or organisation not written beside its person. */
  | 'role'
  /** A date or event on the title slide that the front matter, the title, the first lines or a dated line do not hold. */
  | 'meta'
  /** A bold figure that is not a number of its source (a clock time, part of a name). */
  | 'figure'

/** Something the verify stage took off the slides (or, with `strict`, failed on). */
export interface Finding {
  readonly check: Check
  /** Source line of what was shown (`1` for the title slide). */
  readonly line: number
  /** What the slide showed. */
  readonly text: string
  /** Why it cannot stay, in words. */
  readonly reason: string
}

export interface Verified {
  /** The deck with every finding taken off its slides (their sources stay in the speaker notes). */
  readonly deck: Deck
  readonly findings: readonly Finding[]
}

/**
 * Check a composed deck against its notes before it is shown, so that it
 * never says what the notes do not:
 * - every bullet, takeaway and quote is the words of its source sentence in
 *   order, with only deletions (longer ones marked "…");
 * - a sub-bullet comes from a line the notes nest, never from a cut sentence;
 * - a sentence that leans on the one before it ("They …", "This causes …")
 *   is shown after it, on the same slide;
 * - no Markdown or HTML entity is shown as text;
 * - every name shown as a speaker or on a quote is written so on one line of
 *   the notes, and a role or organisation beside that name;
 * - the date and event of the title slide come from the front matter, the
 *   title, the first lines or a line that is a date, never from the body;
 * - every bold figure is a number of its source, not a clock time or a part
 *   of a name ("10:21 people", "COVID-19 cases").
 * What fails is taken off the slide (its source stays in the speaker notes)
 * and returned as a finding; with `strict`, the first finding is thrown as a
 * `DeckError` naming its source line. Pure.
 */
export function verifyDeck(deck: Deck, notes: string, options?: Readonly<VerifyOptions>): Verified {
  const settings = withDefaults(defaults, options)
  const source = new NotesText(notes)
  const findings: Finding[] = []
  const fail = (finding: Finding): void => {
    if (settings.strict) {
      throw new DeckError(`${settings.file}:${finding.line}: ${finding.reason}: “${finding.text}” (--strict)`, ExitCode.Unsupported)
    }
    findings.push(finding)
  }
  const meta = verifyMeta(deck.meta, source, settings, fail)
  const people = deck.slides.flatMap((slide) => (slide.type === 'section' ? slide.people : []))
  const slides: Slide[] = []
  for (const slide of deck.slides) {
    const checked = verifySlide(slide, {source, settings, people, meta, fail})
    if (checked) slides.push(checked)
  }
  return {deck: {meta: {...meta, title: deck.meta.title}, slides: mergeEmpty(slides)}, findings}
}

interface Context {
  readonly source: NotesText
  readonly settings: Settings
  readonly people: readonly Person[]
  readonly meta: DeckMeta
  readonly fail: (finding: Finding) => void
}

function verifySlide(slide: Slide, context: Context): Slide | undefined {
  switch (slide.type) {
    case 'title': {
      // What the deck's meta lost, the title slide loses too.
      const {date, event, ...rest} = slide.meta
      return {...slide, meta: {...rest, ...(date !== undefined && context.meta.date === date ? {date} : {}), ...(event !== undefined && context.meta.event === event ? {event} : {})}}
    }
    case 'content':
      return {...slide, bullets: verifyBullets(slide, context)}
    case 'summary':
      return verifySummary(slide, context)
    case 'section':
      return verifySection(slide, context)
    case 'quote':
      return verifyQuote(slide.quote, context) ? {...slide, quote: verifyAttribution(slide.quote, context)} : undefined
    case 'numbers':
      return verifyNumbers(slide, context)
    default:
      return slide
  }
}

function verifyBullets(slide: ContentSlide, context: Context): Bullet[] {
  const {fail, settings} = context
  const failed = new Set<Origin>()
  const check = (bullet: Bullet, check: Check, reason: string): void => {
    failed.add(bullet.origin)
    fail({check, line: bullet.origin.line, text: bullet.text, reason})
  }
  slide.bullets.forEach((bullet, index) => {
    const parent = [...slide.bullets.slice(0, index)].reverse().find((other) => other.depth < bullet.depth)
    if (!deletionOnly(bullet.text, bullet.origin.text, settings.maxGap)) check(bullet, 'words', 'not the words of its source in order')
    else if (markup(bullet.text)) check(bullet, 'markup', 'Markdown or an HTML entity shown as text')
    else if (bullet.depth > 0 && parent && sameOrigin(parent.origin, bullet.origin)) check(bullet, 'nest', 'a sub-bullet cut from the sentence above it')
    else if (bullet.leansOn && !leanedOn(slide.bullets.slice(0, index), bullet, settings.language)) {
      check(bullet, 'leaning', 'leans on the sentence before it, which is not on the slide before it')
    }
  })
  // A sentence is shown whole or not at all: all its bullets go together.
  return slide.bullets.filter((bullet) => ![...failed].some((origin) => sameOrigin(origin, bullet.origin)))
}

function verifySummary(slide: SummarySlide, context: Context): SummarySlide | undefined {
  const bullets = slide.bullets.filter((bullet) => {
    if (!deletionOnly(bullet.text, bullet.origin.text, context.settings.maxGap)) {
      context.fail({check: 'words', line: bullet.origin.line, text: bullet.text, reason: 'not the words of its source in order'})
      return false
    }
    if (markup(bullet.text)) {
      context.fail({check: 'markup', line: bullet.origin.line, text: bullet.text, reason: 'Markdown or an HTML entity shown as text'})
      return false
    }
    if (bullet.leansOn && !leanedOn(slide.bullets, bullet, context.settings.language)) {
      context.fail({check: 'leaning', line: bullet.origin.line, text: bullet.text, reason: 'leans on the sentence before it, which is not on the slide before it'})
      return false
    }
    return true
  })
  return bullets.length > 0 ? {...slide, bullets} : undefined
}

function verifySection(slide: SectionSlide, context: Context): SectionSlide | undefined {
  const {source, fail} = context
  const others = slide.people.map((person) => person.name)
  const people: Person[] = []
  for (const person of slide.people) {
    if (!source.onOneLine(person.name)) {
      fail({check: 'name', line: lineOfSection(slide.section), text: person.name, reason: 'a speaker the notes do not name on one line'})
      continue
    }
    let shown: Person = {name: person.name}
    for (const key of ['role', 'organisation'] as const) {
      const value = person[key]
      if (value === undefined) continue
      if (source.beside(person.name, value, others.filter((name) => name !== person.name))) shown = {...shown, [key]: value}
      else fail({check: 'role', line: lineOfSection(slide.section), text: `${person.name} — ${value}`, reason: `a ${key} not written beside its person`})
    }
    people.push(shown)
  }
  return people.length > 0 ? {...slide, people} : undefined
}

function verifyQuote(quote: Quote, context: Context): boolean {
  const {settings, fail} = context
  const words = quote.text.split(/\s+/).length
  if (!deletionOnly(quote.text, quote.origin.text, settings.maxGap) || (quote.context !== undefined && !deletionOnly(quote.context, quote.origin.text, settings.maxGap))) {
    fail({check: 'words', line: quote.origin.line, text: quote.text, reason: 'a quote that is not the words of its source in order'})
    return false
  }
  if (markup(quote.text) && words > 0) {
    fail({check: 'markup', line: quote.origin.line, text: quote.text, reason: 'Markdown or an HTML entity shown as text'})
    return false
  }
  return true
}

function verifyAttribution(quote: Quote, context: Context): Quote {
  if (quote.attribution === undefined) return quote
  const names = quote.attribution.split(/\s*&\s*/)
  if (names.every((name) => context.source.onOneLine(name))) return quote
  context.fail({check: 'name', line: quote.origin.line, text: quote.attribution, reason: 'a quote credited to a name the notes do not write on one line'})
  const {attribution: _dropped, ...rest} = quote
  return rest
}

function verifyNumbers(slide: NumbersSlide, context: Context): NumbersSlide | undefined {
  const {settings, fail} = context
  const figures: Figure[] = []
  for (const figure of slide.figures) {
    if (!deletionOnly(figure.context, figure.origin.text, settings.maxGap)) {
      fail({check: 'words', line: figure.origin.line, text: figure.context, reason: 'a figure context that is not the words of its source in order'})
      continue
    }
    const values = [figure.value, ...(figure.also ?? [])]
    const wrong = values.find((value) => !standsAlone(value, figure.context))
    if (wrong !== undefined) {
      fail({check: 'figure', line: figure.origin.line, text: wrong, reason: `a bold figure that is part of something else in “${figure.context}”`})
      continue
    }
    figures.push(figure)
  }
  return figures.length > 0 ? {...slide, figures} : undefined
}

/** The date and event, kept only when the notes give them where a date of the event is written. */
function verifyMeta(meta: DeckMeta, source: NotesText, settings: Settings, fail: (finding: Finding) => void): DeckMeta {
  const allowed = source.metaLines(settings.openingLines, settings.reversed, meta.title, settings.language)
  let result: DeckMeta = meta
  if (meta.date !== undefined) {
    const date = meta.date
    const found = allowed.some((line) => line.includes(date) || isoDate(line, {language: settings.language}) === date || datesOf(line, settings.language).includes(date))
    if (!found) {
      fail({check: 'meta', line: 1, text: date, reason: 'a date not in the front matter, the title, the first lines or a dated line'})
      const {date: _date, ...rest} = result
      result = rest
    }
  }
  if (meta.event !== undefined) {
    const event = meta.event
    const key = phrase(event)
    const found = allowed.some((line) => !citation(line, event) && ` ${tokens(line).join(' ')} `.includes(key))
    if (!found) {
      fail({check: 'meta', line: 1, text: event, reason: 'an event not in the front matter, the title, the first lines or a dated line'})
      const {event: _event, ...rest} = result
      result = rest
    }
  }
  return result
}

/** Every ISO date a line writes, in any of the forms `isoDate` reads. */
function datesOf(line: string, language: Language): string[] {
  const found: string[] = []
  let rest = line
  for (let date = isoDate(rest, {language}); date !== undefined && found.length < 8; date = isoDate(rest, {language})) {
    found.push(date)
    rest = rest.replace(/\d{4}/, '')
  }
  return found
}

/** "(Smith 2013)", "Smith et al. 2013": a reference in the text, not an event. */
function citation(line: string, event: string): boolean {
  const at = line.indexOf(event)
  if (at < 0) return false
  const before = line.slice(0, at)
  return /\(\s*$|\bet al\.?\s*$/.test(before) || /^\s*(?:et al\b|[,;]\s*\p{Lu}[\p{L}-]+\s+(?:19|20)\d\d)/u.test(line.slice(at + event.length))
}

/** Content slides left empty give their speaker notes to the slide before them in the section. */
function mergeEmpty(slides: readonly Slide[]): Slide[] {
  const result: Slide[] = []
  for (const slide of slides) {
    const previous = result.at(-1)
    if (slide.type === 'content' && slide.bullets.length === 0 && !slide.code && previous?.type === 'content' && previous.section === slide.section) {
      result[result.length - 1] = {...previous, notes: [...previous.notes, ...slide.notes]}
      continue
    }
    result.push(slide)
  }
  return result
}

/**
 * Whether `shown` is `source` with only deletions: its words in order, where
 * a "…" may stand for any number of left-out words and, elsewhere, at most
 * `maxGap` words are left out between two shown words.
 */
export function deletionOnly(shown: string, source: string, maxGap: number): boolean {
  const words = tokens(source)
  // A word cut by a "…" is a part of its source word.
  const runs = shown.split(/…/).map((run, index, all) => ({
    words: tokens(run),
    cutEnd: index < all.length - 1 && run.length > 0 && !/[\s\p{P}]$/u.test(run),
    cutStart: index > 0 && run.length > 0 && !/^[\s\p{P}]/u.test(run)
  }))
  let from = 0
  for (const run of runs) {
    if (run.words.length === 0) continue
    const end = matchRun(run.words, words, from, maxGap, run.cutStart, run.cutEnd)
    if (end < 0) return false
    from = end
  }
  return true
}

/** The index after the first match of `run` in `words` at or after `from`, or -1. */
function matchRun(run: readonly string[], words: readonly string[], from: number, maxGap: number, cutStart: boolean, cutEnd: boolean): number {
  const equal = (index: number, word: number): boolean => {
    const shown = run[index]!
    const source = words[word]!
    if (shown === source) return true
    if (index === run.length - 1 && cutEnd && source.startsWith(shown)) return true
    return index === 0 && cutStart && source.endsWith(shown)
  }
  // reachable[k]: positions where run[k] can be matched.
  let reachable: number[] = []
  for (let word = from; word < words.length; word++) if (equal(0, word)) reachable.push(word)
  for (let index = 1; index < run.length && reachable.length > 0; index++) {
    const next: number[] = []
    let pointer = 0
    for (let word = reachable[0]! + 1; word < words.length; word++) {
      while (pointer < reachable.length && word - reachable[pointer]! > maxGap + 1) pointer++
      if (pointer >= reachable.length) break
      if (reachable[pointer]! < word && equal(index, word)) next.push(word)
    }
    reachable = next
  }
  return reachable.length > 0 ? reachable[0]! + 1 : -1
}

/** Markdown or an HTML entity that would show as text, outside code spans: `**`, `__`, `\#`, a leading `#`, `&amp;`. */
function markup(text: string): boolean {
  // Code spans show their text as written.
  return /\*\*|__|\\[#*_`[\]]|^#{1,6}(?:\s|#|$)|&(?:[a-z]{2,8}|#\d{2,5}|#x[\da-f]{2,5});/i.test(text.replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, ' '))
}

/** Whether `value` stands on its own at its first place in `text`: not a clock time's minutes, not the end of a name ("COVID-19"). */
function standsAlone(value: string, text: string): boolean {
  const at = text.indexOf(value)
  if (at < 0) return false
  const before = text.slice(Math.max(0, at - 2), at)
  const after = text.slice(at + value.length, at + value.length + 1)
  return !/[\p{L}\p{N}]$|[\p{L}\p{N}][:\-–./,]$/u.test(before) && !/^[\p{L}\p{N}]/u.test(after)
}

/** Whether the bullets show the sentence a leaning bullet leans on: at all for "They …", whole for "the latter". */
function leanedOn(bullets: readonly Bullet[], bullet: Bullet, language: Language): boolean {
  const leaning = leansBack(bullet.text, language)
  if (leaning === false || bullet.leansOn === undefined) return true
  const parts = bullets.filter((other) => sameOrigin(other.origin, bullet.leansOn!))
  return parts.length > 0 && (leaning === 'start' || parts.every((other) => !other.text.endsWith('…')))
}

/** The source line a section id names (`L12` → 12). */
function lineOfSection(section: SectionId): number {
  return Number(/^L(\d+)/.exec(section)?.[1] ?? 1)
}

function sameOrigin(a: Origin, b: Origin): boolean {
  return a === b || (a.line === b.line && a.text === b.text)
}

/** The notes as lines of words, to look names, roles, dates and events up in. */
class NotesText {
  readonly lines: readonly string[]
  readonly #words: readonly string[]

  constructor(text: string) {
    this.lines = text.split('\n')
    this.#words = this.lines.map((line) => ` ${tokens(line).join(' ')} `)
  }

  /** Whether a phrase is written so, its words in order, on one line. */
  onOneLine(text: string): boolean {
    const key = phrase(text)
    return key.trim() !== '' && this.#words.some((line) => line.includes(key))
  }

  /**
   * Whether `about` (a role, an organisation) is written on a line with
   * `name`, close to it, and no one of `others` stands between them.
   */
  beside(name: string, about: string, others: readonly string[]): boolean {
    const who = phrase(name)
    const what = phrase(about)
    const between = others.map(phrase)
    return this.#words.some((line) => {
      for (let at = line.indexOf(who); at >= 0; at = line.indexOf(who, at + 1)) {
        for (let other = line.indexOf(what); other >= 0; other = line.indexOf(what, other + 1)) {
          const gap = other > at ? line.slice(at + who.length, other + 1) : line.slice(other + what.length, at + 1)
          if (gap.split(' ').filter(Boolean).length > 8) continue
          // "Cleo Park, head baker at Crumbs, and Dan Wu": what comes before "and" is someone else's.
          if (other < at && ` ${gap}`.includes(' and ')) continue
          // "Ana Ruiz and Ben Ortiz from Acme": people listed together share what follows them.
          const rest = between.reduce((text, person) => text.replaceAll(person, ' '), gap)
          const listed = rest !== gap && other > at && rest.trim().split(/\s+/).every((word) => word === '' || /^(?:and|from|at|of)$/.test(word))
          if (listed || rest === gap) return true
        }
      }
      return false
    })
  }

  /** Lines that may give the event and its date: front matter, title, first (or, reversed, last) lines, dated lines. */
  metaLines(opening: number, reversed: boolean, title: string | undefined, language: Language): string[] {
    const lines = this.lines
    const result: string[] = []
    let start = 0
    const fence = lines[0]?.trim()
    if (fence === '---' || fence === '+++') {
      const end = lines.findIndex((line, index) => index > 0 && line.trim() === fence)
      if (end > 0) {
        result.push(...lines.slice(0, end + 1))
        start = end + 1
      }
    }
    const body = lines.slice(start).filter((line) => line.trim() !== '')
    result.push(...body.slice(0, opening))
    if (reversed) result.push(...body.slice(-opening))
    // One at a time: the title may be on more lines than a call takes arguments.
    if (title !== undefined) for (const line of body) if (line.includes(title)) result.push(line)
    // A dated line: a heading or a label with a date, or a date and a few words.
    for (const line of body) {
      if (isoDate(line, {language}) === undefined) continue
      const words = tokens(line.replace(/\d{4}-\d\d-\d\d|\d{1,4}/g, ' '))
      if (/^\s*#{1,6}\s/.test(line) || language.dateLabel.test(line.replace(/^[\s*_-]+/, '')) || words.length <= 6) result.push(line)
    }
    return result
  }
}

/** Words of a text for comparing: lower case, letters and digits, one a CJK character. */
function tokens(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|[^\s\p{P}\p{S}\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+/gu) ?? []
  )
}

function phrase(text: string): string {
  return ` ${tokens(text).join(' ')} `
}
