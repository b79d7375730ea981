import type {Html, List, ListItem, Paragraph, PhrasingContent, Root, RootContent} from 'mdast'
import {english} from '../lang/en.js'
import type {Labels, Language} from '../lang/types.js'
import {withDefaults} from '../text/settings.js'
import {bareUrl, shortUrl} from '../text/short-url.js'
import {gfmStrikethroughToMarkdown} from 'mdast-util-gfm-strikethrough'
import {toMarkdown} from 'mdast-util-to-markdown'
import {Document, Scalar} from 'yaml'
import type {Bullet, ContentSlide, Deck, Link, Origin, Slide} from '../types.js'

export interface MarpOptions {
  /** Marp theme named in the front matter (default: `'debrief'`). */
  readonly theme?: string
  /** Notes file named in speaker notes, e.g. `notes.md` (default: `'notes'`). */
  readonly source?: string
  /** The language of the deck: `lang` in the front matter (when not English), and the words debrief writes ("(cont.)", the speaker notes' headings) (default: English). */
  readonly language?: Language
}

const defaults = {theme: 'debrief', source: 'notes', language: english}

type Settings = {readonly theme: string; readonly source: string; readonly labels: Labels}

/**
 * Write a deck as Marp Markdown: front matter, then one Markdown slide per
 * slide, separated by `---`, with the source text of every content slide in
 * its speaker notes.
 */
export function toMarp(deck: Deck, options?: Readonly<MarpOptions>): string {
  const {language, ...rest} = withDefaults(defaults, options)
  const settings: Settings = {...rest, labels: language.labels}
  const {meta} = deck
  const fixed: Record<string, string | boolean> = {marp: true, theme: settings.theme, paginate: true}
  // Marp writes it as the HTML's `lang`, for fonts, hyphenation and screen readers; English is its default.
  if (language.code !== english.code) fixed.lang = language.code
  const text: Record<string, string> = {title: meta.title}
  if (meta.author) text.author = meta.author
  // The running header and footer are one line each.
  text.header = inline(meta.title.replace(/\s+/g, ' '))
  const footer = [meta.event, meta.date].filter(Boolean).join(' · ').replace(/\s+/g, ' ')
  if (footer) text.footer = inline(footer)
  const slides = deck.slides.map((slide) => markdown(slideTree(slide, settings)))
  return `---\n${frontMatter(fixed, text)}---\n\n${slides.join('\n---\n\n')}`
}

/**
 * Front matter, written by the YAML library. Text from the notes is always a
 * double-quoted scalar: Marp reads `header`, `footer` and the like as "loose"
 * YAML, wrapping a plain value in double quotes itself, so a plain `R\&D` or a
 * value starting with `|` would make its parse fail and the deck lose its
 * theme, header, footer and page numbers. A quoted value it leaves alone.
 */
function frontMatter(fixed: Readonly<Record<string, string | boolean>>, text: Readonly<Record<string, string>>): string {
  const document = new Document({...fixed})
  for (const [key, value] of Object.entries(text)) {
    const scalar = new Scalar(value)
    scalar.type = Scalar.QUOTE_DOUBLE
    document.set(key, scalar)
  }
  return document.toString({lineWidth: 0, doubleQuotedAsJSON: true})
}

function slideTree(slide: Slide, settings: Settings): Root {
  switch (slide.type) {
    case 'title': {
      // `_paginate: false` hides the number but counts the slide (`skip` would
      // not), so slide 2 is numbered 2, as its PDF page and the presenter view.
      const children: RootContent[] = [directive('_class: title\n_paginate: false\n_header: ""'), heading(1, slide.title)]
      if (slide.subtitle) children.push(paragraph([{type: 'text', value: slide.subtitle}]))
      const line = [slide.meta.event, slide.meta.date].filter(Boolean).join(' · ')
      if (line) children.push(paragraph([{type: 'emphasis', children: [{type: 'text', value: line}]}]))
      const attendees = slide.meta.attendees ?? []
      if (attendees.length > 0) {
        // Minutes: who was there, the first few on the slide, all in the speaker notes.
        const {present, more} = settings.labels
        const shown = attendees.slice(0, 8).join(', ') + (attendees.length > 8 ? ` ${more.replace('{count}', String(attendees.length - 8))}` : '')
        children.push(paragraph([{type: 'text', value: present.replace('{names}', shown)}]))
        if (attendees.length > 8) children.push({type: 'html', value: `<!--\n${escapeComment(present.replace('{names}', attendees.join(', ')))}\n-->`})
      }
      return root(children)
    }
    case 'agenda': {
      const top: ListItem[] = []
      for (const item of slide.items) {
        const entry = listItem([{type: 'text', value: item.title}])
        const parent = top.at(-1)
        if (item.depth > 1 && parent) {
          const nested = parent.children[1]
          if (nested?.type === 'list') nested.children.push(entry)
          else parent.children.push(list([entry]))
        } else top.push(entry)
      }
      const children: RootContent[] = [directive('_class: agenda'), heading(2, slide.title), list(top)]
      if (slide.notes && slide.notes.length > 0) children.push(notes([], slide.notes, settings))
      return root(children)
    }
    case 'section': {
      const items = slide.people.map((person) => {
        const about = [person.role, person.organisation].filter(Boolean).join(', ')
        const children: PhrasingContent[] = [{type: 'strong', children: [{type: 'text', value: person.name}]}]
        if (about) children.push({type: 'text', value: ` — ${about}`})
        return listItem(children)
      })
      if (slide.more > 0) items.push(listItem([{type: 'text', value: settings.labels.more.replace('{count}', String(slide.more))}]))
      return root([directive('_class: divider'), heading(2, slide.title), list(items)])
    }
    case 'content':
      return root(contentSlide(slide, settings))
    case 'quote': {
      const children: RootContent[] = [directive('_class: quote'), heading(2, slide.title)]
      children.push({type: 'blockquote', children: [paragraph(phrasing(slide.quote.text, []))]})
      if (slide.quote.attribution) children.push(paragraph([{type: 'text', value: `— ${slide.quote.attribution}`}]))
      if (slide.quote.context) children.push(paragraph([{type: 'emphasis', children: phrasing(slide.quote.context, [])}]))
      children.push(notes([slide.quote.origin], [], settings))
      return root(children)
    }
    case 'image': {
      // A fixed height (Marp's `h:` keyword) so that the image fits under the title in every theme.
      const {alt, url, line} = slide.image
      const picture: PhrasingContent = {type: 'image', url, alt: `${alt} h:420`.trim()}
      const origin = {line, text: alt ? `${settings.labels.image}: ${alt}` : settings.labels.image}
      return root([directive('_class: image'), heading(2, slide.title), paragraph([picture]), notes([origin], [], settings)])
    }
    case 'numbers': {
      const items = slide.figures.map((figure) => listItem(phrasing(figure.context, [], [figure.value, ...(figure.also ?? [])])))
      const origins = slide.figures.map((figure) => figure.origin).filter((origin, index, all) => all.indexOf(origin) === index)
      return root([directive('_class: numbers'), heading(2, continued(slide, settings)), list(items), notes(origins, [], settings)])
    }
    case 'summary': {
      const origins = slide.bullets.map((bullet) => bullet.origin)
      const more = slide.more ?? []
      const items = bulletList(slide.bullets, [])
      if (more.length > 0) items.children.push(listItem([{type: 'text', value: settings.labels.moreActions.replace('{count}', String(more.length))}]))
      return root([directive('_class: summary'), heading(2, slide.title), items, notes(origins, more, settings)])
    }
    case 'resources': {
      const items = slide.links.map((link) => listItem(linkLabel(link)))
      const children = [directive('_class: resources'), heading(2, continued(slide, settings)), list(items)]
      const more = slide.more ?? []
      if (more.length > 0) {
        // Links left off for want of room stay in the speaker notes, with their lines.
        const lines = [settings.labels.notOnSlides, '', ...more.map((link) => escapeComment(`• ${settings.source}:${link.line} — ${link.text} — ${link.url}`))]
        children.push({type: 'html', value: `<!--\n${lines.join('\n')}\n-->`})
      }
      return root(children)
    }
  }
}

function contentSlide(slide: ContentSlide, settings: Settings): RootContent[] {
  const children: RootContent[] = [heading(2, continued(slide, settings))]
  if (slide.bullets.length > 0) children.push(bulletList(slide.bullets, slide.links))
  if (slide.code) children.push({type: 'code', lang: slide.code.lang ?? null, value: slide.code.value})
  const shown = new Set(slide.bullets.map((bullet) => bullet.origin))
  const kept = slide.notes.filter((origin) => shown.has(origin))
  const dropped = slide.notes.filter((origin) => !shown.has(origin))
  if (slide.code) kept.push({line: slide.code.line, text: settings.labels.codeBlock.replace('{count}', String(slide.code.value.split('\n').length))})
  if (kept.length + dropped.length > 0) children.push(notes(kept, dropped, settings))
  return children
}

/** The title of a slide, marked "(cont.)" on the second and later slides of its list or section. */
function continued(slide: {readonly title: string; readonly continued: boolean}, settings: Settings): string {
  return slide.continued ? `${slide.title} ${settings.labels.continued}` : slide.title
}

function bulletList(bullets: readonly Bullet[], links: readonly Link[]): List {
  const top: ListItem[] = []
  for (const bullet of bullets) {
    // A link only where the notes link: on the lines the bullet comes from.
    const own = links.filter((link) => link.line >= bullet.origin.line && link.line <= (bullet.origin.end ?? bullet.origin.line))
    const box: PhrasingContent[] = bullet.checked === undefined ? [] : [{type: 'text', value: bullet.checked ? '☑ ' : '☐ '}]
    const item = listItem([...box, ...phrasing(bullet.text, own)])
    const parent = top.at(-1)
    if (bullet.depth > 0 && parent) {
      const nested = parent.children[1]
      if (nested?.type === 'list') nested.children.push(item)
      else parent.children.push(list([item]))
    } else top.push(item)
  }
  return list(top)
}

/**
 * Text as phrasing content: code spans (in backticks) stay code and
 * `~~struck~~` text stays struck through, as the notes write them; outside
 * them, the text of `links` becomes links (as whole words), a bare URL
 * becomes a link showing the shortened URL, and `bold` (figures) is set in
 * bold, each at its first place.
 */
function phrasing(text: string, links: readonly Link[], bold: readonly string[] = []): PhrasingContent[] {
  let parts: PhrasingContent[] = inlineParts(text)
  const replace = (find: (value: string) => {at: number; length: number; node: PhrasingContent} | undefined): void => {
    const split = (part: PhrasingContent): PhrasingContent[] => {
      if (part.type !== 'text') return [part]
      const found = find(part.value)
      if (!found) return [part]
      const pieces: PhrasingContent[] = []
      if (found.at > 0) pieces.push({type: 'text', value: part.value.slice(0, found.at)})
      pieces.push(found.node)
      const rest = part.value.slice(found.at + found.length)
      if (rest) pieces.push(...split({type: 'text', value: rest}))
      return pieces
    }
    parts = parts.flatMap(split)
  }
  for (const value of bold) {
    let done = false
    // The figure itself, not the same digits inside a bigger number or a word.
    const figure = new RegExp(`(?<![\\p{L}\\p{N}.,])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u')
    replace((part) => {
      const at = done ? -1 : part.search(figure)
      if (at < 0) return undefined
      done = true
      return {at, length: value.length, node: {type: 'strong', children: [{type: 'text', value}]}}
    })
  }
  for (const link of [...links].sort((a, b) => b.text.length - a.text.length)) {
    if (link.text.length < 2) continue
    replace((value) => {
      const at = wholeWord(value, link.text)
      if (at < 0) return undefined
      const label = link.text === link.url ? shortUrl(link.url) : link.text
      return {at, length: link.text.length, node: {type: 'link', url: link.url, children: [{type: 'text', value: label}]}}
    })
  }
  replace((value) => {
    const match = new RegExp(bareUrl.source, 'i').exec(value)
    if (!match) return undefined
    const url = match[0].startsWith('www.') ? `https://${match[0]}` : match[0]
    return {at: match.index, length: match[0].length, node: {type: 'link', url, children: [{type: 'text', value: shortUrl(url)}]}}
  })
  return parts
}

/** Code spans and struck-through runs of bullet text as nodes; the rest as text. */
function inlineParts(text: string): PhrasingContent[] {
  const parts: PhrasingContent[] = []
  let at = 0
  for (const match of text.matchAll(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)|~~(?!~)([\s\S]+?)~~/g)) {
    if (match.index > at) parts.push({type: 'text', value: text.slice(at, match.index)})
    if (match[1] !== undefined) {
      const value = match[2]!
      parts.push({type: 'inlineCode', value: /^ .*[^ ].* $/.test(value) ? value.slice(1, -1) : value})
    } else parts.push({type: 'delete', children: [{type: 'text', value: match[3]!}]})
    at = match.index + match[0].length
  }
  if (at < text.length) parts.push({type: 'text', value: text.slice(at)})
  return parts
}

/** Where `word` first stands as a whole word in `text` (not inside "there" for "here"), or -1. */
function wholeWord(text: string, word: string): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = /^[\p{L}\p{N}]/u.test(word) ? text.slice(0, at) : ''
    const after = /[\p{L}\p{N}]$/u.test(word) ? text.slice(at + word.length) : ''
    if (!/[\p{L}\p{N}]$/u.test(before) && !/^[\p{L}\p{N}]/u.test(after)) return at
  }
  return -1
}

function linkLabel(link: Link): PhrasingContent[] {
  const short = shortUrl(link.url)
  if (link.text === link.url || shortUrl(link.text) === short) {
    return [{type: 'link', url: link.url, children: [{type: 'text', value: short}]}]
  }
  return [
    {type: 'link', url: link.url, children: [{type: 'text', value: link.text}]},
    {type: 'text', value: ` — ${short}`}
  ]
}


/**
 * Speaker notes as an HTML comment. Every line starts with plain text, so
 * Marp never reads the notes as directives, and a `-->` in the text is
 * written with hyphens (U+2010) so that it cannot close the comment.
 */
function notes(kept: readonly Origin[], dropped: readonly Origin[], settings: Settings): Html {
  const line = (origin: Origin): string => escapeComment(`• ${settings.source}:${origin.line} — ${origin.text}`)
  const lines = [settings.labels.sourceNotes, '', ...kept.map(line)]
  if (dropped.length > 0) lines.push('', settings.labels.notOnSlides, '')
  // One at a time: a day of transcript leaves out more lines than a call takes arguments.
  for (const origin of dropped) lines.push(line(origin))
  return {type: 'html', value: `<!--\n${lines.join('\n')}\n-->`}
}

function escapeComment(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/--(!?)>/g, '‐‐$1>')
}

function directive(value: string): RootContent {
  return {type: 'html', value: `<!--\n${value}\n-->`}
}

function heading(depth: 1 | 2, value: string): RootContent {
  return {type: 'heading', depth, children: [{type: 'text', value}]}
}

function paragraph(children: PhrasingContent[]): Paragraph {
  return {type: 'paragraph', children}
}

function listItem(children: PhrasingContent[]): ListItem {
  return {type: 'listItem', spread: false, children: [{type: 'paragraph', children}]}
}

function list(children: ListItem[]): List {
  return {type: 'list', ordered: false, spread: false, children}
}

function root(children: RootContent[]): Root {
  return {type: 'root', children}
}

function markdown(tree: Root): string {
  return toMarkdown(tree, {bullet: '-', emphasis: '_', fence: '`', fences: true, listItemIndent: 'one', rule: '*', extensions: [gfmStrikethroughToMarkdown()]})
}

/** Text for a Markdown-parsed field such as `header`, escaped. */
function inline(text: string): string {
  return toMarkdown({type: 'paragraph', children: [{type: 'text', value: text}]}).trim()
}
