import {access, constants} from 'node:fs/promises'
import {delimiter, join} from 'node:path'
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
 * package `@sparticuz/chromium`. Returns `undefined` when there is none, and
 * throws when `CHROME_PATH` names something that is not there.
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
  return bundled()
}

async function bundled(): Promise<Browser | undefined> {
  let module: {default: {executablePath(): Promise<string>}}
  try {
    module = (await import('@sparticuz/chromium')) as typeof module
  } catch (error) {
    // Not installed: the package is optional, and fails to install on
    // platforms it does not support.
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return undefined
    throw error
  }
  return {path: await module.default.executablePath(), from: 'bundled'}
}

async function executable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}
