/** Words that say little about a topic. */
export const stopWords = new Set(
  `a about above after again against all am an and any are as at be because been before being below between both but by
can could did do does doing down during each few for from further had has have having he her here hers herself him himself
his how i if in into is it its itself just let me more most my myself no nor not now of off on once only or other our ours
ourselves out over own same she should so some such than that the their theirs them themselves then there these they this
those through to too under until up very was we were what when where which while who whom why will with would you your
yours yourself yourselves also like get got going go one two lot really there's it's that's they're we're i'm he's she's
says said say talk talks talking about well way new just even much many still next now us`.split(/\s+/)
)

/**
 * The content words of a text, lower-cased and lightly stemmed (plural `s`,
 * `ing`, `ed` endings), without stop words: the terms that similarity and
 * ranking compare.
 */
export function terms(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []
  return words.filter((word) => word.length > 1 && !stopWords.has(word.replace(/’/g, "'"))).map(stem)
}

function stem(word: string): string {
  if (/\d/.test(word) || word.length <= 4) return word.replace(/['’]s$/, '')
  return word
    .replace(/['’]s$/, '')
    .replace(/(?<=\w{3})(?:ies)$/, 'y')
    .replace(/(?<=\w{3})(?:ing|ed)$/, '')
    .replace(/(?<=\w{3}[^s])s$/, '')
}

/** Cosine similarity of two term vectors (term → weight); 0 when either is empty. */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0
  for (const [term, value] of a) dot += value * (b.get(term) ?? 0)
  const norm = (vector: ReadonlyMap<string, number>): number => Math.sqrt([...vector.values()].reduce((sum, value) => sum + value * value, 0))
  const denominator = norm(a) * norm(b)
  return denominator === 0 ? 0 : dot / denominator
}
