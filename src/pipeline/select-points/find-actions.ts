import {english} from '../../lang/en.js'
import type {Language} from '../../lang/types.js'

export interface ActionOptions {
  /** Whether the line is a task list item, and checked (default: `null`, not a task). */
  readonly checked?: boolean | null
  /** The language of the notes: its action markers (default: English). */
  readonly language?: Language
}

/**
 * The action item a line of notes records, or `undefined`: "TODO: book the
 * room", "Action: Sam to send the slides", "Next step - pilot in March", or an
 * unchecked task (`checked` false). Returns the text without its marker,
 * unless the marker is part of what is to be done ("@sam to send …").
 */
export function findAction(text: string, options?: Readonly<ActionOptions>): string | undefined {
  for (const marker of (options?.language ?? english).actionMarkers) {
    const match = marker.pattern.exec(text)
    if (match) {
      const rest = marker.keepsMarker ? text.trim() : text.slice(match[0].length).trim()
      if (rest.length > 0) return rest[0]!.toUpperCase() + rest.slice(1)
      break
    }
  }
  return options?.checked === false && text.trim() !== '' ? text.trim() : undefined
}
