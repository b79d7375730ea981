import type {Image, Root} from 'mdast'
import {toMarkdown} from 'mdast-util-to-markdown'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze()

/** A URL with a scheme (`https:`, `data:`) or a host (`//cdn…`): not a file beside the deck. */
const notLocal = /^(?:[a-z][a-z\d+.-]*:|\/\/|#)/i

/** Media types of the images a deck can embed, by file extension. */
export const imageTypes: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml'
}

/** The local images a Marp deck shows (`![alt](path)`), as written, each once. */
export function localImages(deck: string): string[] {
  // Every image is written `![…`: a deck without one is not parsed (a day of notes makes megabytes).
  if (!deck.includes('![')) return []
  const found = new Set<string>()
  visit(markdown.parse(deck), 'image', (image: Image) => {
    if (image.url && !notLocal.test(image.url)) found.add(image.url)
  })
  return [...found]
}

/**
 * Put images into a Marp deck as `data:` URIs, so that the deck and all that
 * is made of it stay whole offline: every `![alt](path)` whose path is in
 * `images` (path → data URI) is rewritten, and every one whose path is in
 * `dropped` (an image that could not be read) is taken out, rather than
 * shown broken; others are left as they are.
 */
export function embedImages(deck: string, images: ReadonlyMap<string, string>, dropped: ReadonlySet<string> = new Set()): string {
  const tree: Root = markdown.parse(deck)
  const edits: Array<{start: number; end: number; text: string}> = []
  visit(tree, 'image', (image: Image) => {
    const uri = images.get(image.url)
    const start = image.position?.start.offset
    const end = image.position?.end.offset
    if (start === undefined || end === undefined) return
    if (uri !== undefined) edits.push({start, end, text: toMarkdown({type: 'paragraph', children: [{...image, url: uri}]}).trim()})
    else if (dropped.has(image.url)) edits.push({start, end, text: ''})
  })
  let result = deck
  for (const edit of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
  return result
}
