import {describe, expect, test} from 'vitest'
import {parseNotes} from '../../src/parse-notes.js'
import {condense, selectPoints} from '../../src/select-points/index.js'
import {splitSections} from '../../src/split-sections.js'
import type {Outline, Selection} from '../../src/types.js'

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
      ['call the repair shop', 1, 5],
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

  test('a long sentence is condensed into a bullet and a sub-bullet with the same origin', () => {
    const selection = only('## Ovens\n\nThe old ovens still work well, but the new ones bake twice as fast.\n', {maxWords: 8})
    expect(bulletLines(selection)).toEqual([
      ['The old ovens still work well', 0, 3],
      ['but the new ones bake twice as fast.', 1, 3]
    ])
    expect(selection.bullets[0]!.origin).toBe(selection.bullets[1]!.origin)
  })

  test('scores are higher for sentences with figures', () => {
    const selection = only('## Sales\n\nSales rose. We sold 40 loaves.\n')
    const [plainSentence, figure] = selection.bullets
    expect(figure!.score).toBeGreaterThan(plainSentence!.score)
  })
})

describe('selectPoints: maxPoints', () => {
  const notes = '## Sales\n\nSales rose. We sold 40 loaves. Rain fell. Costs were 12 euros.\n'

  test('keeps the best sentences in source order and drops the rest to `dropped`', () => {
    const selection = only(notes, {maxPoints: 2})
    expect(selection.bullets.map((bullet) => bullet.text)).toEqual(['We sold 40 loaves.', 'Costs were 12 euros.'])
    expect(selection.dropped).toEqual([
      {line: 3, text: 'Sales rose.'},
      {line: 3, text: 'Rain fell.'}
    ])
  })

  test('ties are broken by source order', () => {
    const selection = only(notes, {maxPoints: 3})
    expect(selection.bullets.map((bullet) => bullet.text)).toEqual(['Sales rose.', 'We sold 40 loaves.', 'Costs were 12 euros.'])
    expect(selection.dropped.map((origin) => origin.text)).toEqual(['Rain fell.'])
  })

  test('nothing is dropped under the default limit', () => {
    expect(only(notes).dropped).toEqual([])
  })

  test('list items are always kept, even beyond maxPoints', () => {
    const selection = only('## Plan\n\nWe talked for an hour. Nobody agreed.\n\n- buy flour\n- fix oven\n- hire baker\n', {maxPoints: 1})
    expect(selection.bullets.map((bullet) => bullet.text)).toEqual(['buy flour', 'fix oven', 'hire baker'])
    expect(selection.dropped.map((origin) => origin.text)).toEqual(['We talked for an hour.', 'Nobody agreed.'])
  })

  test('is deterministic and does not change its input', () => {
    const outline = markdownOutline(`# Sync\n\n## Sales\n\n${notes}\n\n## Plan\n\n- buy flour\n\n> Bread waits for no one.`)
    const before = structuredClone(outline)
    const first = selectPoints(outline, {maxPoints: 2})
    const second = selectPoints(outline, {maxPoints: 2})
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

  test('quoted phrases in curly, straight, single and guillemet quotes are quotes', () => {
    const selection = only(
      [
        '## Quotes',
        '',
        '“Bread is a daily thing,” said Ana.',
        'Sam said "we need more rye flour" twice.',
        "Lee called it 'the fresh bread rule' today.",
        'Old motto: ‘knead it like you mean it’ indeed.',
        'The French team said « le pain est bon » proudly.'
      ].join('\n')
    )
    expect(selection.quotes.map((quote) => quote.text).sort()).toEqual(
      ['Bread is a daily thing', 'knead it like you mean it', 'le pain est bon', 'the fresh bread rule', 'we need more rye flour'].sort()
    )
    const sam = selection.quotes.find((quote) => quote.text === 'we need more rye flour')
    expect(sam!.origin).toEqual({line: 4, text: 'Sam said "we need more rye flour" twice.'})
  })

  test('apostrophes are not quotes', () => {
    const selection = only("## Chat\n\nIt’s the baker’s oven and it's Sam's job. The bakers' union isn't happy, it's said.\n")
    expect(selection.quotes).toEqual([])
  })

  test('short quoted phrases are not quotes unless minQuoteWords allows them', () => {
    const notes = '## Chat\n\nAna said “yes please” and left.\n'
    expect(only(notes).quotes).toEqual([])
    expect(only(notes, {minQuoteWords: 2}).quotes.map((quote) => quote.text)).toEqual(['yes please'])
  })

  test('the same quoted phrase is kept once, block quotes first', () => {
    const selection = only('## Chat\n\n"Rise and shine, dough" said Ana. Later: "rise and shine, dough".\n\n> Bake it well.\n')
    expect(selection.quotes.map((quote) => quote.text)).toEqual(['Bake it well.', 'Rise and shine, dough'])
  })
})

describe('condense', () => {
  test('keeps a short sentence whole', () => {
    expect(condense('Oven two is broken.', 20)).toEqual(['Oven two is broken.'])
  })

  test('keeps a sentence up to a quarter over maxWords whole', () => {
    const ten = 'one two three four five, six seven eight nine ten'
    expect(condense(ten, 8)).toEqual([ten])
    expect(condense(`${ten} eleven`, 8)).toHaveLength(2)
  })

  test('splits a long sentence at a clause boundary and drops the comma', () => {
    expect(condense('The old ovens still work well, but the new ones bake twice as fast.', 8)).toEqual([
      'The old ovens still work well',
      'but the new ones bake twice as fast.'
    ])
  })

  test('splits at semicolons and colons', () => {
    expect(condense('We checked every single oven in the shop; two of them need new fans soon.', 8)).toEqual([
      'We checked every single oven in the shop',
      'two of them need new fans soon.'
    ])
  })

  test('does not split inside parentheses', () => {
    const text = 'Sam said the flours (rye, spelt and the new wheat blend) all rose well, so we keep them.'
    expect(condense(text, 12)).toEqual(['Sam said the flours (rye, spelt and the new wheat blend) all rose well', 'so we keep them.'])
  })

  test('without a clause boundary, cuts at a word boundary with an ellipsis', () => {
    const words = Array.from({length: 30}, (_, index) => `word${index}`)
    expect(condense(words.join(' '), 10)).toEqual([`${words.slice(0, 10).join(' ')} …`])
  })

  test('never cuts inside a word', () => {
    const text =
      'Our extraordinarily knowledgeable pastry chef demonstrated laminated croissant dough techniques using cultured butter, ' +
      'explaining temperature management, folding sequences and proofing schedules carefully throughout the afternoon workshop session yesterday.'
    const source = new Set(text.split(' ').map((word) => word.replace(/[,;:]$/, '')))
    const parts = condense(text, 8)
    expect(parts.length).toBeGreaterThan(0)
    for (const part of parts) {
      for (const word of part.split(' ')) {
        if (word !== '…') expect(source, word).toContain(word.replace(/[,;:]$/, ''))
      }
    }
  })
})
