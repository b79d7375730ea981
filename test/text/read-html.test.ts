import type {Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {describe, expect, test} from 'vitest'
import {readHtml} from '../../src/text/read-html.js'

const parse = (text: string): Root => readHtml(unified().use(remarkParse).use(remarkGfm).parse(text), text)
/** Top-level blocks as `[type, start line, text]`. */
const blocks = (tree: Root) => tree.children.map((node) => [node.type, node.position?.start.line, toString(node)])
const types = (tree: Root): string[] => {
  const found: string[] = []
  visit(tree, (node) => {
    found.push(node.type)
  })
  return found
}

const post = [
  'Notes from the harvest fair.',
  '',
  '{{< rawhtml >}}',
  '<p><img src="/assets/2024/fair.png" alt="">The fair <strike>opens</strike> opened at nine, with <a href="https://fair.example.org/">forty stands</a>.</p>',
  '<p><iframe src="https://video.example.org/embed/1"></iframe></p>',
  '<script>track("fair")</script><style>p { color: red }</style>',
  '<h3>Notes from the stands</h3>',
  '<p>10:05AM - The baker shows an oven that bakes forty loaves an hour.</p>',
  '',
  '    <p>10:20AM - The orchard sells out of pears before noon.</p>',
  '<section id="comments"><ol class="commentlist"><li><p>Great notes, thanks!</p></li></ol></section>',
  '{{< /rawhtml >}}',
  '',
  'Back next year.'
].join('\n')

describe('readHtml: raw HTML between shortcodes', () => {
  test('paragraphs and headings are read as text, each at its line of the notes', () => {
    expect(blocks(parse(post))).toEqual([
      ['paragraph', 1, 'Notes from the harvest fair.'],
      ['paragraph', 4, 'The fair opens opened at nine, with forty stands.'],
      ['heading', 7, 'Notes from the stands'],
      ['paragraph', 8, '10:05AM - The baker shows an oven that bakes forty loaves an hour.'],
      ['paragraph', 10, '10:20AM - The orchard sells out of pears before noon.'],
      ['paragraph', 14, 'Back next year.']
    ])
  })

  test('no markup is left: no html node, no shortcode, no script, style, embed, site image or reader comment', () => {
    const tree = parse(post)
    expect(types(tree)).not.toContain('html')
    expect(types(tree)).not.toContain('image')
    expect(types(tree)).not.toContain('code')
    const text = toString(tree)
    for (const markup of ['{{', '<', 'track', 'color', 'Great notes']) expect(text).not.toContain(markup)
  })

  test('links and struck text stay links and struck text', () => {
    const tree = parse(post)
    const links: string[] = []
    visit(tree, 'link', (link) => {
      links.push(link.url)
    })
    expect(links).toEqual(['https://fair.example.org/'])
    const struck: string[] = []
    visit(tree, 'delete', (node) => {
      struck.push(toString(node))
    })
    expect(struck).toEqual(['opens'])
  })
})

describe('readHtml: HTML in Markdown', () => {
  test('an HTML block is read as text; an image beside the notes stays an image', () => {
    const tree = parse('## Stands\n\n<div class="note">\n<p>The <em>pear</em> stand was the busiest.</p>\n<img src="pears.jpg" alt="Pears">\n</div>\n')
    expect(blocks(tree)).toEqual([
      ['heading', 1, 'Stands'],
      ['paragraph', 4, 'The pear stand was the busiest.'],
      ['paragraph', 5, 'Pears']
    ])
    expect(types(tree)).toContain('image')
    expect(types(tree)).not.toContain('html')
  })

  test('inline tags are dropped, their text kept; <s> strikes, <br> breaks, an inline script goes', () => {
    const tree = parse('The fair <s>opens</s> opened at <b>nine</b>.<br>Pears sold out.<script>x()</script>')
    expect(types(tree)).not.toContain('html')
    expect(toString(tree)).toBe('The fair opens opened at nine.Pears sold out.')
    expect(types(tree)).toContain('delete')
    expect(types(tree)).toContain('break')
  })

  test('shortcodes are dropped anywhere; a paragraph of shortcodes alone goes', () => {
    const tree = parse('Intro.\n\n{{< youtube abc123 >}}\n\nThe stand {{% mark %}}sold{{% /mark %}} out.\n\n{% include footer.html %}\n')
    expect(blocks(tree)).toEqual([
      ['paragraph', 1, 'Intro.'],
      ['paragraph', 5, 'The stand sold out.']
    ])
  })

  test('a raw-HTML shortcode with no end is left to Markdown, its shortcode dropped', () => {
    expect(blocks(parse('{{< rawhtml >}}\n\nThe pears sold out.'))).toEqual([['paragraph', 3, 'The pears sold out.']])
  })

  test('code is left as written', () => {
    const tree = parse('```html\n<p>{{< x >}}</p>\n```\n\nUse `<br>` to break.')
    expect(tree.children[0]).toMatchObject({type: 'code', value: '<p>{{< x >}}</p>'})
    expect(toString(tree.children[1]!)).toBe('Use <br> to break.')
  })
})
