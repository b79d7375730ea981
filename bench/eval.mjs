// Evaluation: `node bench/eval.mjs` (after `npx tsc -p tsconfig.build.json`)
// builds a deck from every file in sources/ and prints, per file, how much of
// the notes the slides keep (headings, quotes, figures, links: share found on
// the slides, and how many the notes have), the share of bullets whose
// speaker notes name their source line, and how dense the slides are.
// Figures, not tests; what the slides miss is listed on stderr.
import {readFileSync, readdirSync} from 'node:fs'
import * as debrief from '../dist/index.js'

const {evaluateDeck} = debrief

const percent = (value, total) => (value === null ? '–' : `${Math.round(value * 100)}% (${total})`)
const mean = (value) => value.toFixed(1)

const columns = ['file', 'headings', 'quotes', 'figures', 'links', 'sourced bullets', 'bullets/slide', 'words/bullet', 'max words']
const rows = []
const misses = []
for (const name of readdirSync('sources').sort()) {
  const file = `sources/${name}`
  const text = readFileSync(file, 'utf8')
  const evaluation = evaluateDeck(text, debrief.buildDeck(text, {file}), file)
  const {found, missing} = evaluation
  rows.push([
    name,
    percent(evaluation.headingRecall, found.headings.length),
    percent(evaluation.quoteRecall, found.quotes.length),
    percent(evaluation.figureRecall, found.figures.length),
    percent(evaluation.linkRecall, found.links.length),
    `${Math.round(evaluation.sourcedBullets * 100)}%`,
    mean(evaluation.bulletsPerSlide),
    mean(evaluation.wordsPerBullet.mean),
    String(evaluation.wordsPerBullet.max)
  ])
  for (const [kind, items] of Object.entries(missing)) for (const item of items) misses.push(`${name}: missing ${kind.replace(/s$/, '')}: ${item}`)
}

const widths = columns.map((column, index) => Math.max(column.length, ...rows.map((row) => row[index].length)))
const line = (cells) => `| ${cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]) : cell.padStart(widths[index]))).join(' | ')} |`
console.log(line(columns))
console.log(`|${widths.map((width, index) => (index === 0 ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`)
for (const row of rows) console.log(line(row))
for (const miss of misses) console.error(miss)
