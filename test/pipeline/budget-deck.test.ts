import {describe, expect, test} from 'vitest'
import {budgetDeck} from '../../src/pipeline/budget-deck.js'
import {buildDeck as build, type BuildOptions} from '../../src/pipeline/build-deck.js'
import {parseNotes} from '../../src/pipeline/parse-notes.js'
import {selectPoints} from '../../src/pipeline/select-points/index.js'
import {splitSections} from '../../src/pipeline/split-sections.js'
import type {ContentSlide, Selection, Slide} from '../../src/types.js'

// Made-up words, each used once in the notes: no two sentences share a
// term, so no point is a near-duplicate of another unless a test makes it so.
const syllables = ['ka', 'lo', 'mi', 'ren', 'tu', 'vos', 'pel', 'dar', 'sin', 'bor', 'fe', 'gal', 'nor', 'quil', 'sa', 'te']
const word = (n: number): string => syllables[n % 16]! + syllables[Math.floor(n / 16) % 16]! + syllables[Math.floor(n / 256) % 16]!
let next = 0
/** A sentence of `count` words never used before, as a note-taker writes one. */
function sentence(count = 9): string {
  const words = Array.from({length: count}, () => word(next++))
  return `${words[0]![0]!.toUpperCase()}${words.join(' ').slice(1)}.`
}
/** A section of `sentences` sentences, one paragraph. */
const section = (title: string, sentences: number): string => `## ${title}\n\n${Array.from({length: sentences}, () => sentence()).join(' ')}\n`

// The made-up words are no language; the notes are read as English.
const buildDeck = (text: string, options?: BuildOptions) => build(text, {language: 'en', ...options})
const candidates = (text: string): Selection[] => selectPoints(splitSections(parseNotes({kind: 'markdown', text})))
const words = (text: string): number => text.split(/\s+/).filter(Boolean).length
const ofType = <T extends Slide['type']>(slides: readonly Slide[], type: T) => slides.filter((slide): slide is Extract<Slide, {type: T}> => slide.type === type)
const contentTitles = (slides: readonly Slide[]): string[] => ofType(slides, 'content').map((slide) => slide.title)

describe('budgetDeck: how long the deck is', () => {
  // Six sections of 16 sentences of 9 words: about 900 words.
  const notes = `# Harbour\n\n${['Moorings', 'Fees', 'Dredging', 'Cranes', 'Ferries', 'Fishing'].map((title) => section(title, 16)).join('\n')}`

  test('by default, one content slide per 150 words of notes, plus title, agenda and "In brief"', () => {
    const deck = buildDeck(notes, {file: 'harbour.md'})
    const content = ofType(deck.slides, 'content').length
    expect(content).toBe(Math.round(words(notes) / 150))
    expect(deck.slides.length).toBe(content + 3)
    expect(deck.report.budget?.target).toBe(deck.slides.length)
  })

  test('never more than 25 slides unless asked, however long the notes', () => {
    const long = `# Long\n\n${Array.from({length: 40}, (_, index) => section(`Topic ${word(5000 + index)}`, 12)).join('\n')}`
    expect(words(long)).toBeGreaterThan(4000)
    expect(buildDeck(long, {file: 'long.md'}).slides.length).toBeLessThanOrEqual(25)
    expect(buildDeck(long, {file: 'long.md', slides: 40}).slides.length).toBeGreaterThanOrEqual(39)
  })

  test.each([4, 6, 10, 20])('--slides %i gives that many slides, ±1', (count) => {
    const deck = buildDeck(notes, {file: 'harbour.md', slides: count})
    expect(Math.abs(deck.slides.length - count), deck.slides.map((slide) => slide.title).join(' | ')).toBeLessThanOrEqual(1)
  })

  test('--minutes M: a slide every 1.5 minutes', () => {
    expect(Math.abs(buildDeck(notes, {file: 'harbour.md', minutes: 15}).slides.length - 10)).toBeLessThanOrEqual(1)
    expect(Math.abs(buildDeck(notes, {file: 'harbour.md', minutes: 9}).slides.length - 6)).toBeLessThanOrEqual(1)
  })

  test('--slides N gives N±1 whenever the notes can fill N slides at a point a slide, though sentences lean on the one before ("They …")', () => {
    // "They …" stays on the slide of the sentence it leans on: a pair fills one slide at most.
    const pair = (): string => `${sentence()} They ${sentence(8).toLowerCase()}`
    const plain = (): string => Array.from({length: 4}, () => sentence()).join(' ')
    const bakery = `# Bakery\n\n## Mixers\n\n${Array.from({length: 8}, pair).join(' ')}\n\n## Proofing\n\n${plain()}\n\n## Baking\n\n${plain()}\n`
    const most = buildDeck(bakery, {file: 'bakery.md', slides: 60}).slides.length
    for (let count = 6; count <= 24; count++) {
      const deck = buildDeck(bakery, {file: 'bakery.md', slides: count})
      const titles = deck.slides.map((slide) => slide.title).join(' | ')
      // Either the count is met, or the budget says the notes hold less, and the deck has what they hold.
      if (deck.report.budget?.why === `${count} slides asked for`) expect(Math.abs(deck.slides.length - count), `${count}: ${titles}`).toBeLessThanOrEqual(1)
      else expect([deck.slides.length, deck.report.budget?.target], `${count}: ${titles}`).toEqual([most, most])
      for (const slide of ofType(deck.slides, 'content')) expect(slide.bullets[0]!.text).not.toMatch(/^They\b/)
    }
  })

  test('a count the notes cannot fill, even at a point a slide, is said, not padded', () => {
    const small = `# Yard\n\n${section('Boats', 4)}\n${section('Sheds', 4)}`
    const deck = buildDeck(small, {file: 'yard.md', slides: 30})
    expect(deck.slides.length).toBeLessThan(15)
    expect(deck.report.budget).toMatchObject({target: deck.slides.length, why: `30 slides asked for, but the notes hold enough for ${deck.slides.length} at one point a slide`})
    // No point is shown twice to make up the count.
    const shown = deck.slides.flatMap((slide) => ('bullets' in slide ? slide.bullets.map((bullet) => bullet.origin.text) : []))
    expect(new Set(shown).size).toBe(shown.length)
    const minutes = buildDeck(small, {file: 'yard.md', minutes: 60})
    expect(minutes.report.budget?.why).toBe(`a 60-minute talk at 1.5 minutes a slide (40 slides), but the notes hold enough for ${minutes.slides.length} at one point a slide`)
    // A count the notes hold is not remarked on.
    expect(buildDeck(small, {file: 'yard.md', slides: 6}).report.budget?.why).toBe('6 slides asked for')
  })

  test('a count smaller than the slides every deck has is said', () => {
    const actions = Array.from({length: 14}, (_, index) => `- TODO: ${word(900 + index)} checks the ${word(950 + index)} list`).join('\n')
    const deck = buildDeck(`# Club\n\n${section('Accounts', 6)}\n## Actions\n\n${actions}\n`, {file: 'club.md', slides: 2})
    expect(deck.report.budget?.why).toMatch(/^2 slides asked for, but the title, agenda, action items and resources alone take [4-9]$/)
  })

  test("the notes' images have a slide each within the count, or are named in the speaker notes when there is no room", () => {
    const photos = (from: number): string => [0, 1, 2].map((index) => `![Photo ${word(700 + from + index)}](photos/${from + index}.png)`).join('\n\n')
    const notes = `# Dig\n\n${section('Trench', 6)}\n${photos(0)}\n\n${section('Finds', 6)}\n${photos(3)}\n`
    const roomy = buildDeck(notes, {file: 'dig.md'})
    expect(ofType(roomy.slides, 'image')).toHaveLength(6)
    expect(roomy.slides.length).toBe(roomy.report.budget?.target)
    const tight = buildDeck(notes, {file: 'dig.md', slides: 6})
    expect(Math.abs(tight.slides.length - 6), tight.slides.map((slide) => slide.type).join(' ')).toBeLessThanOrEqual(1)
    expect(ofType(tight.slides, 'image')).toEqual([])
    expect(ofType(tight.slides, 'content').length).toBeGreaterThanOrEqual(2)
    const lines = notes.split('\n')
    for (let index = 0; index < 6; index++) {
      const alt = `Photo ${word(700 + index)}`
      expect(tight.markdown).toContain(`dig.md:${lines.findIndex((line) => line.includes(alt)) + 1} — Image: ${alt}`)
    }
  })

  test('a content slide holds 3–5 bullets when the notes have them', () => {
    for (const slide of ofType(buildDeck(notes, {file: 'harbour.md'}).slides, 'content')) {
      expect(slide.bullets.length).toBeGreaterThanOrEqual(3)
      expect(slide.bullets.length).toBeLessThanOrEqual(5)
    }
  })
})

describe('budgetDeck: sharing the slides among sections', () => {
  test('a section gets slides by how much it holds: a big one more than a small one', () => {
    const notes = `# Yard\n\n${section('Boats', 50)}\n${section('Sheds', 8)}`
    const deck = buildDeck(notes, {file: 'yard.md'})
    const count = (title: string): number => contentTitles(deck.slides).filter((entry) => entry === title).length
    expect(count('Boats')).toBeGreaterThan(count('Sheds'))
    expect(count('Sheds')).toBeGreaterThanOrEqual(1)
  })

  test('every talk keeps a slide; sections of logistics only keep their agenda entry', () => {
    const names = ['Ada Park', 'Lee Moss', 'Kim Ortega', 'Sam Quist', 'Noor Vale']
    const talks = names.map((name) => `Next to the stage is ${name}, lead engineer at Quarry Works.\n\n${sentence()} ${sentence()}\n\n${sentence()} ${sentence()}`)
    const notes = `The weather is sunny and the coffee queue is long. People make their way in and the hall is filling up.\n\n${talks.join('\n\n')}`
    const deck = buildDeck(notes, {file: 'day.txt'})
    expect(deck.sections.filter((entry) => (entry.people?.length ?? 0) > 0)).toHaveLength(5)
    const titles = contentTitles(deck.slides)
    for (const name of names) expect(titles.some((title) => title.includes(name)), name).toBe(true)
    expect(titles).toHaveLength(5)
    const arrival = deck.sections[0]!.title
    expect(ofType(deck.slides, 'agenda').flatMap((slide) => slide.items.map((item) => item.title))).toContain(arrival)
    // Its sentences are still in the speaker notes, with their lines.
    expect(deck.markdown).toContain('day.txt:1 — The weather is sunny and the coffee queue is long.')
  })

  test('small sections next to each other share a slide', () => {
    const notes = `# Club\n\n${section('Accounts', 30)}\n${section('Kit', 3)}\n${section('Pitch', 3)}\n${section('Fixtures', 30)}`
    const deck = buildDeck(notes, {file: 'club.md'})
    expect(contentTitles(deck.slides)).toContain('Kit · Pitch')
  })
})

describe('budgetDeck: choosing the points', () => {
  test('list items are ranked with the sentences, not always kept', () => {
    const items = Array.from({length: 12}, () => `- ${sentence(6)}`).join('\n')
    const notes = `# Plan\n\n## Tasks\n\n${items}\n`
    const deck = buildDeck(notes, {file: 'plan.md'})
    const shown = ofType(deck.slides, 'content').reduce((sum, slide) => sum + slide.bullets.length, 0)
    expect(shown).toBeLessThan(12)
    expect(deck.report.sections[0]!.dropped.length).toBeGreaterThan(0)
  })

  test('a point is shown once in the deck: a near-duplicate in another section is left out, with why', () => {
    const point = 'The ferry timetable changes in spring for the island route.'
    const notes = `# Port\n\n## Ferries\n\n${point} ${sentence()} ${sentence()}\n\n## Islands\n\n${sentence()} The island route ferry timetable changes in spring. ${sentence()}\n`
    const deck = buildDeck(notes, {file: 'port.md', slides: 8})
    const shown = [...ofType(deck.slides, 'content'), ...ofType(deck.slides, 'summary')].flatMap((slide) => slide.bullets.map((bullet) => bullet.origin.text))
    expect(shown.filter((text) => /timetable changes in spring/.test(text))).toHaveLength(1)
    const islands = deck.report.sections.find((entry) => entry.title === 'Islands')!
    expect(islands.dropped).toContainEqual(expect.objectContaining({text: 'The island route ferry timetable changes in spring.', reason: 'says what a point shown before says'}))
  })

  test('logistics, greetings and asides stay off the slides when there is content', () => {
    const notes = [
      '# Bakery',
      '',
      '## Ovens',
      '',
      `Good morning and welcome to the bakers meeting. ${sentence()} The coffee machine is in the back room. ${sentence()}`,
      `Then a third oven topic that I missed (?). ${sentence()} I took a pic of the price list. ${sentence()}`,
      ''
    ].join('\n')
    const deck = buildDeck(notes, {file: 'bakery.md'})
    const shown = deck.slides.flatMap((slide) => ('bullets' in slide ? slide.bullets.map((bullet) => bullet.origin.text) : []))
    for (const low of ['Good morning', 'coffee machine', 'I missed', 'took a pic']) expect(shown.some((text) => text.includes(low)), low).toBe(false)
    const reasons = deck.report.sections[0]!.dropped.map((entry) => entry.reason)
    expect(reasons).toEqual(expect.arrayContaining(['greeting', 'logistics', "the note-taker's aside"]))
  })

  test('nothing is lost: every sentence is on a slide or in the speaker notes, with its line', () => {
    const notes = `# Harbour\n\n${['Moorings', 'Fees', 'Dredging'].map((title) => section(title, 12)).join('\n')}`
    const deck = buildDeck(notes, {file: 'harbour.md', slides: 5})
    notes.split('\n').forEach((line, index) => {
      if (!line || line.startsWith('#')) return
      for (const part of line.split(/(?<=\.) /)) expect(deck.markdown, part).toContain(`harbour.md:${index + 1} — ${part}`)
    })
  })
})

describe('budgetDeck: framing that earns its slide', () => {
  test('"In brief": 3–5 whole sentences that stand alone, one a section first, in deck order, not repeated on content slides', () => {
    const notes = [
      '# Council',
      '',
      '## Buses',
      '',
      `Route twelve will run every ten minutes from June. They said it again later. ${sentence()} ${sentence()}`,
      '',
      '## Parks',
      '',
      `The riverside park gets new benches and a playground. ${sentence()} ${sentence()} This was popular.`,
      '',
      '## Library',
      '',
      `Opening hours on Sundays stay unchanged for another year. ${sentence()} ${sentence()}`,
      ''
    ].join('\n')
    const deck = buildDeck(notes, {file: 'council.md'})
    const [brief] = ofType(deck.slides, 'summary').filter((slide) => slide.title === 'In brief')
    expect(brief!.bullets.length).toBeGreaterThanOrEqual(3)
    expect(brief!.bullets.length).toBeLessThanOrEqual(5)
    for (const point of brief!.bullets) {
      expect(point.text).toBe(point.origin.text)
      expect(point.text).not.toMatch(/^(?:They|This)\b/)
    }
    expect(deck.slides.indexOf(brief!)).toBe(2)
    const onContent = ofType(deck.slides, 'content').flatMap((slide: ContentSlide) => slide.bullets.map((bullet) => bullet.origin))
    for (const point of brief!.bullets) expect(onContent).not.toContain(point.origin)
  })

  test('no "In brief" without three sentences that stand alone', () => {
    const notes = '# Notes\n\n## Misc\n\n- they agreed\n- this too\n- and more\n'
    expect(buildDeck(notes, {file: 'misc.md'}).slides.some((slide) => slide.title === 'In brief')).toBe(false)
  })

  test('"By the numbers" only for figures no other slide shows; none when nothing is left for it', () => {
    const figures = 'The co-op sold 1,200 jars of honey in May. Hive losses fell to 8% this winter. The new extractor cost €4,500 in all.'
    const small = buildDeck(`# Bees\n\n## Honey\n\n${figures}\n`, {file: 'bees.md'})
    // All three are on the content slide or "In brief": the numbers slide would repeat them.
    expect(ofType(small.slides, 'numbers')).toEqual([])
    const big = buildDeck(`# Bees\n\n## Honey\n\n${figures}\n`, {file: 'bees.md', slides: 3})
    const numbers = ofType(big.slides, 'numbers').flatMap((slide) => slide.figures)
    const shown = ofType(big.slides, 'content').flatMap((slide) => slide.bullets.map((bullet) => bullet.origin.text))
    for (const figure of numbers) expect(shown).not.toContain(figure.origin.text)
  })

  test('a quote slide only for a real quotation, and its sentence is not a bullet too', () => {
    const notes = [
      '# Garden',
      '',
      '## Compost',
      '',
      `Tomasz Wolny, a gardener from Hillside, showed the bays. Wolny said “compost is the real harvest of every garden” at the end. ${sentence()}`,
      `Wolny brings up the phrase “soil washing,” which turns the talk to labels. ${sentence()} ${sentence()}`,
      ''
    ].join('\n')
    const deck = buildDeck(notes, {file: 'garden.md', slides: 8})
    const quotes = ofType(deck.slides, 'quote')
    expect(quotes.map((slide) => slide.quote.text)).toEqual(['compost is the real harvest of every garden'])
    const bullets = deck.slides.flatMap((slide) => ('bullets' in slide ? slide.bullets.map((bullet) => bullet.origin.text) : []))
    expect(bullets.some((text) => text.includes('compost is the real harvest'))).toBe(false)
  })
})

test('budgetDeck is pure: same selections, same budget; its input unchanged', () => {
  const selections = candidates(`# Harbour\n\n${section('Moorings', 6)}\n${section('Fees', 6)}`)
  const before = structuredClone(selections)
  expect(budgetDeck(selections, {words: 200})).toEqual(budgetDeck(selections, {words: 200}))
  expect(selections).toEqual(before)
})
