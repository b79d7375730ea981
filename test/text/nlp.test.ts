import {describe, expect, test} from 'vitest'
import {contextOf, nlp} from '../../src/text/nlp.js'

describe('contextOf', () => {
  const text = ['Ana Lima opened the day.', 'The budget was cut.', 'Lima asked about the roadmap.', 'Nothing else.'].join('\n')

  test('the lines that hold the word, in order, joined by line breaks', () => {
    expect(contextOf(text, 'Lima')).toBe('Ana Lima opened the day.\nLima asked about the roadmap.')
    expect(contextOf(text, 'Okafor')).toBe('')
  })

  test('matches whatever the case when asked to, and reads the word as text, not a pattern', () => {
    expect(contextOf(text, 'the budget', {ignoreCase: true})).toBe('The budget was cut.')
    expect(contextOf('a.b here\naxb there', 'a.b')).toBe('a.b here')
  })

  test('a line that holds the word twice is given once', () => {
    expect(contextOf('Lima met Lima.\nno one', 'Lima')).toBe('Lima met Lima.')
  })

  test('stops after maxLength characters of context: the first occurrences', () => {
    const lines = Array.from({length: 50}, (_, index) => `Line ${index} names Lima.`)
    const context = contextOf(lines.join('\n'), 'Lima', {maxLength: 60})
    expect(context.split('\n')).toEqual(lines.slice(0, 4))
  })

  test('in a line of thousands of characters, the sentences around each occurrence only', () => {
    const filler = 'The team met again. '.repeat(200)
    const line = `${filler}Then Ana Lima spoke. ${filler}`
    const context = contextOf(line, 'Lima')
    expect(context).toContain('Then Ana Lima spoke.')
    expect(context.length).toBeLessThan(1_000)
    expect(context.startsWith('The team met again.')).toBe(true)
  })

  test('compromise tags the word in its lines as it does in the whole text', () => {
    const people = (source: string): string[] => nlp(source).people().out('array') as string[]
    expect(people(contextOf(text, 'Lima'))).toEqual(people(text).filter((name) => name.includes('Lima')))
  })
})
