import {Marp} from '@marp-team/marp-core'
import type {SharedBrowser} from './browser.js'
import {DeckError, ExitCode} from '../errors.js'
import {marpOptions} from './run-marp.js'
import {loadThemes} from './themes.js'

/** How one slide fits its box. */
export interface SlideFit {
  /** 1-based slide number. */
  readonly slide: number
  /** Text of the slide's first `h1` or `h2`, `''` when it has none. */
  readonly title: string
  /** Pixels of content wider than the slide's content box, or hidden in a scrolling block; `0` when it fits. */
  readonly overflowX: number
  /** Pixels of content taller than the slide's content box, or hidden in a scrolling block; `0` when it fits. */
  readonly overflowY: number
}

export interface MeasureOptions {
  /** Theme CSS to register, each with its `@theme` name (default: `loadThemes()`'s, debrief's `themes/`). */
  readonly themeCss?: readonly string[]
}

/**
 * Render a Marp deck with marp-core, as debrief's own outputs do, lay it out
 * in a page of `browser` and tell for every slide whether its content
 * overflows the slide's content box (the slide minus its padding), and by how
 * many pixels. Overflow is what a reader loses: the slide clips it.
 *
 * Content is every element and line of text in the slide except the header,
 * footer and page number. Blocks Marp scales to fit (code blocks, `<!--fit-->`
 * headings) count with their scaled box. A block that scrolls (a wide table)
 * counts by how much of it is hidden. Overflow of a pixel or less is `0`.
 */
export async function measureSlides(markdown: string, browser: SharedBrowser, options?: Readonly<MeasureOptions>): Promise<SlideFit[]> {
  const themeCss = options?.themeCss ?? (await loadThemes()).css
  const marp = new Marp(marpOptions)
  themeCss.forEach((css, index) => {
    try {
      marp.themeSet.add(css)
    } catch (error) {
      throw new DeckError(`Unexpected theme CSS at \`themeCss[${index}]\`: ${(error as Error).message}`, ExitCode.DataError)
    }
  })
  const {html, css} = marp.render(markdown)
  const page = await browser.browser.newPage()
  try {
    await page.setViewport({width: 1280, height: 720})
    await page.setContent(`<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{margin:0}${css}</style></head><body>${html}</body></html>`)
    const measured = await page.evaluate(measureInPage)
    return measured.map((fit, index) => ({
      slide: index + 1,
      title: fit.title,
      overflowX: pixels(fit.overflowX),
      overflowY: pixels(fit.overflowY)
    }))
  } finally {
    await page.close()
  }
}

function pixels(value: number): number {
  const rounded = Math.round(value)
  return rounded > 1 ? rounded : 0
}

interface MeasuredSlide {
  readonly title: string
  readonly overflowX: number
  readonly overflowY: number
}

/**
 * Runs in the page: puppeteer sends its source, so it must not use anything
 * from outside its own body.
 */
async function measureInPage(): Promise<MeasuredSlide[]> {
  const page = globalThis as unknown as DomWindow
  const {document} = page
  const slides = Array.from(document.querySelectorAll('div.marpit > svg[data-marpit-svg]'))
  // Draw every slide at its own size (scale 1), whatever the window width.
  for (const svg of slides) {
    const [, , width, height] = (svg.getAttribute('viewBox') ?? '').split(/\s+/)
    if (width && height) {
      svg.setAttribute('width', width)
      svg.setAttribute('height', height)
    }
  }
  await document.fonts.ready
  // Marp's auto-scaling resizes code blocks and fitted headings from a
  // ResizeObserver and then redraws on the next frame: let it settle.
  for (let frame = 0; frame < 3; frame++) await new Promise<void>((resolve) => page.requestAnimationFrame(() => resolve()))
  const range = document.createRange()

  return slides.map((svg) => {
    // A slide with an advanced background (`![bg]`) has three sections: the
    // background, the content and a layer for the page number.
    const section = svg.querySelector(
      ':scope > foreignObject > section:not([data-marpit-advanced-background="background"], [data-marpit-advanced-background="pseudo"])'
    )
    if (!section) return {title: '', overflowX: 0, overflowY: 0}
    const heading = section.querySelector('h1, h2, marp-h1, marp-h2')
    const title = (heading?.textContent ?? '').replace(/\s+/g, ' ').trim()

    const box = section.getBoundingClientRect()
    const scale = section.offsetWidth > 0 ? box.width / section.offsetWidth : 1
    const style = page.getComputedStyle(section)
    const inner = {
      left: box.left + (section.clientLeft + parseFloat(style.paddingLeft)) * scale,
      top: box.top + (section.clientTop + parseFloat(style.paddingTop)) * scale,
      right: box.left + (section.clientLeft + section.clientWidth - parseFloat(style.paddingRight)) * scale,
      bottom: box.top + (section.clientTop + section.clientHeight - parseFloat(style.paddingBottom)) * scale
    }
    const extent = {...inner}
    let hiddenX = 0
    let hiddenY = 0
    const include = (rect: DomRect) => {
      if (rect.width === 0 && rect.height === 0) return
      extent.left = Math.min(extent.left, rect.left)
      extent.top = Math.min(extent.top, rect.top)
      extent.right = Math.max(extent.right, rect.right)
      extent.bottom = Math.max(extent.bottom, rect.bottom)
    }
    const visit = (node: DomNode) => {
      for (const child of Array.from(node.childNodes)) {
        if (child.nodeType === 3) {
          // Text: one box per line, which catches a word too long for its line.
          if (!child.textContent?.trim()) continue
          range.selectNodeContents(child)
          for (const rect of Array.from(range.getClientRects())) include(rect)
          continue
        }
        if (child.nodeType !== 1) continue
        const element = child as DomElement
        if (node === section && (element.localName === 'header' || element.localName === 'footer')) continue
        include(element.getBoundingClientRect())
        if (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1) {
          // A block that scrolls or clips (a wide table) hides the rest.
          const clipping = page.getComputedStyle(element)
          if (clipping.overflowX !== 'visible') hiddenX = Math.max(hiddenX, element.scrollWidth - element.clientWidth)
          if (clipping.overflowY !== 'visible') hiddenY = Math.max(hiddenY, element.scrollHeight - element.clientHeight)
        }
        // Marp scales this block to fit: its own box is what shows.
        if (element.hasAttribute('data-auto-scaling')) continue
        visit(element)
      }
    }
    visit(section)

    const overflowX = (Math.max(0, inner.left - extent.left) + Math.max(0, extent.right - inner.right)) / scale
    const overflowY = (Math.max(0, inner.top - extent.top) + Math.max(0, extent.bottom - inner.bottom)) / scale
    return {title, overflowX: Math.max(overflowX, hiddenX), overflowY: Math.max(overflowY, hiddenY)}
  })
}

// The little of the DOM that `measureInPage` uses. The project compiles
// without the DOM library, which would give every module browser globals.
interface DomRect {
  readonly left: number
  readonly top: number
  readonly right: number
  readonly bottom: number
  readonly width: number
  readonly height: number
}

interface DomNode {
  readonly nodeType: number
  readonly childNodes: ArrayLike<DomNode>
  readonly textContent: string | null
}

interface DomElement extends DomNode {
  readonly localName: string
  readonly offsetWidth: number
  readonly clientLeft: number
  readonly clientTop: number
  readonly clientWidth: number
  readonly clientHeight: number
  readonly scrollWidth: number
  readonly scrollHeight: number
  getAttribute(name: string): string | null
  setAttribute(name: string, value: string): void
  hasAttribute(name: string): boolean
  getBoundingClientRect(): DomRect
  querySelector(selectors: string): DomElement | null
}

interface DomWindow {
  readonly document: {
    readonly fonts: {readonly ready: Promise<unknown>}
    querySelectorAll(selectors: string): ArrayLike<DomElement>
    createRange(): {selectNodeContents(node: DomNode): void; getClientRects(): ArrayLike<DomRect>}
  }
  getComputedStyle(element: DomElement): Readonly<Record<'paddingLeft' | 'paddingTop' | 'paddingRight' | 'paddingBottom' | 'overflowX' | 'overflowY', string>>
  requestAnimationFrame(callback: () => void): number
}
