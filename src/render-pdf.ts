import {DeckError, ExitCode} from './errors.js'
import {findBrowser, type Browser} from './find-browser.js'
import {runMarp, type MarpDeck, type RunOptions} from './run-marp.js'

export interface RenderOptions extends Pick<RunOptions, 'themeDirs'> {
  /** What to make (default: `'pdf'`); `png` gives one image per slide. */
  readonly format?: 'pdf' | 'pptx' | 'png'
  /** The browser to use (default: found with `findBrowser()`). */
  readonly browser?: Browser
}

/**
 * Render decks with marp-cli in a Chrome-family browser: a PDF handout (one
 * page per slide, speaker notes as PDF annotations, an outline of slide
 * titles), a PowerPoint file, or PNG images. One browser serves the batch.
 */
export async function renderPdf(decks: readonly MarpDeck[], options?: Readonly<RenderOptions>): Promise<Map<string, Uint8Array[]>> {
  const format = options?.format ?? 'pdf'
  const browser = options?.browser ?? (await findBrowser())
  if (!browser) {
    throw new DeckError(
      `no browser for ${format.toUpperCase()} output: install Chrome, Chromium or Edge, or set CHROME_PATH`,
      ExitCode.Unavailable
    )
  }
  return runMarp(decks, format, {browserPath: browser.path, themeDirs: options?.themeDirs})
}
