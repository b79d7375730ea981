import type {SharedBrowser} from './browser.js'
import {buildDeck, type BuildOptions, type BuiltDeck} from '../pipeline/build-deck.js'
import {measureSlides, type SlideFit} from './measure-slides.js'

export interface FitOptions {
  /** Builds and measurements at most, the first included (default: `4`). */
  readonly maxPasses?: number
  /** Theme CSS to measure with (default: debrief's `themes/`). */
  readonly themeCss?: readonly string[]
}

export interface FittedDeck {
  readonly deck: BuiltDeck
  /** How every slide of `deck` fits, as measured. */
  readonly fits: readonly SlideFit[]
  /** Slides that still overflow after the last pass. */
  readonly overflowing: readonly SlideFit[]
  /** Builds it took: 1 when the estimate was right. */
  readonly passes: number
  /** The limits the last build used, to start the next deck of a batch with. */
  readonly tighten: Readonly<Record<number, number>>
}

/**
 * Build a deck and measure it in a real browser; where a slide overflows,
 * rebuild with tighter limits for its section (fewer lines and bullets a
 * slide, so its content moves to continued slides), and measure again, a few
 * times at most.
 */
export async function fitDeck(text: string | Uint8Array, options: Readonly<BuildOptions>, browser: SharedBrowser, fit?: Readonly<FitOptions>): Promise<FittedDeck> {
  const maxPasses = fit?.maxPasses ?? 4
  let tighten: Record<number, number> = {...options.tighten}
  let passes = 0
  for (;;) {
    passes++
    const deck = buildDeck(text, {...options, tighten})
    const fits = await measureSlides(deck.markdown, browser, fit?.themeCss ? {themeCss: fit.themeCss} : undefined)
    const overflowing = fits.filter((slide) => slide.overflowX > 0 || slide.overflowY > 0)
    if (overflowing.length === 0 || passes >= maxPasses) return {deck, fits, overflowing, passes, tighten}
    tighten = {...tighten}
    for (const slide of overflowing) {
      const built = deck.slides[slide.slide - 1]
      const key = built && 'sectionLine' in built ? built.sectionLine : 0
      // Shrink by the share of the slide that overflowed, and a step more.
      const share = Math.min(0.5, (slide.overflowY + slide.overflowX / 4) / 520)
      tighten[key] = Math.max(0.15, (tighten[key] ?? 1) * (1 - share) - 0.1)
    }
  }
}
