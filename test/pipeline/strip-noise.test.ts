import {describe, expect, test} from 'vitest'
import {english} from '../../src/lang/en.js'
import type {NoiseRule} from '../../src/lang/types.js'
import {stripNoise} from '../../src/pipeline/strip-noise.js'
import type {NotesKind} from '../../src/types.js'

const blog = (text: string) => stripNoise({text, kind: 'live-blog'})

describe('stripNoise', () => {
  test('removes an inline image credit and keeps the rest of the line', () => {
    const {notes, removed} = blog('The ovens are hot. (Image credit: Ann Berg) Bread comes soon.')
    expect(notes.text).toBe('The ovens are hot. Bread comes soon.')
    expect(removed).toEqual([{line: 1, text: '(Image credit: Ann Berg)', rule: 'image credit'}])
  })

  test('a dropped line stays as a blank line, so line numbers do not move', () => {
    const text = 'Bakers arrive.\nPhoto courtesy: the Guild of Bakers\n10:32\nRefresh\nRye wins.'
    const {notes, removed} = blog(text)
    expect(notes.text).toBe('Bakers arrive.\n\n\n\nRye wins.')
    expect(notes.text.split('\n')).toHaveLength(text.split('\n').length)
    expect(removed).toEqual([
      {line: 2, text: 'Photo courtesy: the Guild of Bakers', rule: 'image credit'},
      {line: 3, text: '10:32', rule: 'date or time separator'},
      {line: 4, text: 'Refresh', rule: 'date or time separator'}
    ])
  })

  test('reports every stage cue of a line with its line number', () => {
    const {notes, removed} = stripNoise({text: 'CHAIR: Welcome.\nCHAIR: Thanks all [Applause] and on we go (laughter).', kind: 'transcript'})
    expect(notes.text).toBe('CHAIR: Welcome.\nCHAIR: Thanks all and on we go.')
    expect(removed).toEqual([
      {line: 2, text: '[Applause]', rule: 'stage cue'},
      {line: 2, text: '(laughter)', rule: 'stage cue'}
    ])
  })

  test('a stage cue written with spaces inside its brackets is dropped too', () => {
    const {notes, removed} = stripNoise({text: 'HOST: Welcome. [ Applause ] Let us begin. ( laughter )', kind: 'transcript'})
    expect(notes.text).toBe('HOST: Welcome. Let us begin.')
    expect(removed.map((entry) => entry.text)).toEqual(['[ Applause ]', '( laughter )'])
  })

  test('in a transcript written in Markdown, only fragments go: front matter and rules stay', () => {
    const text = '---\ntitle: Panel\n---\n\nAB: Hello [Applause]\n\n10:32\n'
    const {notes} = stripNoise({text, kind: 'transcript', markdown: true})
    expect(notes.text).toBe('---\ntitle: Panel\n---\n\nAB: Hello\n\n10:32\n')
  })

  test('returns the first date found in a dropped line', () => {
    expect(blog('Opening\n10:32\n2024-05-18\nMay 19, 2024\nEnd').date).toBe('2024-05-18')
  })

  test('returns a written date as an ISO date', () => {
    expect(blog('Saturday, 18 May 2024\nRefresh\n\nThe fair opens.').date).toBe('2024-05-18')
  })

  test('a date that is not on the calendar is returned as written', () => {
    expect(blog('31 February 2024\n\nThe fair opens.').date).toBe('31 February 2024')
  })

  test('a date inside a kept sentence is neither dropped nor reported', () => {
    const text = 'We will go live on 2024-05-01 with the new menu.\nThe live stream starts at 10:30 sharp.'
    const stripped = blog(text)
    expect(stripped.notes.text).toBe(text)
    expect(stripped.removed).toEqual([])
    expect(stripped.date).toBeUndefined()
  })

  test('only the given rules apply', () => {
    const stageCues = english.noise.filter((rule) => rule.name === 'stage cue')
    const {notes, removed} = stripNoise({text: 'Rye wins (Image credit: Ann Berg) [Applause]\n10:32', kind: 'plain'}, {rules: stageCues})
    expect(notes.text).toBe('Rye wins (Image credit: Ann Berg)\n10:32')
    expect(removed.map((piece) => piece.rule)).toEqual(['stage cue'])
  })

  test('a custom whole-line rule drops only lines it matches whole', () => {
    const rules: NoiseRule[] = [{name: 'minutes', scope: 'line', pattern: /^minutes taken by .*$/gim}]
    const {notes, removed} = stripNoise({text: 'Minutes taken by the clerk\nThe minutes taken by hand were lost.', kind: 'plain'}, {rules})
    expect(notes.text).toBe('\nThe minutes taken by hand were lost.')
    expect(removed).toEqual([{line: 1, text: 'Minutes taken by the clerk', rule: 'minutes'}])
  })

  test.each<NotesKind>(['markdown', 'markdown-flat'])('leaves %s notes untouched', (kind) => {
    const notes = {text: '(Image credit: Ann Berg)\n[Applause]\n10:32\nRefresh', kind}
    const stripped = stripNoise(notes)
    expect(stripped.notes).toBe(notes)
    expect(stripped.removed).toEqual([])
    expect(stripped.date).toBeUndefined()
  })

  test.each<NotesKind>(['plain', 'outline', 'transcript', 'live-blog'])('strips %s notes', (kind) => {
    const {notes, removed} = stripNoise({text: 'Rye wins (Image credit: Ann Berg)\nRefresh', kind})
    expect(notes).toEqual({text: 'Rye wins\n', kind})
    expect(removed).toHaveLength(2)
  })

  test('does not change its input', () => {
    const notes = {text: 'Rye wins (Image credit: Ann Berg)', kind: 'plain' as const}
    stripNoise(notes)
    expect(notes.text).toBe('Rye wins (Image credit: Ann Berg)')
  })
})

describe('noise rules keep words that only look like dates or times', () => {
  test.each(['Monitoring', '  - Sundries', 'Friends of the ward', '10:30 Demo', '9:00 Tea', 'Mon 9:00 Tea'])('%s', (line) => {
    const {notes, removed} = stripNoise({kind: 'outline', text: `${line}\n  - a point`})
    expect(removed).toEqual([])
    expect(notes.text.split('\n')[0]).toBe(line)
  })
})
