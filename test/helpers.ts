import {spawnSync} from 'node:child_process'
import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'

/** The built command-line program (`npm test` builds it first). */
export const cli = resolve('dist/cli.js')

/** A fresh empty folder under the system temp dir. */
export function temporaryDirectory(): string {
  return mkdtempSync(join(tmpdir(), 'debrief-test-'))
}

/** Run `debrief` with arguments in a folder, as a user would. */
export function debrief(args: readonly string[], options: {cwd: string; input?: string}) {
  const result = spawnSync(process.execPath, [cli, ...args], {cwd: options.cwd, input: options.input ?? '', encoding: 'utf8'})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}
