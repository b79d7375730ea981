// Evaluation: `npm run eval [FOLDER]` (default: sources) builds a deck from
// every notes file in the folder and prints, per file, how long the deck is
// (slides; words on the slides against words in the notes), how dense its
// slides are (bullets a slide, words a bullet), and how much of the notes it
// keeps (headings, quotes, figures, links: share found on the slides, and how
// many the notes have), with the share of bullets whose speaker notes name
// their source line. Figures, not tests; what the slides miss is listed on
// stderr. Set EVAL_ARGS='{"slides": 6}' to pass build options.
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import * as debrief from '../dist/index.js'

const {evaluateDeck} = debrief
const folder = process.argv[2] ?? 'sources'
const extra = process.env.EVAL_ARGS ? JSON.parse(process.env.EVAL_ARGS) : {}

const percent = (value, total) => (value === null ? '–' : `${Math.round(value * 100)}% (${total})`)
const mean = (value) => value.toFixed(1)

const columns = ['file', 'slides', 'words slides/notes', 'bullets/slide', 'words/bullet', 'max words', 'headings', 'quotes', 'figures', 'links', 'sourced bullets']
const rows = []
const misses = []
const shares = []
for (const name of readdirSync(folder).filter((name) => /\.(?:md|markdown|txt|text)$/i.test(name) && !/^readme/i.test(name)).sort()) {
  const file = join(folder, name)
  const text = readFileSync(file, 'utf8')
  const evaluation = evaluateDeck(text, debrief.buildDeck(text, {file, ...extra}), file)
  const {found, missing, words} = evaluation
  const share = words.notes === 0 ? 0 : words.slides / words.notes
  shares.push(share)
  rows.push([
    name,
    String(evaluation.slides),
    `${words.slides}/${words.notes} = ${Math.round(share * 100)}%`,
    mean(evaluation.bulletsPerSlide),
    mean(evaluation.wordsPerBullet.mean),
    String(evaluation.wordsPerBullet.max),
    percent(evaluation.headingRecall, found.headings.length),
    percent(evaluation.quoteRecall, found.quotes.length),
    percent(evaluation.figureRecall, found.figures.length),
    percent(evaluation.linkRecall, found.links.length),
    `${Math.round(evaluation.sourcedBullets * 100)}%`
  ])
  for (const [kind, items] of Object.entries(missing)) for (const item of items) misses.push(`${name}: missing ${kind.replace(/s$/, '')}: ${item}`)
}

const widths = columns.map((column, index) => Math.max(column.length, ...rows.map((row) => row[index].length)))
const line = (cells) => `| ${cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]) : cell.padStart(widths[index]))).join(' | ')} |`
console.log(line(columns))
console.log(`|${widths.map((width, index) => (index === 0 ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`)
for (const row of rows) console.log(line(row))
const sorted = [...shares].sort((a, b) => a - b)
const median = sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2
console.log(`\n${rows.length} files, median words on slides ${Math.round(median * 100)}% of the notes' words, most slides ${Math.max(0, ...rows.map((row) => Number(row[1])))}`)
for (const miss of misses) console.error(miss)
