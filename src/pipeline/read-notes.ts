import {detectKind, writtenInMarkdown} from './detect-kind.js'
import {DeckError} from '../errors.js'
import type {Notes, NotesKind} from '../types.js'

export interface ReadOptions {
  /** Name of the notes in messages and speaker notes (default: `'stdin'`). */
  readonly file?: string
  /** Force the kind instead of detecting it (default: detect). */
  readonly kind?: NotesKind
}

/**
 * Turn the bytes (or text) of a notes file into normalised text and decide
 * what kind of notes it is (see `detectKind`).
 *
 * Strips a byte order mark, turns CRLF and CR into LF, and composes Unicode to
 * NFC. Throws a `DeckError` when the input is not UTF-8 text or has no notes.
 */
export function readNotes(input: Uint8Array | string, options?: Readonly<ReadOptions>): Notes {
  const file = options?.file ?? 'stdin'
  let text: string
  if (typeof input === 'string') {
    text = input
  } else {
    if (input.includes(0)) {
      throw new DeckError(`${file}: binary file, expected text notes`)
    }
    try {
      text = new TextDecoder('utf-8', {fatal: true}).decode(input)
    } catch {
      throw new DeckError(`${file}: not UTF-8 text, expected notes saved as UTF-8`)
    }
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC')
  if (text.trim() === '') {
    throw new DeckError(`${file}: empty file, expected notes`)
  }
  const kind = options?.kind ?? detectKind(text, file)
  const markdown = kind === 'markdown' || kind === 'markdown-flat' || (kind !== 'outline' && writtenInMarkdown(text, file))
  return {text, kind, markdown}
}
