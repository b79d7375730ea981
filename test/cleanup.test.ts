import {spawn} from 'node:child_process'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {afterEach, describe, expect, test} from 'vitest'
import {cleanup, doing, onCleanup} from '../src/cleanup.js'
import {cli, removeTemporaryDirectories, temporaryDirectory} from './helpers.js'

afterEach(removeTemporaryDirectories)

const samples = resolve('sources')

/** Every file and folder under `folder`, as paths relative to it. */
function everything(folder: string): string[] {
  if (!existsSync(folder)) return []
  return readdirSync(folder, {recursive: true, encoding: 'utf8'}).sort()
}

/**
 * Start a real `debrief` run on the samples (md, html, pdf; the two decks
 * built side by side) with its own
 * temp folder, wait for `when` to hold (polled), send `signal`, and return
 * the exit code, what it printed, and what is left in its temp and output
 * folders.
 */
async function stopped(signal: NodeJS.Signals, when: (tmp: string, pid: number, stderr: string) => boolean) {
  const tmp = temporaryDirectory()
  const out = join(temporaryDirectory(), 'decks')
  const child = spawn(process.execPath, [cli, samples, '-f', 'md,html,pdf', '--out', out, '--parallel', '2'], {
    env: {...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp},
    stdio: ['ignore', 'ignore', 'pipe']
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)))
  let sent = false
  for (let waited = 0; waited < 60_000 && child.exitCode === null; waited += 50) {
    if (child.pid !== undefined && when(tmp, child.pid, stderr)) {
      child.kill(signal)
      sent = true
      break
    }
    await new Promise((done) => setTimeout(done, 50))
  }
  const code = await exited
  return {sent, code, stderr, tmp: everything(tmp), out: everything(out)}
}

/**
 * Once the run has used `ms` of CPU time: past Node's start and the loading
 * of the command (where its signal handlers are installed), however loaded the
 * machine is, yet still planning the decks. Wall-clock time is not enough: on a
 * busy CI machine 300 ms can pass before the command has started at all.
 */
const busyFor = (ms: number) => (_tmp: string, pid: number) => {
  const path = `/proc/${pid}/stat`
  if (!existsSync(path)) return false
  const stat = readFileSync(path, 'utf8')
  // Fields 14 and 15 (user and system time, in clock ticks of 10 ms) come after the name in parentheses.
  const [user, system] = stat.slice(stat.lastIndexOf(')') + 2).split(' ').slice(11, 13).map(Number)
  return (user! + system!) * 10 >= ms
}
const browserUp = (tmp: string) => readdirSync(tmp).some((name) => name.startsWith('debrief-browser-') && readdirSync(join(tmp, name)).length > 0)
const firstBuilt = (_tmp: string, _pid: number, stderr: string) => stderr.startsWith('[1/2] built ') || stderr.startsWith('[2/2] built ')
const marpRunning = (tmp: string) => readdirSync(tmp).some((name) => /^debrief-(?!browser-)/.test(name))

describe('a run stopped by a signal leaves nothing behind', () => {
  test.each([
    ['SIGINT', 'early, before the browser starts', () => busyFor(200), 130],
    ['SIGTERM', 'once the browser is up (its profile in the temp folder)', () => browserUp, 143],
    ['SIGINT', 'while marp-cli runs (its work folder in the temp folder)', () => marpRunning, 130],
    ['SIGTERM', 'once the first deck is built, the other still being built beside it', () => firstBuilt, 143]
  ] as const)('%s %s', async (signal, _when, when, exitCode) => {
    const result = await stopped(signal, when())
    expect(result.sent).toBe(true)
    expect(result.code).toBe(exitCode)
    // The progress lines printed before it, then one line saying what was stopped.
    const lines = result.stderr.split('\n')
    expect(lines.pop()).toBe('')
    expect(lines.pop()).toMatch(new RegExp(`^debrief: stopped \\(${signal}\\) while [a-z]`))
    expect(lines.filter((line) => !/^\[\d+\/2\] built |^making md, html, pdf …$/.test(line))).toEqual([])
    expect(result.stderr).not.toMatch(/bug|Error|at /)
    expect(result.tmp).toEqual([])
    expect(result.out.filter((file) => /\.tmp|\.old/.test(file))).toEqual([])
  }, 90_000)

  test('a run left alone leaves its temp folder empty too', async () => {
    const result = await stopped('SIGINT', () => false)
    expect(result.code).toBe(0)
    expect(result.tmp).toEqual([])
    expect(result.out).toContain('kubecon-2024-keynote-notes.pdf')
  }, 90_000)
})

describe('cleanup', () => {
  test('undoes what is registered, latest first, and what was already undone not again', async () => {
    const undone: string[] = []
    const first = onCleanup({doing: 'starting', undo: () => void undone.push('first')})
    onCleanup({doing: 'making PDF', undo: () => void undone.push('second')})
    const third = onCleanup({doing: 'writing', undo: () => void undone.push('third')})
    expect(doing()).toBe('writing')
    await third(false)
    expect(doing()).toBe('making PDF')
    await cleanup()
    await first()
    expect(undone).toEqual(['second', 'first'])
    expect(doing()).toBe('building decks')
  })
  // After the test above: cleanup() has run, so what is registered now is undone at once, as in a stopped run.
  test('waits for undoing already under way (a folder a work is removing as it ends)', async () => {
    let removed = false
    const remove = onCleanup({doing: 'removing a folder', undo: () => new Promise<void>((done) => setTimeout(() => done(void (removed = true)), 50))})
    const ending = remove()
    await cleanup()
    expect(removed).toBe(true)
    await ending
  })
})
