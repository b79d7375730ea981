// The renderers as the package exports them: each loads its module (and
// with it marp-core, pdf-lib or puppeteer-core) on its first call, so that
// importing debrief to build decks does not load a browser driver.
import type * as browser from './browser.js'
import type * as fit from './fit-deck.js'
import type * as html from './render-html.js'
import type * as measure from './measure-slides.js'
import type * as handout from './render-handout.js'
import type * as pdf from './render-pdf.js'
import type * as pptx from './render-pptx.js'

/** See `renderHtml` in `render-html.ts`. */
export async function renderHtml(...args: Parameters<typeof html.renderHtml>): ReturnType<typeof html.renderHtml> {
  return (await import('./render-html.js')).renderHtml(...args)
}

/** See `renderPdf` in `render-pdf.ts`. */
export async function renderPdf(...args: Parameters<typeof pdf.renderPdf>): ReturnType<typeof pdf.renderPdf> {
  return (await import('./render-pdf.js')).renderPdf(...args)
}

/** See `launchBrowser` in `browser.ts`. */
export async function launchBrowser(...args: Parameters<typeof browser.launchBrowser>): ReturnType<typeof browser.launchBrowser> {
  return (await import('./browser.js')).launchBrowser(...args)
}

/** See `measureSlides` in `measure-slides.ts`. */
export async function measureSlides(...args: Parameters<typeof measure.measureSlides>): ReturnType<typeof measure.measureSlides> {
  return (await import('./measure-slides.js')).measureSlides(...args)
}

/** See `fitDeck` in `fit-deck.ts`. */
export async function fitDeck(...args: Parameters<typeof fit.fitDeck>): ReturnType<typeof fit.fitDeck> {
  return (await import('./fit-deck.js')).fitDeck(...args)
}

/** See `renderHandout` in `render-handout.ts`. */
export async function renderHandout(...args: Parameters<typeof handout.renderHandout>): ReturnType<typeof handout.renderHandout> {
  return (await import('./render-handout.js')).renderHandout(...args)
}

/** See `renderPptx` in `render-pptx.ts`. */
export async function renderPptx(...args: Parameters<typeof pptx.renderPptx>): ReturnType<typeof pptx.renderPptx> {
  return (await import('./render-pptx.js')).renderPptx(...args)
}
