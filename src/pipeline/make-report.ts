import type {Removed} from './strip-noise.js'
import type {Selection} from '../types.js'

/** What selection kept and dropped, section by section, for `--report`. */
export interface Report {
  readonly file: string
  readonly sections: ReadonlyArray<{
    readonly title: string
    readonly line: number
    /** Sentences and items on the slides, with the bullets made of them. */
    readonly kept: ReadonlyArray<{readonly line: number; readonly text: string; readonly bullets: readonly string[]}>
    /** Sentences left for the speaker notes. */
    readonly dropped: ReadonlyArray<{readonly line: number; readonly text: string}>
    readonly quotes: ReadonlyArray<{readonly line: number; readonly text: string; readonly attribution?: string}>
    readonly figures: ReadonlyArray<{readonly line: number; readonly value: string}>
    readonly links: number
  }>
  /** Noise dropped before parsing. */
  readonly noise: readonly Removed[]
}

/** Gather what each section kept and dropped. Pure. */
export function makeReport(file: string, selections: readonly Selection[], noise: readonly Removed[]): Report {
  return {
    file,
    sections: selections.map((selection) => {
      const kept: Array<{line: number; text: string; bullets: string[]}> = []
      for (const bullet of selection.bullets) {
        const last = kept.at(-1)
        if (last && last.line === bullet.origin.line && last.text === bullet.origin.text) last.bullets.push(bullet.text)
        else kept.push({line: bullet.origin.line, text: bullet.origin.text, bullets: [bullet.text]})
      }
      return {
        title: selection.section.title,
        line: selection.section.line,
        kept,
        dropped: selection.dropped.map(({line, text}) => ({line, text})),
        quotes: selection.quotes.map((quote) => ({line: quote.origin.line, text: quote.text, ...(quote.attribution ? {attribution: quote.attribution} : {})})),
        figures: selection.figures.map((figure) => ({line: figure.origin.line, value: figure.value})),
        links: selection.links.length
      }
    }),
    noise
  }
}

/** The report as text for a terminal: one block per section. */
export function formatReport(report: Report): string {
  const lines = [`${report.file}`]
  for (const section of report.sections) {
    lines.push('', `  ${section.title} (line ${section.line}): kept ${section.kept.length}, dropped ${section.dropped.length}`)
    for (const kept of section.kept) lines.push(`    + ${kept.line}: ${kept.bullets.join(' / ')}`)
    for (const dropped of section.dropped) lines.push(`    - ${dropped.line}: ${dropped.text}`)
    for (const quote of section.quotes) lines.push(`    " ${quote.line}: ${quote.text}${quote.attribution ? ` — ${quote.attribution}` : ''}`)
    for (const figure of section.figures) lines.push(`    # ${figure.line}: ${figure.value}`)
  }
  if (report.noise.length > 0) {
    lines.push('', `  noise dropped: ${report.noise.length}`)
    for (const piece of report.noise) lines.push(`    x ${piece.line}: ${piece.text} (${piece.rule})`)
  }
  return `${lines.join('\n')}\n`
}
