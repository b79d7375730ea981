import type {Language} from './types.js'

/**
 * Whether a sentence leans on the one before it: `'start'` when it opens
 * with a word of the language's `standAlone.leansBack.start` ("They …"; the
 * one before must be shown), `'part'` when it names a part of it ("the
 * latter": the one before must be shown whole), else `false`.
 */
export function leansBack(sentence: string, language: Language): 'start' | 'part' | false {
  const {start, anywhere} = language.standAlone.leansBack
  if (anywhere.test(sentence)) return 'part'
  return start.test(sentence.replace(/^[\s\p{P}]+/u, '')) ? 'start' : false
}
