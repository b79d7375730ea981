import type {SharedBrowser} from './browser.js'
import type {Paper} from './render-handout.js'
import type {MarpDeck} from './run-marp.js'
import type {Themes} from './themes.js'

/** What a renderer gets besides the decks. */
export interface RenderContext {
  /** The themes of the run. */
  readonly themes: Themes
  /** The run's browser, when a format asked for one (see `OutputFormat.browser`). */
  readonly browser?: SharedBrowser
  /** Paper of a handout (default: `'a4'`). */
  readonly paper?: Paper
  /** Decks printed at once in the browser (default: `os.availableParallelism()`). */
  readonly concurrency?: number
}

/** The files of one deck in one format, in order (one, or one a slide). */
export type RenderedFiles = ReadonlyArray<string | Uint8Array>

/** One output format: how its files are named, what it needs, and what makes it. */
export interface OutputFormat {
  /** What `--format` calls it. */
  readonly name: string
  /** What it is, for `--help`. */
  readonly summary: string
  /**
   * The browser it needs: `none`; `shared`, the run's headless browser,
   * started once for the batch; `own`, one that marp-cli starts itself
   * (found with `findBrowser()`).
   */
  readonly browser: 'none' | 'shared' | 'own'
  /** Whether decks are measured in a browser, and re-split until they fit, before this format is made. */
  readonly measured: boolean
  /**
   * Which speaker notes its files carry: `all` for the deck to edit and
   * render again (md), `chosen` for files to share, as `--notes` says.
   */
  readonly notes: 'all' | 'chosen'
  /** How the output line shows a deck's files: `pdf`, `*.png`. */
  readonly shown: string
  /** File names of a deck called `name` that rendered to `count` files. */
  files(name: string, count: number): string[]
  /** Make the files of every deck, by deck name. The renderer is loaded on first use. */
  render(decks: readonly MarpDeck[], context: RenderContext): Promise<Map<string, RenderedFiles>>
}

/** `NAME.EXT`: one file a deck. */
const single = (extension: string) => (name: string) => [`${name}.${extension}`]

const table = {
  md: {
    name: 'md',
    summary: 'the Marp Markdown of the deck',
    browser: 'none',
    measured: false,
    notes: 'all',
    shown: 'md',
    files: single('md'),
    render: async (decks) => new Map(decks.map((deck) => [deck.name, [deck.markdown]]))
  },
  html: {
    name: 'html',
    summary: 'a deck to present, with presenter view and speaker notes',
    browser: 'none',
    measured: true,
    notes: 'chosen',
    shown: 'html',
    files: single('html'),
    render: async (decks, {themes}) => {
      const {renderHtml} = await import('./render-html.js')
      return new Map([...(await renderHtml(decks, {themes}))].map(([name, html]) => [name, [html]]))
    }
  },
  pdf: {
    name: 'pdf',
    summary: 'the slides as a PDF, one page a slide, speaker notes as annotations',
    browser: 'shared',
    measured: true,
    notes: 'chosen',
    shown: 'pdf',
    files: single('pdf'),
    render: async (decks, {themes, browser, concurrency}) => {
      const {renderPdf} = await import('./render-pdf.js')
      return renderPdf(decks, {format: 'pdf', themes, ...(browser ? {shared: browser} : {}), ...(concurrency ? {concurrency} : {})})
    }
  },
  handout: {
    name: 'handout',
    summary: 'a handout to read: a page a slide with its notes beneath (--paper)',
    browser: 'shared',
    measured: true,
    notes: 'chosen',
    shown: 'handout.pdf',
    files: single('handout.pdf'),
    render: async (decks, {themes, browser, paper, concurrency}) => {
      const {renderHandout} = await import('./render-handout.js')
      const handouts = await renderHandout(decks, {themeCss: themes.css, ...(paper ? {paper} : {}), ...(browser ? {shared: browser} : {}), ...(concurrency ? {concurrency} : {})})
      return new Map([...handouts].map(([name, pdf]) => [name, [pdf]]))
    }
  },
  pptx: {
    name: 'pptx',
    summary: 'PowerPoint to edit: titles, bullets, quotes and code as text, notes kept',
    browser: 'none',
    measured: false,
    notes: 'chosen',
    shown: 'pptx',
    files: single('pptx'),
    render: async (decks, {themes}) => {
      const {renderPptx} = await import('./render-pptx.js')
      const files = await renderPptx(decks, {themeCss: themes.css})
      return new Map([...files].map(([name, pptx]) => [name, [pptx]]))
    }
  },
  'pptx-images': {
    name: 'pptx-images',
    summary: 'PowerPoint of one picture a slide, as Marp makes it, NAME.images.pptx',
    browser: 'own',
    measured: true,
    notes: 'chosen',
    shown: 'images.pptx',
    files: single('images.pptx'),
    render: async (decks, {themes}) => {
      const {renderPdf} = await import('./render-pdf.js')
      return renderPdf(decks, {format: 'pptx', themes})
    }
  },
  png: {
    name: 'png',
    summary: 'one 1280×720 image a slide, NAME.001.png …',
    browser: 'shared',
    measured: false,
    notes: 'chosen',
    shown: '*.png',
    files: (name, count) => Array.from({length: count}, (_, index) => `${name}.${String(index + 1).padStart(3, '0')}.png`),
    render: async (decks, {themes, browser, concurrency}) => {
      const {renderPdf} = await import('./render-pdf.js')
      return renderPdf(decks, {format: 'png', themes, ...(browser ? {shared: browser} : {}), ...(concurrency ? {concurrency} : {})})
    }
  }
} satisfies Record<string, OutputFormat>

/** The name of an output format. */
export type Format = keyof typeof table

/**
 * Every output format debrief makes, in the order `--help` lists them. Adding
 * a format is adding an entry here (and its test).
 */
export const outputFormats: Readonly<Record<Format, OutputFormat>> = table

/** The names of the output formats, in table order. */
export const formats = Object.keys(outputFormats) as Format[]

/** The formats made when none are asked for. */
export const defaultFormats: readonly Format[] = ['md', 'html', 'pdf']

/** Whether `name` is the name of an output format. */
export function isFormat(name: string): name is Format {
  return Object.hasOwn(outputFormats, name)
}
