import {createRequire} from 'node:module'
import type compromise from 'compromise'

const require = createRequire(import.meta.url)

/**
 * compromise's `nlp(text)`, loaded on the first call: its lexicon takes about
 * a third of a second to load, and most notes are built without it. Node's
 * module cache keeps the one copy.
 */
export function nlp(text: string): ReturnType<typeof compromise> {
  return (require('compromise') as typeof compromise)(text)
}
