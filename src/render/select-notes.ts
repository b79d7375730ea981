import {readDeck} from './read-deck.js'

/**
 * Which speaker notes a rendered deck carries:
 * - `all`: everything in the notes, what was left out of the slides included;
 * - `slides`: the sources of what is on the slides;
 * - `none`: no notes, for decks shared outside the team.
 */
export type NotesLevel = 'all' | 'slides' | 'none'

export const notesLevels: readonly NotesLevel[] = ['all', 'slides', 'none']

export interface SelectNotesOptions {
  /** Which notes to keep (default: `'slides'`). */
  readonly notes?: NotesLevel
}

const dropped = /\n[ \t]*Also in the notes, not on the slides[ \t]*\n[\s\S]*$/

/**
 * Keep only the speaker notes asked for in a Marp deck, debrief's or one a
 * person edited. Directive comments (`<!-- _class: quote -->`) stay; under
 * `slides`, a debrief note loses its "Also in the notes, not on the slides"
 * part; under `none`, every note comment goes.
 */
export function selectNotes(markdown: string, options?: Readonly<SelectNotesOptions>): string {
  const notes = options?.notes ?? 'slides'
  if (notes === 'all') return markdown
  const comments = readDeck(markdown).pages.flatMap((page) => page.notes)
  let result = ''
  let at = 0
  for (const comment of comments) {
    result += markdown.slice(at, comment.start)
    at = comment.end
    if (notes === 'none' || comment.kept.length === 0) continue
    const body = markdown.slice(comment.start + 4, comment.end - 3)
    result += `<!--${body.replace(dropped, '\n')}-->`
  }
  return result + markdown.slice(at)
}
