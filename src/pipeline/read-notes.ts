import {detectKind, writtenInMarkdown} from './detect-kind.js'
import {DeckError, ExitCode} from '../errors.js'
import {detectLanguage, languageFor} from '../lang/index.js'
import {english} from '../lang/en.js'
import type {Language} from '../lang/types.js'
import type {Notes, NotesKind} from '../types.js'

export interface ReadOptions {
  /** Name of the notes in messages and speaker notes (default: `'stdin'`). */
  readonly file?: string
  /** Force the kind instead of detecting it (default: detect). */
  readonly kind?: NotesKind
  /**
   * The language of the notes, as a BCP 47 code (`en`, `fr`) (default: front
   * matter `lang:`, else detected).
   */
  readonly language?: string
}

/**
 * Turn the bytes (or text) of a notes file into normalised text and decide
 * what kind of notes it is (see `detectKind`) and what language they are in:
 * the one asked for, else front matter `lang:`, else detected (see
 * `detectLanguage`).
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
  const language = chooseLanguage(text, file, options?.language)
  const kind = options?.kind ?? detectKind(text, file, {language})
  const markdown = kind === 'markdown' || kind === 'markdown-flat' || (kind !== 'outline' && writtenInMarkdown(text, file))
  return {text, kind, markdown, language}
}

/** The language asked for, else the one the front matter names, else the one detected. */
function chooseLanguage(text: string, file: string, asked: string | undefined): Language {
  if (asked !== undefined) {
    const language = languageFor(asked)
    if (!language) throw new DeckError(`Unexpected \`${asked}\` for \`language\`, expected a language code such as en or fr`, ExitCode.Usage)
    return language
  }
  const named = frontMatterLanguage(text)
  if (named !== undefined) {
    const language = languageFor(named.code)
    if (!language) throw new DeckError(`${file}:${named.line}: unexpected \`${named.code}\` for \`lang\`, expected a language code such as en or fr`)
    return language
  }
  return languageFor(detectLanguage(text)) ?? english
}

/** The `lang:` of the notes' YAML front matter, with its line. */
function frontMatterLanguage(text: string): {code: string; line: number} | undefined {
  const front = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\s*(?:\n|$)/.exec(text)?.[1]
  if (front === undefined) return undefined
  const lines = front.split('\n')
  const index = lines.findIndex((line) => /^lang:/.test(line))
  if (index < 0) return undefined
  const code = lines[index]!.slice('lang:'.length).trim().replace(/^(["'])(.*)\1$/, '$2')
  return code ? {code, line: index + 2} : undefined
}
