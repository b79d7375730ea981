import type {SharedBrowser} from './browser.js'
import type {MarpDeck} from './run-marp.js'
import type {Themes} from './themes.js'

/** What a renderer gets besides the decks. */
export interface RenderContext {
  /** The themes of the run. */
  readonly themes: Themes
  /** The run's browser, when a format asked for one (see `OutputFormat.browser`). */
  readonly browser?: SharedBrowser
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
    shown: 'md',
    files: single('md'),
    render: async (decks) => new Map(decks.map((deck) => [deck.name, [deck.markdown]]))
  },
  html: {
    name: 'html',
    summary: 'a deck to present, with presenter view and speaker notes',
    browser: 'none',
    measured: true,
    shown: 'html',
    files: single('html'),
    render: async (decks, {themes}) => {
      const {renderHtml} = await import('./render-html.js')
      return new Map([...(await renderHtml(decks, {themes}))].map(([name, html]) => [name, [html]]))
    }
  },
  pdf: {
    name: 'pdf',
    summary: 'a handout, one page a slide, speaker notes as annotations',
    browser: 'shared',
    measured: true,
    shown: 'pdf',
    files: single('pdf'),
    render: async (decks, {themes, browser}) => {
      const {renderPdf} = await import('./render-pdf.js')
      return renderPdf(decks, {format: 'pdf', themes, ...(browser ? {shared: browser} : {})})
    }
  },
  pptx: {
    name: 'pptx',
    summary: 'PowerPoint, one picture a slide',
    browser: 'own',
    measured: false,
    shown: 'pptx',
    files: single('pptx'),
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
    shown: '*.png',
    files: (name, count) => Array.from({length: count}, (_, index) => `${name}.${String(index + 1).padStart(3, '0')}.png`),
    render: async (decks, {themes, browser}) => {
      const {renderPdf} = await import('./render-pdf.js')
      return renderPdf(decks, {format: 'png', themes, ...(browser ? {shared: browser} : {})})
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
