import {spawn} from 'node:child_process'
import {access, constants, mkdir, mkdtemp, readdir, readFile, rename, rm} from 'node:fs/promises'
import {homedir} from 'node:os'
import {delimiter, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {onCleanup} from '../cleanup.js'
import {DeckError, ExitCode} from '../errors.js'

/** Where a browser for PDF, PPTX and PNG output was found. */
export interface Browser {
  readonly path: string
  /** `env` for `CHROME_PATH`, `system` for an installed browser, `bundled` for the npm-shipped Chromium. */
  readonly from: 'env' | 'system' | 'bundled'
}

const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable']
const fixed: Record<string, string[]> = {
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'
  ],
  win32: [
    join(process.env['PROGRAMFILES'] ?? 'C:\\Program Files', 'Google\\Chrome\\Application\\chrome.exe'),
    join(process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', 'Microsoft\\Edge\\Application\\msedge.exe')
  ]
}

/**
 * Find a Chrome-family browser: `CHROME_PATH` when set, then an installed
 * Chrome, Chromium or Edge, then the Chromium shipped in the optional npm
 * package `@sparticuz/chromium`, unpacked once into `cacheFolder(env)` and
 * reused by later runs. Returns `undefined` when there is none, and throws
 * when `CHROME_PATH` names something that is not there.
 */
export async function findBrowser(env: NodeJS.ProcessEnv = process.env): Promise<Browser | undefined> {
  const configured = env['CHROME_PATH']
  if (configured) {
    if (await executable(configured)) return {path: configured, from: 'env'}
    throw new DeckError(`CHROME_PATH is set to ${configured}, which is not an executable browser`, ExitCode.Unavailable)
  }
  const directories = (env['PATH'] ?? '').split(delimiter).filter(Boolean)
  const candidates = [...directories.flatMap((directory) => names.map((name) => join(directory, name))), ...(fixed[process.platform] ?? [])]
  for (const candidate of candidates) if (await executable(candidate)) return {path: candidate, from: 'system'}
  return bundled(env)
}

/**
 * The folder debrief keeps what it unpacks once for every run (the
 * npm-shipped Chromium): `$XDG_CACHE_HOME/debrief`, else `~/.cache/debrief`
 * (on Windows `%LOCALAPPDATA%\debrief`).
 */
export function cacheFolder(env: NodeJS.ProcessEnv = process.env): string {
  if (env['XDG_CACHE_HOME']) return join(env['XDG_CACHE_HOME'], 'debrief')
  if (process.platform === 'win32' && env['LOCALAPPDATA']) return join(env['LOCALAPPDATA'], 'debrief')
  return join(env['HOME'] || homedir(), '.cache', 'debrief')
}

/**
 * The Chromium of `@sparticuz/chromium`, unpacked (about 200 MB) into
 * `chromium-VERSION` of the cache folder the first time, then reused. It is
 * unpacked into a folder of a temporary name (`chromium-VERSION.partial-PID-…`)
 * renamed into place once whole, so a run stopped half-way leaves no
 * cache that a later run would use; such a folder, once its run is gone, is
 * removed by the next run.
 */
async function bundled(env: NodeJS.ProcessEnv): Promise<Browser | undefined> {
  let entry: string
  try {
    entry = import.meta.resolve('@sparticuz/chromium')
  } catch (error) {
    // Not installed: the package is optional, and fails to install on
    // platforms it does not support.
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return undefined
    throw error
  }
  const manifest = JSON.parse(await readFile(fileURLToPath(new URL('../../package.json', entry)), 'utf8')) as {version: string}
  const cache = cacheFolder(env)
  const folder = join(cache, `chromium-${manifest.version}`)
  const path = join(folder, 'chromium')
  await removeStale(cache)
  if (await executable(path)) return {path, from: 'bundled'}
  try {
    await mkdir(cache, {recursive: true})
    const partial = await mkdtemp(join(cache, `chromium-${manifest.version}.partial-${process.pid}-`))
    const remove = onCleanup({doing: 'unpacking Chromium', undo: () => rm(partial, {recursive: true, force: true})})
    try {
      await unpack(entry, partial, env)
      await rename(partial, folder).catch(async (error: NodeJS.ErrnoException) => {
        // Another run unpacked it meanwhile: its copy is used, this one removed.
        if (!['EEXIST', 'ENOTEMPTY', 'EPERM'].includes(error.code ?? '') || !(await executable(path))) throw error
      })
    } finally {
      await remove()
    }
  } catch (error) {
    if (error instanceof DeckError) throw error
    throw new DeckError(`could not unpack the Chromium of @sparticuz/chromium into ${cache}: ${(error as Error).message.split('\n')[0]}`, ExitCode.Unavailable)
  }
  return {path, from: 'bundled'}
}

/**
 * Unpack the package's Chromium into `folder`: the package unpacks into the
 * temp folder, so it runs in a child process whose temp folder is `folder`
 * (this process's environment is left as it is). Stopped (`cleanup()`), the
 * child is killed first; it is in this process's group, so a Ctrl-C stops
 * it too, and it stops by itself if this process is killed.
 */
function unpack(entry: string, folder: string, env: NodeJS.ProcessEnv): Promise<void> {
  const script = [
    'const parent = Number(process.argv[2])',
    'setInterval(() => process.ppid !== parent && process.exit(1), 100).unref()',
    'const {default: chromium} = await import(process.argv[1])',
    'await chromium.executablePath()'
  ].join('\n')
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script, entry, String(process.pid)], {
      env: {...env, TMPDIR: folder, TMP: folder, TEMP: folder},
      stdio: ['ignore', 'ignore', 'pipe']
    })
    const closed = new Promise<void>((done) => child.on('close', () => done()))
    const stop = onCleanup({
      doing: 'unpacking Chromium',
      undo: async () => {
        if (child.exitCode !== null || child.signalCode !== null) return
        child.kill('SIGKILL')
        await closed
      }
    })
    let log = ''
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')))
    child.on('error', (error) => {
      void stop(false)
      reject(error)
    })
    child.on('close', (code) => {
      void stop(false)
      if (code === 0) resolve()
      else reject(new Error(log.trim().split('\n').at(-1) || `the unpacking stopped (${code ?? 'a signal'})`))
    })
  })
}

/** Remove the partial folders of unpacks whose run is gone (killed half-way). */
async function removeStale(cache: string): Promise<void> {
  const entries = await readdir(cache).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  for (const name of entries) {
    const pid = /^chromium-.+\.partial-(\d+)-/.exec(name)?.[1]
    if (pid !== undefined && !running(Number(pid))) await rm(join(cache, name), {recursive: true, force: true})
  }
}

/** Whether a process of this id is running. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function executable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}
