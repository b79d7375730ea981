// Batch bench: `npm run bench` ends with how long the command takes on a
// batch of decks (8 copies of the sample notes, md+html+pdf, the browser
// start included), built one at a time (--parallel 1) and side by side
// (as many as there are cores, the default), and the speedup. Figures, not tests.
import {spawnSync} from 'node:child_process'
import {cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync} from 'node:fs'
import {availableParallelism, loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'

const copies = 8
const runs = Number(process.env.BENCH_RUNS ?? 3)
const scratch = mkdtempSync(join(tmpdir(), 'debrief-bench-batch-'))
try {
  const notes = join(scratch, 'notes')
  for (let copy = 1; copy <= copies; copy++) {
    mkdirSync(join(notes, `copy-${copy}`), {recursive: true})
    cpSync('sources', join(notes, `copy-${copy}`), {recursive: true})
  }
  const decks = copies * readdirSync('sources').length
  const seconds = (parallel) => {
    const times = []
    for (let run = 0; run < runs; run++) {
      const out = join(scratch, `out-${parallel ?? 'cores'}-${run}`)
      const start = performance.now()
      const result = spawnSync(process.execPath, ['dist/bin.js', notes, '-f', 'md,html,pdf', '-o', out, '-q', ...(parallel ? ['--parallel', String(parallel)] : [])], {encoding: 'utf8'})
      times.push((performance.now() - start) / 1000)
      if (result.status !== 0) throw new Error(`debrief exited ${result.status}: ${result.stderr}`)
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]
  }
  const cores = availableParallelism()
  console.log(`\nbatch: ${decks} decks (${copies} copies of sources/), md+html+pdf, whole command; median of ${runs}; ${cores} cores, load average ${loadavg()[0].toFixed(1)}`)
  const one = seconds(1)
  const side = seconds(undefined)
  const row = (label, value, extra = '') => console.log(`${label.padEnd(44)} ${value.toFixed(2).padStart(9)} s  ${extra}`)
  row('debrief --parallel 1 (one deck at a time)', one, `${(one / decks).toFixed(2)} s a deck`)
  row(`debrief (side by side, ${cores} at once)`, side, `${(side / decks).toFixed(2)} s a deck, ${(one / side).toFixed(2)}× as fast`)
} finally {
  rmSync(scratch, {recursive: true, force: true})
}
