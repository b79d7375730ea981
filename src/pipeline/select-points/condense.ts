import {english} from '../../lang/en.js'
import type {Language} from '../../lang/types.js'
import {cutToWidth} from '../../text/text-width.js'

export interface CondenseOptions {
  /** Widest bullet in characters, URLs counted as shown (default: `180`). */
  readonly maxWidth?: number
  /** The language of the text: its fillers (default: English). */
  readonly language?: Language
}

/**
 * Turn a sentence into bullet text of about `maxWords` words: the language's
 * fillers (reporting frames, hedges) go, which only deletes words, so a
 * bullet never says what the sentence did not;
 * sentences up to a quarter longer stay whole, longer ones are split into at
 * most two bullets at clause boundaries (a comma, semicolon, colon or dash
 * outside parentheses); what does not fit is marked with "…". A bullet is
 * also at most `maxWidth` characters wide (URLs counted as shown, shortened).
 * Cuts inside a word only where a run has no spaces (CJK), and never changes
 * a word: figures and names stay as written.
 */
export function condense(text: string, maxWords: number, options?: Readonly<CondenseOptions>): string[] {
  const maxWidth = options?.maxWidth ?? 180
  const {fillers, spacedPunctuation} = options?.language ?? english
  let stripped = text
  // ", he says," between two clauses leaves its comma behind.
  for (const filler of fillers) {
    if (filler.keepWhen?.test(text)) continue
    stripped = stripped.replace(filler.pattern, (match, ...rest) => {
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
  if (stripped.split(' ').length < 4) stripped = text
  // A sentence now starting mid-way gets its capital, unless its first word
  // is written with capitals inside ("eBay", "iPhone").
  else if (/^\p{Ll}[\p{Ll}'’-]*(?:\s|$|[,.;:])/u.test(stripped)) stripped = stripped[0]!.toUpperCase() + stripped.slice(1)

  const limit = Math.ceil(maxWords * 1.25)
  const words = stripped.split(' ')
  if (words.length <= limit) return [cutToWidth(stripped, maxWidth)]
  const clauses: string[][] = [[]]
  let open = 0
  words.forEach((word, index) => {
    clauses.at(-1)!.push(word)
    open += (word.match(/[([{]/g)?.length ?? 0) - (word.match(/[)\]}]/g)?.length ?? 0)
    if (open <= 0 && index < words.length - 3 && /^(?:.*[,;:]|[—–-])$/.test(word) && clauses.at(-1)!.length >= 3) clauses.push([])
  })
  const pieces: string[] = []
  let piece: string[] = []
  let cut = false
  for (const clause of clauses) {
    if (piece.length + clause.length <= limit) {
      piece.push(...clause)
      continue
    }
    if (piece.length > 0) pieces.push(finish(piece))
    piece = [...clause]
    if (pieces.length === 2) {
      cut = true
      piece = []
      break
    }
  }
  if (piece.length > 0 && pieces.length < 2) pieces.push(finish(piece))
  else if (piece.length > 0) cut = true
  return pieces.map((value, index) => {
    const tokens = value.split(' ')
    const long = tokens.length > limit
    const shown = long ? finish(tokens.slice(0, maxWords)) : value
    const marked = long || (cut && index === pieces.length - 1) ? `${shown} …` : shown
    return cutToWidth(marked, maxWidth)
  })
}

/** Words back to text, without a dangling clause mark at the end. */
function finish(words: readonly string[]): string {
  return words.join(' ').trim().replace(/\s*[,;:—–-]$/, '')
}
