/** Paper a handout is printed on, portrait. Its own module: the CLI checks `--paper` without loading the renderer. */
export type Paper = 'a4' | 'letter'

export const papers: readonly Paper[] = ['a4', 'letter']
