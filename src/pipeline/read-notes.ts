import {detectKind, writtenInMarkdown} from './detect-kind.js'
import {DeckError, ExitCode} from '../errors.js'
import {detectLanguage, languageFor} from '../lang/index.js'
import {english} from '../lang/en.js'
import {withDefaults} from '../text/settings.js'
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
  /** Largest notes read, in bytes (UTF-8); larger ones are refused (default: `20_000_000`). */
  readonly maxBytes?: number
  /** Longest line read, in characters (default: `1_000_000`). */
  readonly maxLineLength?: number
  /** Deepest nesting of lists and block quotes read (default: `20`). */
  readonly maxDepth?: number
}

/** The limits notes are read within: past them, a `DeckError` names the file and line, never a hang. */
export const readLimits = {maxBytes: 20_000_000, maxLineLength: 1_000_000, maxDepth: 20} as const

/**
 * Turn the bytes (or text) of a notes file into normalised text and decide
 * what kind of notes it is (see `detectKind`) and what language they are in:
 * the one asked for, else front matter `lang:`, else detected (see
 * `detectLanguage`).
 *
 * Decodes UTF-8, or UTF-16 when a byte order mark says so; strips the byte
 * order mark, turns CRLF and CR into LF, and composes Unicode to NFC. Throws a
 * `DeckError` when the input is not text, has no notes, or is past one of the
 * `readLimits` (size, line length, nesting depth).
 */
export function readNotes(input: Uint8Array | string, options?: Readonly<ReadOptions>): Notes {
  const file = options?.file ?? 'stdin'
  const limits = withDefaults<{maxBytes: number; maxLineLength: number; maxDepth: number}>(readLimits, {
    maxBytes: options?.maxBytes,
    maxLineLength: options?.maxLineLength,
    maxDepth: options?.maxDepth
  })
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.length
  if (size > limits.maxBytes) {
    throw new DeckError(`${file}: ${megabytes(size)}, more than the ${megabytes(limits.maxBytes)} notes may be (maxBytes); split the notes or raise the limit`)
  }
  let text = typeof input === 'string' ? input : decode(input, file)
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC')
  if (text.trim() === '') {
    throw new DeckError(`${file}: empty file, expected notes`)
  }
  checkShape(text, file, limits)
  const language = chooseLanguage(text, file, options?.language)
  const kind = options?.kind ?? detectKind(text, file, {language})
  const markdown = kind === 'markdown' || kind === 'markdown-flat' || (kind !== 'outline' && writtenInMarkdown(text, file))
  return {text, kind, markdown, language}
}

/** Text from bytes: UTF-16 (little or big endian) after its byte order mark, else UTF-8. */
function decode(bytes: Uint8Array, file: string): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined
  if (utf16) {
    try {
      return new TextDecoder(utf16, {fatal: true}).decode(bytes)
    } catch {
      throw new DeckError(`${file}: not ${utf16.toUpperCase()} text, though it starts with that byte order mark`)
    }
  }
  if (bytes.includes(0)) throw new DeckError(`${file}: binary file, expected text notes`)
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    throw new DeckError(`${file}: not UTF-8 text, expected notes saved as UTF-8 (or UTF-16 with a byte order mark)`)
  }
}

/**
 * Refuse lines longer than `maxLineLength` and lists or quotes nested deeper
 * than `maxDepth`, naming the first line past the limit. One pass; the depth
 * of a list item is the number of list markers open at a smaller indent.
 */
function checkShape(text: string, file: string, limits: Readonly<{maxLineLength: number; maxDepth: number}>): void {
  const indents: number[] = []
  let quotes = 0
  let fence: string | undefined
  let line = 0
  for (let start = 0; start <= text.length; line++) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    if (end - start > limits.maxLineLength) {
      throw new DeckError(`${file}:${line + 1}: a line of ${end - start} characters, more than ${limits.maxLineLength} (maxLineLength); break it into lines or raise the limit`)
    }
    // Inside a fenced code block nothing nests.
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(text.slice(start, Math.min(end, start + 64)))?.[1]
    if (fence !== undefined) {
      if (opening !== undefined && opening[0] === fence[0] && opening.length >= fence.length) fence = undefined
      start = end + 1
      continue
    }
    if (opening !== undefined) fence = opening
    const marks = /^(?:[ \t]*>)*/.exec(text.slice(start, Math.min(end, start + 4 * limits.maxDepth + 8)))![0]
    const depth = marks.split('>').length - 1
    if (depth !== quotes) indents.length = 0
    quotes = depth
    const item = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.exec(text.slice(start + marks.length, Math.min(end, start + marks.length + 4 * limits.maxDepth + 16)))
    if (item) {
      const indent = item[1]!.replace(/\t/g, '    ').length
      while (indents.length > 0 && indents.at(-1)! >= indent) indents.pop()
      indents.push(indent)
    }
    if (quotes + indents.length > limits.maxDepth) {
      throw new DeckError(`${file}:${line + 1}: lists or quotes nested ${quotes + indents.length} deep, more than ${limits.maxDepth} (maxDepth); flatten the outline or raise the limit`)
    }
    start = end + 1
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`
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

/** The `lang` of the notes' front matter (YAML `lang: fr`, or TOML `lang = "fr"` between `+++`), with its line. */
function frontMatterLanguage(text: string): {code: string; line: number} | undefined {
  const match = /^(?:---\n([\s\S]*?)\n(?:---|\.\.\.)|\+\+\+\n([\s\S]*?)\n\+\+\+)\s*(?:\n|$)/.exec(text)
  if (!match) return undefined
  const toml = match[2] !== undefined
  const lines = (match[1] ?? match[2]!).split('\n')
  const key = toml ? /^lang\s*=/ : /^lang:/
  const index = lines.findIndex((line) => key.test(line))
  if (index < 0) return undefined
  const code = lines[index]!.replace(key, '').trim().replace(/^(["'])(.*)\1$/, '$2')
  return code ? {code, line: index + 2} : undefined
}
