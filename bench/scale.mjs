// Scaling bench: generated notes of 10 KB to 10 MB in four shapes, each built
// into a deck (`buildDeck`, Markdown only) in a child process of its own, so
// that its peak memory (max RSS) is its own. Prints time, peak memory and the
// growth of time per 10× input. `node bench/scale.mjs [--max BYTES]`.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {generateNotes} from './generate-notes.mjs'

const shapes = ['prose', 'transcript', 'outline', 'line']
const sizes = [10e3, 100e3, 1e6, 10e6]
const timeout = Number(process.env['SCALE_TIMEOUT'] ?? 120) * 1e3
// The build to measure (default: this checkout's dist), to compare with another.
const dist = new URL(process.env['DEBRIEF_DIST'] ?? '../dist/', import.meta.url)
const distIndex = new URL('index.js', dist).href

if (process.argv[2] === '--child') {
  const [shape, bytes] = [process.argv[3], Number(process.argv[4])]
  const {buildDeck} = await import(distIndex)
  const text = generateNotes(shape, bytes)
  const start = performance.now()
  const cpuStart = process.cpuUsage()
  let result
  try {
    // A transcript is plain text, read turn by turn; in a .md file its lines would be one paragraph.
    // One line of 10 MB is past the default longest line (1,000,000 characters): raised, to measure it.
    const deck = buildDeck(text, {file: shape === 'transcript' ? 'transcript.txt' : `${shape}.md`, maxLineLength: bytes + 1})
    result = {slides: deck.slides.length}
  } catch (error) {
    if (error?.name !== 'DeckError') throw error
    result = {error: error.message}
  }
  const ms = performance.now() - start
  const cpu = process.cpuUsage(cpuStart)
  process.stdout.write(JSON.stringify({...result, ms, cpuMs: (cpu.user + cpu.system) / 1e3, rss: process.resourceUsage().maxRSS * 1024}))
  process.exit(0)
}

const max = process.argv.includes('--max') ? Number(process.argv[process.argv.indexOf('--max') + 1]) : Infinity
const self = fileURLToPath(import.meta.url)
const label = (bytes) => (bytes >= 1e6 ? `${bytes / 1e6} MB` : `${bytes / 1e3} KB`)
const mb = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`

console.log('\nScaling: buildDeck (notes → Marp Markdown) on generated notes, one child process each\n')
// CPU time as well as wall time: on a shared machine the wall time says more about the neighbours.
console.log('| shape | size | time | CPU time | peak memory | CPU time ×, per 10× input | slides |')
console.log('| --- | --- | --- | --- | --- | --- | --- |')
for (const shape of shapes) {
  let previous
  let stopped = false
  for (const bytes of sizes.filter((size) => size <= max)) {
    if (stopped) {
      console.log(`| ${shape} | ${label(bytes)} | not run (the size before took over ${timeout / 1e3} s) | | | | |`)
      continue
    }
    const child = spawnSync(process.execPath, ['--max-old-space-size=4096', '--stack-size=4000', self, '--child', shape, String(bytes)], {encoding: 'utf8', timeout, maxBuffer: 1e6})
    let cells
    if (child.error?.code === 'ETIMEDOUT' || child.signal) {
      cells = [`> ${timeout / 1e3} s (stopped)`, '', '', '', '']
      previous = undefined
      stopped = true
    } else if (child.status !== 0) {
      cells = [`failed (exit ${child.status})`, '', '', '', child.stderr.trim().split('\n').at(-1) ?? '']
      previous = undefined
    } else {
      const result = JSON.parse(child.stdout)
      const growth = previous && !result.error ? `${(result.cpuMs / previous).toFixed(1)}×` : ''
      cells = [`${(result.ms / 1e3).toFixed(2)} s`, `${(result.cpuMs / 1e3).toFixed(2)} s`, mb(result.rss), growth, result.error ? `refused: ${result.error}` : String(result.slides)]
      previous = result.error ? undefined : result.cpuMs
    }
    console.log(`| ${shape} | ${label(bytes)} | ${cells.join(' | ')} |`)
  }
}

// The whole command on a day-long transcript (Markdown, HTML and PDF), and on
// ten days of it (Markdown): what a user waits for, rendering included.
const runs = [
  {bytes: 1e6, formats: 'md,html,pdf'},
  {bytes: 10e6, formats: 'md'}
]
console.log('')
for (const {bytes, formats} of runs.filter((run) => run.bytes <= max)) {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-scale-'))
  try {
    writeFileSync(join(dir, 'day.txt'), generateNotes('transcript', bytes))
    const start = performance.now()
    const run = spawnSync(process.execPath, [fileURLToPath(new URL('bin.js', dist)), join(dir, 'day.txt'), '--out', join(dir, 'decks'), '--format', formats, '--quiet'], {encoding: 'utf8', timeout: 300e3})
    const seconds = ((performance.now() - start) / 1e3).toFixed(1)
    console.log(`debrief on a ${label(bytes)} transcript, ${formats.replaceAll(',', '+')}: ${run.status === 0 ? `${seconds} s` : `failed (exit ${run.status}): ${run.stderr.trim().split('\n').at(-1)}`}`)
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}
