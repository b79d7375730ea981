import {leansBack} from '../lang/leaning.js'
import {nlp} from '../text/nlp.js'
import {english} from '../lang/en.js'
import type {Language} from '../lang/types.js'
import {withDefaults} from '../text/settings.js'
import {cosine, similarIndex, terms} from '../text/terms.js'
import type {Bullet, Figure, Left, Origin, Quote, Selection} from '../types.js'

export interface BudgetOptions {
  /** Words of the notes, to size the deck by (default: the words of every candidate point). */
  readonly words?: number
  /** Slides the deck should have, all in (±1); over `maxSlides` when asked (default: sized to the notes). */
  readonly slides?: number
  /** Length of the talk in minutes, at `minutesPerSlide` (default: none; `slides` wins when both are given). */
  readonly minutes?: number
  /** Minutes a slide is on screen in a debrief talk (default: `1.5`, so a 15-minute talk has 10 slides). */
  readonly minutesPerSlide?: number
  /** Words of notes per content slide: one slide per 150 words for the first 1,500 words, then one per `wordsPerSlide` (default: `250`). */
  readonly wordsPerSlide?: number
  /** Most slides in all when no count is asked for (default: `25`). */
  readonly maxSlides?: number
  /** Bullets a content slide aims at (default: `3`; a section that shares a slide adds its own). */
  readonly bulletsPerSlide?: number
  /** Fewest and most points on the "In brief" slide; fewer than `briefMin` good ones and there is no such slide (default: `3`, `5`). */
  readonly briefMin?: number
  readonly briefMax?: number
  /** Longest "In brief" point in words: each is a whole sentence of the notes (default: `22`). */
  readonly briefWords?: number
  /** Term similarity (cosine, 0–1) over which two points say the same thing and only the first is shown (default: `0.6`). */
  readonly duplicate?: number
  /** Entries on an agenda slide, links on a resources slide, bullets on an action-items slide (defaults: `9`, `8`, `6`). */
  readonly maxAgenda?: number
  readonly maxLinks?: number
  readonly maxActions?: number
  /** Most agenda slides and action-items slides, as the layout (defaults: `3`, `3`). */
  readonly maxAgendaSlides?: number
  readonly maxActionSlides?: number
  /** Most resources slides; the other links go to the speaker notes of the last (default: `2`, as the layout). */
  readonly maxResourceSlides?: number
  /** The language of the notes: what keeps a sentence from standing alone (default: English). */
  readonly language?: Language
}

const defaults = {
  words: -1,
  slides: 0,
  minutes: 0,
  minutesPerSlide: 1.5,
  wordsPerSlide: 250,
  maxSlides: 25,
  bulletsPerSlide: 3,
  briefMin: 3,
  briefMax: 5,
  briefWords: 22,
  duplicate: 0.6,
  maxAgenda: 9,
  maxLinks: 8,
  maxActions: 6,
  maxAgendaSlides: 3,
  maxActionSlides: 3,
  maxResourceSlides: 2,
  language: english as Language
}

type Settings = typeof defaults

/** Sections that share content slides: indexes into `DeckBudget.selections`, in order. */
export interface SlideGroup {
  readonly sections: readonly number[]
  /** Content slides the group gets. */
  readonly slides: number
}

/** How long the deck is and what is on it. */
export interface DeckBudget {
  /** Slides the deck aims at, all in. */
  readonly target: number
  /** How the target was chosen, for `--report`; and when the notes cannot fill the count asked for, that they cannot. */
  readonly why: string
  /**
   * Slides asked for (`slides`, or `minutes` at `minutesPerSlide`) when the
   * deck cannot have them: the notes cannot fill them, not even at one point
   * a slide (the deck is not padded), or the slides every deck has (title,
   * agenda, action items, resources) are more. `target` is then the slides
   * the deck has. (none: no count asked for, or the deck has it, ±1)
   */
  readonly asked?: number
  /** Each section with only the bullets and quotes the slides show; the rest in `dropped`, with why. */
  readonly selections: readonly Selection[]
  /** Content slides, by group of sections; a section in no group has only its agenda entry. */
  readonly groups: readonly SlideGroup[]
  /** Whole sentences for the opening "In brief" slide (none: no such slide). */
  readonly brief: readonly Bullet[]
  /** Figures for "By the numbers" that no other slide shows (none: no such slide). */
  readonly numbers: readonly Figure[]
  /** Whether sections that introduce speakers get a slide of who they are. */
  readonly speakers: boolean
  /** Whether the local images of sections with slides get a slide each (else they are named in the speaker notes). */
  readonly images: boolean
}

/**
 * Decide how long the deck is and share it out. The target is `slides`, or
 * `minutes / minutesPerSlide`, or one content slide per 150–250 words of
 * notes, and a slide for each of the notes' images (at most `maxSlides` in
 * all). Title, agenda, resources and action items come first; then "In
 * brief" when the notes have three self-contained sentences for it, speaker
 * slides, image slides and quote slides for real quotations when there is
 * room. The content slides left are shared among the sections by how much
 * they hold and how central it is (the sum of their points' deck
 * weights): every talk gets one at least, small sections share one, and
 * sections of logistics only keep just their agenda entry. Within that, each
 * section shows its best points by score, 3–5 a slide; a point that says what
 * a point shown before says is left out, and so are logistics, greetings and
 * asides. What is left out stays in the speaker notes, with why. A count
 * the notes cannot fill even at a point a slide (a point and what leans on
 * it, a code block) is not padded: `target` is what they hold, `asked` the
 * count, and `why` says so. Pure.
 */
export function budgetDeck(selections: readonly Selection[], options?: Readonly<BudgetOptions>): DeckBudget {
  const settings = withDefaults(defaults, options)
  const words = settings.words >= 0 ? settings.words : selections.reduce((sum, selection) => sum + selection.bullets.reduce((count, bullet) => count + bullet.origin.text.split(/\s+/).length, 0), 0)
  const asked = settings.slides > 0 ? settings.slides : settings.minutes > 0 ? Math.max(2, Math.round(settings.minutes / settings.minutesPerSlide)) : 0
  const why =
    settings.slides > 0
      ? `${settings.slides} slides asked for`
      : settings.minutes > 0
        ? `a ${settings.minutes}-minute talk at ${settings.minutesPerSlide} minutes a slide (${asked} slides)`
        : `${words} words of notes`

  // Slides every deck has: the title, the agenda, resources, action items.
  const agendaEntries = selections.filter((selection) => selection.section.depth <= 2).length
  const links = new Set(selections.flatMap((selection) => selection.links.map((link) => link.url))).size
  const actions = selections.reduce((sum, selection) => sum + selection.actions.length, 0)
  const fixed = 1 + Math.min(settings.maxAgendaSlides, Math.ceil(agendaEntries / settings.maxAgenda)) + Math.min(settings.maxResourceSlides, Math.ceil(links / settings.maxLinks)) + Math.min(settings.maxActionSlides, Math.ceil(actions / settings.maxActions))

  const points = selections.map((selection) => selection.bullets.filter((bullet) => bullet.cue === undefined && !bullet.tooLong && !onlyLinks(bullet, selection)))
  const capacity = selections.map((selection, index) => points[index]!.length + selection.code.length)
  const talks = selections.filter((selection, index) => (selection.section.people?.length ?? 0) > 0 && capacity[index]! > 0).length
  // The notes' own pictures, a slide each, in sections that have slides.
  const imageCount = selections.reduce((sum, selection, index) => sum + (capacity[index]! > 0 ? (selection.images?.length ?? 0) : 0), 0)

  // The target, all in.
  const sized = contentSlides(words, settings.wordsPerSlide)
  // Quotations first: their sentences are not "In brief" points too.
  const quotes = selections.map((selection) => selection.quotes.filter(realQuote).slice(0, 1))
  const quoteCount = quotes.reduce((sum, list) => sum + list.length, 0)
  const brief = chooseBrief(selections, new Set(quotes.flat().map((quote) => originKey(quote.origin))), settings)
  // A summary earns its slide when there is more to the deck than the summary:
  // three times as many points as it holds, in two sections or more.
  const pointCount = points.reduce((sum, list) => sum + list.length, 0)
  const briefSlides = brief.length >= settings.briefMin && pointCount >= brief.length * 3 && points.filter((list) => list.length > 0).length >= 2 ? 1 : 0
  const target = asked > 0 ? asked : Math.min(settings.maxSlides, fixed + briefSlides + Math.max(sized, talks) + imageCount)
  const ceiling = asked > 0 ? asked : settings.maxSlides

  // Quotations and speakers only when the content keeps a slide a section.
  const sectionsWithContent = capacity.filter((count) => count > 0).length
  let room = target - fixed
  const shownBrief = briefSlides > 0 && room - 1 >= Math.min(sectionsWithContent, 1) ? brief : []
  room -= shownBrief.length > 0 ? 1 : 0
  const speakers = talks > 0 && room - talks >= sectionsWithContent + Math.min(quoteCount, 2)
  room -= speakers ? talks : 0
  // Images when they leave the content its slides: one a section when a count is asked, else what the notes' length gives.
  const images = imageCount > 0 && room - imageCount >= (asked > 0 ? sectionsWithContent : Math.min(sectionsWithContent, Math.max(sized, talks)))
  room -= images ? imageCount : 0
  const quoteSlides = Math.max(0, Math.min(quoteCount, room - sectionsWithContent, asked > 0 ? quoteCount : 2))
  room -= quoteSlides
  const shownQuotes = new Set(quotes.flat().slice(0, quoteSlides))

  // What is left for the content slides: points not on "In brief" or a quote slide.
  // Action items have a slide of their own.
  const actionPoints = new Set(selections.flatMap((selection) => selection.actions.map((action) => originKey(action.origin))))
  const elsewhere = new Set<string>([...shownBrief.map((bullet) => originKey(bullet.origin)), ...[...shownQuotes].map((quote) => originKey(quote.origin)), ...actionPoints])
  const remaining = points.map((list) => list.filter((bullet) => !elsewhere.has(originKey(bullet.origin))))
  const remainingWeights = selections.map((selection, index) => remaining[index]!.reduce((sum, bullet) => sum + Math.max(0, bullet.weight ?? bullet.score), 0) + selection.code.length * 1.5)
  // A section fills at most a slide a unit the layout keeps together (see
  // `slideUnits`) and a slide a code block, counting only the points that
  // would be shown with no limit: not those that say what one before says.
  // Every point is checked against those before it in the deck that share its
  // rarer terms (see `similarIndex`), which keeps it linear. No section can fill more than three times the slides
  // there are, so a long section is read, best first, only until it could.
  const seenTerms = similarIndex(settings.duplicate)
  for (const origin of [...shownBrief.map((bullet) => bullet.origin), ...[...shownQuotes].map((quote) => quote.origin)]) seenTerms.add(vector(origin.text))
  const enough = 3 * Math.max(0, room) + 3
  const fresh = remaining.map((list) => {
    const unseen = new Set<Bullet>()
    const shown = (): Bullet[] => list.filter((bullet) => unseen.has(bullet))
    for (const bullet of [...list].sort((a, b) => b.score - a.score)) {
      const terms = vector(bullet.origin.text)
      if (seenTerms.has(terms)) continue
      unseen.add(bullet)
      seenTerms.add(terms)
      if (unseen.size >= enough && unseen.size % 16 === 0 && slideUnits(shown()) >= enough) break
    }
    return shown()
  })
  const remainingCapacity = selections.map((selection, index) => slideUnits(fresh[index]!) + selection.code.length)
  const groups = shareSlides(remainingWeights, remainingCapacity, selections, Math.max(0, room), asked > 0)
  const allowance = bulletAllowance(groups, remainingWeights, remaining, selections, settings)

  // Choose the points: best first within a section, sections in deck order,
  // each point once in the deck.
  const taken = similarIndex(settings.duplicate)
  for (const bullet of shownBrief) taken.add(vector(bullet.origin.text))
  for (const quote of shownQuotes) taken.add(vector(quote.origin.text))
  const briefPoints = new Set(shownBrief.map((bullet) => originKey(bullet.origin)))
  const quoted = new Set([...shownQuotes].map((quote) => originKey(quote.origin)))
  const budgeted = selections.map((selection, index): Selection => {
    const limit = allowance[index] ?? 0
    const kept = new Set<Bullet>()
    const left: Left[] = [...selection.dropped]
    const ranked = [...selection.bullets].sort((a, b) => b.score - a.score)
    for (const bullet of ranked) {
      const base = {line: bullet.origin.line, text: bullet.origin.text, score: bullet.score}
      if (briefPoints.has(originKey(bullet.origin))) continue
      if (quoted.has(originKey(bullet.origin))) {
        left.push({...base, reason: 'on a quote slide'})
        continue
      }
      if (actionPoints.has(originKey(bullet.origin))) {
        left.push({...base, reason: 'on the action items slide'})
        continue
      }
      if (bullet.tooLong) {
        left.push({...base, reason: 'too long to shorten safely'})
        continue
      }
      if (onlyLinks(bullet, selection)) {
        left.push({...base, reason: 'a link: on the resources slide'})
        continue
      }
      if (bullet.cue) {
        left.push({...base, reason: bullet.cue === 'aside' ? "the note-taker's aside" : bullet.cue})
        continue
      }
      const terms = vector(bullet.origin.text)
      if (taken.has(terms)) {
        left.push({...base, reason: 'says what a point shown before says'})
        continue
      }
      if (kept.size >= limit) {
        left.push({...base, reason: limit === 0 ? 'section has its agenda entry only' : `over the section's budget of ${limit}`})
        continue
      }
      kept.add(bullet)
      taken.add(terms)
    }
    // A point that leans on the one before it ("They …", "This causes …") is
    // shown only after that one, whole when it names a part of it ("the latter").
    for (const bullet of selection.bullets) {
      if (!kept.has(bullet) || bullet.leansOn === undefined) continue
      const on = selection.bullets.find((other) => kept.has(other) && originKey(other.origin) === originKey(bullet.leansOn!))
      if (on === undefined || (leansBack(bullet.text, settings.language) === 'part' && on.text.endsWith('…'))) {
        kept.delete(bullet)
        left.push({line: bullet.origin.line, text: bullet.origin.text, score: bullet.score, reason: 'leans on a sentence not shown before it'})
      }
    }
    // Left-out points in the order of the notes, each once.
    const order = new Map(selection.bullets.map((bullet, position) => [originKey(bullet.origin), position]))
    const seen = new Set<string>()
    const dropped = left
      .filter((origin) => !seen.has(originKey(origin)) && Boolean(seen.add(originKey(origin))))
      .sort((a, b) => (order.get(originKey(a)) ?? -1) - (order.get(originKey(b)) ?? -1))
    return {...selection, bullets: selection.bullets.filter((bullet) => kept.has(bullet)), quotes: selection.quotes.filter((quote) => shownQuotes.has(quote)), dropped}
  })

  // Figures no other slide shows, for "By the numbers" when there is room.
  const onSlides = new Set<string>([
    ...budgeted.flatMap((selection) => selection.bullets.map((bullet) => originKey(bullet.origin))),
    ...shownBrief.map((bullet) => originKey(bullet.origin)),
    ...[...shownQuotes].map((quote) => originKey(quote.origin))
  ])
  const used = fixed + (shownBrief.length > 0 ? 1 : 0) + (speakers ? talks : 0) + (images ? imageCount : 0) + quoteSlides + groups.reduce((sum, group) => sum + group.slides, 0)
  const unseen = uniqueFigures(selections.flatMap((selection) => selection.figures).filter((figure) => !onSlides.has(originKey(figure.origin))))
  const numbers = unseen.length >= 2 && used < ceiling ? unseen.slice(0, 6) : []

  // A count the notes cannot fill, at a point a slide, is said, not padded;
  // and so is one smaller than the slides every deck has.
  const held = used + (numbers.length > 0 ? 1 : 0)
  if (asked > 0 && held < asked - 1) {
    const short = `${why}, but the notes hold enough for ${held} at one point a slide`
    return {target: held, why: short, asked, selections: budgeted, groups, brief: shownBrief, numbers, speakers, images}
  }
  if (asked > 0 && fixed > asked + 1) {
    const over = `${why}, but the title, agenda, action items and resources alone take ${fixed}`
    return {target: held, why: over, asked, selections: budgeted, groups, brief: shownBrief, numbers, speakers, images}
  }
  return {target, why, selections: budgeted, groups, brief: shownBrief, numbers, speakers, images}
}

/** Content slides for notes of `words` words: one per 150 for the first 1,500, then one per `wordsPerSlide`. */
function contentSlides(words: number, wordsPerSlide: number): number {
  const first = Math.min(words, 1500)
  return Math.max(1, Math.round(first / 150) + Math.round(Math.max(0, words - 1500) / wordsPerSlide))
}

/**
 * Share `slides` content slides among the sections: adjacent small sections
 * (less than half a slide's share) go together, at most three to a slide;
 * with fewer slides than groups, the lightest groups that are not talks are
 * left to their agenda entries, then neighbours are merged. The rest goes to
 * the heaviest groups by largest remainder, never more slides than a group
 * has points (or a third of them, unless a count was asked for).
 */
function shareSlides(weights: readonly number[], capacity: readonly number[], selections: readonly Selection[], slides: number, stretch: boolean): SlideGroup[] {
  const total = weights.reduce((sum, weight, index) => sum + (capacity[index]! > 0 ? weight : 0), 0) || 1
  const share = (index: number): number => (weights[index]! / total) * slides
  const isTalk = (index: number): boolean => (selections[index]!.section.people?.length ?? 0) > 0
  let groups: Array<{sections: number[]; weight: number; capacity: number; talk: boolean}> = []
  selections.forEach((_, index) => {
    if (capacity[index]! === 0) return
    const small = share(index) < 0.5 && !isTalk(index)
    const last = groups.at(-1)
    const lastIndex = last?.sections.at(-1)
    const lastSmall = last !== undefined && !last.talk && last.weight / total * slides < 0.5
    if (small && last && lastSmall && last.sections.length < 3 && lastIndex === index - 1) {
      last.sections.push(index)
      last.weight += weights[index]!
      last.capacity += capacity[index]!
    } else groups.push({sections: [index], weight: weights[index]!, capacity: capacity[index]!, talk: isTalk(index)})
  })
  if (slides === 0) return []
  // Too many groups: neighbours that are not talks share a slide (three
  // sections at most), the lightest pair first; then the lightest non-talk
  // keeps its agenda entry only; talks share a slide last.
  const merge = (at: number): void => {
    const [a, b] = [groups[at]!, groups[at + 1]!]
    groups.splice(at, 2, {sections: [...a.sections, ...b.sections], weight: a.weight + b.weight, capacity: a.capacity + b.capacity, talk: a.talk || b.talk})
  }
  const lightestPair = (allowed: (a: (typeof groups)[number], b: (typeof groups)[number]) => boolean): number => {
    let best = -1
    for (let index = 0; index < groups.length - 1; index++) {
      const [a, b] = [groups[index]!, groups[index + 1]!]
      if (!allowed(a, b)) continue
      if (best < 0 || a.weight + b.weight < groups[best]!.weight + groups[best + 1]!.weight) best = index
    }
    return best
  }
  while (groups.length > slides) {
    const pair = lightestPair((a, b) => !a.talk && !b.talk && a.sections.length + b.sections.length <= 3 && a.sections.at(-1)! + 1 === b.sections[0]!)
    if (pair >= 0) {
      merge(pair)
      continue
    }
    const others = groups.map((group, index) => ({group, index})).filter(({group}) => !group.talk)
    if (others.length > 0) {
      groups.splice(others.sort((a, b) => a.group.weight - b.group.weight)[0]!.index, 1)
      continue
    }
    merge(Math.max(0, lightestPair(() => true)))
  }
  const limit = (group: (typeof groups)[number]): number => (stretch ? group.capacity : Math.max(1, Math.ceil(group.capacity / 3)))
  const counts = groups.map(() => 1)
  let left = slides - groups.length
  const groupTotal = groups.reduce((sum, group) => sum + group.weight, 0) || 1
  while (left > 0) {
    // Largest remainder: the group furthest below its share gets the next slide.
    let best = -1
    let gap = -Infinity
    groups.forEach((group, index) => {
      if (counts[index]! >= limit(group)) return
      const deficit = (group.weight / groupTotal) * slides - counts[index]!
      if (deficit > gap) {
        gap = deficit
        best = index
      }
    })
    if (best < 0) break
    counts[best]!++
    left--
  }
  return groups.map((group, index) => ({sections: group.sections, slides: counts[index]!}))
}

/**
 * How many slides `points` (a section's, in the order of the notes) can fill
 * at one a slide: the layout keeps a sub-point with its parent, the parts of
 * one sentence together and a sentence with the one it leans on ("They …");
 * and a sentence that leans on one not among them is left out.
 */
function slideUnits(points: readonly Bullet[]): number {
  return points.filter((bullet, index) => {
    const previous = points[index - 1]
    if (previous !== undefined && (bullet.depth > 0 || originKey(previous.origin) === originKey(bullet.origin))) return false
    return bullet.leansOn === undefined
  }).length
}

/** Bullets each section may show: its group's slides times bullets a slide, shared by weight in a group. */
function bulletAllowance(groups: readonly SlideGroup[], weights: readonly number[], points: readonly (readonly Bullet[])[], selections: readonly Selection[], settings: Settings): number[] {
  const allowance = selections.map(() => 0)
  for (const group of groups) {
    const room = group.slides * settings.bulletsPerSlide
    if (group.sections.length === 1) {
      const index = group.sections[0]!
      // Code takes the room of a bullet, or two when it is long.
      const code = selections[index]!.code.reduce((sum, block) => sum + (block.value.split('\n').length > 6 ? 2 : 1), 0)
      allowance[index] = Math.max(group.slides, room - code)
      continue
    }
    const total = group.sections.reduce((sum, index) => sum + weights[index]!, 0) || 1
    for (const index of group.sections) {
      allowance[index] = Math.min(points[index]!.length, Math.max(1, Math.floor((room * weights[index]!) / total)))
    }
  }
  return allowance
}

/**
 * The "In brief" points: whole sentences of the notes that stand on their
 * own (a capital, a full stop, no "They …" or "This …" leaning on what came
 * before, no question, no aside, not introducing a speaker), the heaviest in
 * the deck, one a section first, none saying what another says; in deck order.
 * What leans or points is the language's `standAlone` words.
 */
function chooseBrief(selections: readonly Selection[], quoted: ReadonlySet<string>, settings: Settings): Bullet[] {
  const sections = selections.length
  const wanted = Math.min(settings.briefMax, Math.max(settings.briefMin, Math.ceil(sections / 3)))
  // When most sections are talks (they introduce speakers), the points come
  // from the talks, not from the arrival or the logistics around them.
  const talks = selections.filter((selection) => (selection.section.people?.length ?? 0) > 0)
  const fromTalks = talks.length * 2 >= selections.length
  const candidates = selections.flatMap((selection, order) =>
    (fromTalks && !talks.includes(selection) ? [] : selection.bullets)
      .filter((bullet) => bullet.leansOn === undefined && !quoted.has(originKey(bullet.origin)) && standsAlone(bullet, selection, settings.briefWords, settings.language))
      .map((bullet) => ({bullet, order}))
  )
  candidates.sort((a, b) => (b.bullet.weight ?? b.bullet.score) - (a.bullet.weight ?? a.bullet.score) || a.order - b.order || a.bullet.origin.line - b.bullet.origin.line)
  const chosen: Array<{bullet: Bullet; order: number}> = []
  const vectors: Array<ReadonlyMap<string, number>> = []
  for (const round of [1, 2]) {
    for (const candidate of candidates) {
      if (chosen.length >= wanted) break
      if (chosen.includes(candidate)) continue
      if (round === 1 && chosen.some((entry) => entry.order === candidate.order)) continue
      const terms = vector(candidate.bullet.origin.text)
      if (vectors.some((other) => cosine(other, terms) >= settings.duplicate)) continue
      chosen.push(candidate)
      vectors.push(terms)
    }
  }
  return chosen.sort((a, b) => a.order - b.order || a.bullet.origin.line - b.bullet.origin.line).map((entry) => entry.bullet)
}

/**
 * Whether a point can open the deck on its own: the whole sentence (its
 * fillers and reporting frame aside: "To win, he says, …"), with a verb.
 */
function standsAlone(bullet: Bullet, selection: Selection, maxWords: number, language: Language): boolean {
  const text = bullet.text
  const count = text.split(/\s+/).length
  if (bullet.cue || bullet.tooLong || count < 6 || count > maxWords || bullet.depth > 0 || text.endsWith('…')) return false
  // What is left once a reporting frame goes must still be a sentence (compromise knows English verbs).
  if (text !== bullet.origin.text && language.code === 'en' && !nlp(text).has('#Verb')) return false
  const {leaning, pointing} = language.standAlone
  if (!/^[\p{Lu}\p{N}]/u.test(text) || !/[.!]["”’)]?$/.test(text) || leaning.test(text) || pointing.test(text)) return false
  if ((text.match(/\(/g)?.length ?? 0) !== (text.match(/\)/g)?.length ?? 0)) return false
  // The introduction of a speaker is the speaker's slide, not a point.
  return !(selection.section.people ?? []).some((person) => text.includes(person.name))
}

/** A quotation worth a slide: said by someone the notes name, a block quote, or a whole sentence in quotes. */
function realQuote(quote: Quote): boolean {
  const block = quote.text.length >= quote.origin.text.length * 0.8
  return quote.attribution !== undefined || block || quote.text.split(/\s+/).length >= 8
}

/** Whether a point is little but links ("Go to https://…", a link's text): the resources slide shows them. */
function onlyLinks(bullet: Bullet, selection: Selection): boolean {
  let rest = bullet.origin.text
  for (const link of [...selection.links].sort((a, b) => b.text.length - a.text.length)) rest = rest.split(link.text).join(' ').split(link.url).join(' ')
  rest = rest.replace(/<?https?:\/\/\S+/g, ' ')
  const words = rest.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word))
  return rest !== bullet.origin.text && words.length <= 2
}

function vector(text: string): Map<string, number> {
  const result = new Map<string, number>()
  for (const term of terms(text)) result.set(term, (result.get(term) ?? 0) + 1)
  return result
}

function originKey(origin: Origin): string {
  return `${origin.line}\u0000${origin.text}`
}

function uniqueFigures(figures: readonly Figure[]): Figure[] {
  const seen = new Set<string>()
  return figures.filter((figure) => !seen.has(originKey(figure.origin)) && Boolean(seen.add(originKey(figure.origin))))
}
