import {composeDeck, type BuiltDeck, type ComposeOptions} from './compose-deck.js'
import {planDeck, type PlanOptions} from './plan-deck.js'

export type {BuiltDeck} from './compose-deck.js'

export interface BuildOptions extends PlanOptions, ComposeOptions {}

/**
 * Build a Marp deck from notes: `planDeck`, then `composeDeck`. Pure and
 * synchronous: the same text and options always give the same deck.
 */
export function buildDeck(text: string | Uint8Array, options?: Readonly<BuildOptions>): BuiltDeck {
  return composeDeck(planDeck(text, options), options)
}
