import {english} from '../lang/en.js'
import type {Language} from '../lang/types.js'
import {findPeople, type Person} from '../text/find-people.js'
import {withDefaults} from '../text/settings.js'
import {cosine, terms} from '../text/terms.js'

export interface SegmentOptions {
  /** Entries on each side compared at a gap, as in TextTiling (default: `2`). */
  readonly window?: number
  /** Fewest entries in a segment found by lexical cohesion alone (default: `2`). */
  readonly minSize?: number
  /** Segments longer than this are split by lexical cohesion even when cues mark talks (default: `8`). */
  readonly maxSize?: number
  /**
   * Most segments in all once lexical cohesion has added its boundaries, the
   * deepest kept: a deck has room for a dozen topics, however long the notes
   * (default: `12`). Boundaries marked by cues are all kept.
   */
  readonly maxSegments?: number
  /** The language of the entries: its talk cues, stop words and role words (default: English). */
  readonly language?: Language
  /** The cue phrases (default: the language's `talkCues`). */
  readonly cues?: readonly RegExp[]
  /** Speaker of each entry, for transcripts: a speaker not heard before opens a segment (default: none). */
  readonly speakers?: ReadonlyArray<string | undefined>
}

const defaults = {window: 2, minSize: 2, maxSize: 8, maxSegments: 12, language: english, speakers: [] as ReadonlyArray<string | undefined>}

/**
 * Split a run of entries (paragraphs, speaker turns) into topical segments;
 * returns the index of the first entry of each segment (always `0` first).
 *
 * Cue phrases that open a talk ("next to the stage", "hands over to") or a new
 * speaker mark boundaries, unless the entry only brings back people of the
 * current segment ("X hands over to Y" within one talk). Where there are no
 * such cues, or between cues far apart, a TextTiling score (Hearst 1997) finds
 * where the vocabulary changes: a gap is a boundary when the similarity of the
 * entries on either side dips deeper than the mean depth plus half a standard
 * deviation.
 */
export function segmentText(entries: readonly string[], options?: Readonly<SegmentOptions>): number[] {
  const settings = withDefaults(defaults, options)
  const {language} = settings
  const cues = options?.cues ?? language.talkCues
  if (entries.length === 0) return []
  const starts = [0]
  let current: Person[] = []
  let known: Person[] = []
  const heard = new Set<string>()
  // In a conversation (a panel, a meeting) speakers keep coming back: a new
  // voice is one more answer, not a new talk. In talks given one after
  // another, a new voice opens a section, and a short introduction by the
  // host goes with the talk it introduces.
  const dialogue = conversation(settings.speakers)
  const hostIntro = (index: number): boolean => index === 1 && words(entries[0]!) < 80 && settings.speakers[0] !== undefined
  const cued = entries.map((entry) => cues.some((pattern) => pattern.test(entry)))
  // Who is on stage matters only at a cue: after the last one, no entry is read for people.
  const lastCue = cued.lastIndexOf(true)
  entries.forEach((entry, index) => {
    const cast = index <= lastCue ? findPeople(entry, known, {language}) : {people: []}
    const speaker = settings.speakers[index]
    const newSpeaker = speaker !== undefined && !heard.has(speaker) && heard.size > 0 && !dialogue && !hostIntro(index)
    if (speaker !== undefined) heard.add(speaker)
    const cue = cued[index]!
    const bringsSomeoneNew = cast.people.some((person) => !current.some((other) => other.name === person.name))
    const remarks = language.remarks.test(entry)
    if (index > 0 && ((cue && (bringsSomeoneNew || remarks || cast.people.length === 0)) || newSpeaker)) {
      starts.push(index)
      current = []
    }
    for (const person of cast.people) {
      if (!current.some((other) => other.name === person.name)) current.push(person)
      if (!known.some((other) => other.name === person.name)) known = [...known, person]
    }
  })

  // Lexical cohesion: everywhere when no cue fired, else inside long segments;
  // the deepest dips first, up to `maxSegments` in all.
  const byCues = starts.length > 1
  const bounds = [...starts, entries.length]
  const dips: Dip[] = []
  for (let index = 0; index < starts.length; index++) {
    const from = bounds[index]!
    const to = bounds[index + 1]!
    if (!byCues || to - from > settings.maxSize) {
      for (const dip of tileDips(entries.slice(from, to), settings.window, settings.minSize, {language})) dips.push({gap: from + dip.gap, depth: dip.depth})
    }
  }
  const room = Math.max(0, settings.maxSegments - starts.length)
  const deepest = dips.sort((a, b) => b.depth - a.depth || a.gap - b.gap).slice(0, room)
  return [...starts, ...deepest.map((dip) => dip.gap)].sort((a, b) => a - b)
}

/**
 * Whether the speakers of a transcript converse: three or more times a
 * speaker heard before speaks again after someone else.
 */
function conversation(speakers: ReadonlyArray<string | undefined>): boolean {
  const heard = new Set<string>()
  let returns = 0
  let previous: string | undefined
  for (const speaker of speakers) {
    if (speaker === undefined) continue
    if (heard.has(speaker) && speaker !== previous) returns++
    heard.add(speaker)
    previous = speaker
  }
  return returns >= 3
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/** TextTiling over entries: the gaps (entry indices) where a new topic starts. */
export function textTiling(entries: readonly string[], window: number, minSize: number, options?: Readonly<{language?: Language}>): number[] {
  return tileDips(entries, window, minSize, options)
    .map((dip) => dip.gap)
    .sort((a, b) => a - b)
}

/** A boundary TextTiling found: the entry it opens, and how deep the similarity dips there. */
interface Dip {
  readonly gap: number
  readonly depth: number
}

/** TextTiling's boundaries, deepest first. */
function tileDips(entries: readonly string[], window: number, minSize: number, options?: Readonly<{language?: Language}>): Dip[] {
  if (entries.length < 2 * minSize) return []
  const vectors = entries.map((entry) => count(terms(entry, options)))
  const similarity: number[] = []
  for (let gap = 1; gap < entries.length; gap++) {
    const left = sum(vectors.slice(Math.max(0, gap - window), gap))
    const right = sum(vectors.slice(gap, gap + window))
    similarity.push(cosine(left, right))
  }
  // The depth of a gap: how far the similarity climbs on either side before
  // it falls again. The peak on the left of a gap is its neighbour's when the
  // neighbour is as high, so one pass each way finds them all.
  const leftPeak = similarity.slice()
  for (let at = 1; at < similarity.length; at++) if (similarity[at - 1]! >= similarity[at]!) leftPeak[at] = leftPeak[at - 1]!
  const rightPeak = similarity.slice()
  for (let at = similarity.length - 2; at >= 0; at--) if (similarity[at + 1]! >= similarity[at]!) rightPeak[at] = rightPeak[at + 1]!
  const depth = similarity.map((value, index) => leftPeak[index]! - value + (rightPeak[index]! - value))
  const mean = depth.reduce((total, value) => total + value, 0) / depth.length
  const sd = Math.sqrt(depth.reduce((total, value) => total + (value - mean) ** 2, 0) / depth.length)
  const cutoff = mean + sd / 2
  const candidates = depth
    .map((value, index) => ({value, gap: index + 1}))
    .filter(({value}) => value > cutoff && value > 0)
    .sort((a, b) => b.value - a.value || a.gap - b.gap)
  // A boundary keeps minSize entries from the ends and from every boundary chosen before.
  const taken = new Uint8Array(entries.length + 1)
  taken[0] = 1
  taken[entries.length] = 1
  const chosen: Dip[] = []
  for (const {gap, value} of candidates) {
    let fits = true
    for (let at = Math.max(0, gap - minSize + 1); fits && at <= Math.min(entries.length, gap + minSize - 1); at++) fits = taken[at] === 0
    if (fits) {
      taken[gap] = 1
      chosen.push({gap, depth: value})
    }
  }
  return chosen
}

function count(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1)
  return counts
}

function sum(vectors: ReadonlyArray<ReadonlyMap<string, number>>): Map<string, number> {
  const total = new Map<string, number>()
  for (const vector of vectors) for (const [word, value] of vector) total.set(word, (total.get(word) ?? 0) + value)
  return total
}
