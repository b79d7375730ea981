import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import puppeteer, {type Browser as PuppeteerBrowser} from 'puppeteer-core'
import {DeckError, ExitCode} from '../errors.js'
import {findBrowser, type Browser} from './find-browser.js'

export interface LaunchOptions {
  /** The browser to start (default: found with `findBrowser()`). */
  readonly browser?: Browser
}

/** A running headless browser that a batch of decks shares. */
export interface SharedBrowser {
  /** The puppeteer handle, to open pages with. */
  readonly browser: PuppeteerBrowser
  /** The executable that runs. */
  readonly path: string
  /** Close the browser and remove its profile folder; safe to call more than once. */
  close(): Promise<void>
}

// Quiet and self-contained: no sandbox (containers, CI), no GPU, no calls
// home. `--headless` itself comes from `headless: 'shell'` below, which also
// hides scrollbars.
const flags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
]

/**
 * Start one headless Chrome-family browser with a fresh profile in a
 * temporary folder. The browser is expensive: start it once, share it across
 * a batch, and always `close()` it in `finally`.
 */
export async function launchBrowser(options?: Readonly<LaunchOptions>): Promise<SharedBrowser> {
  const found = options?.browser ?? (await findBrowser())
  if (!found) {
    throw new DeckError(
      'no browser for measuring slides: install Chrome, Chromium or Edge, or set CHROME_PATH',
      ExitCode.Unavailable
    )
  }
  const profile = await mkdtemp(join(tmpdir(), 'debrief-browser-'))
  let browser: PuppeteerBrowser
  try {
    browser = await puppeteer.launch({
      executablePath: found.path,
      headless: 'shell',
      pipe: true,
      args: [...flags, `--user-data-dir=${profile}`]
    })
  } catch (error) {
    await removeProfile(profile)
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new DeckError(`could not start the browser at ${found.path}: ${reason}`, ExitCode.Unavailable)
  }
  let closing: Promise<void> | undefined
  return {
    browser,
    path: found.path,
    close() {
      closing ??= (async () => {
        try {
          await browser.close()
        } finally {
          await removeProfile(profile)
        }
      })()
      return closing
    }
  }
}

function removeProfile(profile: string): Promise<void> {
  // Chromium may still be flushing files as it exits: retry briefly.
  return rm(profile, {recursive: true, force: true, maxRetries: 5, retryDelay: 100})
}
