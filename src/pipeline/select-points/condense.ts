import {english} from '../../lang/en.js'
import type {Language} from '../../lang/types.js'
import {withDefaults} from '../../text/settings.js'
import {cutToWidth} from '../../text/text-width.js'

export interface CondenseOptions {
  /** Words a bullet aims at; a longer sentence is cut after a clause (default: `12`). */
  readonly maxWords?: number
  /** Fewest words a cut bullet keeps (default: `5`). */
  readonly minWords?: number
  /** Longest sentence kept whole when it has no safe cut; longer ones are left out (default: `24`). */
  readonly maxWhole?: number
  /** Widest bullet in characters, URLs counted as shown (default: `180`). */
  readonly maxWidth?: number
  /** The language of the text: its fillers and where a sentence may be cut (default: English). */
  readonly language?: Language
}

const defaults = {maxWords: 12, minWords: 5, maxWhole: 24, maxWidth: 180, language: english}

type Settings = typeof defaults

/**
 * Turn a sentence into bullet text of about `maxWords` words, by deletion
 * only: the language's fillers (reporting frames, hedges) go; a sentence of
 * up to `maxWords` words stays whole; a longer one keeps its first clause or
 * clauses up to a safe cut (a comma, semicolon, colon or dash outside
 * parentheses and quotes; not after an opening "If …", "For …" or a word that
 * needs more, "how", "of"; not before "unless", "not", "only", "or" …; not
 * when what is left out turns what is kept, "but", "harder", "not" …: the
 * language's `cuts`), marked with "…"; a cut that saves three words or fewer
 * is not made. A sentence with no safe cut is kept whole up to `maxWhole`
 * words, and is left out (`undefined`) beyond: it stays in the speaker notes.
 * So is what a reporting frame leaves of "They talk about X, Y and Z", a list
 * of topics: cut, it would be a run of nouns with no verb.
 * Never changes a word: figures and names stay as written.
 */
export function condense(text: string, options?: Readonly<CondenseOptions>): string | undefined {
  const settings = withDefaults(defaults, options)
  const {text: stripped, topic} = stripFillers(text, settings.language)
  const words = stripped.split(' ')
  if (words.length <= settings.maxWords) return cutToWidth(stripped, settings.maxWidth)
  // What a reporting frame leaves of "They talk about X, Y and Z" is a list
  // of topics with no verb: whole, or not at all.
  if (topic) return words.length <= settings.maxWhole ? cutToWidth(stripped, settings.maxWidth) : undefined
  const cut = safeCut(words, settings)
  // A cut that saves three words or fewer is not worth the "…".
  if (cut !== undefined && words.length - cut > 3) return cutToWidth(`${finish(words.slice(0, cut))} …`, settings.maxWidth)
  if (words.length <= settings.maxWords + 3) return cutToWidth(stripped, settings.maxWidth)
  return words.length <= settings.maxWhole ? cutToWidth(stripped, settings.maxWidth) : undefined
}

/**
 * The sentence without its fillers, and whether what is left is a topic (a
 * noun phrase a frame talked about, see `Filler.leavesClause`); the sentence
 * itself when too little is left.
 */
function stripFillers(text: string, language: Language): {text: string; topic: boolean} {
  const {fillers, spacedPunctuation} = language
  let stripped = text
  let topic = false
  // ", he says," between two clauses leaves its comma behind.
  for (const filler of fillers) {
    if (filler.keepWhen?.test(text)) continue
    stripped = stripped.replace(filler.pattern, (match, ...rest) => {
      if (filler.leavesClause && !filler.leavesClause.test(match)) topic = true
      if (!/^,.*,$/.test(match)) return ' '
      // ", he says," after a clause ("To win, he says, …") leaves its comma;
      // between a short subject and its verb ("The press, he says, needs")
      // it leaves none.
      const offset = rest.find((value) => typeof value === 'number') as number
      const before = stripped.slice(0, offset).trim()
      return before.split(/\s+/).length <= 4 && !before.includes(',') ? ' ' : ', '
    })
  }
  // What a removed filler leaves: doubled spaces, a space before a comma.
  const tight = [...',.;:!?'].filter((mark) => !spacedPunctuation.includes(mark)).join('')
  stripped = stripped.replace(/\s+/g, ' ').replace(new RegExp(`\\s+([${tight}])`, 'g'), '$1').trim()
  // Keep the sentence when stripping left too little of it.
  if (stripped.split(' ').length < 4) return {text: text.replace(/\s+/g, ' ').trim(), topic: false}
  // A sentence now starting mid-way gets its capital, unless its first word
  // is written with capitals inside ("eBay", "iPhone").
  if (/^\p{Ll}[\p{Ll}'’-]*(?:\s|$|[,.;:])/u.test(stripped)) return {text: stripped[0]!.toUpperCase() + stripped.slice(1), topic}
  return {text: stripped, topic}
}

/**
 * Where a sentence can end early without saying something else: the number
 * of words kept, the longest such cut within `maxWords` (or a little over),
 * or `undefined` when there is none.
 */
function safeCut(words: readonly string[], settings: Settings): number | undefined {
  const {opensSubordinate, restricting, turning} = settings.language.cuts
  if (opensSubordinate.test(words[0]!)) return undefined
  let open = 0
  let quotes = 0
  let best: number | undefined
  for (let index = 0; index < words.length - 2 && index < settings.maxWords + 2; index++) {
    const word = words[index]!
    open += (word.match(/[([{]/g)?.length ?? 0) - (word.match(/[)\]}]/g)?.length ?? 0)
    quotes += word.match(/["“”«»]/g)?.length ?? 0
    const marked = /[,;:]$/.test(word) || /^[—–-]$/.test(words[index + 1]!)
    const kept = /^[—–-]$/.test(word) ? index : index + 1
    if (!marked || open > 0 || quotes % 2 === 1 || kept < settings.minWords) continue
    const next = words.slice(index + 1, index + 3).join(' ').replace(/^[—–-]\s*/, '')
    if (restricting.test(next)) continue
    // What the cut leaves out may turn what it keeps ("…, but …", "… is harder").
    if (turning.test(words.slice(kept).join(' '))) continue
    if (leansOn(words.slice(0, kept), settings.language)) continue
    if (best === undefined || kept <= settings.maxWords) best = kept
  }
  return best
}

/**
 * Whether a cut there leaves the sentence hanging: it ends on a word that
 * needs more ("of", "the", "how"), also before a short aside ("talks about
 * how, together, …").
 */
function leansOn(prefix: readonly string[], language: Language): boolean {
  const {needsMore} = language.cuts
  const bare = (word: string): string => word.replace(/[,;:—–-]+$/, '')
  if (needsMore.test(bare(prefix.at(-1)!))) return true
  // The last clause of a word or two is an aside: look at the word before it.
  for (let back = 2; back <= 3 && back < prefix.length; back++) {
    const before = prefix[prefix.length - back]!
    if (/[,;:]$/.test(before)) return needsMore.test(bare(before))
  }
  return false
}

/** Words back to text, without a dangling clause mark at the end. */
function finish(words: readonly string[]): string {
  return words.join(' ').trim().replace(/\s*[,;:—–-]+$/, '')
}
