import {runMarp, type MarpDeck, type MarpOptions} from './run-marp.js'

/**
 * Render decks to self-contained HTML with Marp's bespoke template: keyboard
 * navigation, presenter view (`p`) with the speaker notes, fullscreen (`f`).
 * Needs no browser.
 */
export async function renderHtml(decks: readonly MarpDeck[], options?: Readonly<Pick<MarpOptions, 'themes'>>): Promise<Map<string, string>> {
  const outputs = await runMarp(decks, 'html', options)
  const decoder = new TextDecoder()
  return new Map([...outputs].map(([name, [file]]) => [name, decoder.decode(file)]))
}
