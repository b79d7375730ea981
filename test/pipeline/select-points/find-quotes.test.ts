import {describe, expect, test} from 'vitest'
import {french} from '../../../src/lang/fr.js'
import type {Person} from '../../../src/text/find-people.js'
import {findQuotes, type QuoteContext} from '../../../src/pipeline/select-points/find-quotes.js'
import {parseNotes} from '../../../src/pipeline/parse-notes.js'
import {selectPoints} from '../../../src/pipeline/select-points/index.js'
import {splitSections} from '../../../src/pipeline/split-sections.js'
import type {Quote} from '../../../src/types.js'

const lindqvist: Person = {name: 'Marta Lindqvist', role: 'chair'}
const wolny: Person = {name: 'Tomasz Wolny'}
const mori: Person = {name: 'Aiko Mori'}
const people = [lindqvist, wolny, mori]

/** Quotes of a sentence, as `[text, attribution]`. */
function quotes(text: string, context: Partial<QuoteContext> = {}): Array<[string, string | undefined]> {
  const found = findQuotes({line: 4, text}, {before: [...(context.before ?? []), text], people: context.people ?? people, sectionPeople: context.sectionPeople ?? []})
  return found.map((quote) => [quote.text, quote.attribution])
}

describe('findQuotes: quotation marks', () => {
  test.each([
    ['straight', 'The sign by the gate said "please close the gate behind you" all summer.'],
    ['curly', 'The sign by the gate said “please close the gate behind you” all summer.'],
    ['single curly', 'The sign by the gate said ‘please close the gate behind you’ all summer.'],
    ['guillemets', 'The sign by the gate said « please close the gate behind you » all summer.'],
    ['guillemets without spaces', 'The sign by the gate said «please close the gate behind you» all summer.']
  ])('%s quotes', (_, text) => {
    expect(quotes(text)).toEqual([['please close the gate behind you', undefined]])
  })

  test('German marks „…“, and French reported speech', () => {
    expect(quotes('Auf dem Schild am Tor stand „bitte das Tor hinter sich schließen“ den ganzen Sommer.')).toEqual([['bitte das Tor hinter sich schließen', undefined]])
    const text = 'Elle ajoute « le levain garde le pain frais » en souriant.'
    const found = findQuotes({line: 2, text}, {before: ['Marta Lindqvist parle du levain.', text], people, sectionPeople: [], language: french})
    expect(found.map((quote) => [quote.text, quote.attribution])).toEqual([['le levain garde le pain frais', 'Marta Lindqvist']])
  })

  test('a quote keeps its origin', () => {
    const text = 'The sign said “please close the gate behind you” all summer.'
    const [quote] = findQuotes({line: 7, text}, {before: [text], people: [], sectionPeople: []})
    expect(quote).toEqual<Quote>({text: 'please close the gate behind you', origin: {line: 7, text}})
  })

  test('punctuation at the end inside the marks belongs to the sentence', () => {
    expect(quotes('“Compost is the real harvest,” the poster said.')).toEqual([['Compost is the real harvest', undefined]])
    expect(quotes('He said "It works, it really works. Really." and left.')).toEqual([['It works, it really works. Really', undefined]])
  })

  test('several quotes in a sentence, each once', () => {
    expect(quotes('First “dig less and mulch more” and then “dig less and mulch more” again, then "water at dawn not dusk".')).toEqual([
      ['dig less and mulch more', undefined],
      ['water at dawn not dusk', undefined]
    ])
  })

  test('apostrophes are not quotes', () => {
    expect(quotes('It’s the farmers’ market and it’s Tom’s stall; the growers’ union isn’t happy.')).toEqual([])
    expect(quotes("It's the farmers' market and it's Tom's stall; the growers' union isn't happy.")).toEqual([])
  })

  test('a title-case name in quotes is not a quote', () => {
    expect(quotes('Next up is the curiously named ‘Green Acres Market Hour’ on the radio.')).toEqual([])
    expect(quotes('The sign said "Keep Off The Grass" all summer.')).toEqual([])
  })

  test('a quote of more than 60 words is not a key quote', () => {
    const long = Array.from({length: 61}, (_, index) => `word${index}`).join(' ')
    expect(quotes(`She read “${long}” aloud.`)).toEqual([])
  })

  // The closing ’ of a quotation is also the apostrophe of "don’t".
  test('a quote in single marks may contain an apostrophe', () => {
    expect(quotes('The motto was ‘don’t dig, just mulch the beds’ all year.')).toEqual([['don’t dig, just mulch the beds', undefined]])
  })
})

describe('findQuotes: a quotation, not a scare-quoted term', () => {
  test('a one-word scare quote is not a quote', () => {
    expect(quotes('The buzzword of the day was “regenerative” again.')).toEqual([])
    expect(quotes('Wolny said the beds will “fly” this year.')).toEqual([])
  })

  test.each([
    ['introduced as a term', 'They introduced the term “agrivoltaics” to the room.'],
    ['a phrase', 'Lindqvist brings up the phrase “seed bank washing,” which turns the talk to ownership.'],
    ['called', 'The club calls its seed bank the "library", called "the vault" by some.'],
    ['explained after a comma', 'Wolny explains ‘no-till,’ a technique that keeps the soil intact.'],
    ['explained with "which"', 'The talk was about “rewilding,” which means letting land go back to nature.']
  ])('a term the notes name or explain is not a quote (%s)', (_, text) => {
    expect(quotes(text)).toEqual([])
  })

  test('fewer than five words are a term, even with a speaker', () => {
    expect(quotes('Mori said "yes please" and left.')).toEqual([])
    expect(quotes('Mori called it ‘topology aware placement’ twice.')).toEqual([])
    expect(quotes('Mori said "yes please, bring the seeds" and left.')).toEqual([['yes please, bring the seeds', 'Aiko Mori']])
  })
})

describe('findQuotes: attribution', () => {
  test('by full name', () => {
    expect(quotes('Marta Lindqvist called it "the best swap in years" at the end.')).toEqual([['the best swap in years', 'Marta Lindqvist']])
  })

  test('by surname', () => {
    expect(quotes('Lindqvist said “compost is the real harvest” at the end.')).toEqual([['compost is the real harvest', 'Marta Lindqvist']])
  })

  test('the first person the sentence names', () => {
    expect(quotes('Wolny, not Mori, said “the bays need a roof first”.')).toEqual([['the bays need a roof first', 'Tomasz Wolny']])
  })

  test('"he says": the last person named before', () => {
    const before = ['Tomasz Wolny joined late.', 'Then Aiko Mori and Marta Lindqvist showed the seed bank.']
    expect(quotes('The vault, she says, is “where next year really begins.”', {before})).toEqual([['where next year really begins', 'Marta Lindqvist']])
    expect(quotes('He adds that “slugs really hate copper tape”.', {before: ['Wolny talked about slugs.', 'The hall laughed.']})).toEqual([
      ['slugs really hate copper tape', 'Tomasz Wolny']
    ])
  })

  test('"he says" with nobody named before: no attribution', () => {
    expect(quotes('He says “slugs really hate copper tape” every year.', {before: ['The hall laughed.']})).toEqual([['slugs really hate copper tape', undefined]])
  })

  test('"they talk about": the people of the section, when they are few', () => {
    expect(quotes('They talk about “soil as a living system” at length.', {sectionPeople: [mori, wolny]})).toEqual([
      ['soil as a living system', 'Aiko Mori & Tomasz Wolny']
    ])
    const crowd = [mori, wolny, lindqvist, {name: 'Ana Ruiz'}]
    expect(quotes('They talk about “soil as a living system” at length.', {sectionPeople: crowd})).toEqual([['soil as a living system', undefined]])
  })

  test('nobody named, nobody to refer to: no attribution', () => {
    expect(quotes('The poster said “compost is the real harvest” in big letters.', {people: []})).toEqual([['compost is the real harvest', undefined]])
  })
})

describe('selectPoints: quotes', () => {
  const select = (text: string) => selectPoints(splitSections(parseNotes({kind: 'markdown', text})))

  test('a block quote with a "— Name" last line is a quote by that person', () => {
    for (const credit of ['— Ana Lima', '-- Ana Lima', '– Ana Lima']) {
      const [selection] = select(`## Wisdom\n\nThe talk ended.\n\n> Bread waits\n> for no one.\n> ${credit}\n`)
      expect(selection!.quotes, credit).toEqual([
        {text: 'Bread waits for no one.', attribution: 'Ana Lima', origin: {line: 5, text: `Bread waits for no one. ${credit}`}}
      ])
    }
  })

  test('a block quote in quotation marks loses the marks', () => {
    const [selection] = select('## Wisdom\n\n> "Bread waits for no one."\n> — Ana Lima\n')
    expect(selection!.quotes.map((quote) => [quote.text, quote.attribution])).toEqual([['Bread waits for no one.', 'Ana Lima']])
  })

  test('a one-line block quote has no attribution', () => {
    const [selection] = select('## Wisdom\n\n> Bread waits for no one.\n')
    expect(selection!.quotes).toEqual([{text: 'Bread waits for no one.', origin: {line: 3, text: 'Bread waits for no one.'}}])
  })

  // The credit is a paragraph of its own inside the block quote; read as one
  // string it would be glued to the quote ("Bread waits for no one.— Ana Lima").
  test('a "— Name" line after a blank quoted line is the attribution', () => {
    const [selection] = select('## Wisdom\n\n> Bread waits for no one.\n>\n> — Ana Lima\n')
    expect(selection!.quotes.map((quote) => [quote.text, quote.attribution])).toEqual([['Bread waits for no one.', 'Ana Lima']])
  })

  test('a short quote carries the sentence it was said in; a long one does not', () => {
    const [selection] = select(
      '## Seeds\n\nMarta Lindqvist, chair of the seed committee, opened. Lindqvist said "the vault is full again" twice. ' +
        'Lindqvist added “we will need a second freezer before the autumn swap begins next year” too.\n'
    )
    const byText = Object.fromEntries(selection!.quotes.map((quote) => [quote.text, quote]))
    expect(byText['the vault is full again']).toMatchObject({attribution: 'Marta Lindqvist', context: 'Lindqvist said "the vault is full again" twice.'})
    expect(byText['we will need a second freezer before the autumn swap begins next year']).not.toHaveProperty('context')
  })

  test('a short quote that is its whole sentence is not shown again as its context', () => {
    const [selection] = select('## Seeds\n\nThe swap went well this year.\n\n"Worth the wait, I must say."\n')
    const [quote] = selection!.quotes
    expect(quote!.text).toBe('Worth the wait, I must say')
    expect(quote).not.toHaveProperty('context')
  })

  test('"he says" reaches back to a person named in an earlier sentence of the section', () => {
    const [selection] = select('## Compost\n\nTomasz Wolny, a gardener from Hillside, showed the bays. “Compost is the real harvest,” he says.\n')
    expect(selection!.quotes.map((quote) => [quote.text, quote.attribution])).toEqual([['Compost is the real harvest', 'Tomasz Wolny']])
  })
})

describe('findQuotes: other marks and transcript turns', () => {
  test('German „…“ quotes are seen, and not mistaken for English ones', () => {
    expect(quotes('Sie sagte „der Hafen braucht neue Steine“ und ging. Dann „die Fähren sind zu spät“.', {people: []}).map(([text]) => text)).toEqual([
      'der Hafen braucht neue Steine',
      'die Fähren sind zu spät'
    ])
  })

  test('a quote in a labelled turn of a transcript gets that turn\'s speaker', () => {
    const tree = parseNotes({kind: 'transcript', text: 'AB: Welcome to the panel.\n\nCD: I always say "the quay is the heart of the harbour" to everyone.\n\nAB: Thanks.\n'})
    const [selection] = selectPoints(splitSections(tree, {kind: 'transcript'}))
    expect(selection!.quotes.map((quote) => [quote.text, quote.attribution])).toEqual([['the quay is the heart of the harbour', 'CD']])
  })
})

describe('findQuotes: who says a quote in a labelled turn', () => {
  const quotesOf = (text: string) => {
    const tree = parseNotes({kind: 'transcript', text})
    return selectPoints(splitSections(tree, {kind: 'transcript'})).flatMap((selection) => selection.quotes.map((quote) => [quote.text, quote.attribution]))
  }
  const host = 'AB: Welcome to the panel. Our guest is Tom Brenner from the ferry office.\n\n'

  test('the turn\'s speaker, even when the turn mentions someone else', () => {
    expect(quotesOf(`${host}CD: Last week I sat next to Tom Brenner and I said "the quay is the heart of the harbour" to him.\n\nAB: Thanks.\n`)).toEqual([
      ['the quay is the heart of the harbour', 'CD']
    ])
  })

  test('the person the turn reports saying it', () => {
    expect(quotesOf(`${host}CD: Tom Brenner told me "the ferries will run all winter long" last week.\n\nAB: Thanks.\n`)).toEqual([
      ['the ferries will run all winter long', 'Tom Brenner']
    ])
  })
})
