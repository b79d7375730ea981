import {describe, expect, test} from 'vitest'
import {deckError} from '../helpers.js'
import {ExitCode} from '../../src/errors.js'
import {findMeta} from '../../src/text/find-meta.js'
import {parseNotes} from '../../src/pipeline/parse-notes.js'
import {french} from '../../src/lang/fr.js'

const markdown = (text: string) => parseNotes({kind: 'markdown', text})
const plain = (text: string) => parseNotes({kind: 'plain', text})


describe('findMeta: front matter', () => {
  test('reads title, event, date and author', () => {
    const tree = markdown('---\ntitle: Spring term review\nevent: School Board\ndate: 2024-04-22\nauthor: R. Okafor\n---\n\nMinutes.')
    expect(findMeta(tree)).toEqual({
      title: 'Spring term review',
      event: 'School Board',
      date: '2024-04-22',
      author: 'R. Okafor'
    })
  })

  test('front matter wins over what the text says', () => {
    const tree = markdown('---\nevent: PyData Amsterdam 2023\ndate: 2023-09-14\n---\n\nNotes from PyData Berlin 2024, on 2024-04-22.')
    expect(findMeta(tree)).toMatchObject({event: 'PyData Amsterdam 2023', date: '2023-09-14'})
  })

  test('numbers become strings, other keys and other types are ignored', () => {
    const tree = markdown('---\ntitle: 1984\nevent: [a, b]\nroom: 12\n---\n\nText.')
    const meta = findMeta(tree)
    expect(meta.title).toBe('1984')
    expect(meta.event).toBeUndefined()
    expect(meta).not.toHaveProperty('room')
  })

  test('empty front matter gives nothing', () => {
    expect(findMeta(markdown('---\n---\n\nThe bakery opened.'))).toEqual({
      title: undefined,
      event: undefined,
      date: undefined,
      author: undefined
    })
  })

  test('invalid YAML throws with file and line of the error', () => {
    const error = deckError(() => findMeta(markdown('---\ntitle: ok\nevent: [PyData\n---\n\nText.'), {file: 'talk.md'}))
    expect(error.message).toMatch(/^talk\.md:3: front matter is not valid YAML: /)
    expect(error.message).not.toContain('\n')
    expect(error.code).toBe(ExitCode.DataError)
  })

  test('the line of a YAML error counts from the top of the file', () => {
    const text = '---\ntitle: Bake sale\nauthor: Sam\ndate: 2024-05-01\nevent: a: b\n---\n\nText.'
    expect(deckError(() => findMeta(markdown(text), {file: 'sale.md'})).message).toMatch(/^sale\.md:5: /)
  })

  test('front matter that is not a mapping throws', () => {
    const error = deckError(() => findMeta(markdown('---\n- flour\n- yeast\n---\n\nText.'), {file: 'list.md'}))
    expect(error.message).toBe('list.md:1: front matter must be a YAML mapping (key: value)')
  })

  test('the file name defaults to stdin', () => {
    expect(deckError(() => findMeta(markdown('---\njust a string\n---\n'))).message).toMatch(/^stdin:1: /)
  })
})

describe('findMeta: TOML front matter', () => {
  test('reads title, date and author between `+++` fences, as Hugo writes them', () => {
    const tree = markdown('+++\ntitle = "Orchard club, spring walk"\ndate = 2023-04-02T08:15:00+09:00\nauthor = "M. Ikeda"\ndraft = false\ntags = ["trees", "walks"]\n+++\n\nWe walked the east rows.')
    expect(findMeta(tree)).toEqual({title: 'Orchard club, spring walk', event: undefined, date: '2023-04-02', author: 'M. Ikeda'})
  })

  test('the date is the day the notes give, in their own time zone', () => {
    expect(findMeta(markdown('+++\ndate = 2023-04-02T01:30:00+09:00\n+++\n\nText.')).date).toBe('2023-04-02')
    expect(findMeta(markdown('+++\ndate = 2023-04-02\n+++\n\nText.')).date).toBe('2023-04-02')
  })

  test('invalid TOML throws with file and line of the error', () => {
    const error = deckError(() => findMeta(markdown('+++\ntitle = "ok"\ndate = \n+++\n\nText.'), {file: 'walk.md'}))
    expect(error.message).toMatch(/^walk\.md:3: front matter is not valid TOML: /)
    expect(error.code).toBe(ExitCode.DataError)
  })
})

describe('findMeta: dates in the text', () => {
  test('an ISO date', () => {
    expect(findMeta(plain('Board meeting held 2024-03-05 in the library.')).date).toBe('2024-03-05')
  })

  test('a written date, month first', () => {
    expect(findMeta(plain('Board meeting, March 5, 2024.')).date).toBe('2024-03-05')
    expect(findMeta(plain('Held on Sept. 14th, 2023 downtown.')).date).toBe('2023-09-14')
    expect(findMeta(plain('Held Nov 2 2022.')).date).toBe('2022-11-02')
  })

  test('a written date, day first', () => {
    expect(findMeta(plain('Held on 21st June 2024 at noon.')).date).toBe('2024-06-21')
    expect(findMeta(plain('Held on 3 Dec 2019.')).date).toBe('2019-12-03')
  })

  test('no date when there is only a year or an impossible month', () => {
    expect(findMeta(plain('Budget for 2024 was approved.')).date).toBeUndefined()
    expect(findMeta(plain('Ticket 2024-13-01 closed.')).date).toBeUndefined()
  })

  test('dates inside code blocks are ignored', () => {
    expect(findMeta(markdown('Notes.\n\n```\nrelease 2024-01-09\n```\n')).date).toBeUndefined()
  })
})

describe('findMeta: event name', () => {
  test('a capitalised name followed by a year', () => {
    expect(findMeta(plain('Great talk at PyData Berlin 2024 about pandas.')).event).toBe('PyData Berlin 2024')
  })

  test('"In 2023" and other phrases before a year are not events', () => {
    expect(findMeta(plain('In 2023 we sold more bread. Since 2020 prices rose.')).event).toBeUndefined()
    expect(findMeta(plain('Targets for Q3 2024 and March 2024 were met. The 2024 plan is late.')).event).toBeUndefined()
  })

  test('the most frequent name wins', () => {
    const text = 'I went to EuroSciPy 2023 once. PyData Berlin 2024 was busy.\n\nPyData Berlin 2024 had two tracks.'
    expect(findMeta(plain(text)).event).toBe('PyData Berlin 2024')
  })

  test('names are compared case-insensitively, preferring inner capitals', () => {
    expect(findMeta(plain('Pydata 2024 opened. PyData 2024 closed.')).event).toBe('PyData 2024')
  })

  test('no event and no date in ordinary notes', () => {
    expect(findMeta(markdown('# Bakery sync\n\nThe ovens are fine.'))).toEqual({
      title: undefined,
      event: undefined,
      date: undefined,
      author: undefined
    })
  })

  test('does not take the title from a heading (that is splitSections\' job)', () => {
    expect(findMeta(markdown('# Bakery sync\n\nText.')).title).toBeUndefined()
  })
})

test('a year-first date with slashes or dots is read; one not on the calendar is not', () => {
  expect(findMeta(plain('Harbour board, 2024/03/12')).date).toBe('2024-03-12')
  expect(findMeta(plain('Harbour board, 2024.3.5')).date).toBe('2024-03-05')
  expect(findMeta(plain('Harbour board, 2024/02/31')).date).toBeUndefined()
})

describe('findMeta: the event and date come from the head of the notes, never the body', () => {
  const body = ['Coffee first.', '', 'Then rye.', '', 'Then spelt.', '', 'Then wheat.', ''].join('\n')

  test('a citation in the body is not the event', () => {
    const meta = findMeta(markdown(`# Sourdough\n\nWelcome.\n\n${body}\nStarters rise slower (Smith 2013) than yeast, as Smith 2013 shows.\n`))
    expect(meta.event).toBeUndefined()
  })

  test('a company fact in the body is not the event', () => {
    const meta = findMeta(markdown(`# Ovens\n\nWelcome.\n\n${body}\nAcme Founded 2009 and has sold ovens since.\n`))
    expect(meta.event).toBeUndefined()
  })

  test('a date in the body is not the date of the event', () => {
    const meta = findMeta(markdown(`# Ovens\n\nWelcome.\n\n${body}\nThe first oven shipped on March 3, 2007 to a school in Leeds.\n`))
    expect(meta.date).toBeUndefined()
  })

  test('the first lines and a dated line are', () => {
    expect(findMeta(markdown('# Ovens\n\nNotes from BakeCon 2017, day one.\n')).event).toBe('BakeCon 2017')
    expect(findMeta(markdown(`# Ovens\n\nWelcome.\n\n${body}\nDate: 2017-05-04\n`)).date).toBe('2017-05-04')
  })
})

describe('findMeta: a byline names the notes\' author', () => {
  test('"By …" or "Posted by …" near the top is the author', () => {
    expect(findMeta(markdown('# Harbour night shifts\n\nBy Ann Berg\n\nThe quay is done.')).author).toBe('Ann Berg')
    expect(findMeta(markdown('# Harbour night shifts\n\nPosted by Ann Berg and Tom Brenner on May 3, 2024\n\nThe quay is done.')).author).toBe('Ann Berg and Tom Brenner')
    expect(findMeta(plain('Harbour night shifts\n\nNotes by Ann Berg\n\nThe quay is done.')).author).toBe('Ann Berg')
  })

  test('the front matter\'s author wins over a byline', () => {
    expect(findMeta(markdown('---\nauthor: R. Okafor\n---\n\n# Harbour\n\nBy Ann Berg\n\nText.')).author).toBe('R. Okafor')
  })

  test('a sentence that starts with "By" is no byline', () => {
    expect(findMeta(markdown('# Harbour\n\nBy Friday the quay is done.')).author).toBeUndefined()
    expect(findMeta(markdown('# Harbour\n\nBy the way, boats come in May.')).author).toBeUndefined()
    expect(findMeta(markdown('# Harbour\n\nBy Design\n\nText.')).author).toBeUndefined()
    expect(findMeta(markdown('# Harbour\n\nBy Ann Berg and Tom Brenner, the quay was rebuilt in a year because the council paid for it.')).author).toBeUndefined()
  })

  test('a byline far into the notes is not the author', () => {
    expect(findMeta(markdown('# Harbour\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nBy Ann Berg\n')).author).toBeUndefined()
  })

  test('in French, "Par …"', () => {
    expect(findMeta(markdown('# Le port la nuit\n\nPar Anne Berger\n\nLe quai est fini.'), {language: french}).author).toBe('Anne Berger')
  })
})
