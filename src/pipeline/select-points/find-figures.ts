import {visibleWidth} from '../../text/text-width.js'
import type {Figure, Origin} from '../../types.js'

const number = String.raw`\d+(?:[.,]\d+)*(?:\s?(?:k|m|bn|million|billion|trillion|thousand|hundred))?`
const unitWords = String.raw`years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|people|persons|users|customers|developers|engineers|organi[sz]ations|companies|teams|attendees|participants|speakers|countries|cities|nodes|clusters|servers|gpus|cpus|cores|containers|pods|projects|contributors|maintainers|models|parameters|tokens|requests|queries|downloads|stars|times|x|percent|per ?cent|points?|gb|tb|mb|kb|pb|ms|km|kg|miles?|workloads|sessions|talks|tracks|releases|versions|languages|members|employees|stores|sites|regions|languages`
/**
 * Figures: percentages, money, and numbers with a unit or a counted noun.
 * Years on their own ("2024") and version numbers are not figures.
 */
export const figurePattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}.])(?:` +
    String.raw`[$€£¥₹]\s?${number}` +
    String.raw`|${number}\s?%` +
    String.raw`|${number}\s?(?:USD|EUR|GBP|dollars|euros|pounds)` +
    String.raw`|${number}\+?\s(?:${unitWords})` +
    // Any counted plural ("300 volunteers", "40 loaves") and multipliers ("10x").
    String.raw`|${number}\+?\s(?:[a-z]{3,}(?:s|es))` +
    String.raw`|\d+(?:\.\d+)?x` +
    String.raw`)(?![\p{L}\p{N}])`,
  'giu'
)

const trailing = /^(?:of|a|an|the|and|or|to|in|on|for|with|by|at|from|that|which|as|is|are|was|were)$/i

/**
 * Find the figures in a sentence, each with the words of its clause around it
 * (about `window` words on each side, and at least `minimum` words in all when
 * the sentence has them; all of it up to `whole` words), exactly as the
 * sentence writes them.
 */
export function findFigures(origin: Origin, window = 8, minimum = 7, whole = 24, maxWidth = 150): Figure[] {
  const figures: Figure[] = []
  const words = [...origin.text.matchAll(/\S+/g)].map((match) => ({word: match[0], start: match.index, end: match.index + match[0].length}))
  for (const match of origin.text.matchAll(figurePattern)) {
    const value = match[0].trim()
    // A year ("2024", "2024 users") or a version ("Version 2.0 releases") is no figure.
    if (/^(?:19|20)\d\d(?:\s|$)/.test(value) && !/\s(?:years?|months?|weeks?|days?)$/i.test(value)) continue
    if (/\b(?:v|version|release|rel)\.?\s*$/i.test(origin.text.slice(0, match.index))) continue
    if (words.length <= whole && visibleWidth(origin.text) <= maxWidth) {
      figures.push({value, context: origin.text.replace(/\s+/g, ' ').replace(/[.;:,]$/, ''), origin})
      continue
    }
    const end = match.index + match[0].length
    let first = words.findIndex((word) => word.end > match.index)
    let last = words.findIndex((word) => word.end >= end)
    // Widen to the clause, and past a clause mark while the context is short.
    const short = (): boolean => last - first + 1 < minimum
    for (let count = 0; count < window && first > 0 && (!/[.;:!?,]$/.test(words[first - 1]!.word) || (short() && !/[.;!?]$/.test(words[first - 1]!.word))); count++) first--
    for (let count = 0; count < window + 4 && last < words.length - 1 && (!/[.;:!?,]$/.test(words[last]!.word) || (short() && !/[.;!?]$/.test(words[last]!.word))); count++) last++
    // Not wider than a slide shows in two lines or so, the figure kept.
    const width = (): number => visibleWidth(origin.text.slice(words[first]!.start, words[last]!.end))
    const at = words.findIndex((word) => word.end > match.index)
    while (width() > maxWidth && (first < at || last > at)) {
      if (last - at >= at - first && last > at) last--
      else first++
    }
    while (last > first && trailing.test(words[last]!.word)) last--
    const context = origin.text.slice(words[first]!.start, words[last]!.end).replace(/\s+/g, ' ').replace(/[,;:]$/, '')
    figures.push({value, context, origin})
  }
  return figures
}
