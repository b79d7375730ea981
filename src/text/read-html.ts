import type {Element, ElementContent, Root as HastRoot, RootContent as HastContent} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toMdast} from 'hast-util-to-mdast'
import type {PhrasingContent, Root, RootContent} from 'mdast'

/**
 * Elements whose content is no text of the notes: code that runs, styles,
 * embedded players and frames, forms, a page's navigation and footer.
 */
const dropped = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'embed', 'object', 'video', 'audio', 'canvas', 'svg', 'math', 'form', 'button', 'input', 'select', 'textarea', 'nav', 'footer', 'head', 'link', 'meta'])
/** An element a blog gives its readers' comments: `<section id="comments">`, `<ol class="commentlist">`. */
const readerComments = /comment/i
/** A Hugo shortcode (`{{< youtube x >}}`, `{{% note %}}`) or a Liquid tag (`{% raw %}`). */
const shortcode = /\{\{<[^\n]*?>\}\}|\{\{%[^\n]*?%\}\}|\{%[^\n]*?%\}/g
/** A shortcode alone on its line that opens raw HTML: `{{< rawhtml >}}`, `{{% html %}}`, `{% raw %}`. */
const rawOpening = /^\s*(?:\{\{[<%]|\{%)\s*([\w-]*(?:html|raw)[\w-]*)\b[^\n]*?(?:[>%]\}\}|%\})\s*$/i

/**
 * Read the HTML that Markdown notes hold (a blog post's raw HTML blocks,
 * inline tags) as the Markdown it stands for, and drop template shortcodes:
 * nothing of the markup is left for a slide.
 *
 * - HTML blocks, and everything between a raw-HTML shortcode and its end
 *   (`{{< rawhtml >}}` … `{{< /rawhtml >}}`), become mdast: `<p>` a
 *   paragraph, `<h3>` a heading, `<ul>` a list, `<a>` a link, `<strike>`
 *   struck text. Scripts, styles, embeds (`<iframe>`, `<video>`), forms,
 *   navigation, HTML comments and a blog's reader comments are dropped, and
 *   so are images that point into a web site (`/assets/…`) rather than at a
 *   file beside the notes.
 * - Inline tags are dropped, their text kept: `<s>`, `<strike>` and `<del>`
 *   strike it, `<br>` breaks the line; the text of an inline `<script>` or
 *   `<style>` goes too.
 * - Shortcodes (`{{< youtube x >}}`, `{{% note %}}`, `{% include a %}`) are
 *   dropped wherever they are; a paragraph left empty goes.
 *
 * `source` is the text the tree was parsed from. Every node keeps its
 * position in it. Returns a new tree.
 */
export function readHtml(tree: Root, source: string): Root {
  const regions = rawRegions(source.split('\n'))
  const children: RootContent[] = []
  let region = 0
  for (const node of tree.children) {
    const start = node.position?.start.line ?? 0
    while (region < regions.length && regions[region]!.last < start) region++
    const inside = regions[region]
    if (inside && start >= inside.first - 1 && start <= inside.last) {
      if (!inside.read) {
        // One at a time: a region of raw HTML may hold more blocks than a call takes arguments.
        for (const block of readBlock(inside.html, inside.first, 1)) children.push(block)
        inside.read = true
      }
      continue
    }
    children.push(node)
  }
  return {...tree, children: flow(children)}
}

interface Region {
  /** First line of the HTML, after the opening shortcode (1-based). */
  readonly first: number
  /** Line of the closing shortcode. */
  readonly last: number
  readonly html: string
  read: boolean
}

/** The runs of lines between a raw-HTML shortcode and its closing one. */
function rawRegions(lines: readonly string[]): Region[] {
  const regions: Region[] = []
  for (let index = 0; index < lines.length; index++) {
    const name = rawOpening.exec(lines[index]!)?.[1]
    if (name === undefined) continue
    const closing = new RegExp(`(?:\\{\\{[<%]|\\{%)\\s*(?:/\\s*${name}|end${name})\\b`, 'i')
    const end = lines.findIndex((line, at) => at > index && closing.test(line))
    if (end < 0) continue
    regions.push({
      first: index + 2,
      last: end + 1,
      html: [...lines.slice(index + 1, end), lines[end]!.slice(0, lines[end]!.search(closing))].join('\n'),
      read: false
    })
    index = end
  }
  return regions
}

/** Flow content with its HTML read and its shortcodes dropped, recursively. */
function flow(nodes: readonly RootContent[]): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (node.type === 'html') return readBlock(node.value, node.position?.start.line ?? 1, node.position?.start.column ?? 1)
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const children = phrasing(node.children)
      const empty = children.every((child) => child.type === 'text' && child.value.trim() === '')
      return empty && node.type === 'paragraph' ? [] : [{...node, children} as RootContent]
    }
    if ('children' in node) return [{...node, children: flow(node.children as RootContent[])} as RootContent]
    return [node]
  })
}

/** Inline content without its tags and shortcodes: struck text struck, a `<br>` a break. */
function phrasing(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  const result: PhrasingContent[] = []
  let struck: {tag: string; children: PhrasingContent[]} | undefined
  let skipping: string | undefined
  for (const node of nodes) {
    if (node.type === 'html') {
      const tag = /^<\s*(\/?)\s*([a-z][\w-]*)/i.exec(node.value)
      const name = tag?.[2]?.toLowerCase()
      const closing = tag?.[1] === '/'
      if (skipping !== undefined) {
        if (closing && name === skipping) skipping = undefined
        continue
      }
      if (name === 'script' || name === 'style') {
        if (!closing && !/<\/\s*(?:script|style)\s*>/i.test(node.value)) skipping = name
        continue
      }
      if (name === 's' || name === 'strike' || name === 'del') {
        if (!closing) struck = {tag: name, children: []}
        else if (struck && struck.tag === name) {
          result.push({type: 'delete', children: struck.children, ...(node.position ? {position: node.position} : {})})
          struck = undefined
        }
        continue
      }
      if (name === 'br' && !closing) (struck?.children ?? result).push({type: 'break', ...(node.position ? {position: node.position} : {})})
      continue
    }
    if (skipping !== undefined) continue
    const kept = node.type === 'text' ? {...node, value: node.value.replace(shortcode, '')} : 'children' in node ? ({...node, children: phrasing(node.children)} as PhrasingContent) : node
    ;(struck?.children ?? result).push(kept)
  }
  // A tag left open strikes nothing.
  if (struck) result.push(...struck.children)
  return result
}

/** An HTML block as mdast, positioned at `line` and `column` of the notes. */
function readBlock(html: string, line: number, column: number): RootContent[] {
  const hast = fromHtml(html.replace(shortcode, ''), {fragment: true})
  const kept: HastRoot = {type: 'root', children: hast.children.flatMap((child) => prune(child, line, column))}
  const tree = toMdast(kept) as Root
  return flow(tree.children.map(positioned))
}

/** A node with a position: the paragraphs hast-util-to-mdast wraps around loose inline content have none; they span their children. */
function positioned<T extends RootContent>(node: T): T {
  if (!('children' in node)) return node
  const children = (node.children as RootContent[]).map(positioned)
  const first = children.find((child) => child.position)?.position
  const last = children.findLast((child) => child.position)?.position
  const position = node.position ?? (first && last ? {start: first.start, end: last.end} : undefined)
  return {...node, children, ...(position ? {position} : {})}
}

function prune<T extends HastContent | ElementContent>(node: T, line: number, column: number): T[] {
  if (node.type === 'comment' || node.type === 'doctype') return []
  const position = node.position
    ? {
        start: moved(node.position.start, line, column),
        end: moved(node.position.end, line, column)
      }
    : undefined
  if (node.type !== 'element') return [{...node, ...(position ? {position} : {})}]
  if (!kept(node)) return []
  const children = node.children.flatMap((child) => prune(child, line, column))
  return [{...node, children, ...(position ? {position} : {})}]
}

function kept(element: Element): boolean {
  if (dropped.has(element.tagName)) return false
  const {id, className, src} = element.properties
  const names = [id, ...(Array.isArray(className) ? className : [className])].filter((name) => typeof name === 'string')
  if (names.some((name) => readerComments.test(name))) return false
  // An image of the web site the notes were copied from is not beside them.
  if (element.tagName === 'img') return typeof src === 'string' && src !== '' && !src.startsWith('/')
  return true
}

function moved(point: {line: number; column: number; offset?: number}, line: number, column: number): {line: number; column: number} {
  return {line: point.line + line - 1, column: point.line === 1 ? point.column + column - 1 : point.column}
}
