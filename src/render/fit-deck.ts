import type {SharedBrowser} from './browser.js'
import {composeDeck, type BuiltDeck, type ComposeOptions} from '../pipeline/compose-deck.js'
import type {Plan} from '../pipeline/plan-deck.js'
import {measureSlides, type SlideFit} from './measure-slides.js'
import type {DeckPart, Fit, Slide} from '../types.js'

export interface FitOptions {
  /** Compositions and measurements at most, the first included (default: `4`). */
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
  /** Passes it took: 1 when the estimate was right. */
  readonly passes: number
  /** The limits the last composition used (`ComposeOptions.fit`). */
  readonly fit: Fit
}

/**
 * Compose a planned deck and measure it in a real browser; where a slide
 * overflows, compose again with tighter limits for its section or deck-wide
 * part (fewer lines and bullets a slide, so its content moves to continued
 * slides), and measure again, a few times at most. The plan is made once.
 */
export async function fitDeck(plan: Plan, options: Readonly<ComposeOptions>, browser: SharedBrowser, measure?: Readonly<FitOptions>): Promise<FittedDeck> {
  const maxPasses = measure?.maxPasses ?? 4
  let fit: Fit = options.fit ?? {}
  let passes = 0
  for (;;) {
    passes++
    const deck = composeDeck(plan, {...options, fit})
    const fits = await measureSlides(deck.markdown, browser, measure?.themeCss ? {themeCss: measure.themeCss} : undefined)
    const overflowing = fits.filter((slide) => slide.overflowX > 0 || slide.overflowY > 0)
    if (overflowing.length === 0 || passes >= maxPasses) return {deck, fits, overflowing, passes, fit}
    fit = tighter(fit, deck.slides, overflowing)
  }
}

/** The fit with less room for each part that overflowed. */
function tighter(fit: Fit, slides: readonly Slide[], overflowing: readonly SlideFit[]): Fit {
  const parts: {-readonly [P in DeckPart]?: number} = {}
  const sections: Record<string, number> = {...fit.sections}
  for (const measured of overflowing) {
    const slide = slides[measured.slide - 1]
    if (!slide) continue
    // Shrink by the share of the slide that overflowed, and a step more.
    const share = Math.min(0.5, (measured.overflowY + measured.overflowX / 4) / 520)
    const shrink = (factor = 1): number => Math.max(0.15, factor * (1 - share) - 0.1)
    if ('section' in slide) sections[slide.section] = shrink(sections[slide.section])
    else {
      const part = deckPart(slide)
      parts[part] = shrink(parts[part] ?? fit[part])
    }
  }
  return {...fit, ...parts, sections}
}

function deckPart(slide: Exclude<Slide, {section: string}>): DeckPart {
  return slide.type === 'summary' ? slide.list : slide.type
}
