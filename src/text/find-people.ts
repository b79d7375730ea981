import {contextLines, tagLine} from './nlp.js'
import {english} from '../lang/en.js'
import type {Language, PeopleWords} from '../lang/types.js'

/** A person introduced in the notes, with what the notes say they do. */
export interface Person {
  readonly name: string
  readonly role?: string
  readonly organisation?: string
}

/** People and organisations named in a piece of notes. */
export interface Cast {
  readonly people: readonly Person[]
  readonly organisations: readonly string[]
}

export interface PeopleOptions {
  /** The language of the text: its role words and the words that are never names (default: English). */
  readonly language?: Language
  /**
   * Whether compromise's lexicon is asked about names the patterns leave
   * open (default: `true`). Without it, the patterns alone find people: for
   * notes so long that tagging them would take minutes.
   */
  readonly lexicon?: boolean
}

const word = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]+`
// A name is written on one line: two list items "Intro by Ana" / "Ben Ortiz …" are two things.
const nameRun = new RegExp(String.raw`(?<![\p{L}\p{M}])${word}(?:[ \t]+${word}){1,3}(?![\p{L}\p{M}])`, 'gu')
// A capitalised word, dots only inside it ("Node.js"), never at its end.
const orgToken = String.raw`(?:\p{Lu}[\p{L}\p{M}\p{N}&'’-]*(?:\.[\p{L}\p{N}]+)*)`
// Word boundaries that hold for any letter, not only ASCII ones (`\b` does not).
const start = String.raw`(?<![\p{L}\p{N}])`
const end = String.raw`(?![\p{L}\p{N}])`

// Characters read on either side of a name for a question from the floor, at most.
const aroundName = 500

/** The patterns that read introductions, made of the language's connecting words. */
function introductions({organisationAt: at, personFrom: from, joining, article, introducing}: PeopleWords) {
  const where = `${at}|${from}`
  return {
    // "at Acme", "from the Acme Group", "of Acme (ACME)".
    orgAfter: new RegExp(String.raw`${start}(?:${where})\s+(?:(?:${article})\s+)?(${orgToken}(?:\s+(?:&\s+)?${orgToken}){0,4})(?:\s+\((\p{Lu}{2,})\))?`, 'gu'),
    afterName: new RegExp(String.raw`${word}\s+${word}(?:\s+(?:${joining})\s+${word}\s+${word})?\s*$`, 'u'),
    fromNext: new RegExp(String.raw`^\s+(?:${where})\s+\p{Lu}`, 'u'),
    roleThenWhere: new RegExp(String.raw`^,\s*(?:[\p{L}-]+\s+){0,4}[\p{L}-]+(?:,|\s+(?:${where})${end})`, 'u'),
    andName: new RegExp(String.raw`^\s+(?:${joining})\s+\p{Lu}[\p{Ll}\p{M}]+\s+\p{Lu}[\p{Ll}\p{M}]+`, 'u'),
    listedBefore: new RegExp(String.raw`(?:${start}(?:${introducing}|${joining})\s+|,\s*)$`, 'u'),
    listedAfter: new RegExp(String.raw`^(?:,|\s+(?:${joining})${end}|\s*\(|\s+(?:${from})${end}|[.;!?]|$)`, 'u'),
    afterOrganisation: new RegExp(String.raw`${start}(?:${at})\s+[\p{Lu}][^,]*,\s*$`, 'u')
  }
}
/**
 * Find the people introduced in a text and the organisations they come from,
 * from how introductions are written: "Jane Roe, Staff Engineer at Acme",
 * "founder of Acme, Jane Roe", "Jane Roe from Acme", "headed by Jane Roe and
 * John Doe", and the people that compromise's lexicon recognises. Names are
 * two or three capitalised words; a single surname refers back to someone
 * found before (pass them as `known`).
 */
export function findPeople(text: string, known: readonly Person[] = [], options?: Readonly<PeopleOptions>): Cast {
  const words = (options?.language ?? english).people
  const {roleWords, notNames, questioning} = words
  const patterns = introductions(words)
  const people = new Map<string, Person>()
  const organisations: string[] = []
  // compromise's lexicon is the slow part: ask it only when the patterns do
  // not tell, and only about the lines that hold the word asked about.
  const lexicon = new Map<string, boolean>()
  const asking = options?.lexicon ?? true
  const lexiconPerson = (surname: string): boolean => {
    if (!asking) return false
    const cached = lexicon.get(surname)
    if (cached !== undefined) return cached
    const found = contextLines(text, surname).some((line) => tagLine(line).people.some((name) => name.replace(/[’']s$|[,.;:!?)]+$/g, '').trim().includes(surname)))
    lexicon.set(surname, found)
    return found
  }

  // Organisations named after a role or a person: "at Acme", "from Acme", "of Acme (ACME)".
  for (const match of text.matchAll(patterns.orgAfter)) {
    const before = text.slice(Math.max(0, match.index - 60), match.index)
    const afterRole = [...before.split(/[^\p{L}-]+/u).slice(-4)].some((token) => roleWords.has(token.toLowerCase()))
    const afterName = patterns.afterName.test(before.trimEnd())
    if (!afterRole && !afterName) continue
    const name = trimOrganisation(match[2] ?? match[1]!, words)
    // "… with Ana Ruiz from Harbor Clinic": a name followed by where they are from is a person.
    const rest = text.slice(match.index + match[0].length)
    if (patterns.fromNext.test(rest)) continue
    if (name && !organisations.includes(name)) organisations.push(name)
  }

  const firstNames = new Map<string, boolean>()
  const isFirstName = (token: string): boolean => {
    if (!asking) return false
    const cached = firstNames.get(token)
    if (cached !== undefined) return cached
    const found = contextLines(text, token).some((line) =>
      tagLine(line).terms.some((term) => term.tags.includes('FirstName') && term.text.replace(/[^\p{L}\p{M}'’-]/gu, '') === token)
    )
    firstNames.set(token, found)
    return found
  }
  for (const match of text.matchAll(nameRun)) {
    let tokens = match[0].split(/[ \t]+/)
    // Drop job-title words at the end: "Yuzhui Liu Team Lead" → "Yuzhui Liu".
    while (tokens.length > 0 && roleWords.has(tokens.at(-1)!.toLowerCase())) tokens.pop()
    while (tokens.length > 0 && (notNames.has(tokens[0]!.toLowerCase()) || roleWords.has(tokens[0]!.toLowerCase()))) tokens.shift()
    // Words before a first name are not part of the name: "Hackathon Winner Sam Lee" → "Sam Lee".
    if (tokens.length >= 3 && !isFirstName(tokens[0]!)) {
      const first = tokens.findIndex((token, index) => index > 0 && isFirstName(token))
      if (first > 0) tokens = tokens.slice(first)
    }
    // The line the name is on; in a line of thousands of characters (a
    // paragraph pasted as one), the stretch around the name: reading the whole
    // line for each name in it would be quadratic.
    const from = Math.max(0, match.index - aroundName)
    const head = text.slice(from, match.index)
    const tail = text.slice(match.index, match.index + aroundName)
    const line = head.slice(head.lastIndexOf('\n') + 1) + (tail.includes('\n') ? tail.slice(0, tail.indexOf('\n')) : tail)
    if (questioning.test(line)) continue
    if (tokens.length < 2 || tokens.length > 3) continue
    if (tokens.some((token) => roleWords.has(token.toLowerCase()) || notNames.has(token.toLowerCase()))) continue
    const name = tokens.join(' ').replace(/[’']s$/, '')
    if (organisations.some((organisation) => organisation.includes(name) || name.includes(organisation))) continue
    const end = match.index + match[0].length
    const after = text.slice(end, end + 80)
    const before = text.slice(Math.max(0, match.index - 80), match.index)
    const introduced =
      (patterns.roleThenWhere.test(after) && roleIn(after.split(/[,.]/)[1] ?? '', words)) ||
      patterns.fromNext.test(after) ||
      patterns.andName.test(after) ||
      (patterns.listedBefore.test(before) && patterns.listedAfter.test(after)) ||
      patterns.afterOrganisation.test(before) ||
      lexiconPerson(tokens.at(-1)!)
    if (!introduced) continue
    const introduction = roleBefore(before, words)
    const role = introduction?.role ?? roleAfter(after, words)
    const organisation = introduction?.organisation ?? organisationAfter(after, organisations, words)
    if (!people.has(name)) people.set(name, {name, ...(role ? {role} : {}), ...(organisation ? {organisation} : {})})
  }

  // Surnames alone refer to people met before: a word of the text (its runs
  // of letters, split once), or for a surname with other marks, a search.
  let textWords: Set<string> | undefined
  const says = (surname: string): boolean =>
    /^\p{L}+$/u.test(surname)
      ? (textWords ??= new Set(text.split(/\P{L}+/u))).has(surname)
      : new RegExp(String.raw`(?<![\p{L}])${surname}(?![\p{L}])`, 'u').test(text)
  for (const person of known) {
    const surname = person.name.split(' ').at(-1)!
    if (!people.has(person.name) && says(surname)) people.set(person.name, person)
  }
  return {people: [...people.values()], organisations}
}

/** "stage the co-founder" → "co-founder": a role starts at a role word. */
function trimRole(text: string, {roleWords}: PeopleWords): string {
  const tokens = text.trim().split(/\s+/)
  while (tokens.length > 1 && !roleWords.has(tokens[0]!.toLowerCase())) tokens.shift()
  return tokens.join(' ')
}

function roleIn(text: string, {roleWords}: PeopleWords): boolean {
  return text.split(/[^\p{L}-]+/u).some((token) => roleWords.has(token.toLowerCase()))
}

/** "Jane Roe, Staff Engineer at Acme, …" → "Staff Engineer". */
function roleAfter(after: string, words: PeopleWords): string | undefined {
  const clause = /^,\s*([^,.;()]+)/u.exec(after)?.[1] ?? ''
  const role = trimRole(clause.split(new RegExp(String.raw`\s+(?:${words.organisationAt}|${words.personFrom}|${words.roleEnds})\s+`, 'u'))[0]!, words)
  return role && roleIn(role, words) && role.split(/\s+/).length <= 5 ? role : undefined
}

/** "…, Staff Engineer at Acme, Jane Roe" → "Staff Engineer", "Acme". */
function roleBefore(before: string, words: PeopleWords): {role: string; organisation: string} | undefined {
  const match = new RegExp(String.raw`(?:^|,\s*|${start}(?:${words.article}|${words.joining})\s+)((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)\s+(?:${words.organisationAt})\s+([^,]+),\s*$`, 'u').exec(before)
  const role = trimRole(match?.[1] ?? '', words)
  const organisation = match?.[2] ? trimOrganisation(match[2].replace(/\s*\([^)]*\)/, ''), words) : undefined
  return role && organisation && roleIn(role, words) ? {role, organisation} : undefined
}

/** The first organisation named after a person, before the next person. */
function organisationAfter(after: string, organisations: readonly string[], {roleWords, joining}: PeopleWords): string | undefined {
  const clauses = (after.split(/[.;!?]/)[0] ?? '').split(',')
  let own = ''
  for (const [index, clause] of clauses.entries()) {
    const next = new RegExp(String.raw`^\s*(?:(?:${joining})\s+)?(${word})\s+(${word})`, 'u').exec(clause)
    if (index > 0 && next && !roleWords.has(next[1]!.toLowerCase()) && !roleWords.has(next[2]!.toLowerCase())) break
    own += clause
  }
  return organisations.find((organisation) => own.includes(organisation))
}

function trimOrganisation(name: string, {notNames}: PeopleWords): string | undefined {
  const tokens = name.replace(/[’']s$/, '').split(/\s+/)
  while (tokens.length > 0 && notNames.has(tokens.at(-1)!.toLowerCase()) && tokens.length > 1 && !/^\p{Lu}{2,}$/u.test(tokens.at(-1)!)) tokens.pop()
  const result = tokens.join(' ').replace(/[.,]$/, '')
  return result.length > 1 && !notNames.has(result.toLowerCase()) ? result : undefined
}
