import type {DeckBudget} from './budget-deck.js'
import type {Removed} from './strip-noise.js'
import type {Selection} from '../types.js'
import type {Finding} from './verify-deck.js'

/** What selection kept and dropped, section by section, for `--report`. */
export interface Report {
  readonly file: string
  /** How long the deck aims to be, and why. */
  readonly budget?: {readonly target: number; readonly why: string; readonly brief: ReadonlyArray<{readonly line: number; readonly text: string; readonly score: number}>}
  readonly sections: ReadonlyArray<{
    readonly title: string
    readonly line: number
    /** Content slides the section has (shared with others when `shared`); 0: its agenda entry only. */
    readonly slides?: number
    readonly shared?: boolean
    /** Sentences and items on the slides, with the bullets made of them and their score. */
    readonly kept: ReadonlyArray<{readonly line: number; readonly text: string; readonly bullets: readonly string[]; readonly score?: number}>
    /** Sentences left for the speaker notes, with their score and why. */
    readonly dropped: ReadonlyArray<{readonly line: number; readonly text: string; readonly score?: number; readonly reason?: string}>
    readonly quotes: ReadonlyArray<{readonly line: number; readonly text: string; readonly attribution?: string}>
    readonly figures: ReadonlyArray<{readonly line: number; readonly value: string}>
    readonly links: number
  }>
  /** Noise dropped before parsing. */
  readonly noise: readonly Removed[]
  /** What the verify stage took off the slides (it stays in the speaker notes). */
  readonly verified: readonly Finding[]
}

/** Gather what each section kept and dropped. Pure. */
export function makeReport(file: string, selections: readonly Selection[], noise: readonly Removed[], verified: readonly Finding[], budget?: Pick<DeckBudget, 'target' | 'why' | 'brief' | 'groups'>): Report {
  const summary = budget
    ? {budget: {target: budget.target, why: budget.why, brief: budget.brief.map((bullet) => ({line: bullet.origin.line, text: bullet.origin.text, score: bullet.weight ?? bullet.score}))}}
    : {}
  return {
    file,
    ...summary,
    sections: selections.map((selection, index) => {
      const kept: Array<{line: number; text: string; bullets: string[]; score: number}> = []
      for (const bullet of selection.bullets) {
        const last = kept.at(-1)
        if (last && last.line === bullet.origin.line && last.text === bullet.origin.text) last.bullets.push(bullet.text)
        else kept.push({line: bullet.origin.line, text: bullet.origin.text, bullets: [bullet.text], score: bullet.score})
      }
      const group = budget?.groups.find((entry) => entry.sections.includes(index))
      const slides = budget ? {slides: group?.slides ?? 0, ...(group && group.sections.length > 1 ? {shared: true} : {})} : {}
      return {
        title: selection.section.title,
        line: selection.section.line,
        ...slides,
        kept,
        dropped: selection.dropped.map(({line, text, score, reason}) => ({line, text, ...(score === undefined ? {} : {score}), ...(reason ? {reason} : {})})),
        quotes: selection.quotes.map((quote) => ({line: quote.origin.line, text: quote.text, ...(quote.attribution ? {attribution: quote.attribution} : {})})),
        figures: selection.figures.map((figure) => ({line: figure.origin.line, value: figure.value})),
        links: selection.links.length
      }
    }),
    noise,
    verified
  }
}

/** The report as text for a terminal: one block per section. */
export function formatReport(report: Report): string {
  const lines = [`${report.file}`]
  const score = (value: number | undefined): string => (value === undefined ? '' : ` [${value.toFixed(2)}]`)
  if (report.budget) {
    lines.push('', `  budget: ${report.budget.target} slides (${report.budget.why})`)
    for (const point of report.budget.brief) lines.push(`    * ${point.line}: ${point.text}${score(point.score)} (in brief)`)
  }
  for (const section of report.sections) {
    const slides = section.slides === undefined ? '' : section.slides === 0 ? ', agenda entry only' : `, ${section.slides} slide${section.slides === 1 ? '' : 's'}${section.shared ? ' shared' : ''}`
    lines.push('', `  ${section.title} (line ${section.line}): kept ${section.kept.length}, dropped ${section.dropped.length}${slides}`)
    for (const kept of section.kept) lines.push(`    + ${kept.line}: ${kept.bullets.join(' / ')}${score(kept.score)}`)
    for (const dropped of section.dropped) lines.push(`    - ${dropped.line}: ${dropped.text}${score(dropped.score)}${dropped.reason ? ` (${dropped.reason})` : ''}`)
    for (const quote of section.quotes) lines.push(`    " ${quote.line}: ${quote.text}${quote.attribution ? ` — ${quote.attribution}` : ''}`)
    for (const figure of section.figures) lines.push(`    # ${figure.line}: ${figure.value}`)
  }
  if (report.noise.length > 0) {
    lines.push('', `  noise dropped: ${report.noise.length}`)
    for (const piece of report.noise) lines.push(`    x ${piece.line}: ${piece.text} (${piece.rule})`)
  }
  if (report.verified.length > 0) {
    lines.push('', `  taken off the slides by verify (kept in the speaker notes): ${report.verified.length}`)
    for (const finding of report.verified) lines.push(`    ! ${finding.line}: ${finding.check}: ${finding.text} (${finding.reason})`)
  }
  return `${lines.join('\n')}\n`
}
