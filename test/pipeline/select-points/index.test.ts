import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {buildDeck} from '../../../src/pipeline/build-deck.js'
import {parseNotes} from '../../../src/pipeline/parse-notes.js'
import {selectPoints} from '../../../src/pipeline/select-points/index.js'
import {splitSections} from '../../../src/pipeline/split-sections.js'
import type {Outline, Selection} from '../../../src/types.js'

const markdownOutline = (text: string): Outline => splitSections(parseNotes({kind: 'markdown', text}))
const plainOutline = (text: string): Outline => splitSections(parseNotes({kind: 'plain', text}))

/** The selection of the only section of some Markdown notes. */
function only(text: string, options?: Parameters<typeof selectPoints>[1]): Selection {
  const selections = selectPoints(markdownOutline(text), options)
  expect(selections).toHaveLength(1)
  return selections[0]!
}

const bulletLines = (selection: Selection) => selection.bullets.map((bullet) => [bullet.text, bullet.depth, bullet.origin.line])

describe('selectPoints: bullets', () => {
  test('one selection per section, pointing at its section', () => {
    const outline = markdownOutline('# Sync\n\n## Ovens\n\nOven two is broken.\n\n## Flour\n\nThe mill is late.')
    const selections = selectPoints(outline)
    expect(selections.map((selection) => selection.section)).toEqual(outline.sections)
    expect(selections.map((selection) => selection.bullets.map((bullet) => bullet.text))).toEqual([['Oven two is broken.'], ['The mill is late.']])
  })

  test('list items are kept, nested items one level deeper', () => {
    const selection = only('## Tasks\n\n- Order rye flour\n- Fix oven two\n  - call the repair shop\n- Update prices\n')
    expect(bulletLines(selection)).toEqual([
      ['Order rye flour', 0, 3],
      ['Fix oven two', 0, 4],
      // A bullet starts with a capital, like a sentence.
      ['Call the repair shop', 1, 5],
      ['Update prices', 0, 6]
    ])
  })

  test('table rows become bullets, without the header row', () => {
    const selection = only('## Prices\n\n| Bread | Price |\n| --- | --- |\n| Rye | 4 € |\n| Spelt | 5 € |\n')
    expect(bulletLines(selection)).toEqual([
      ['Rye · 4 €', 0, 5],
      ['Spelt · 5 €', 0, 6]
    ])
  })

  test('sentences of a multi-line paragraph carry the line they start on', () => {
    const selection = only('## Ovens\n\nOven two is broken. The fan\nneeds a new part. Sam will call\nthe repair shop today.\n')
    expect(bulletLines(selection)).toEqual([
      ['Oven two is broken.', 0, 3],
      ['The fan needs a new part.', 0, 3],
      ['Sam will call the repair shop today.', 0, 4]
    ])
    expect(selection.bullets.map((bullet) => bullet.origin.text)).toEqual([
      'Oven two is broken.',
      'The fan needs a new part.',
      'Sam will call the repair shop today.'
    ])
  })

  test('sentences of plain text carry their line too', () => {
    const [selection] = selectPoints(plainOutline('The board met at six.\n\nThe budget passed.\nBuses run on time\nsince March.'))
    expect(bulletLines(selection!)).toEqual([
      ['The board met at six.', 0, 1],
      ['The budget passed.', 0, 3],
      ['Buses run on time since March.', 0, 4]
    ])
  })

  test('a long sentence becomes one bullet, cut after a clause, with its whole sentence as origin', () => {
    const selection = only('## Ovens\n\nThe old ovens in the back room were all cleaned on Monday, after the spring fair closed its doors.\n', {maxWords: 12})
    expect(bulletLines(selection)).toEqual([['The old ovens in the back room were all cleaned on Monday …', 0, 3]])
    expect(selection.bullets[0]!.origin.text).toBe('The old ovens in the back room were all cleaned on Monday, after the spring fair closed its doors.')
  })

  test('scores are higher for sentences with figures', () => {
    const selection = only('## Week\n\nSales rose. We served 40 customers.\n')
    const [plainSentence, figure] = selection.bullets
    expect(figure!.score).toBeGreaterThan(plainSentence!.score)
  })
})

describe('selectPoints: every point is a candidate, ranked', () => {
  const notes = '## Week\n\nSales rose. We served 40 customers. Rain fell. Costs were 12 euros.\n'

  test('every sentence is a bullet with a score; the budget decides what the slides show', () => {
    const selection = only(notes)
    expect(selection.bullets.map((bullet) => bullet.text)).toEqual(['Sales rose.', 'We served 40 customers.', 'Rain fell.', 'Costs were 12 euros.'])
    expect(selection.dropped).toEqual([])
    for (const bullet of selection.bullets) expect(bullet.score).toEqual(expect.any(Number))
  })

  test("list items are ranked like sentences, not kept whatever they say", () => {
    const selection = only('## Plan\n\nThe new rye starter doubles the oven yield.\n\n- coffee is in the back room\n- fix oven two before the rye batch\n')
    const score = (text: string): number => selection.bullets.find((bullet) => bullet.origin.text === text)!.score
    expect(score('coffee is in the back room')).toBeLessThan(score('fix oven two before the rye batch'))
    expect(score('coffee is in the back room')).toBeLessThan(score('The new rye starter doubles the oven yield.'))
  })

  test.each([
    ['logistics', 'The weather is lovely and the coffee is hot in the foyer.'],
    ['logistics', 'People make their way in and the hall is filling up.'],
    ['greeting', 'Welcome to the spring bakers meeting, everyone.'],
    ['greeting', 'The crowd is thanked for joining.'],
    ['aside', 'The oven budget is fixed (?) for next year.'],
    ['aside', 'Then a third topic I missed entirely.'],
    ['aside', 'I took a pic of the price list.']
  ])('%s ranks low: %s', (cue, text) => {
    const selection = only(`## Meeting\n\nThe rye starter doubles the yield of oven two. ${text} The spelt order moves to Friday.\n`)
    const bullet = selection.bullets.find((entry) => entry.origin.text === text)!
    expect(bullet.cue).toBe(cue)
    for (const other of selection.bullets.filter((entry) => entry !== bullet)) expect(bullet.score).toBeLessThan(other.score)
  })

  test('a sentence too long to shorten safely is marked so, whole: it never goes on a slide', () => {
    const long = 'If the grant from the regional arts council for the new bakery school comes through in time for the spring term the library will stay open until nine every night of the week.'
    const [bullet] = only(`## Grants\n\n${long}\n`).bullets
    expect(bullet).toMatchObject({text: long, tooLong: true, origin: {line: 3, text: long}})
  })

  test('is deterministic and does not change its input', () => {
    const outline = markdownOutline(`# Sync\n\n## Sales\n\n${notes}\n\n## Plan\n\n- buy flour\n\n> Bread waits for no one.`)
    const before = structuredClone(outline)
    const first = selectPoints(outline)
    const second = selectPoints(outline)
    expect(second).toEqual(first)
    expect(outline).toEqual(before)
  })
})

describe('selectPoints: links', () => {
  const notes = [
    '## Reading',
    '',
    'Read [the rye recipe](https://example.org/rye) first.',
    'The [flour guide][flour] explains hydration.',
    'Both <https://example.org/spelt> and https://example.org/oat work.',
    'Again [rye](https://example.org/rye).',
    '',
    '[flour]: https://example.org/flour'
  ].join('\n')

  test('collects inline, reference-style and autolinks with their line, once per URL', () => {
    expect(only(notes).links).toEqual([
      {text: 'the rye recipe', url: 'https://example.org/rye', line: 3},
      {text: 'flour guide', url: 'https://example.org/flour', line: 4},
      {text: 'https://example.org/spelt', url: 'https://example.org/spelt', line: 5},
      {text: 'https://example.org/oat', url: 'https://example.org/oat', line: 5}
    ])
  })

  test('collects links inside list items and block quotes', () => {
    const selection = only('## Links\n\n- see [docs](https://example.org/docs)\n\n> as [Ana](https://example.org/ana) said\n')
    expect(selection.links.map((link) => link.url)).toEqual(['https://example.org/docs', 'https://example.org/ana'])
  })

  test('a link without text is named by its URL', () => {
    expect(only('## Links\n\nSee [](https://example.org/empty) here.').links).toEqual([
      {text: 'https://example.org/empty', url: 'https://example.org/empty', line: 3}
    ])
  })
})

describe('selectPoints: code and quotes', () => {
  test('code blocks are kept verbatim with language and line', () => {
    const selection = only('## Demo\n\nRun this.\n\n```python\nimport polars as pl\ndf = pl.read_csv("x.csv")\n```\n\n~~~\nplain block\n~~~\n')
    expect(selection.code).toEqual([
      {lang: 'python', value: 'import polars as pl\ndf = pl.read_csv("x.csv")', line: 5},
      {lang: undefined, value: 'plain block', line: 10}
    ])
    expect(selection.bullets.map((bullet) => bullet.text)).toEqual(['Run this.'])
  })

  test('block quotes are quotes, not bullets', () => {
    const selection = only('## Wisdom\n\nAna spoke.\n\n> Bread waits\n> for no one.\n')
    expect(selection.quotes).toEqual([{text: 'Bread waits for no one.', origin: {line: 5, text: 'Bread waits for no one.'}}])
    expect(selection.bullets.map((bullet) => bullet.text)).toEqual(['Ana spoke.'])
  })

  test('quotations in curly, straight, single and guillemet quotes are quotes', () => {
    const selection = only(
      [
        '## Quotes',
        '',
        '“Bread is a daily thing for us,” said Ana.',
        'Sam said "we need more rye flour today" twice.',
        "Lee called it 'the fresh bread rule of thumb' today.",
        'Old motto: ‘knead it like you mean it’ indeed.',
        'The French team said « le pain est très bon » proudly.'
      ].join('\n')
    )
    expect(selection.quotes.map((quote) => quote.text).sort()).toEqual(
      ['Bread is a daily thing for us', 'knead it like you mean it', 'le pain est très bon', 'the fresh bread rule of thumb', 'we need more rye flour today'].sort()
    )
    const sam = selection.quotes.find((quote) => quote.text === 'we need more rye flour today')
    expect(sam!.origin).toEqual({line: 4, text: 'Sam said "we need more rye flour today" twice.'})
  })

  test('apostrophes are not quotes', () => {
    const selection = only("## Chat\n\nIt’s the baker’s oven and it's Sam's job. The bakers' union isn't happy, it's said.\n")
    expect(selection.quotes).toEqual([])
  })

  test('a scare-quoted term is not a quote, even with a speaker', () => {
    expect(only('## Chat\n\nEveryone said “yes please” and left.\n').quotes).toEqual([])
    const selection = only('## Chat\n\nAna Lima, a baker from Porto, came in. Lima said “yes please” and left.\n')
    expect(selection.quotes).toEqual([])
  })

  test('the same quotation is kept once, block quotes first', () => {
    const selection = only('## Chat\n\n"Rise and shine, my dear dough" said Ana. Later: "rise and shine, my dear dough".\n\n> Bake it well.\n')
    expect(selection.quotes.map((quote) => quote.text)).toEqual(['Bake it well.', 'Rise and shine, my dear dough'])
  })
})

describe('selectPoints: every bullet traces to its source', () => {
  const synthetic = [
    {
      file: 'library-board.md',
      text: [
        '# Riverside Library Board',
        '',
        'Monthly meeting, 12 March.',
        '',
        '## Budget',
        '',
        'Dr. Amara Osei, Treasurer at Riverside Library, presented the accounts. The library lent 3,500 books in March, up 12% on last year.',
        'The roof repair will cost $42,000 and takes 6 weeks. Osei says the reserve covers it, but the board wants a second quote before the summer.',
        'They talk about how the reading room could open on Sundays if volunteers help out, which would need 4 more staff hours a week and a rota',
        'that the volunteer coordinator would have to draw up by the end of April.',
        '',
        '- Approve the roof repair',
        '  - after a second quote',
        '- [ ] ask two more roofers for quotes',
        '- TODO: publish the accounts on the *website*',
        '',
        '## Digital services',
        '',
        'The new catalogue runs on v2.0 of the software and loads in 2 seconds. It looks like e-book loans will overtake print next year.',
        '"People still want a quiet room," Osei said, "and we should keep one." See [the catalogue](https://catalogue.example.org/search) and',
        'https://example.org/library/ebooks for details.',
        '',
        '> A library is a growing organism.',
        '> — S. R. Ranganathan',
        '',
        'Action: Lena Park to draft the Sunday rota. Next step - survey readers in May.',
        '',
        '### Reading list',
        '',
        '1. *The Library Book* by Susan Orlean, recommended by [Lena Park][lena].',
        '2. A report on **rural libraries** from 2023.',
        '',
        '[lena]: https://example.org/staff/lena-park'
      ].join('\n')
    },
    {
      file: 'garden-club.txt',
      text: [
        'Hillside Garden Club, spring meeting',
        '',
        'The club met in the community hall on a wet Tuesday evening and twenty members came despite the rain.',
        '',
        'Marta Lindqvist, chair of the seed committee, opened with the seed swap results. Members swapped 640 packets of seed,',
        'and 85% of them were saved from last year’s crops. She called it "the best swap we have had since the hall reopened" and',
        'thanked the volunteers.',
        '',
        'Tomasz Wolny talked about the compost bays. The three bays now take 2 tonnes of green waste a year. The term ‘hot composting,’',
        'a method that kills weed seeds, came up twice. Compost is the real harvest, he says, and the bays need a new roof before winter.',
        '',
        'Questions followed. What about slugs? Nobody had a good answer, although Dr. Okafor suggested copper tape around the raised beds and beer traps near the lettuces, which drew a laugh and a long discussion about whether the traps actually work.'
      ].join('\n')
    },
    {
      file: 'marathon-liveblog.txt',
      text: [
        '14:05 — The winner crosses the line in 2 hours 8 minutes, a new course record! The crowd at the finish goes wild.',
        '',
        '13:40 — At the 35 km mark the leading group is down to three runners. It looks like the wind has dropped, which helps the leaders.',
        '',
        '13:10 — Halfway point: the leaders pass in 64 minutes. "We went out too fast," says the pacer, laughing.',
        '',
        '12:30 — The elite field sets off under grey skies. More than 9,000 runners are on the course today.'
      ].join('\n')
    },
    {
      file: 'council-transcript.txt',
      text: [
        'MAYOR: Good evening. We have 3 items tonight and the first is the bus depot.',
        'CLERK: The depot lease runs out in 2026, and the landlord wants a decision by June.',
        'RUIZ: The depot costs €180,000 a year. I propose we renegotiate before June and ask for a five-year term.',
        'MAYOR: Thank you, Councillor Ruiz. TODO: the clerk to circulate the lease before the next meeting.'
      ].join('\n')
    },
    {
      file: 'harbour-outline.txt',
      text: [
        'Harbour committee',
        '  Moorings',
        '    42 boats are on the waiting list, the longest list since 2019',
        '    fees go up 8% from April, he says, to pay for the new pontoon',
        '  Dredging',
        '    the channel silts up every winter',
        '    the quote from the dredging firm is £85,000 for the whole channel and the outer basin, spread over 3 years'
      ].join('\n')
    }
  ]
  const samples = readdirSync('sources')
    .sort()
    .map((name) => ({file: `sources/${name}`, text: readFileSync(`sources/${name}`, 'utf8')}))

  /** Bullet words for comparing: lower case, without punctuation around them. */
  const words = (text: string): string[] =>
    text
      .toLowerCase()
      .split(/\s+/)
      .map((word) => word.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
      .filter((word) => word && word !== '…')
  const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim()
  /** A line of notes as its text reads: no list, heading or quote marks, links as their text. */
  const plainLine = (line: string): string =>
    line
      .replace(/^\s*(?:>\s*)*(?:#{1,6}\s+|(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?)?/, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
      .replace(/<(https?:[^>]+)>/g, '$1')
      .replace(/\*\*|__|(?<![\p{L}\p{N}])[*_]|[*_](?![\p{L}\p{N}])|`/gu, '')

  describe.each([...synthetic, ...samples])('$file', ({file, text}) => {
    const deck = buildDeck(text, {file})
    const lines = text.split('\n').map(plainLine)
    const plainText = collapse(lines.join(' '))
    const bullets = deck.slides.flatMap((slide) => (slide.type === 'content' || slide.type === 'summary' ? slide.bullets : []))
    const figures = deck.slides.flatMap((slide) => (slide.type === 'numbers' ? slide.figures : []))

    test('the deck has bullets', () => {
      expect(bullets.length).toBeGreaterThan(0)
    })

    test('every word of a bullet is a word of its source sentence', () => {
      for (const bullet of bullets) {
        const source = new Set(words(bullet.origin.text))
        for (const word of words(bullet.text)) expect(source, `"${word}" of "${bullet.text}"`).toContain(word)
      }
    })

    test('every source sentence is in the notes', () => {
      for (const {origin} of [...bullets, ...figures]) expect(plainText, origin.text).toContain(collapse(origin.text))
    })

    test('every source line is where the sentence starts', () => {
      for (const {origin} of [...bullets, ...figures]) {
        const start = collapse(origin.text).split(' ').slice(0, 3).join(' ').toLowerCase()
        const line = lines[origin.line - 1]
        expect(line, `line ${origin.line} of ${file}`).toBeDefined()
        // The first three words start on that line, and may run on to the next.
        const from = collapse(`${line!} ${lines.slice(origin.line, origin.line + 2).join(' ')}`).toLowerCase()
        const at = from.indexOf(start)
        expect(at, `line ${origin.line} "${line}" starts "${start}"`).toBeGreaterThanOrEqual(0)
        expect(at, `line ${origin.line} "${line}" starts "${start}"`).toBeLessThan(collapse(line!).length)
      }
    })

    test('every figure has a context from its sentence', () => {
      for (const figure of figures) {
        expect(figure.origin.text).toContain(figure.context)
        expect(figure.context).toContain(figure.value)
      }
    })
  })
})

describe('selectPoints: a sentence that leans on the one before it', () => {
  const notes = '## Ovens\n\nAcme designed the ovens in a way that bakers already know. They built 40 ovens with 12 racks for bakers and cleaners. Rain fell.\n'

  test('names the sentence it leans on, so that it is shown after it or not at all', () => {
    const selection = only(notes)
    const [first, second, third] = selection.bullets
    expect(second!.text).toMatch(/^They built/)
    expect(second!.leansOn).toEqual({line: first!.origin.line, text: first!.origin.text})
    expect(first!.leansOn).toBeUndefined()
    expect(third!.leansOn).toBeUndefined()
  })
})

describe('selectPoints: Markdown kept as written', () => {
  test('code spans keep their backticks and text, struck-through text its tildes, task items their box', () => {
    const selection = only('## Tasks\n\n- [x] Run `a_b * c` ~~twice~~ once\n- [ ] Stray ** marks ** go\n- Plain item\n')
    expect(selection.bullets.map((bullet) => [bullet.text, bullet.checked])).toEqual([
      ['Run `a_b * c` ~~twice~~ once', true],
      ['Stray marks go', false],
      ['Plain item', undefined]
    ])
  })
})

describe('selectPoints: images', () => {
  test("an image's alt text is no bullet; a local image is kept for a slide, a remote one is a link with its alt text", () => {
    const selection = only('## Offsite\n\nWe planned the roadmap by the river.\n\n![The whiteboard after the session](photos/board.png)\n\n- Three themes: speed, docs, reliability ![chart](https://example.org/chart.png)\n')
    expect(selection.bullets.map((bullet) => bullet.text)).toEqual(['We planned the roadmap by the river.', 'Three themes: speed, docs, reliability'])
    expect(selection.images).toEqual([{alt: 'The whiteboard after the session', url: 'photos/board.png', line: 5}])
    expect(selection.links).toEqual([{text: 'Image: chart', url: 'https://example.org/chart.png', line: 7}])
  })
})
