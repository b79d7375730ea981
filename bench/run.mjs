// Benchmarks: `npm run bench` prints how long each part of a build takes on
// the sample notes and on a synthetic long set of notes. Figures, not tests.
import {readFileSync, readdirSync} from 'node:fs'
import {performance} from 'node:perf_hooks'
import {buildDeck, renderHtml, renderPdf} from '../dist/index.js'

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

async function time(runs, work) {
  const times = []
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    await work()
    times.push(performance.now() - start)
  }
  return median(times)
}

function row(label, ms, extra = '') {
  console.log(`${label.padEnd(44)} ${ms.toFixed(1).padStart(9)} ms  ${extra}`)
}

const sources = readdirSync('sources').sort().map((file) => ({file: `sources/${file}`, text: readFileSync(`sources/${file}`, 'utf8')}))
const long = {
  file: 'synthetic-long.md',
  text: Array.from({length: 40}, (_, section) => `## Topic ${section + 1}\n\n` + Array.from({length: 12}, (_, sentence) => `Point ${sentence + 1} of topic ${section + 1} says that teams ship ${sentence * 7}% faster with review, tests and a shared roadmap.`).join(' ') + '\n').join('\n')
}

console.log(`node ${process.version}, ${process.platform}/${process.arch}; median of runs\n`)
for (const source of [...sources, long]) {
  const deck = buildDeck(source.text, {file: source.file})
  const ms = await time(20, () => buildDeck(source.text, {file: source.file}))
  row(`buildDeck ${source.file}`, ms, `${deck.slides.length} slides, ${source.text.length} chars`)
}

const decks = sources.map((source) => ({name: source.file.replace(/^.*\/|\.[^.]+$/g, ''), markdown: buildDeck(source.text, {file: source.file}).markdown}))
row(`renderHtml, ${decks.length} decks (marp-cli, no browser)`, await time(3, () => renderHtml(decks)))
row(`renderPdf, ${decks.length} decks (marp-cli + browser start)`, await time(3, () => renderPdf(decks)))
