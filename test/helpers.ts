import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {DeckError} from '../src/errors.js'

/** The built command-line program (`npm test` builds it first). */
export const cli = resolve('dist/bin.js')

const made: string[] = []

/** A fresh empty folder under the system temp dir; see `removeTemporaryDirectories`. */
export function temporaryDirectory(): string {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-test-'))
  made.push(dir)
  return dir
}

/** Remove the folders `temporaryDirectory` made (call it in `afterEach`). */
export function removeTemporaryDirectories(): void {
  for (const dir of made.splice(0)) rmSync(dir, {recursive: true, force: true})
}

/** Run `debrief` with arguments in a folder, as a user would. */
export function debrief(args: readonly string[], options: {cwd: string; input?: string; env?: Record<string, string>}) {
  const env = {...process.env, ...options.env}
  const result = spawnSync(process.execPath, [cli, ...args], {cwd: options.cwd, input: options.input ?? '', encoding: 'utf8', env})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** The DeckError a function throws; fails the test when it throws nothing or something else. */
export function deckError(fn: () => unknown): DeckError {
  try {
    fn()
  } catch (error) {
    if (error instanceof DeckError) return error
    throw error
  }
  throw new Error('expected a DeckError, nothing was thrown')
}
