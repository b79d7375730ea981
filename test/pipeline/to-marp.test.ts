import {readFileSync} from 'node:fs'
import {Marp} from '@marp-team/marp-core'
import {describe, expect, test} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {buildDeck} from '../../src/pipeline/build-deck.js'
import {layoutSlides} from '../../src/pipeline/layout-slides.js'
import {parseNotes} from '../../src/pipeline/parse-notes.js'
import {readNotes} from '../../src/pipeline/read-notes.js'
import {selectPoints} from '../../src/pipeline/select-points/index.js'
import {splitSections} from '../../src/pipeline/split-sections.js'
import {toMarp} from '../../src/pipeline/to-marp.js'
import type {Bullet, ContentSlide, Deck, DeckMeta, Origin, Slide} from '../../src/types.js'

const origin = (line: number, text: string): Origin => ({line, text})

function bullet(text: string, line: number, depth = 0): Bullet {
  return {text, depth, origin: origin(line, text), score: 1}
}

function content(title: string, items: Bullet[], extra: Partial<ContentSlide> = {}): ContentSlide {
  return {type: 'content', title, section: 'L1', continued: false, bullets: items, links: [], notes: items.map((item) => item.origin), ...extra}
}

function deckOf(slides: Slide[], meta: Partial<DeckMeta> = {}): Deck {
  return {meta: {title: 'School board', ...meta}, slides}
}

/** Split Marp Markdown into its front matter (parsed) and its slides. */
function split(markdown: string): {front: Record<string, unknown>; slides: string[]} {
  const match = /^---\n([\s\S]*?)\n---\n\n/.exec(markdown)
  expect(match, 'front matter').not.toBeNull()
  const front = parseYaml(match![1]!) as Record<string, unknown>
  return {front, slides: markdown.slice(match![0].length).split('\n---\n')}
}

function decode(html: string): string {
  return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
}

function render(markdown: string) {
  const {html, comments} = new Marp({math: false}).render(markdown)
  return {html, comments, sections: (html.match(/<section\b/g) ?? []).length}
}

describe('toMarp: action items left to the speaker notes', () => {
  test('the last action-items slide counts them on the slide and lists them, with their lines, in its notes', () => {
    const shown = bullet('Lee to book the hall', 4)
    const more = [origin(9, 'Ana to order the buses'), origin(12, 'Tom to print the maps')]
    const markdown = toMarp(deckOf([{type: 'summary', list: 'actions', title: 'Action items', bullets: [shown], more}]))
    const slide = split(markdown).slides[0]!
    expect(slide).toContain('- 2 more action items, listed in the speaker notes')
    expect(slide).toMatch(/Also in the notes, not on the slides\n\n• notes:9 — Ana to order the buses\n• notes:12 — Tom to print the maps/)
  })
})

describe('toMarp on a day of notes', () => {
  test('a slide whose speaker notes hold 300,000 left-out lines is written whole', () => {
    const shown = bullet('The ferry runs late', 1)
    const left = Array.from({length: 300_000}, (_, index) => origin(index + 2, `Turn ${index + 2} of the day.`))
    const markdown = toMarp(deckOf([content('Ferries', [shown], {notes: [shown.origin, ...left]})]))
    expect(markdown).toContain('• notes:300001 — Turn 300001 of the day.')
    expect(markdown.split('\n').filter((line) => line.startsWith('• ')).length).toBe(300_001)
  })
})

describe('toMarp: front matter', () => {
  test('marp, theme, paginate, title, header and footer', () => {
    const markdown = toMarp(deckOf([], {event: 'School Board 2024', date: '2024-04-22'}))
    expect(split(markdown).front).toEqual({
      marp: true,
      theme: 'debrief',
      paginate: true,
      title: 'School board',
      header: 'School board',
      footer: 'School Board 2024 · 2024-04-22'
    })
  })

  test('theme option, author, and a footer with only the date', () => {
    const {front} = split(toMarp(deckOf([], {date: '2024-04-22', author: 'R. Okafor'}), {theme: 'gaia'}))
    expect(front).toMatchObject({theme: 'gaia', author: 'R. Okafor', footer: '2024-04-22'})
  })

  test('no footer without event or date', () => {
    expect(split(toMarp(deckOf([]))).front).not.toHaveProperty('footer')
  })

  // Every character YAML or Markdown treats specially, inside and at the start.
  const titles = [
    'R&D review',
    'Sprint [42] retro',
    '<b>Budget</b> & <script>',
    '*Draft* **plan** _x_',
    'C:\\temp \\n back\\slash',
    'Agenda: item # 3',
    "It's Ann's",
    'Say "hi"',
    'a | b',
    'line one\nline two',
    '- leading dash',
    '@team sync',
    '%YAML 1.2',
    '`code` review',
    '> quoted',
    '{braces}',
    '~ tilde',
    '! bang',
    '& anchor',
    '* alias',
    '| pipe',
    "'single",
    '"double',
    '# hash',
    '[link](http://x.y)',
    '---',
    'null',
    'true',
    '12:30'
  ]

  test.each(titles)('a title with special characters renders in the debrief theme with header, footer and pages: %j', (title) => {
    const deck = deckOf([content('Point', [bullet('We agreed on the plan', 3)])], {title, event: `${title} week`, date: '2024-04-22'})
    const markdown = toMarp(deck)
    expect(split(markdown).front).toMatchObject({title, theme: 'debrief', paginate: true})
    const marp = new Marp({math: false})
    marp.themeSet.add(readFileSync('themes/debrief.css', 'utf8'))
    const {html} = marp.render(markdown)
    const section = /<section\b[^>]*>[\s\S]*?<\/section>/.exec(html)![0]
    expect(section).toMatch(/data-theme="debrief"/)
    expect(section).toMatch(/data-paginate="true"/)
    const shown = (tag: string) => decode(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(section)?.[1]?.replace(/<[^>]+>/g, '') ?? '')
    const line = title.replace(/\s+/g, ' ')
    expect(shown('header')).toBe(line)
    expect(shown('footer')).toBe(`${line} week · 2024-04-22`)
  })

  test('the header is escaped Markdown, the title is kept as is', () => {
    const {front} = split(toMarp(deckOf([], {title: 'Budget *draft* <b>'})))
    expect(front.title).toBe('Budget *draft* <b>')
    expect(front.header).toBe('Budget \\*draft\\* \\<b>')
  })
})

describe('toMarp: slides', () => {
  const deck = deckOf(
    [
      {type: 'title', title: 'School board', subtitle: 'Spring term', meta: {event: 'School Board 2024', date: '2024-04-22'}},
      {
        type: 'agenda',
        title: 'Agenda',
        items: [
          {title: 'Budget', depth: 1},
          {title: 'Buses', depth: 2},
          {title: 'Lunch', depth: 1}
        ]
      },
      content('Budget', [bullet('Budget approved', 3), bullet('two votes against', 4, 1)]),
      content('Budget', [bullet('Reserve kept', 5)], {continued: true}),
      {type: 'quote', title: 'Lunch', section: 'L8', quote: {text: 'Feed them first', attribution: 'Ms. Alvarez', origin: origin(9, '“Feed them first”')}},
      {type: 'resources', title: 'Resources', continued: true, links: [{text: 'Minutes', url: 'https://www.example.org/minutes/', line: 2}]}
    ],
    {event: 'School Board 2024', date: '2024-04-22'}
  )
  const markdown = toMarp(deck, {source: 'board.md'})
  const {slides} = split(markdown)

  test('one Markdown slide per slide', () => {
    expect(slides).toHaveLength(deck.slides.length)
    expect(markdown.split('\n---\n')).toHaveLength(deck.slides.length + 1)
  })

  test('title slide: directives, title, subtitle and event line', () => {
    expect(slides[0]).toBe('<!--\n_class: title\n_paginate: false\n_header: ""\n-->\n\n# School board\n\nSpring term\n\n_School Board 2024 · 2024-04-22_\n')
  })

  test('agenda slide nests depth-2 entries', () => {
    expect(slides[1]).toBe('\n<!--\n_class: agenda\n-->\n\n## Agenda\n\n- Budget\n  - Buses\n- Lunch\n')
  })

  test('content slide: heading, bullets, sub-bullets and speaker notes', () => {
    expect(slides[2]).toBe(
      '\n## Budget\n\n- Budget approved\n  - two votes against\n\n<!--\nSource notes for this slide\n\n' +
        '• board.md:3 — Budget approved\n• board.md:4 — two votes against\n-->\n'
    )
  })

  test('a continued slide is titled "(cont.)"', () => {
    expect(slides[3]).toMatch(/^\n## Budget \(cont\.\)\n\n- Reserve kept\n/)
  })

  test('quote slide: block quote, attribution and source in the notes', () => {
    expect(slides[4]).toBe(
      '\n<!--\n_class: quote\n-->\n\n## Lunch\n\n> Feed them first\n\n— Ms. Alvarez\n\n<!--\nSource notes for this slide\n\n• board.md:9 — “Feed them first”\n-->\n'
    )
  })

  test('resources slide: links with a short URL', () => {
    expect(slides[5]).toBe(
      '\n<!--\n_class: resources\n-->\n\n## Resources (cont.)\n\n- [Minutes](https://www.example.org/minutes/) — example.org/minutes\n'
    )
  })

  test('the speaker notes name "notes" when no source is given', () => {
    expect(toMarp(deckOf([content('Budget', [bullet('Budget approved', 3)])]))).toContain('• notes:3 — Budget approved')
  })
})

describe('toMarp: numbers, summary and section slides', () => {
  const busOrigin = origin(12, 'The district runs 40 buses, 12% more than last year.')
  const lunchOrigin = origin(20, 'Lunch costs $3.50 a day.')
  const deck = deckOf([
    {
      type: 'numbers',
      title: 'By the numbers',
      continued: false,
      figures: [
        {value: '40 buses', context: 'The district runs 40 buses, 12% more than last year', origin: busOrigin},
        {value: '12%', context: 'The district runs 40 buses, 12% more than last year', origin: busOrigin},
        {value: '$3.50', context: 'Lunch costs $3.50 a day', origin: lunchOrigin}
      ]
    },
    {type: 'numbers', title: 'By the numbers', continued: true, figures: [{value: '7 schools', context: '7 schools', origin: origin(30, 'We have 7 schools.')}]},
    {type: 'summary', list: 'brief', title: 'In brief', bullets: [bullet('Budget approved', 3), bullet('Lunch prices stay', 20)]},
    {type: 'summary', list: 'actions', title: 'Action items', bullets: [bullet('Ms. Alvarez to send the minutes', 41)]},
    {
      type: 'section',
      title: 'Transport',
      section: 'L10',
      people: [
        {name: 'Ana Ruiz', role: 'Director', organisation: 'City Transit'},
        {name: 'Lee Park', organisation: 'Parents Council'},
        {name: 'Sam Ito'}
      ],
      more: 2
    }
  ])
  const markdown = toMarp(deck, {source: 'board.md'})
  const {slides} = split(markdown)
  const rendered = render(markdown)

  test('numbers slide: each figure in bold in its context, and the sources in the notes once', () => {
    expect(slides[0]).toBe(
      '<!--\n_class: numbers\n-->\n\n## By the numbers\n\n' +
        '- The district runs **40 buses**, 12% more than last year\n' +
        '- The district runs 40 buses, **12%** more than last year\n' +
        '- Lunch costs **$3.50** a day\n\n' +
        '<!--\nSource notes for this slide\n\n' +
        '• board.md:12 — The district runs 40 buses, 12% more than last year.\n' +
        '• board.md:20 — Lunch costs $3.50 a day.\n-->\n'
    )
  })

  test('the figure itself is in bold, never the same digits inside a bigger number', () => {
    const origin = {line: 3, text: 'Of 110 years of records, 10 years were dry.'}
    const deck = deckOf([{type: 'numbers', title: 'By the numbers', continued: false, figures: [{value: '10 years', context: 'Of 110 years of records, 10 years were dry', origin}]}])
    expect(toMarp(deck)).toContain('- Of 110 years of records, **10 years** were dry\n')
  })

  test('a continued numbers slide is titled "(cont.)"; a context that is only the figure is all bold', () => {
    expect(slides[1]).toContain('## By the numbers (cont.)\n\n- **7 schools**\n')
  })

  test('summary slides: "In brief" and action items, with their sources in the notes', () => {
    expect(slides[2]).toBe(
      '\n<!--\n_class: summary\n-->\n\n## In brief\n\n- Budget approved\n- Lunch prices stay\n\n' +
        '<!--\nSource notes for this slide\n\n• board.md:3 — Budget approved\n• board.md:20 — Lunch prices stay\n-->\n'
    )
    expect(slides[3]).toBe(
      '\n<!--\n_class: summary\n-->\n\n## Action items\n\n- Ms. Alvarez to send the minutes\n\n' +
        '<!--\nSource notes for this slide\n\n• board.md:41 — Ms. Alvarez to send the minutes\n-->\n'
    )
  })

  test('section opener: a divider with the people, their role and organisation, and how many more', () => {
    expect(slides[4]).toBe(
      '\n<!--\n_class: divider\n-->\n\n## Transport\n\n' +
        '- **Ana Ruiz** — Director, City Transit\n- **Lee Park** — Parents Council\n- **Sam Ito**\n- and 2 more\n'
    )
  })

  test('Marp renders them: classes, bold figures, and speaker notes on numbers and summary slides only', () => {
    expect(rendered.sections).toBe(deck.slides.length)
    expect(rendered.html).toMatch(/<section[^>]*class="numbers"/)
    expect(rendered.html).toMatch(/<section[^>]*class="summary"/)
    expect(rendered.html).toMatch(/<section[^>]*class="divider"/)
    expect(rendered.html).toContain('<li>The district runs <strong>40 buses</strong>, 12% more than last year</li>')
    expect(rendered.html).toContain('<li>Lunch costs <strong>$3.50</strong> a day</li>')
    expect(rendered.comments.map((comments) => comments.length)).toEqual([1, 1, 1, 1, 0])
    expect(rendered.comments[3]![0]).toBe('Source notes for this slide\n\n• board.md:41 — Ms. Alvarez to send the minutes')
  })

  test('a figure in Markdown characters is escaped, not interpreted', () => {
    const figure = {value: '*3* cakes', context: 'We sold *3* cakes_', origin: origin(2, 'We sold *3* cakes_')}
    const {html} = render(toMarp(deckOf([{type: 'numbers', title: 'By the numbers', continued: false, figures: [figure]}])))
    expect(html).toContain('<li>We sold <strong>*3* cakes</strong>_</li>')
  })
})

describe('toMarp: content details', () => {
  test('dropped sentences are listed apart in the notes', () => {
    const shown = bullet('Budget approved', 3)
    const slide = content('Budget', [shown], {notes: [shown.origin, origin(4, 'Coffee was cold.')]})
    expect(toMarp(deckOf([slide]), {source: 'board.md'})).toContain(
      '<!--\nSource notes for this slide\n\n• board.md:3 — Budget approved\n\nAlso in the notes, not on the slides\n\n• board.md:4 — Coffee was cold.\n-->'
    )
  })

  test('code blocks are fenced with their language and named in the notes', () => {
    const slide = content('Demo', [], {code: {lang: 'python', value: 'import polars as pl\npl.DataFrame()', line: 7}})
    const markdown = toMarp(deckOf([slide]), {source: 'talk.md'})
    expect(markdown).toContain('```python\nimport polars as pl\npl.DataFrame()\n```')
    expect(markdown).toContain('• talk.md:7 — code block (2 lines)')
  })

  test('link text in a bullet becomes a link; a bare URL gets a short label', () => {
    const slide = content('Reading', [bullet('Read the minutes and https://example.org/agenda/ too', 3)], {
      links: [
        {text: 'the minutes', url: 'https://example.org/minutes', line: 3},
        {text: 'https://example.org/agenda/', url: 'https://example.org/agenda/', line: 3}
      ]
    })
    expect(toMarp(deckOf([slide]))).toContain(
      '- Read [the minutes](https://example.org/minutes) and [example.org/agenda](https://example.org/agenda/) too'
    )
  })

  test('Markdown and HTML in user text are escaped', () => {
    const slide = content('Budget *draft*', [bullet('*not emphasis*', 3), bullet('<script>alert(1)</script>', 4), bullet('# not a heading', 5)])
    const {slides} = split(toMarp(deckOf([slide])))
    expect(slides[0]).toContain('## Budget \\*draft\\*\n')
    expect(slides[0]).toContain('- \\*not emphasis\\*\n- \\<script>alert(1)\\</script>\n- \\# not a heading\n')
  })

  test('a `-->` in the source text cannot close the speaker notes', () => {
    const slide = content('Arrows', [bullet('Flour --> dough --!> bread', 3)])
    const markdown = toMarp(deckOf([slide]))
    expect(markdown).toContain('• notes:3 — Flour ‐‐> dough ‐‐!> bread\n-->')
    const comment = /<!--\nSource notes[\s\S]*?-->/.exec(markdown)![0]
    expect(comment.endsWith('bread\n-->')).toBe(true)
    expect(comment.match(/-->/g)).toHaveLength(1)
  })

  test('multi-line source text is one line in the notes', () => {
    const slide = content('Budget', [bullet('x', 3)], {notes: [origin(3, 'Budget\n  approved\tlate')]})
    expect(toMarp(deckOf([slide]))).toContain('• notes:3 — Budget approved late\n')
  })
})

describe('toMarp: rendered by Marp', () => {
  /** Run the notes through every stage, then through Marp. */
  function pipeline(notes: string, file: string) {
    const outline = splitSections(parseNotes(readNotes(notes, {file})), {file})
    const deck = layoutSlides(outline.meta, selectPoints(outline))
    const markdown = toMarp(deck, {source: file})
    return {deck, markdown, rendered: render(markdown)}
  }

  const markdownNotes = pipeline(
    [
      '# School board',
      '',
      'Monthly meeting, April 22, 2024.',
      '',
      '## Budget',
      '',
      '- Reserve stays at 5 %',
      '- Two votes against',
      '',
      '## Directives',
      '',
      'header: x',
      '',
      'class: y',
      '',
      'theme: gaia',
      '',
      '## Arrows',
      '',
      'Flour --> dough --> bread. See [the plan](https://example.org/plan).',
      '',
      '> Feed them first.'
    ].join('\n'),
    'board.md'
  )

  // Text as a live blog would have it: Markdown and HTML characters that are not markup.
  const literal = (() => {
    const items = [
      bullet('*not emphasis* was on the whiteboard', 3),
      bullet('<script>alert(1)</script> was pasted in the chat', 5),
      bullet('header: x', 7),
      bullet('class: y', 9),
      bullet('<!-- _class: lead -->', 11),
      bullet('# 12 cakes sold, 1. place in the fair, [link](nowhere) _underscored_', 13)
    ]
    const deck = deckOf([
      {type: 'title', title: 'Bake sale', meta: {}},
      content('Stall', items),
      content('Stall', [bullet('--- and *** and ___', 15)], {continued: true, code: {value: '---\n<!-- x -->', line: 17}}),
      {type: 'quote', title: 'Stall', section: 'L1', quote: {text: 'paginate: false', origin: origin(19, '"paginate: false" she said')}}
    ], {title: 'Bake sale'})
    const markdown = toMarp(deck, {source: 'sale.txt'})
    return {deck, markdown, rendered: render(markdown)}
  })()

  test('the notes give the slides expected', () => {
    expect(markdownNotes.deck.slides.map((slide) => [slide.type, slide.title])).toEqual([
      ['title', 'School board'],
      ['agenda', 'Agenda'],
      ['content', 'Budget'],
      ['content', 'Directives'],
      ['content', 'Arrows'],
      ['quote', 'Arrows'],
      // The reserve of 5 % is a figure: without a budget, every figure is on "By the numbers".
      ['numbers', 'By the numbers'],
      ['resources', 'Resources']
    ])
  })

  test.each([
    ['markdown notes', markdownNotes],
    ['literal text', literal]
  ])('%s: Marp makes one section per slide', (_, {deck, rendered}) => {
    expect(rendered.sections).toBe(deck.slides.length)
    expect(rendered.comments).toHaveLength(deck.slides.length)
  })

  test('a `---` line inside a code block does not split the slide', () => {
    expect(literal.markdown).toContain('```\n---\n<!-- x -->\n```')
    expect(literal.rendered.sections).toBe(4)
  })

  test('the produced Markdown has one `---` separator between slides', () => {
    const {deck, markdown} = markdownNotes
    expect(split(markdown).slides).toHaveLength(deck.slides.length)
  })

  test.each([
    ['markdown notes', markdownNotes, 'board.md'],
    ['literal text', literal, 'sale.txt']
  ])('%s: every content, quote, numbers and summary slide keeps its speaker notes', (_, {deck, rendered}, file) => {
    deck.slides.forEach((slide, index) => {
      const comments = rendered.comments[index]!
      if (slide.type === 'content' || slide.type === 'quote' || slide.type === 'numbers' || slide.type === 'summary') {
        expect(comments, `slide ${index + 1}`).toHaveLength(1)
        expect(comments[0], `slide ${index + 1}`).toMatch(new RegExp(`^Source notes for this slide\\n\\n• ${file.replace('.', '\\.')}:\\d+ — \\S`))
      } else {
        expect(comments, `slide ${index + 1}`).toEqual([])
      }
    })
  })

  test('lines like "header: x" in the notes are notes, not directives', () => {
    const {deck, rendered} = markdownNotes
    const index = deck.slides.findIndex((slide) => slide.title === 'Directives')
    expect(rendered.comments[index]![0]).toContain('• board.md:12 — header: x\n• board.md:14 — class: y\n• board.md:16 — theme: gaia')
    expect(rendered.html).not.toContain('<header>x</header>')
    expect(rendered.html).not.toContain('class="y"')
    expect(rendered.html).toContain('<header>School board</header>')
    expect(literal.rendered.html).not.toContain('class="lead"')
    expect(literal.rendered.html).not.toContain('<header>x</header>')
  })

  test('the directives of the deck itself are honoured', () => {
    const {html} = markdownNotes.rendered
    expect(html).toMatch(/<section[^>]*class="title"/)
    expect(html).toMatch(/<section[^>]*class="agenda"/)
    expect(html).toMatch(/<section[^>]*class="quote"/)
    expect(html).toMatch(/<section[^>]*class="resources"/)
    expect(html).toContain('<footer>2024-04-22</footer>')
  })

  test('Markdown and HTML in the text are shown, not interpreted', () => {
    const {html} = literal.rendered
    expect(html).toContain('<li>*not emphasis* was on the whiteboard</li>')
    expect(html).toContain('<li>&lt;script&gt;alert(1)&lt;/script&gt; was pasted in the chat</li>')
    expect(html).toContain('<li>&lt;!-- _class: lead --&gt;</li>')
    expect(html).toContain('<li># 12 cakes sold, 1. place in the fair, [link](nowhere) _underscored_</li>')
    expect(html).toContain('<li>--- and *** and ___</li>')
    expect(html).toContain('<blockquote>\n<p>paginate: false</p>\n</blockquote>')
    expect(html).not.toContain('data-paginate="false"')
    expect(html).not.toContain('<em>')
    expect(html).not.toContain('<script>alert')
  })

  test('an arrow in the source text does not end the speaker notes early', () => {
    const {deck, rendered} = markdownNotes
    const index = deck.slides.findIndex((slide) => slide.title === 'Arrows' && slide.type === 'content')
    expect(rendered.comments[index]).toEqual(['Source notes for this slide\n\n• board.md:20 — Flour ‐‐> dough ‐‐> bread.\n• board.md:20 — See the plan.'])
    expect(rendered.html).toContain('<li>Flour --&gt; dough --&gt; bread.</li>')
    expect(rendered.html).not.toContain('‐‐&gt;')
  })
})

test('the title slide of minutes says who was present: eight names, the rest counted, all in its speaker notes', () => {
  const few = toMarp(deckOf([{type: 'title', title: 'Harbour board', meta: {attendees: ['Ann Berg', 'Tomasz Brenner']}}]))
  expect(few).toContain('Present: Ann Berg, Tomasz Brenner\n')
  const names = Array.from({length: 10}, (_, index) => `Person ${index + 1}`)
  const many = toMarp(deckOf([{type: 'title', title: 'Harbour board', meta: {attendees: names}}]))
  expect(many).toContain('Present: Person 1, Person 2, Person 3, Person 4, Person 5, Person 6, Person 7, Person 8 and 2 more\n')
  expect(many).toContain('<!--\nPresent: Person 1, Person 2, Person 3, Person 4, Person 5, Person 6, Person 7, Person 8, Person 9, Person 10\n-->')
})

test('links left off the resources slides are in its speaker notes with their lines', () => {
  const markdown = toMarp(deckOf([{type: 'resources', title: 'Resources', continued: false, links: [{text: 'Quay', url: 'https://example.org/quay', line: 3}], more: [{text: 'Ferries', url: 'https://example.org/ferries', line: 9}]}]), {source: 'harbour.md'})
  expect(markdown).toContain('- [Quay](https://example.org/quay)')
  expect(markdown).toContain('<!--\nAlso in the notes, not on the slides\n\n• harbour.md:9 — Ferries — https://example.org/ferries\n-->')
})

describe('toMarp: Markdown kept as written', () => {
  const link = {text: 'here', url: 'https://example.org/guide', line: 2}

  test('a link only where the notes link: not inside another word, not on another line, not in code', () => {
    const slide = content('Tasks', [bullet('Read the guide here', 2), bullet('Then go over there', 3), bullet('See here too', 4), bullet('Run `here` now', 2)], {links: [link]})
    const markdown = toMarp(deckOf([slide]))
    expect(markdown).toContain('- Read the guide [here](https://example.org/guide)')
    expect(markdown).toContain('- Then go over there')
    expect(markdown).toContain('- See here too')
    expect(markdown).toContain('- Run `here` now')
  })

  test('code spans, strikethrough and task boxes are written as such', () => {
    const done: Bullet = {...bullet('Bake ~~twice~~ once with `make **all**`', 2), checked: true}
    const open: Bullet = {...bullet('Order flour', 3), checked: false}
    const markdown = toMarp(deckOf([content('Tasks', [done, open])]))
    expect(markdown).toContain('- ☑ Bake ~~twice~~ once with `make **all**`')
    expect(markdown).toContain('- ☐ Order flour')
    const html = new Marp().render(markdown).html
    expect(html).toContain('<s>twice</s>')
    expect(html).toContain('<code>make **all**</code>')
  })
})

describe('toMarp: images', () => {
  test('a local image of the notes gets a slide of its own, at a height that fits, with its source line in the notes', () => {
    const deck = buildDeck('# Offsite\n\n## Day one\n\nWe planned the roadmap by the river.\n\n![The whiteboard](board.png)\n', {file: 'offsite.md'})
    const image = deck.slides.find((slide) => slide.type === 'image')
    expect(image).toMatchObject({title: 'Day one', image: {alt: 'The whiteboard', url: 'board.png', line: 7}})
    expect(deck.markdown).toContain('## Day one\n\n![The whiteboard h:420](board.png)\n\n<!--\nSource notes for this slide\n\n• offsite.md:7 — Image: The whiteboard\n-->')
    const {html} = new Marp({html: false}).render(deck.markdown)
    expect(html).toContain('<img src="board.png" alt="The whiteboard" style="height:420px;" />')
  })
})
