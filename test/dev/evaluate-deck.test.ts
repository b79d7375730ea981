import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {buildDeck, type BuiltDeck} from '../../src/pipeline/build-deck.js'
import {evaluateDeck} from '../../src/dev/evaluate-deck.js'

/** What the detectors find in some notes, against an empty deck. */
const found = (source: string) => evaluateDeck(source, {markdown: '', slides: []}, 'notes.md').found

/** A Marp deck of these slides. */
const marp = (...slides: string[]): string => `---\nmarp: true\n---\n\n${slides.join('\n\n---\n\n')}\n`

/** The deck without the lines that `drop` matches. */
function without(deck: BuiltDeck, drop: (line: string) => boolean): BuiltDeck {
  return {...deck, markdown: deck.markdown.split('\n').filter((line) => !drop(line)).join('\n')}
}

describe('evaluateDeck: headings', () => {
  const notes = [
    '# Harbour committee',
    '',
    '## Moorings',
    '',
    'There are 42 boats on the waiting list.',
    '',
    '```sh',
    '# not a heading',
    '```',
    '',
    '### Fees *from April*',
    '',
    'Fees go up in April.',
    '',
    '## [Dredging](https://example.org/dredging) ##',
    '',
    'The channel silts up every winter.'
  ].join('\n')

  test('finds ATX headings outside code, as plain text', () => {
    expect(found(notes).headings).toEqual(['Harbour committee', 'Moorings', 'Fees from April', 'Dredging'])
  })

  test('every heading is a slide title or an agenda entry', () => {
    const deck = buildDeck(notes, {file: 'harbour.md'})
    expect(evaluateDeck(notes, deck, 'harbour.md').headingRecall).toBe(1)
  })

  test('recall drops when a heading is neither', () => {
    const deck = buildDeck(notes, {file: 'harbour.md'})
    const evaluation = evaluateDeck(notes, without(deck, (line) => /^(?:## |- |\s+- )?Moorings$/.test(line)), 'harbour.md')
    expect(evaluation.headingRecall).toBe(3 / 4)
    expect(evaluation.missing.headings).toEqual(['Moorings'])
  })

  test('a "(cont.)" slide title counts as its heading', () => {
    const deck = marp('# Harbour committee', '<!--\n_class: agenda\n-->\n\n## Agenda\n\n- Anchorage\n- Fees from April\n- Dredging', '## Moorings (cont.)\n\n- There are 42 boats')
    expect(evaluateDeck(notes, {markdown: deck, slides: []}, 'harbour.md').missing.headings).toEqual([])
    expect(evaluateDeck(notes, {markdown: deck.replace('Moorings (cont.)', 'Berths (cont.)'), slides: []}, 'harbour.md').missing.headings).toEqual(['Moorings'])
  })

  test('notes without headings have no heading recall', () => {
    const text = 'The club met on Tuesday.\n\nTwenty members came.'
    expect(evaluateDeck(text, buildDeck(text, {file: 'club.txt'}), 'club.txt').headingRecall).toBeNull()
  })
})

describe('evaluateDeck: quotes', () => {
  test('quoted phrases in every kind of mark, and block quotes without their credit line', () => {
    const notes = [
      'The sign said "please close the gate" all summer. She called it “the best swap in years”.',
      'The motto was ‘dig less, mulch more’ and the chef said « très bon, merci » twice.',
      'A phrase can run over',
      '“two lines of the notes” too.',
      '',
      '> Bread waits',
      '> for no one.',
      '> — Ana Lima',
      '',
      '> “A library is a growing organism.”'
    ].join('\n')
    expect(found(notes).quotes).toEqual([
      'the best swap in years',
      'two lines of the notes',
      'please close the gate',
      'dig less, mulch more',
      'très bon, merci',
      'Bread waits for no one.',
      'A library is a growing organism.'
    ])
  })

  test('not one-word scare quotes, title-case names, apostrophes, or quotes in code', () => {
    const notes = [
      'The beds will “fly” this year, on the ‘Green Acres Market Hour’ show.',
      "It’s the farmers’ market and it's Tom's stall; the growers' union isn’t happy.",
      'Run `echo "not a quote here"` first.',
      '',
      '```',
      'say "nor this one here"',
      '```'
    ].join('\n')
    expect(found(notes).quotes).toEqual([])
  })

  const notes = [
    '## Compost',
    '',
    'Tomasz Wolny, a gardener from Hillside, showed the bays. “Compost is the real harvest,” he says.',
    'The club motto is ‘dig less, mulch more’ these days.',
    '',
    '> Soil is a living thing.',
    '> — Aiko Mori'
  ].join('\n')

  // Decks written by hand: what the evaluator reads, whatever the pipeline chooses to show.
  const shown = marp(
    '## Compost\n\n- Wolny says “Compost is the real harvest”\n- The club motto is ‘dig less, mulch more’ these days\n\n<!--\n• garden.md:3 — Tomasz Wolny\n-->',
    '<!--\n_class: quote\n-->\n\n## Compost\n\n> Soil is a living thing.\n\n— Aiko Mori'
  )

  test('quotes in bullets and on quote slides count', () => {
    const evaluation = evaluateDeck(notes, {markdown: shown, slides: []}, 'garden.md')
    expect(evaluation.found.quotes).toEqual(['Compost is the real harvest', 'dig less, mulch more', 'Soil is a living thing.'])
    expect(evaluation.quoteRecall).toBe(1)
  })

  test('recall drops when a quote is only in the speaker notes', () => {
    const deck = shown.replace('- The club motto is ‘dig less, mulch more’ these days\n', '') + '\n<!--\n• garden.md:4 — The club motto is ‘dig less, mulch more’ these days.\n-->\n'
    const evaluation = evaluateDeck(notes, {markdown: deck, slides: []}, 'garden.md')
    expect(evaluation.quoteRecall).toBe(2 / 3)
    expect(evaluation.missing.quotes).toEqual(['dig less, mulch more'])
  })
})

describe('evaluateDeck: figures', () => {
  test('percentages, money and counts with a unit or a plural noun', () => {
    const notes = [
      'Turnout rose 12% and then 5 percent more; the budget is $4.2M, or 3.9 million euros.',
      'It took 3 hours on 2 servers, 10x faster, and 300+ volunteers helped 2,500 people.',
      'At the 35 km mark the files were 20 GB.'
    ].join('\n')
    expect(found(notes).figures).toEqual([
      '12%',
      '5 percent',
      '$4.2M',
      '3.9 million euros',
      '3 hours',
      '2 servers',
      '10x',
      '300+ volunteers',
      '2,500 people',
      '35 km',
      '20 GB'
    ])
  })

  test('not years, versions, bare numbers, times, or numbers in URLs and code', () => {
    const notes = [
      'In 2024 users came back; the 2019 speakers too. We moved to v2.0 and Python 3.12, then version 2.0 releases.',
      'Room 12 was full, bus 7 was late, the market opens at 10:30 and 3 is a crowd.',
      'See https://example.org/40-servers/12% for 1.2.3 builds.',
      '',
      '```',
      'scale to 12 servers',
      '```'
    ].join('\n')
    expect(found(notes).figures).toEqual([])
  })

  const notes = '## Week\n\nThe bakery served 40 customers and sold 120 loaves. Flour costs rose 12% in March.\n'

  test('figures shown anywhere count, bold on a numbers slide too', () => {
    const deck = marp('## Week\n\n- The bakery served 40 customers and sold 120 loaves', '<!--\n_class: numbers\n-->\n\n## By the numbers\n\n- Flour costs rose **12%** in March')
    const evaluation = evaluateDeck(notes, {markdown: deck, slides: []}, 'bakery.md')
    expect(evaluation.found.figures).toEqual(['40 customers', '120 loaves', '12%'])
    expect(evaluation.figureRecall).toBe(1)
  })

  test('recall drops when a figure is only in the speaker notes', () => {
    const deck = marp('## Week\n\n- The bakery served 40 customers and sold 120 loaves\n\n<!--\n• bakery.md:3 — Flour costs rose 12% in March.\n-->')
    const evaluation = evaluateDeck(notes, {markdown: deck, slides: []}, 'bakery.md')
    expect(evaluation.figureRecall).toBe(2 / 3)
    expect(evaluation.missing.figures).toEqual(['12%'])
  })
})

describe('evaluateDeck: links', () => {
  const notes = [
    '## Reading',
    '',
    'Read [the rye recipe](https://example.org/rye "Rye") and the [flour guide][flour].',
    'Both <https://example.org/spelt> and https://example.org/oat work, see www.example.org/barley.',
    'Again [rye](https://example.org/rye/), and a picture: ![oven](https://example.org/oven.png).',
    '',
    '```',
    'curl https://example.org/in-code',
    '```',
    '',
    '[flour]: https://example.org/flour'
  ].join('\n')

  test('inline, reference-style, autolinked and bare URLs, each once; not images or code', () => {
    expect(found(notes).links).toEqual([
      'https://example.org/rye',
      'https://example.org/spelt',
      'https://example.org/oat',
      'www.example.org/barley',
      'https://example.org/flour'
    ])
  })

  test('every URL is the target of a link on a slide', () => {
    const deck = buildDeck(notes, {file: 'reading.md'})
    expect(evaluateDeck(notes, deck, 'reading.md').linkRecall).toBe(1)
  })

  test('recall drops when no slide links to a URL', () => {
    const deck = without(buildDeck(notes, {file: 'reading.md'}), (line) => line.includes('example.org/oat'))
    const evaluation = evaluateDeck(notes, deck, 'reading.md')
    expect(evaluation.linkRecall).toBe(4 / 5)
    expect(evaluation.missing.links).toEqual(['https://example.org/oat'])
  })

  test('a bare URL on a slide is a link (Marp links it); one in the speaker notes is not', () => {
    const text = 'See https://example.org/oat now.'
    const slide = '---\nmarp: true\n---\n\n## Oats\n\n- See https://example.org/oat/ now\n'
    const notes = '---\nmarp: true\n---\n\n## Oats\n\n- See the oats\n\n<!--\n• oats.txt:1 — See https://example.org/oat now.\n-->\n'
    expect(evaluateDeck(text, {markdown: slide, slides: []}, 'oats.txt').linkRecall).toBe(1)
    expect(evaluateDeck(text, {markdown: notes, slides: []}, 'oats.txt').linkRecall).toBe(0)
  })
})

describe('evaluateDeck: bullets', () => {
  const notes = '## Ovens\n\n- Fix oven two today\n- Buy a fan\n\n## Flour\n\n- The mill delivers rye on Mondays\n'
  const deck = buildDeck(notes, {file: 'bakery.md'})
  const shownBullets = () => deck.slides.flatMap((slide) => (slide.type === 'content' ? slide.bullets : []))

  test('sources, bullets per slide and words per bullet', () => {
    const evaluation = evaluateDeck(notes, deck, 'bakery.md')
    const content = deck.slides.filter((slide) => slide.type === 'content')
    const shown = shownBullets()
    expect(evaluation.sourcedBullets).toBe(1)
    expect(evaluation.bulletsPerSlide).toBe(shown.length / content.length)
    expect(evaluation.wordsPerBullet.mean).toBeCloseTo(shown.reduce((sum, bullet) => sum + bullet.text.split(' ').length, 0) / shown.length)
    expect(evaluation.wordsPerBullet.max).toBe(6)
  })

  test('a bullet without a source line is not sourced', () => {
    const unsourced = {
      ...deck,
      slides: deck.slides.map((slide) =>
        slide.type === 'content' ? {...slide, bullets: slide.bullets.map((bullet) => (bullet.origin.line === 8 ? {...bullet, origin: {...bullet.origin, line: 0}} : bullet))} : slide
      )
    }
    expect(shownBullets()).toContainEqual(expect.objectContaining({origin: expect.objectContaining({line: 8})}))
    expect(evaluateDeck(notes, unsourced, 'bakery.md').sourcedBullets).toBe(1 - 1 / shownBullets().length)
  })

  test('a bullet whose speaker notes lack its file:line is not sourced', () => {
    const evaluation = evaluateDeck(notes, without(deck, (line) => line.startsWith('• bakery.md:3 ')), 'bakery.md')
    expect(evaluation.sourcedBullets).toBe(1 - 1 / shownBullets().length)
  })

  test('"…" is not a word', () => {
    const words = Array.from({length: 40}, (_, index) => `word${index}`)
    const long = `## Long\n\n${words.slice(0, 10).join(' ')}, ${words.slice(10).join(' ')}.\n`
    const built = buildDeck(long, {file: 'long.md', maxWords: 10})
    expect(built.markdown).toContain('- word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 …')
    expect(evaluateDeck(long, built, 'long.md').wordsPerBullet).toEqual({mean: 10, max: 10})
  })

  test('words on the slides, but for titles, against the words of the notes, code included', () => {
    const notes = '# Bakery\n\n## Ovens\n\nOven two is broken since Monday.\n\n```sh\nfix oven\n```\n'
    const deck = marp('## Ovens\n\n- Oven two is broken\n\n```sh\nfix oven\n```\n\n<!--\n• bakery.md:5 — Oven two is broken since Monday.\n-->')
    expect(evaluateDeck(notes, {markdown: deck, slides: []}, 'bakery.md').words).toEqual({slides: 6, notes: 10})
  })

  test('is pure: the same figures every time, and the deck unchanged', () => {
    const copy = structuredClone(deck)
    const first = evaluateDeck(notes, deck, 'bakery.md')
    expect(evaluateDeck(notes, deck, 'bakery.md')).toEqual(first)
    expect(deck).toEqual(copy)
  })
})

describe('evaluateDeck: the sample notes', () => {
  const samples = readdirSync('sources')
    .sort()
    .map((name) => ({file: `sources/${name}`, text: readFileSync(`sources/${name}`, 'utf8')}))

  test('there are samples', () => {
    expect(samples.map((sample) => sample.file)).toEqual(['sources/kubecon-2024-keynote-liveblog.txt', 'sources/kubecon-2024-keynote-notes.md'])
  })

  test.each(samples)('$file sources every bullet, and its deck is far shorter than its notes', ({file, text}) => {
    const evaluation = evaluateDeck(text, buildDeck(text, {file}), file)
    expect(evaluation.sourcedBullets).toBe(1)
    expect(evaluation.words.slides).toBeLessThan(evaluation.words.notes / 2)
  })

  test('the Markdown notes keep all their links and the 60% figure', () => {
    const {file, text} = samples.find((sample) => sample.file.endsWith('.md'))!
    const evaluation = evaluateDeck(text, buildDeck(text, {file}), file)
    expect(evaluation.linkRecall).toBe(1)
    expect(evaluation.found.figures).toContain('60%')
    expect(evaluation.missing.figures).not.toContain('60%')
  })

  test('the Markdown notes keep every heading', () => {
    const {file, text} = samples.find((sample) => sample.file.endsWith('.md'))!
    const evaluation = evaluateDeck(text, buildDeck(text, {file}), file)
    expect(evaluation.found.headings).toHaveLength(7)
    expect(evaluation.headingRecall).toBe(1)
  })

  test('the detectors find what the samples hold', () => {
    const [liveBlog, notes] = samples.map(({file, text}) => evaluateDeck(text, buildDeck(text, {file}), file).found)
    expect(liveBlog!.quotes).toEqual(['live report', 'news broadcasters', 'Topology aware placement', 'open source washing'])
    expect(liveBlog!.figures).toEqual([])
    expect(notes!.figures).toEqual(['10 years', '60%', '15 years', '3 workloads'])
    expect(notes!.links).toHaveLength(6)
  })
})
