import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

/** Something to undo (stop a process, remove a file or folder) when the work it belongs to ends or is stopped. */
export interface Undo {
  /** What the work is, for the line a stopped run prints (`making PDF`, `writing decks/x.md`). */
  readonly doing: string
  readonly undo: () => Promise<void> | void
}

const pending: Undo[] = []
/** Undoing under way, started by their work or by `cleanup()`: a stopped run waits for them all. */
const undoing = new Set<Promise<void>>()
let stopping = false

/**
 * Register what to undo if the run is stopped before the work it belongs to
 * ends. The work still cleans up after itself on success and error: it calls
 * the function returned, which unregisters it and undoes it (`false`: only
 * unregisters, when the work undid itself). Whichever comes first, the work
 * is undone once. Once `cleanup()` has begun (a signal), what is registered
 * later is undone at once.
 */
export function onCleanup(entry: Readonly<Undo>): (run?: boolean) => Promise<void> {
  let done: Promise<void> | undefined
  const start = (): Promise<void> => {
    const started = Promise.resolve().then(entry.undo)
    undoing.add(started)
    const settled = () => void undoing.delete(started)
    started.then(settled, settled)
    return started
  }
  const once: Undo = {doing: entry.doing, undo: () => (done ??= start())}
  pending.push(once)
  if (stopping) void cleanup()
  return (run = true) => {
    const index = pending.indexOf(once)
    if (index >= 0) pending.splice(index, 1)
    if (!run) done ??= Promise.resolve()
    return once.undo() as Promise<void>
  }
}

/** What the run was doing: the latest work still registered (default: `'building decks'`). */
export function doing(): string {
  return pending.at(-1)?.doing ?? 'building decks'
}

/**
 * Undo everything still registered, latest first (a process is stopped
 * before its folder is removed), and wait for what its work was already
 * undoing (a folder being removed as the work ended), so that nothing is
 * half done when the process exits; called by the command on SIGINT and
 * SIGTERM, never by the library itself. Errors are collected and thrown
 * together once everything was tried (those of what the work was undoing
 * are the work's own).
 */
export async function cleanup(): Promise<void> {
  stopping = true
  const errors: unknown[] = []
  for (let entry = pending.pop(); entry; entry = pending.pop()) {
    try {
      await entry.undo()
    } catch (error) {
      errors.push(error)
    }
  }
  while (undoing.size > 0) await Promise.allSettled([...undoing])
  if (errors.length > 0) throw new AggregateError(errors, 'could not clean up everything')
}

/** A new empty folder under the system temp folder, removed by `remove()` or by `cleanup()`. */
export async function makeTempFolder(prefix: string, what: string): Promise<{path: string; remove: () => Promise<void>}> {
  const path = await mkdtemp(join(tmpdir(), prefix))
  // Chromium may still be flushing files as it exits: retry briefly.
  const remove = onCleanup({doing: what, undo: () => rm(path, {recursive: true, force: true, maxRetries: 5, retryDelay: 100})})
  return {path, remove}
}

/** Kill a process and its process group (puppeteer starts the browser as a group leader, debrief starts marp-cli so); one already gone is fine. */
export function killGroup(pid: number | undefined): void {
  if (pid === undefined) return
  try {
    process.kill(-pid, 'SIGKILL')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
  }
}
