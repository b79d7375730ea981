import puppeteer, {type Browser as PuppeteerBrowser} from 'puppeteer-core'
import {killGroup, makeTempFolder, onCleanup} from '../cleanup.js'
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
  const profile = await makeTempFolder('debrief-browser-', 'starting the browser')
  // Signals are the command's to handle (see `cleanup()`), not puppeteer's:
  // its handlers would exit before the profile is removed.
  const launching = puppeteer.launch({
    executablePath: found.path,
    headless: 'shell',
    pipe: true,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    // Chromium's own temp files go in the profile too, so that removing it leaves nothing.
    env: {...process.env, TMPDIR: profile.path, TMP: profile.path, TEMP: profile.path},
    args: [...flags, `--user-data-dir=${profile.path}`]
  })
  // Stopped, even while it is still starting: kill the browser (its own process
  // group) before the profile goes, and wait for it, so that no dying process
  // writes into the profile once it is removed.
  const kill = onCleanup({
    doing: 'measuring slides in the browser',
    undo: async () => {
      const child = (await launching.catch(() => undefined))?.process()
      if (!child || child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise((done) => child.once('exit', done))
      killGroup(child.pid)
      await exited
    }
  })
  let browser: PuppeteerBrowser
  try {
    browser = await launching
  } catch (error) {
    await kill(false)
    await profile.remove()
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
          await kill(false)
        } finally {
          await kill()
          await profile.remove()
        }
      })()
      return closing
    }
  }
}
