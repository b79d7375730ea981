import {contextLines, tagLine} from '../text/nlp.js'
import {english} from '../lang/en.js'
import type {Language} from '../lang/types.js'
import {findPeople, type Person} from '../text/find-people.js'
import {terms} from '../text/terms.js'

export interface Named {
  readonly title: string
  /** People first introduced in the section. */
  readonly people: readonly Person[]
}

export interface NameOptions {
  /** Speakers of a transcript's stretch, named in its title (default: none). */
  readonly speakers?: readonly string[]
  /** The language of the notes: its cues, stop words and labels (default: English). */
  readonly language?: Language
  /**
   * The entries that introduce people (default: all). In a transcript, the
   * people a speaker mentions in passing are no speakers of the section.
   */
  readonly introductions?: readonly string[]
  /**
   * Whether compromise is asked which words are names and which are verbs
   * (a key phrase has none) (default: `true`). Without it, for notes of so
   * many sections that it would take minutes, the notes' patterns alone find
   * people, and a section with no one to name it is titled by its first line:
   * a key phrase could hold a verb ("budget approved").
   */
  readonly lexicon?: boolean
}

/**
 * In how many of a deck's sections each term occurs (each section's text
 * counted once, the section being named among them): the other sections, read
 * once for the deck instead of once a section.
 */
export interface SectionTerms {
  readonly frequency: ReadonlyMap<string, number>
}

/** Count the sections each term occurs in, once for all the sections `nameSection` names. */
export function sectionTerms(texts: readonly string[], options?: Readonly<Pick<NameOptions, 'language'>>): SectionTerms {
  const language = options?.language ?? english
  const frequency = new Map<string, number>()
  for (const text of texts) for (const term of new Set(terms(text, {language}))) frequency.set(term, (frequency.get(term) ?? 0) + 1)
  return {frequency}
}

const namedThing = /[‘'“"]((?:\p{Lu}[\p{L}\p{N}’'-]*\s?){2,6})[’'”"]/u

/**
 * Title a section of flat notes by what it is about: the people it introduces
 * and their organisations ("Jane Roe — Acme", "Panel: Acme, Initech"), a
 * named session in quotes, or its key phrase (with the speakers of a
 * transcript). `known` are the people of the sections before; `others` are
 * the texts of the other sections, against which a key phrase must stand out
 * (or the `sectionTerms` of all the sections, this one among them).
 */
export function nameSection(
  entries: readonly string[],
  known: readonly Person[],
  others: readonly string[] | SectionTerms,
  options?: Readonly<NameOptions>
): Named {
  const language = options?.language ?? english
  const {labels} = language
  const text = entries.join('\n')
  const seen = new Set(known.map((person) => person.name))
  const introductions = options?.introductions ? options.introductions.join('\n') : text
  const voices = new Set(options?.speakers ?? [])
  // Only people the notes present as speakers name a section; the others are merely mentioned.
  const lexicon = options?.lexicon ?? true
  const found = findPeople(introductions, known, {language, lexicon}).people
  const people = found.filter(
    (person) => !seen.has(person.name) && presented(person, introductions, language, voices)
  )
  const organisations = [...new Set(people.map((person) => person.organisation).filter((name): name is string => Boolean(name)))]
  // A name the section mentions is no topic: "Carl Jensen" said twice, or in quotes, is not what it is about.
  const all = options?.introductions ? findPeople(text, [...known, ...people], {language, lexicon}).people : found
  const mentioned = new Set(all.flatMap((person) => person.name.split(' ')))
  const named = namedThing.exec(entries[0] ?? '')?.[1]?.trim()
  if (named && !named.split(/\s+/).some((word) => mentioned.has(word))) return {title: named, people}
  if (people.length > 0 && people.length <= 2) {
    const names = people.map((person) => person.name).join(' & ')
    return {title: organisations.length > 0 ? `${names} — ${organisations.join(', ')}` : names, people}
  }
  if (people.length > 2) {
    const panel = labels.panelCue.test(text) ? `${labels.panel}: ` : ''
    const label = organisations.length > 0 ? organisations.join(', ') : labels.others.replace('{first}', people[0]!.name).replace('{second}', people[1]!.name)
    return {title: panel + label, people}
  }
  const cue = language.remarks.exec(entries[0] ?? '')?.[0].replace(/\s+/g, ' ').toLowerCase()
  if (cue) return {title: cue[0]!.toUpperCase() + cue.slice(1), people}
  // A stretch of a transcript: what it is about, and who speaks.
  const shown = [...voices].map(displayName)
  const phrase = lexicon ? keyPhrase(entries, others, language, mentioned) : (entries[0] ?? '').split('\n')[0]!.trim() || labels.untitled
  return {title: shown.length > 0 ? `${phrase} — ${shown.slice(0, 3).join(', ')}${shown.length > 3 ? ' …' : ''}` : phrase, people}
}

/**
 * Whether the notes present a person as a speaker rather than mention them:
 * with their role or organisation ("Jane Roe, CTO at Acme", "Jane Roe from
 * Acme"), as the label of a turn, on a line of their own (a roster, a
 * heading: "Jane Roe (Acme)"), in a sentence with a talk cue ("Jane Roe
 * takes the stage"), or after the words that present someone ("hosted by").
 */
function presented(person: Person, text: string, language: Language, voices: ReadonlySet<string>): boolean {
  if (person.role || person.organisation || voices.has(person.name)) return true
  const {presenting, joining} = language.people
  for (const line of text.split('\n')) {
    if (!line.includes(person.name)) continue
    const bare = line.replace(/^\s*(?:[-*+]\s+|\d+[.)]\s+|#+\s+)?(?:\*\*|__)?/, '').replace(/(?:\*\*|__)?\s*$/, '')
    if (bare.startsWith(person.name) && ownLine.test(bare.slice(person.name.length))) return true
    for (const sentence of line.split(/(?<=[.!?])\s+/)) {
      const at = sentence.indexOf(person.name)
      if (at < 0) continue
      if (language.talkCues.some((cue) => cue.test(sentence))) return true
      // "hosted by Petra Lindqvist and Omar Haddou": the names listed after the words count too.
      const before = sentence.slice(0, at).replace(listedNames(joining), '')
      if (presenting.test(before)) return true
    }
  }
  return false
}

// After a name on a line of its own: nothing, or what they do in brackets or after a comma or dash.
const ownLine = /^\s*(?:\([^)]*\)|[,—–-]\s*[^.!?]{0,60})?\s*$/u
// Names listed before this one: "Petra Lindqvist, Omar Haddou and ".
const listedNames = (joining: string): RegExp =>
  new RegExp(String.raw`(?:\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,2}(?:\s*,\s*|\s+(?:${joining})\s+))+$`, 'u')

/** `MAYA` → `Maya`; names already in mixed case stay as written. */
function displayName(name: string): string {
  // Initials (`JL`) stay as written; a name in capitals (`ANN BERG`) is set in title case.
  if (/^\p{Lu}{1,3}$/u.test(name)) return name
  return name === name.toUpperCase() ? name.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase()) : name
}

// Characters of a section read for its key phrase, at most.
const maxPhraseText = 100_000

/**
 * The phrase of two or three content words (or, failing that, the word) that
 * the section repeats most and the other sections use least, written as the
 * notes write it.
 */
function keyPhrase(entries: readonly string[], others: readonly string[] | SectionTerms, language: Language, names: ReadonlySet<string>): string {
  const elsewhere = usedElsewhere(entries, others, language)
  const text = entries.join('\n')
  // A topic is named by nouns: a phrase holds no verb ("failover took").
  const englishTagging = language.code.split('-')[0] === english.code
  // compromise tags a word where the section says it; only the words of the
  // phrases that could win are asked about.
  const verbs = new Map<string, boolean>()
  const isVerb = (word: string): boolean => {
    // compromise tags English only; in other languages ("jeunes" is no verb)
    // phrases go by the language's stop words alone.
    if (!englishTagging) return false
    const cached = verbs.get(word)
    if (cached !== undefined) return cached
    const found = contextLines(text, word, {ignoreCase: true}).some((line) => tagLine(line).terms.some((term) => term.normal === word && term.tags.includes('Verb')))
    verbs.set(word, found)
    return found
  }
  // Phrases never run across a sentence, a clause or a speaker label.
  // Markup (an HTML tag pasted in the notes) is no topic: "img src assets".
  const all = entries.flatMap((entry) => entry.replace(/<[^>]*>/g, ' ').split(/[.!?;:,()\n]+|\s[—–-]\s/))
  // A long stretch (a day of transcript) is read in clauses spread evenly
  // over it, some `maxPhraseText` characters in all: what it repeats most
  // shows in a sample, and the phrases of all of it would fill the memory.
  const length = all.reduce((sum, clause) => sum + clause.length, 0)
  const step = Math.ceil(length / maxPhraseText)
  const clauses = step > 1 ? all.filter((_, index) => index % step === 0) : all
  // Every occurrence of each phrase, in order: its score counts those with no verb.
  const phrases = new Map<string, {occurrences: Occurrence[]; most: number}>()
  let position = 0
  let order = 0
  for (const clause of clauses) {
    const words = (clause.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).filter((word) => !/^\d+$/.test(word))
    for (let size = 3; size >= 1; size--) {
      for (let index = 0; index + size <= words.length; index++) {
        const phrase = words.slice(index, index + size)
        // Shouting labels (TREASURER) are not topics.
        if (phrase.some((word) => word.length > 3 && word === word.toUpperCase() && /\p{L}/u.test(word))) continue
        const stems = terms(phrase.join(' '), {language})
        if (stems.length !== size) continue
        if (phrase.some((word) => names.has(word))) continue
        const key = stems.join(' ')
        const rarity = stems.filter((stem) => !elsewhere(stem)).length / size
        const entry = phrases.get(key) ?? {occurrences: [], most: 0}
        const score = size * (0.5 + rarity)
        entry.occurrences.push({words: phrase, score, first: position + index, order: order++})
        entry.most += score
        phrases.set(key, entry)
      }
    }
    position += words.length
  }
  // The best phrase by score, then by first occurrence: the phrases in the
  // order of the most they could score, until none left can score as much.
  const ranked = [...phrases.values()].sort((a, b) => b.most - a.most || earlier(a.occurrences[0]!, b.occurrences[0]!))
  let best: Occurrence | undefined
  for (const {occurrences, most} of ranked) {
    if (best && (most < best.score || (most === best.score && earlier(best, occurrences[0]!) < 0))) break
    let score = 0
    let shown: Occurrence | undefined
    for (const occurrence of occurrences) {
      if (occurrence.words.some((word) => isVerb(word.toLowerCase()))) continue
      score += occurrence.score
      shown ??= occurrence
    }
    if (shown && (!best || score > best.score || (score === best.score && earlier(shown, best) < 0))) best = {...shown, score}
  }
  if (!best) return language.labels.untitled
  const phrase = best.words.join(' ')
  return phrase[0]!.toUpperCase() + phrase.slice(1)
}

/** One occurrence of a phrase: its words as written, what it adds to the phrase's score, and where it is. */
interface Occurrence {
  readonly words: readonly string[]
  readonly score: number
  readonly first: number
  /** Its place among all the phrases read: ties of `first` go to the phrase read first. */
  readonly order: number
}

function earlier(a: Occurrence, b: Occurrence): number {
  return a.first - b.first || a.order - b.order
}

/** Whether another section uses a term. */
function usedElsewhere(entries: readonly string[], others: readonly string[] | SectionTerms, language: Language): (term: string) => boolean {
  if (!('frequency' in others)) {
    const otherTerms = new Set(others.flatMap((other) => terms(other, {language})))
    return (term) => otherTerms.has(term)
  }
  const own = new Set(terms(entries.join('\n'), {language}))
  return (term) => (others.frequency.get(term) ?? 0) > (own.has(term) ? 1 : 0)
}
