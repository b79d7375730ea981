import type {LowValueCues} from '../lang/types.js'

export type LowValueKind = keyof LowValueCues

/**
 * Which kind of low-value cue a text holds, if any: the note-taker's aside,
 * a greeting, or logistics, tried in that order (see `Language.lowValue`).
 */
export function lowValueKind(text: string, cues: LowValueCues): LowValueKind | undefined {
  for (const kind of ['aside', 'greeting', 'logistics'] as const) if (cues[kind].some((cue) => cue.test(text))) return kind
  return undefined
}
