/**
 * Words that open a sentence leaning on the one before it for what it is
 * about: "They …", "This causes …", "It …", "That's why …". Such a sentence
 * is shown after that one or not at all. Data: add a word to keep
 * more sentences with the one they lean on.
 */
export const leaningStart = /^(?:they|them|their|theirs|this|these|those|that|that[’']?s|it|its|such|both|neither)(?![\p{L}\p{N}])/iu

/** Words that lean on the sentence before wherever they stand: "the latter of the two". */
export const leaningAnywhere = /(?<![\p{L}\p{N}])the (?:latter|former)(?![\p{L}\p{N}])/iu

/**
 * Whether a sentence leans on the one before it: `'start'` when it opens
 * with a word of `leaningStart` (the one before must be shown), `'part'` when
 * it names a part of it ("the latter", see `leaningAnywhere`: the one before
 * must be shown whole), else `false`.
 */
export function leansBack(sentence: string): 'start' | 'part' | false {
  if (leaningAnywhere.test(sentence)) return 'part'
  return leaningStart.test(sentence.replace(/^[\s\p{P}]+/u, '')) ? 'start' : false
}
