import type {DeckBudget, SlideGroup} from './budget-deck.js'
import type {ActionItem, AgendaSlide, Bullet, CodeBlock, ContentSlide, Deck, DeckMeta, DeckPart, Figure, Fit, Link, Origin, SectionId, Selection, Slide} from '../types.js'
import {english} from '../lang/en.js'
import type {Language} from '../lang/types.js'
import {withDefaults} from '../text/settings.js'
import {cutToWidth, visibleWidth} from '../text/text-width.js'
import {bareUrl, shortUrl} from '../text/short-url.js'

export interface LayoutOptions {
  /** Deck title when the notes give none (default: `'Debrief'`). */
  readonly fallbackTitle?: string
  /** Most bullets on one slide (default: `6`). */
  readonly maxBullets?: number
  /** Most text lines on one slide, counting wrapped bullets and code (default: `11`, calibrated with `npm run calibrate`). */
  readonly maxLines?: number
  /** Characters that fit on one line of a bullet (default: `66`, calibrated with `npm run calibrate`). */
  readonly charsPerLine?: number
  /** Most entries on one agenda slide (default: `9`). */
  readonly maxAgenda?: number
  /**
   * Most agenda slides (default: `3`). Notes with more sections than that
   * holds get an agenda of the sections that have slides, and a last entry
   * that says how many more the agenda's speaker notes list.
   */
  readonly maxAgendaSlides?: number
  /** Most action-items slides; the other items are counted on the last and listed in its speaker notes (default: `3`). */
  readonly maxActionSlides?: number
  /** Most links on one resources slide (default: `8`). */
  readonly maxLinks?: number
  /** Most resources slides; the other links go to the speaker notes of the last (default: `2`). */
  readonly maxResourceSlides?: number
  /** Most quote slides after one section (default: `2`). */
  readonly maxQuotes?: number
  /** Most figures on one "By the numbers" slide (default: `6`). */
  readonly maxFigures?: number
  /** Most lines of code on one slide; longer code continues on the next (default: `16`). */
  readonly maxCodeLines?: number
  /** Longest slide title in characters (URLs counted shortened); longer ones are cut at a word (default: `80`). */
  readonly maxTitle?: number
  /** Most characters of a quote on a quote slide; the rest is cut at a word and marked "…" (default: `240`). */
  readonly maxQuoteChars?: number
  /**
   * Tighter limits where a browser found overflow: a factor for the lines and
   * bullets of a section (by the id its slides carry) and of each deck-wide
   * part (title, agenda, brief, numbers, actions, resources).
   * (default: `{}`, the estimate)
   */
  readonly fit?: Fit
  /** The language of the deck: the labels of its slides ("Agenda", "In brief", "(cont.)") (default: English). */
  readonly language?: Language
  /**
   * What the deck's budget put on it (see `budgetDeck`): content slides by
   * group of sections, "In brief" points, figures for "By the numbers", and
   * whether speakers and images get slides. (default: every section its own
   * slides, as many as its bullets need; every figure; speakers and images
   * shown)
   */
  readonly budget?: LayoutBudget
}

/** The part of a `DeckBudget` that layout follows. */
export type LayoutBudget = Pick<DeckBudget, 'groups' | 'brief' | 'numbers' | 'speakers' | 'images'>

const defaults = {
  fallbackTitle: 'Debrief',
  maxBullets: 6,
  maxLines: 11,
  charsPerLine: 66,
  maxAgenda: 9,
  maxAgendaSlides: 3,
  maxActionSlides: 3,
  maxLinks: 8,
  maxResourceSlides: 2,
  maxQuotes: 2,
  maxFigures: 6,
  maxCodeLines: 16,
  maxTitle: 80,
  maxQuoteChars: 240,
  fit: {} as Fit,
  language: english,
  budget: undefined as LayoutBudget | undefined
}

type Settings = typeof defaults

/**
 * Lay the selections out as slides: a title slide, an agenda, "In brief",
 * then per group of sections (see `LayoutOptions.budget`) a speakers slide
 * for each that introduces people (when the budget has room), content slides
 * (continued ones titled "(cont.)"; sections that share a slide are named
 * together in its title) and quote slides; then "By the numbers", "Action
 * items" when the notes have any, and a resources slide with every link.
 * Points of sections that have no slide of their own go to the speaker notes
 * of the next content slide.
 */
export function layoutSlides(meta: DeckMeta, selections: readonly Selection[], options?: Readonly<LayoutOptions>): Deck {
  const settings = withDefaults(defaults, options)
  const {labels} = settings.language
  const title = meta.title ?? settings.fallbackTitle
  const factor = (part: DeckPart): number => settings.fit[part] ?? 1
  // The title slide sets its title large, on as many lines as it has room
  // for: the notes' title is shown whole when it fits a slide title's length.
  const opening = Math.max(20, Math.floor(settings.maxTitle * factor('title')))
  const subtitle = meta.subtitle === undefined ? {} : {subtitle: shortTitle(meta.subtitle, opening * 2)}
  const slides: Slide[] = [{type: 'title', title: shortTitle(title, opening), ...subtitle, meta}]
  // Deck-wide lists get fewer entries a slide where a browser found overflow.
  const list = (part: DeckPart, limit: number): number => Math.max(1, Math.floor(limit * factor(part)))
  const lines = (text: string): number => Math.max(1, Math.ceil(visibleWidth(text) / settings.charsPerLine))

  const budget = settings.budget
  const groups: readonly SlideGroup[] = budget?.groups ?? selections.map((_, index) => ({sections: [index], slides: 0}))
  const grouped = new Map(groups.map((group) => [group.sections[0]!, group]))
  const inGroup = new Set(groups.flatMap((group) => group.sections))

  slides.push(...agendaSlides(selections, inGroup, settings))

  const ids = sectionIds(selections)
  if (budget && budget.brief.length > 0) slides.push({type: 'summary', list: 'brief', title: labels.brief, bullets: budget.brief.slice(0, list('brief', budget.brief.length))})

  // Points of sections without a slide of their own, for the next content slide's notes.
  let pending: Origin[] = []
  const parts = {speakers: budget?.speakers ?? true, images: budget?.images ?? true}
  selections.forEach((selection, index) => {
    if (!inGroup.has(index)) {
      // Added in place: thousands of sections without a slide would make copying them quadratic.
      for (const bullet of selection.bullets) pending.push(bullet.origin)
      for (const left of selection.dropped) pending.push(left)
      return
    }
    const group = grouped.get(index)
    if (!group) return
    const members = group.sections.map((member) => selections[member]!)
    const made = groupSlides(members, ids[index]!, {...parts, count: group.slides}, settings)
    const first = made.findIndex((slide) => slide.type === 'content')
    if (first >= 0 && pending.length > 0) {
      const slide = made[first] as ContentSlide
      made[first] = {...slide, notes: [...slide.notes, ...pending]}
      pending = []
    }
    slides.push(...made)
  })
  if (pending.length > 0) {
    const last = slides.findLastIndex((slide) => slide.type === 'content')
    if (last >= 0) {
      const slide = slides[last] as ContentSlide
      slides[last] = {...slide, notes: [...slide.notes, ...pending]}
    } else {
      const first = slides.findIndex((slide) => slide.type === 'agenda')
      if (first >= 0) slides[first] = {...(slides[first] as AgendaSlide), notes: [...pending, ...((slides[first] as AgendaSlide).notes ?? [])]}
    }
  }

  const figures = dedupeFigures(budget ? budget.numbers : selections.flatMap((selection) => selection.figures))
  chunkEvenly(figures, list('numbers', settings.maxFigures), (figure) => lines(figure.context), list('numbers', settings.maxLines)).forEach((group, index) =>
    slides.push({type: 'numbers', title: labels.numbers, continued: index > 0, figures: group})
  )

  // Action items, on `maxActionSlides` at most: past that, the first ones in
  // the notes' order, and a last line that counts the rest, which the last
  // slide's speaker notes list.
  const actions = selections.flatMap((selection) => selection.actions)
  const perSlide = list('actions', settings.maxBullets)
  const chunkActions = (items: readonly ActionItem[]): ActionItem[][] => chunkEvenly(items, perSlide, (action) => lines(action.text), list('actions', settings.maxLines))
  let actionGroups = chunkActions(actions)
  if (actionGroups.length > settings.maxActionSlides) actionGroups = chunkActions(actions.slice(0, settings.maxActionSlides * perSlide - 1)).slice(0, settings.maxActionSlides)
  const moreActions = actions.slice(actionGroups.flat().length).map((action) => action.origin)
  actionGroups.forEach((group, index) => {
    slides.push({
      type: 'summary',
      list: 'actions',
      title: index === 0 ? labels.actions : `${labels.actions} ${labels.continued}`,
      bullets: group.map((action) => ({text: action.text, depth: 0, origin: action.origin, score: 0})),
      ...(index === actionGroups.length - 1 && moreActions.length > 0 ? {more: moreActions} : {})
    })
  })

  const links = dedupe(selections.flatMap((selection) => selection.links))
  const linkGroups = chunkEvenly(links, list('resources', settings.maxLinks), (link) => lines(`${link.text} — ${link.url}`), list('resources', settings.maxLines))
  const shown = linkGroups.slice(0, settings.maxResourceSlides)
  const more = linkGroups.slice(settings.maxResourceSlides).flat()
  shown.forEach((group, index) => {
    const last = index === shown.length - 1 && more.length > 0
    slides.push({type: 'resources', title: labels.resources, continued: index > 0, links: group, ...(last ? {more} : {})})
  })
  return {meta: {...meta, title}, slides}
}

/**
 * The agenda: every section of depth 1 or 2, on as many slides as it takes,
 * up to `maxAgendaSlides`. Past that, a list so long says nothing: the agenda
 * names the sections that have slides (in `inGroup`), and its last entry how
 * many more there are, which its speaker notes list with their lines.
 */
function agendaSlides(selections: readonly Selection[], inGroup: ReadonlySet<number>, settings: Settings): AgendaSlide[] {
  const {labels} = settings.language
  const factor = settings.fit.agenda ?? 1
  const perSlide = Math.max(1, Math.floor(settings.maxAgenda * factor))
  const maxLines = Math.max(1, Math.floor(settings.maxLines * factor))
  const lines = (text: string): number => Math.max(1, Math.ceil(visibleWidth(text) / settings.charsPerLine))
  const entries = selections
    .map(({section}, index) => ({title: shortTitle(section.title, settings.maxTitle), depth: section.depth, index, line: section.line}))
    .filter((entry) => entry.depth <= 2)
  const chunk = (items: typeof entries) => chunkEvenly(items, perSlide, (entry) => lines(entry.title), maxLines)
  const slide = (items: ReadonlyArray<{readonly title: string; readonly depth: number}>, index: number, notes?: readonly Origin[]): AgendaSlide => ({
    type: 'agenda',
    title: index === 0 ? labels.agenda : `${labels.agenda} ${labels.continued}`,
    items: items.map(({title, depth}) => ({title, depth})),
    ...(notes && notes.length > 0 ? {notes} : {})
  })
  // (More entries than the slides hold at most is too many, without chunking them all.)
  const whole = entries.length <= settings.maxAgendaSlides * perSlide ? chunk(entries) : undefined
  if (whole && whole.length <= settings.maxAgendaSlides) return whole.map((items, index) => slide(items, index))
  // Room for the sections with slides and the entry that counts the rest.
  const room = Math.max(1, settings.maxAgendaSlides * perSlide - 1)
  const chunks = chunk(entries.filter((entry) => inGroup.has(entry.index)).slice(0, room)).slice(0, settings.maxAgendaSlides)
  const kept = new Set(chunks.flat().map((entry) => entry.index))
  const rest = entries.filter((entry) => !kept.has(entry.index))
  const more = {title: labels.moreSections.replace('{count}', String(rest.length)), depth: 1}
  const notes = rest.map((entry): Origin => ({line: entry.line, text: selections[entry.index]!.section.title}))
  if (chunks.length === 0) return [slide([more], 0, notes)]
  return chunks.map((items, index) => slide(index === chunks.length - 1 ? [...items, more] : items, index, index === 0 ? notes : undefined))
}

/** `L12` for the section on line 12; `L12.2` for a second one starting there. */
function sectionIds(selections: readonly Selection[]): SectionId[] {
  const seen = new Map<number, number>()
  return selections.map(({section}) => {
    const count = (seen.get(section.line) ?? 0) + 1
    seen.set(section.line, count)
    return count === 1 ? `L${section.line}` : `L${section.line}.${count}`
  })
}

/** What a group's slides show: `count` content slides (0: as many as the bullets need), and whether speakers and images get slides. */
interface Shown {
  readonly count: number
  readonly speakers: boolean
  readonly images: boolean
}

/**
 * The slides of a group of sections: one section's own slides, or sections
 * that share slides, named together in the title.
 */
function groupSlides(members: readonly Selection[], id: SectionId, shown: Shown, settings: Settings): Slide[] {
  if (members.length === 1) return sectionSlides(members[0]!, id, settings, shown)
  const [first] = members
  const section = {...first!.section, title: members.map((member) => member.section.title).join(' · '), people: shown.speakers ? members.flatMap((member) => member.section.people ?? []) : []}
  const merged: Selection = {
    section,
    bullets: members.flatMap((member) => member.bullets),
    quotes: members.flatMap((member) => member.quotes),
    code: members.flatMap((member) => member.code),
    links: members.flatMap((member) => member.links),
    figures: [],
    actions: [],
    images: members.flatMap((member) => member.images ?? []),
    dropped: members.flatMap((member) => member.dropped)
  }
  return sectionSlides(merged, id, settings, shown)
}

function sectionSlides(selection: Selection, id: SectionId, settings: Settings, shown: Shown = {count: 0, speakers: true, images: true}): Slide[] {
  const {section} = selection
  const {count, speakers} = shown
  const factor = settings.fit.sections?.[id] ?? 1
  // Where a browser found overflow that splitting cannot fix (one long
  // bullet under a long title), titles and bullets get shorter too.
  const title = shortTitle(section.title, Math.max(24, Math.floor(settings.maxTitle * Math.min(1, factor * 1.5))))
  const bulletWidth = Math.max(40, Math.floor((settings.charsPerLine * settings.maxLines * factor) / 2))
  const maxLines = Math.max(2, Math.floor(settings.maxLines * factor))
  const maxBullets = Math.max(1, Math.floor(settings.maxBullets * factor))
  const weigh = (bullet: Bullet): number => Math.max(1, Math.ceil(visibleWidth(bullet.text) / (settings.charsPerLine - bullet.depth * 4)))
  // A bullet and its sub-bullets stay on one slide, and so do the parts of
  // one sentence and a sentence with the one it leans on ("They …")
  // (unless together they are more than a slide holds).
  const units: Bullet[][] = []
  for (const original of selection.bullets) {
    const bullet = visibleWidth(original.text) > bulletWidth ? {...original, text: cutToWidth(original.text, bulletWidth)} : original
    const last = units.at(-1)
    const height = last ? last.reduce((sum, item) => sum + weigh(item), 0) + weigh(bullet) : 0
    const previous = last?.at(-1)
    const joined =
      previous !== undefined &&
      (bullet.depth > 0 || previous.origin === bullet.origin || (bullet.leansOn !== undefined && previous.origin.line === bullet.leansOn.line && previous.origin.text === bullet.leansOn.text))
    if (joined && height <= maxLines && last!.length < maxBullets) last!.push(bullet)
    else units.push([bullet])
  }
  // With a slide count from the budget, the bullets are spread evenly over
  // it (code takes the last slide when there is no bullet left for it); a
  // part that still holds more than a slide does is split again.
  const height = (unit: readonly Bullet[]): number => unit.reduce((sum, bullet) => sum + weigh(bullet), 0)
  const codeSlide = count > 0 && selection.code.length > 0 && count > units.length
  const parts = count > 0 ? splitInto(units, Math.min(units.length, count - (codeSlide ? 1 : 0))) : [units]
  const groups = parts
    .flatMap((part) => chunkEvenly(part, maxBullets, height, maxLines, (unit) => unit.length))
    .map((group) => group.flat())
  const slide = (bullets: readonly Bullet[], code?: CodeBlock): ContentSlide => ({
    type: 'content',
    title,
    section: id,
    continued: false,
    bullets,
    ...(code ? {code} : {}),
    links: selection.links,
    notes: origins(bullets)
  })
  const slides: ContentSlide[] = groups.map((bullets) => slide(bullets))

  // Code keeps its lines; long code continues on the next slide. With a
  // slide count from the budget, a second code block that would need more
  // slides than it leaves is named in the speaker notes instead, whole,
  // never in part; the first is always shown.
  const codeLines = Math.max(4, Math.floor(settings.maxCodeLines * factor))
  const unshownCode: Origin[] = []
  for (const code of selection.code) {
    const lines = code.value.split('\n')
    const last = slides.at(-1)
    const used = last ? last.bullets.reduce((sum, bullet) => sum + weigh(bullet), 0) : 0
    const joins = last !== undefined && !last.code && !codeSlide && used + Math.min(lines.length, codeLines) + 1 <= maxLines && last.bullets.length < maxBullets
    const needed = Math.ceil(lines.length / codeLines) - (joins ? 1 : 0)
    if (count > 0 && slides.some((slide) => slide.code) && slides.length + needed > count) {
      unshownCode.push({line: code.line, text: settings.language.labels.codeBlock.replace('{count}', String(lines.length))})
      continue
    }
    for (let start = 0; start < lines.length; start += codeLines) {
      const part: CodeBlock = {...code, value: lines.slice(start, start + codeLines).join('\n'), line: code.line + start}
      const height = Math.min(lines.length - start, codeLines) + 1
      const last = slides.at(-1)
      const used = last ? last.bullets.reduce((sum, bullet) => sum + weigh(bullet), 0) : 0
      // With a slide to spare, code has one of its own.
      if (last && !last.code && !codeSlide && used + height <= maxLines && last.bullets.length < maxBullets) slides[slides.length - 1] = {...last, code: part}
      else slides.push(slide([], part))
    }
  }

  const people = section.people ?? []
  const listed = Math.max(1, Math.floor(settings.maxBullets * factor) + 1)
  const result: Slide[] =
    people.length > 0 && speakers ? [{type: 'section', title, section: id, people: people.slice(0, listed), more: Math.max(0, people.length - listed)}] : []
  // Images without a slide of their own are named in the speaker notes, with their line.
  const images = selection.images ?? []
  const unshown = shown.images ? [] : images.map((image) => ({line: image.line, text: image.alt ? `${settings.language.labels.image}: ${image.alt}` : settings.language.labels.image}))
  result.push(
    ...slides.map((slide, index) => ({
      ...slide,
      continued: index > 0,
      notes: index === 0 ? [...slide.notes, ...selection.dropped, ...unshownCode, ...unshown] : slide.notes
    }))
  )
  if (shown.images) for (const image of images) result.push({type: 'image', title, section: id, image})
  const quoteChars = Math.max(40, Math.floor(settings.maxQuoteChars * factor))
  for (const quote of selection.quotes.slice(0, settings.maxQuotes)) {
    const text = cutToWidth(quote.text, quoteChars)
    const context = quote.context === undefined ? {} : {context: cutToWidth(quote.context, Math.floor(quoteChars * 0.75))}
    result.push({type: 'quote', title, section: id, quote: {...quote, text, ...context}})
  }
  return result
}

/** Items in `count` runs of sizes that differ by one at most, the longer runs first. */
function splitInto<T>(items: readonly T[], count: number): T[][] {
  if (count <= 1) return [[...items]]
  const runs: T[][] = []
  let at = 0
  for (let index = 0; index < count; index++) {
    const size = Math.floor(items.length / count) + (index < items.length % count ? 1 : 0)
    runs.push(items.slice(at, at + size))
    at += size
  }
  return runs.filter((run) => run.length > 0)
}

/** A title cut at a word boundary, with "…", when longer than `max` characters. */
function shortTitle(title: string, max: number): string {
  return cutToWidth(title.replace(bareUrl, (url) => shortUrl(url)), max)
}

/**
 * Split items into as few groups as the limits allow (at most `max` in size,
 * counting each item as `size(item)`, and `maxWeight` in weight; an item over
 * a limit stands alone), balanced
 * so that the fullest group is as light as it can be: eleven bullets become
 * six and five, not six, four and one.
 */
export function chunkEvenly<T>(
  items: readonly T[],
  max: number,
  weigh: (item: T) => number,
  maxWeight = Infinity,
  size: (item: T) => number = () => 1
): T[][] {
  const n = items.length
  if (n === 0) return []
  // Prefix sums make the cost of any run of items O(1).
  const weightSums = [0]
  const sizeSums = [0]
  items.forEach((item, index) => {
    weightSums.push(weightSums[index]! + weigh(item))
    sizeSums.push(sizeSums[index]! + size(item))
  })
  // cost of items [from, to): how full the group is, 1 = at a limit.
  const cost = (from: number, to: number): number => {
    const fill = Math.max((sizeSums[to]! - sizeSums[from]!) / max, (weightSums[to]! - weightSums[from]!) / maxWeight)
    return to - from === 1 ? Math.min(fill, 1) : fill
  }
  // best[g][j]: the lowest "fullest group" cost of the first j items in g
  // groups, then the lowest sum of squared costs (so 13 items make 5, 4, 4
  // rather than 5, 5, 3). Layers grow until all items fit within the limits.
  const best: number[][] = [[0, ...Array<number>(n).fill(Infinity)]]
  const spread: number[][] = [[0, ...Array<number>(n).fill(Infinity)]]
  const cut: number[][] = [[]]
  for (let g = 1; g <= n; g++) {
    best.push(Array<number>(n + 1).fill(Infinity))
    spread.push(Array<number>(n + 1).fill(Infinity))
    cut.push(Array<number>(n + 1).fill(0))
    for (let j = g; j <= n; j++) {
      for (let i = g - 1; i < j; i++) {
        const here = cost(i, j)
        const value = Math.max(best[g - 1]![i]!, here)
        const squares = spread[g - 1]![i]! + here * here
        // On a full tie the later cut wins: fuller slides first.
        const better = value < best[g]![j]! || (value === best[g]![j]! && squares <= spread[g]![j]! + 1e-9)
        if (value < Infinity && better) {
          best[g]![j] = value
          spread[g]![j] = squares
          cut[g]![j] = i
        }
      }
    }
    if (best[g]![n]! <= 1) {
      const result: T[][] = []
      for (let group = g, j = n; group > 0; group--) {
        const i = cut[group]![j]!
        result.unshift(items.slice(i, j))
        j = i
      }
      return result
    }
  }
  return items.map((item) => [item])
}

function origins(bullets: readonly Bullet[]): Origin[] {
  const seen = new Set<Origin>()
  return bullets.map((bullet) => bullet.origin).filter((origin) => !seen.has(origin) && Boolean(seen.add(origin)))
}

/** One entry per context; figures that share one are listed with it. */
function dedupeFigures(figures: readonly Figure[]): Figure[] {
  const byContext = new Map<string, Figure>()
  for (const figure of figures) {
    const key = `${figure.origin.line}\u0000${figure.context}`
    const first = byContext.get(key)
    if (!first) byContext.set(key, figure)
    else if (figure.context.includes(figure.value)) byContext.set(key, {...first, also: [...(first.also ?? []), figure.value]})
  }
  return [...byContext.values()]
}

function dedupe(links: readonly Link[]): Link[] {
  const seen = new Set<string>()
  return links.filter((link) => !seen.has(link.url) && Boolean(seen.add(link.url)))
}
