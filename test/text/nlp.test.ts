import {describe, expect, test} from 'vitest'
import {contextLines, nlp, tagLine} from '../../src/text/nlp.js'

describe('contextLines', () => {
  const text = ['Ana Lima opened the day.', 'The budget was cut.', 'Lima asked about the roadmap.', 'Nothing else.'].join('\n')

  test('the lines that hold the word, in order', () => {
    expect(contextLines(text, 'Lima')).toEqual(['Ana Lima opened the day.', 'Lima asked about the roadmap.'])
    expect(contextLines(text, 'Okafor')).toEqual([])
  })

  test('matches whatever the case when asked to, and reads the word as text, not a pattern', () => {
    expect(contextLines(text, 'the budget', {ignoreCase: true})).toEqual(['The budget was cut.'])
    expect(contextLines('a.b here\naxb there', 'a.b')).toEqual(['a.b here'])
  })

  test('a line that holds the word twice is given once', () => {
    expect(contextLines('Lima met Lima.\nno one', 'Lima')).toEqual(['Lima met Lima.'])
  })

  test('stops after maxLength characters of context: the first occurrences', () => {
    const lines = Array.from({length: 50}, (_, index) => `Line ${index} names Lima.`)
    expect(contextLines(lines.join('\n'), 'Lima', {maxLength: 60})).toEqual(lines.slice(0, 4))
  })

  test('in a line of thousands of characters, the sentences around each occurrence only', () => {
    const filler = 'The team met again. '.repeat(200)
    const line = `${filler}Then Ana Lima spoke. ${filler}`
    const [context, ...more] = contextLines(line, 'Lima')
    expect(more).toEqual([])
    expect(context).toContain('Then Ana Lima spoke.')
    expect(context!.length).toBeLessThan(1_000)
    expect(context!.startsWith('The team met again.')).toBe(true)
  })

  test('compromise tags the word in its lines as it does in the whole text', () => {
    const people = (source: string): string[] => nlp(source).people().out('array') as string[]
    expect(contextLines(text, 'Lima').flatMap((line) => tagLine(line).people)).toEqual(people(text).filter((name) => name.includes('Lima')))
  })
})

describe('tagLine', () => {
  test("compromise's words, tags and people of one line, as the line read alone gives them", () => {
    const line = 'Ana Lima shipped the new ferry timetable.'
    const tagged = tagLine(line)
    expect(tagged.people).toEqual(nlp(line).people().out('array'))
    expect(tagged.terms.map((term) => term.normal)).toEqual(['ana', 'lima', 'shipped', 'the', 'new', 'ferry', 'timetable'])
    expect(tagged.terms.find((term) => term.normal === 'shipped')?.tags).toContain('Verb')
    expect(tagged.terms[0]!.tags).toContain('FirstName')
  })

  test('a line asked about again is not tagged again: the same answer comes back', () => {
    const line = 'Ravi Patel reviewed the harbour budget.'
    expect(tagLine(line)).toBe(tagLine(line))
  })
})
