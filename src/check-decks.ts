import {findSources, readSource} from './files.js'
import type {SlideFit} from './render/measure-slides.js'
import {isMarpDeck} from './run.js'
import {loadThemes, type Themes} from './render/themes.js'
import type {SharedBrowser} from './render/browser.js'

export interface CheckOptions {
  /** The themes there are (default: `loadThemes()`). */
  readonly themes?: Themes
  /** A running browser to measure in; it is left running (default: one started for the check). */
  readonly browser?: SharedBrowser
  /** Called for every file once it is measured (default: nothing). */
  readonly onDeck?: (result: CheckResult) => void
}

/** How the slides of one file fit. */
export interface CheckResult {
  readonly path: string
  /** Every slide, measured. */
  readonly fits: readonly SlideFit[]
  /** The slides that overflow. */
  readonly overflowing: readonly SlideFit[]
}

/**
 * Measure Marp decks (`.md` files with `marp: true`), or the decks notes
 * make, in one browser, and tell how every slide fits. Files and folders as
 * `run()` takes them.
 */
export async function checkDecks(inputs: readonly string[], options?: Readonly<CheckOptions>): Promise<CheckResult[]> {
  const themes = options?.themes ?? (await loadThemes())
  const files = []
  for (const source of await findSources(inputs, {uniqueNames: false})) files.push({...source, bytes: await readSource(source.path)})
  const [{planDeck}, {launchBrowser}, {fitDeck}, {measureSlides}] = await Promise.all([
    import('./pipeline/plan-deck.js'),
    import('./render/browser.js'),
    import('./render/fit-deck.js'),
    import('./render/measure-slides.js')
  ])
  const browser = options?.browser ?? (await launchBrowser())
  const results: CheckResult[] = []
  try {
    for (const file of files) {
      const text = new TextDecoder().decode(file.bytes)
      const fits = isMarpDeck(text)
        ? await measureSlides(text, browser, {themeCss: themes.css})
        : (await fitDeck(planDeck(file.bytes, {file: file.path}), {}, browser, {themeCss: themes.css})).fits
      const result = {path: file.path, fits, overflowing: fits.filter((fit) => fit.overflowX > 0 || fit.overflowY > 0)}
      results.push(result)
      options?.onDeck?.(result)
    }
  } finally {
    if (!options?.browser) await browser.close()
  }
  return results
}
