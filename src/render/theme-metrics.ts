/** How much text a slide of a theme holds, for the layout estimate. */
export interface ThemeMetrics {
  /** Characters on one line of a bullet. */
  readonly charsPerLine: number
  /** Lines of text under a slide title. */
  readonly maxLines: number
  /** Characters of a slide title. */
  readonly maxTitle: number
}

/**
 * Metrics per theme, calibrated in Chromium with `npm run calibrate` (the
 * share of decks that fit on the first pass, generated notes and samples).
 * A theme not listed gets the debrief theme's.
 */
export const themeMetrics: Readonly<Record<string, ThemeMetrics>> = {
  debrief: {charsPerLine: 66, maxLines: 11, maxTitle: 80},
  'debrief-dark': {charsPerLine: 66, maxLines: 11, maxTitle: 80},
  default: {charsPerLine: 66, maxLines: 11, maxTitle: 80},
  uncover: {charsPerLine: 46, maxLines: 7, maxTitle: 50}
}
