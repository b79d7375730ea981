import type {AgendaSlide, Bullet, Person, ContentSlide, Deck, DeckMeta, Figure, Link, Origin, Selection, Slide} from './types.js'
import {withDefaults} from './settings.js'

export interface LayoutOptions {
  /** Deck title when the notes give none (default: `'Debrief'`). */
  readonly fallbackTitle?: string
  /** Most bullets on one slide (default: `6`). */
  readonly maxBullets?: number
  /** Most text lines on one slide, counting wrapped bullets and code (default: `10`). */
  readonly maxLines?: number
  /** Characters that fit on one line of a bullet (default: `58`). */
  readonly charsPerLine?: number
  /** Most entries on one agenda slide (default: `9`). */
  readonly maxAgenda?: number
  /** Most links on one resources slide (default: `8`). */
  readonly maxLinks?: number
  /** Most quote slides after one section (default: `2`). */
  readonly maxQuotes?: number
  /** Most figures on one "By the numbers" slide (default: `6`). */
  readonly maxFigures?: number
  /** Points on the "Key takeaways" slide (default: `5`). */
  readonly takeaways?: number
}

const defaults = {
  fallbackTitle: 'Debrief',
  maxBullets: 6,
  maxLines: 10,
  charsPerLine: 58,
  maxAgenda: 9,
  maxLinks: 8,
  maxQuotes: 2,
  maxFigures: 6,
  takeaways: 5
}

type Settings = typeof defaults

/**
 * Lay the selections out as slides: a title slide, an agenda, per section a
 * speakers slide (when it introduces people), content slides (continued ones
 * titled "(cont.)") and quote slides; then "By the numbers", "Key takeaways",
 * "Action items" when the notes have any, and a resources slide with every link.
 */
export function layoutSlides(meta: DeckMeta, selections: readonly Selection[], options?: Readonly<LayoutOptions>): Deck {
  const settings = withDefaults(defaults, options)
  const title = meta.title ?? settings.fallbackTitle
  const slides: Slide[] = [{type: 'title', title, subtitle: meta.subtitle, meta}]

  const entries = selections.map(({section}) => ({title: section.title, depth: section.depth})).filter((entry) => entry.depth <= 2)
  chunkEvenly(entries, settings.maxAgenda, () => 1).forEach((items, index) => {
    const agenda: AgendaSlide = {type: 'agenda', title: index === 0 ? 'Agenda' : 'Agenda (cont.)', items}
    slides.push(agenda)
  })

  for (const selection of selections) slides.push(...sectionSlides(selection, settings))

  const figures = dedupeFigures(selections.flatMap((selection) => selection.figures))
  chunkEvenly(figures, settings.maxFigures, (figure) => Math.max(1, Math.ceil(figure.context.length / settings.charsPerLine)), settings.maxLines).forEach(
    (group, index) => slides.push({type: 'numbers', title: 'By the numbers', continued: index > 0, figures: group})
  )

  // The points the whole deck keeps coming back to, one a section at most, in
  // deck order. A takeaway is a statement of a few words at least, not the
  // introduction of a speaker.
  if (selections.length >= 2) {
    const weight = (bullet: Bullet): number => bullet.weight ?? bullet.score
    const best = selections
      .map((selection, order) => ({
        order,
        bullet: selection.bullets
          .filter((bullet) => bullet.depth === 0 && bullet.text.split(' ').length >= 5 && !bullet.text.endsWith('…') && !introducesPeople(bullet, selection.section.people ?? []))
          .sort((a, b) => weight(b) - weight(a))[0]
      }))
      .filter((entry): entry is {order: number; bullet: Bullet} => entry.bullet !== undefined)
    const chosen = [...best].sort((a, b) => weight(b.bullet) - weight(a.bullet) || a.order - b.order).slice(0, settings.takeaways)
    const bullets = chosen.sort((a, b) => a.order - b.order).map((entry) => entry.bullet)
    if (bullets.length > 0) slides.push({type: 'summary', title: 'Key takeaways', bullets})
  }
  const actions = selections.flatMap((selection) => selection.actions)
  chunkEvenly(actions, settings.maxBullets, () => 1).forEach((group, index) => {
    slides.push({
      type: 'summary',
      title: index === 0 ? 'Action items' : 'Action items (cont.)',
      bullets: group.map((action) => ({text: action.text, depth: 0, origin: action.origin, score: 0}))
    })
  })

  const links = dedupe(selections.flatMap((selection) => selection.links))
  chunkEvenly(links, settings.maxLinks, () => 1).forEach((group, index) => {
    slides.push({type: 'resources', title: 'Resources', continued: index > 0, links: group})
  })
  return {meta: {...meta, title}, slides}
}

function sectionSlides(selection: Selection, settings: Settings): Slide[] {
  const {section} = selection
  const weigh = (bullet: Bullet): number => Math.max(1, Math.ceil(bullet.text.length / (settings.charsPerLine - bullet.depth * 4)))
  // A bullet and its sub-bullets stay on one slide.
  const units: Bullet[][] = []
  for (const bullet of selection.bullets) {
    if (bullet.depth > 0 && units.length > 0) units.at(-1)!.push(bullet)
    else units.push([bullet])
  }
  const groups = chunkEvenly(units, settings.maxBullets, (unit) => unit.reduce((sum, bullet) => sum + weigh(bullet), 0), settings.maxLines, (unit) => unit.length).map(
    (group) => group.flat()
  )
  const slides: ContentSlide[] = groups.map((bullets) => ({
    type: 'content',
    title: section.title,
    continued: false,
    bullets,
    links: selection.links,
    notes: origins(bullets)
  }))

  for (const code of selection.code) {
    const codeLines = code.value.split('\n').length + 1
    const last = slides.at(-1)
    const used = last ? last.bullets.reduce((sum, bullet) => sum + weigh(bullet), 0) : 0
    if (last && !last.code && used + codeLines <= settings.maxLines && last.bullets.length < settings.maxBullets) {
      slides[slides.length - 1] = {...last, code}
    } else {
      slides.push({type: 'content', title: section.title, continued: false, bullets: [], code, links: selection.links, notes: []})
    }
  }

  const result: Slide[] = section.people?.length ? [{type: 'section', title: section.title, people: section.people}] : []
  result.push(...slides.map((slide, index) => ({
    ...slide,
    continued: index > 0,
    notes: index === 0 ? [...slide.notes, ...selection.dropped] : slide.notes
  })))
  for (const quote of selection.quotes.slice(0, settings.maxQuotes)) {
    result.push({type: 'quote', title: section.title, quote})
  }
  return result
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

function introducesPeople(bullet: Bullet, people: readonly Person[]): boolean {
  return people.filter((person) => bullet.origin.text.includes(person.name)).length > 0
}

function dedupeFigures(figures: readonly Figure[]): Figure[] {
  const seen = new Set<string>()
  return figures.filter((figure) => {
    const key = `${figure.origin.line}\u0000${figure.context}`
    return !seen.has(key) && Boolean(seen.add(key))
  })
}

function dedupe(links: readonly Link[]): Link[] {
  const seen = new Set<string>()
  return links.filter((link) => !seen.has(link.url) && Boolean(seen.add(link.url)))
}
