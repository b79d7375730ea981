import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {ExitCode} from '../../src/errors.js'
import {buildDeck} from '../../src/pipeline/build-deck.js'
import {deletionOnly, verifyDeck} from '../../src/pipeline/verify-deck.js'
import type {Bullet, ContentSlide, Deck, DeckMeta, NumbersSlide, Origin, Person, QuoteSlide, SectionSlide, Slide, SummarySlide} from '../../src/types.js'
import {notes as anyNotes} from '../generate-notes.js'
import {deckError} from '../helpers.js'

// Hand-made decks, as the earlier stages might compose them when they go
// wrong: the verify stage is the safety net.
const origin = (line: number, text: string): Origin => ({line, text})
const bullet = (text: string, from: Origin, extra?: Partial<Bullet>): Bullet => ({text, depth: 0, origin: from, score: 1, ...extra})
const content = (bullets: Bullet[], notes: Origin[] = bullets.map((item) => item.origin)): ContentSlide => ({
  type: 'content',
  title: 'Bakery',
  section: 'L3',
  continued: false,
  bullets,
  links: [],
  notes
})
const deckOf = (slides: Slide[], meta: DeckMeta = {}): Deck => ({meta: {...meta, title: 'Bakery day'}, slides})
const shown = (deck: Deck): string[] => deck.slides.flatMap((slide) => (slide.type === 'content' || slide.type === 'summary' ? slide.bullets.map((item) => item.text) : []))

describe('verifyDeck: bullets are the words of their source, in order, with only deletions', () => {
  const sentence = origin(3, 'The bakers, he says, opened a second shop on Mill Road in May, and sales doubled.')

  test.each([
    ['the sentence itself', 'The bakers, he says, opened a second shop on Mill Road in May, and sales doubled.'],
    ['a filler left out', 'The bakers opened a second shop on Mill Road in May, and sales doubled.'],
    ['a cut marked with "…"', 'The bakers opened a second shop … sales doubled.'],
    ['the end cut, marked', 'The bakers opened a second shop on Mill …']
  ])('keeps %s', (_, text) => {
    const {deck, findings} = verifyDeck(deckOf([content([bullet(text, sentence)])]), 'x')
    expect(findings).toEqual([])
    expect(shown(deck)).toEqual([text])
  })

  test.each([
    ['a word the notes do not have', 'The bakers opened a third shop on Mill Road in May.'],
    ['words out of order', 'Sales doubled, and the bakers opened a second shop.'],
    ['many words left out with no "…"', 'The bakers doubled.']
  ])('takes off %s; its source stays in the speaker notes', (_, text) => {
    const slide = content([bullet(text, sentence), bullet('Rye sells best.', origin(4, 'Rye sells best.'))])
    const {deck, findings} = verifyDeck(deckOf([slide]), 'x', {file: 'day.md'})
    expect(findings).toEqual([expect.objectContaining({check: 'words', line: 3, text})])
    expect(shown(deck)).toEqual(['Rye sells best.'])
    const after = deck.slides[0] as ContentSlide
    expect(after.notes).toContainEqual(sentence)
  })

  test('deletionOnly reads a word cut by "…" as part of its source word', () => {
    expect(deletionOnly('Volunteers sorted the rub…', 'Volunteers sorted the rubbish by hand.', 3)).toBe(true)
    expect(deletionOnly('Volunteers sorted the rob…', 'Volunteers sorted the rubbish by hand.', 3)).toBe(false)
  })

  test('a takeaway is checked the same way', () => {
    const summary: SummarySlide = {type: 'summary', list: 'brief', title: 'In brief', bullets: [bullet('Sales tripled.', origin(3, 'Sales doubled.'))]}
    const {deck, findings} = verifyDeck(deckOf([summary]), 'x')
    expect(findings.map((finding) => finding.check)).toEqual(['words'])
    expect(deck.slides).toEqual([])
  })
})

describe('verifyDeck: cuts that keep meaning', () => {
  test('a sub-bullet cut from the sentence above it is taken off, with its sentence', () => {
    const intro = origin(5, 'The host brings on the founder of Acme, Ana Ruiz, lead at Initech, Ben Ortiz.')
    const slide = content([bullet('The host brings on the founder of Acme', intro), bullet('Ana Ruiz, lead at Initech, Ben Ortiz.', intro, {depth: 1})])
    const {deck, findings} = verifyDeck(deckOf([slide]), 'x')
    expect(findings).toEqual([expect.objectContaining({check: 'nest', line: 5})])
    expect(shown(deck)).toEqual([])
  })

  test('a sub-bullet the notes nest stays', () => {
    const slide = content([bullet('Breads', origin(3, 'Breads')), bullet('Rye with seeds', origin(4, 'Rye with seeds'), {depth: 1})])
    expect(verifyDeck(deckOf([slide]), 'x').findings).toEqual([])
  })

  test('a sentence leaning on the one before it goes when that one is not on the slide', () => {
    const before = origin(7, 'Acme built a new oven line.')
    const leaning = bullet('They sold 40 of them in May.', origin(7, 'They sold 40 of them in May.'), {leansOn: before})
    expect(verifyDeck(deckOf([content([leaning])]), 'x').findings).toEqual([expect.objectContaining({check: 'leaning', line: 7})])
    expect(verifyDeck(deckOf([content([bullet(before.text, before), leaning])]), 'x').findings).toEqual([])
  })
})

describe('verifyDeck: Markdown and entities are never shown as text', () => {
  test.each(['Tom &amp; Jerry bake rye.', 'The **new** oven works.', '\\## Oven notes', '## Oven notes'])('%s', (text) => {
    const {findings} = verifyDeck(deckOf([content([bullet(text, origin(2, text))])]), 'x')
    expect(findings.map((finding) => finding.check)).toEqual(['markup'])
  })
})

describe('verifyDeck: names, roles and who said what', () => {
  const people = (list: Person[]): SectionSlide => ({type: 'section', title: 'Demo day', section: 'L1', people: list, more: 0})
  const notes = '- Intro by Ana\n- Ben Ortiz from Acme demo\n- Cleo Park, head baker at Crumbs, and Dan Wu\n'

  test('a name the notes do not write on one line is taken off', () => {
    const {deck, findings} = verifyDeck(deckOf([people([{name: 'Ana Ben Ortiz'}, {name: 'Ben Ortiz', organisation: 'Acme'}])]), notes)
    expect(findings).toEqual([expect.objectContaining({check: 'name', text: 'Ana Ben Ortiz'})])
    expect((deck.slides[0] as SectionSlide).people).toEqual([{name: 'Ben Ortiz', organisation: 'Acme'}])
  })

  test('a role not written beside its person is taken off; the person stays', () => {
    const {deck, findings} = verifyDeck(deckOf([people([{name: 'Dan Wu', role: 'head baker', organisation: 'Crumbs'}, {name: 'Cleo Park', role: 'head baker', organisation: 'Crumbs'}])]), notes)
    expect(findings.map((finding) => [finding.check, finding.text])).toEqual([
      ['role', 'Dan Wu — head baker'],
      ['role', 'Dan Wu — Crumbs']
    ])
    expect((deck.slides[0] as SectionSlide).people).toEqual([{name: 'Dan Wu'}, {name: 'Cleo Park', role: 'head baker', organisation: 'Crumbs'}])
  })

  test('people listed together share their organisation', () => {
    const {findings} = verifyDeck(deckOf([people([{name: 'Eve Lam', organisation: 'Acme'}, {name: 'Finn Roe', organisation: 'Acme'}])]), 'Eve Lam and Finn Roe from Acme open the day.\n')
    expect(findings).toEqual([])
  })

  test('a quote credited to a name the notes do not write so loses the credit, not the quote', () => {
    const said = origin(2, '“Bake less, sell more,” Ana says.')
    const quote: QuoteSlide = {type: 'quote', title: 'Demo day', section: 'L1', quote: {text: 'Bake less, sell more', attribution: 'Ana Ben', origin: said}}
    const {deck, findings} = verifyDeck(deckOf([quote]), `${notes}${said.text}\n`)
    expect(findings.map((finding) => finding.check)).toEqual(['name'])
    expect((deck.slides[0] as QuoteSlide).quote).toEqual({text: 'Bake less, sell more', origin: said})
  })
})

describe('verifyDeck: the title slide date and event', () => {
  const title = (meta: DeckMeta): Slide => ({type: 'title', title: 'Bakery day', meta})

  test('from the front matter, the first lines or a dated line: kept', () => {
    const notes = '---\ntitle: Bakery day\nevent: BakeCon 2019\n---\n\n# Bakery day\n\nSome notes.\n\nMore notes.\n\nEven more.\n\nAnd more.\n\nDate: 2019-04-02\n'
    const {findings} = verifyDeck(deckOf([title({event: 'BakeCon 2019', date: '2019-04-02'})], {event: 'BakeCon 2019', date: '2019-04-02'}), notes)
    expect(findings).toEqual([])
  })

  test('from a citation or a company fact in the body: taken off', () => {
    const lines = ['# Bakery day', '', 'Welcome.', '', 'Coffee first.', '', 'Then rye.', '', 'Then spelt.', '', 'Then wheat.', '']
    const notes = [...lines, 'Sourdough rises slower (Smith 2013) than yeast dough.', 'Acme Founded 2009 and sold its first oven on March 3, 2011 to a school.'].join('\n')
    const meta = {event: 'Smith 2013', date: '2011-03-03'}
    const {deck, findings} = verifyDeck(deckOf([title(meta)], meta), notes)
    expect(findings.map((finding) => [finding.check, finding.text])).toEqual([
      ['meta', '2011-03-03'],
      ['meta', 'Smith 2013']
    ])
    expect(deck.meta).toEqual({title: 'Bakery day'})
    expect((deck.slides[0] as {meta: DeckMeta}).meta).toEqual({})
  })
})

describe('verifyDeck: bold figures', () => {
  const numbers = (context: string, value: string): NumbersSlide => ({
    type: 'numbers',
    title: 'By the numbers',
    continued: false,
    figures: [{value, context, origin: origin(4, `${context}.`)}]
  })

  test.each([
    ['At 10:21 people started to leave', '21 people'],
    ['COVID-19 cases rose all winter', '19 cases']
  ])('%s: “%s” is part of something else, taken off', (context, value) => {
    const {deck, findings} = verifyDeck(deckOf([numbers(context, value)]), 'x')
    expect(findings.map((finding) => finding.check)).toEqual(['figure'])
    expect(deck.slides).toEqual([])
  })

  test('a figure standing on its own stays', () => {
    expect(verifyDeck(deckOf([numbers('Sales rose 20% in May', '20%')]), 'x').findings).toEqual([])
  })
})

describe('verifyDeck: --strict', () => {
  test('fails on the first finding with the file, the line and exit code 4', () => {
    const error = deckError(() => verifyDeck(deckOf([content([bullet('Sales tripled.', origin(9, 'Sales doubled.'))])]), 'x', {file: 'day.md', strict: true}))
    expect(error.code).toBe(ExitCode.Unsupported)
    expect(error.code).toBe(4)
    expect(error.message).toMatch(/^day\.md:9: not the words of its source in order: “Sales tripled\.” \(--strict\)$/)
  })

  test('a strict build of faithful notes passes', () => {
    expect(() => buildDeck('# Bakery\n\n## Ovens\n\nThe old ovens still work.\n', {file: 'b.md', strict: true})).not.toThrow()
  })
})

describe('verifyDeck on the decks debrief builds', () => {
  // The earlier stages are made to be right; verify is the safety net, so
  // on any notes it finds nothing.
  test('finds nothing, for any notes', () => {
    fc.assert(
      fc.property(anyNotes, (text) => {
        const deck = buildDeck(text, {file: 'any.md'})
        expect(deck.report.verified).toEqual([])
      }),
      {numRuns: 25}
    )
  })

  test.each(['sources/kubecon-2024-keynote-notes.md', 'sources/kubecon-2024-keynote-liveblog.txt'])('finds nothing in the deck of %s', async (file) => {
    const {readFile} = await import('node:fs/promises')
    const deck = buildDeck(await readFile(file, 'utf8'), {file})
    expect(deck.report.verified).toEqual([])
  })
})
