import {describe, expect, test} from 'vitest'
import {parseNotes} from '../../../src/pipeline/parse-notes.js'
import {english} from '../../../src/lang/en.js'
import {findAction} from '../../../src/pipeline/select-points/find-actions.js'
import {selectPoints} from '../../../src/pipeline/select-points/index.js'
import {splitSections} from '../../../src/pipeline/split-sections.js'

describe('findAction', () => {
  const examples: ReadonlyArray<readonly [string, string]> = [
    ['TODO: book the room', 'Book the room'],
    ['todo - call the plumber', 'Call the plumber'],
    ['To-do: order the tiles', 'Order the tiles'],
    ['FIXME: broken link on the menu', 'Broken link on the menu'],
    ['Action: Sam to send the slides', 'Sam to send the slides'],
    ['Action item: renew the lease', 'Renew the lease'],
    ['Action items - paint the shed', 'Paint the shed'],
    ['Next step - pilot in March', 'Pilot in March'],
    ['Next steps: hire two nurses', 'Hire two nurses'],
    ['Follow-up: check the invoices', 'Check the invoices'],
    ['Owner: Priya', 'Priya'],
    ['@maria to draft the memo', '@maria to draft the memo'],
    ['@li will fix the printer', '@li will fix the printer'],
    ["I'll post the slides tonight", "I'll post the slides tonight"],
    ['Ann and Tom to draft the rota', 'Ann and Tom to draft the rota']
  ]
  const notActions = ['AI: everyone at the summit was talking about it.', 'We discussed the todo list.', 'Nothing to do here.', 'The next step was hard.', 'Actions speak louder than words.', 'Email maria@example.org to join', "I'll be late tomorrow.", 'Time to move on to the ferries.']

  test.each(examples)('%s', (text, expected) => {
    expect(findAction(text)).toBe(expected)
  })

  test.each(notActions)('not an action: %s', (text) => {
    expect(findAction(text)).toBeUndefined()
  })

  test('a marker with nothing after it is not an action', () => {
    expect(findAction('TODO:')).toBeUndefined()
    expect(findAction('Action: ')).toBeUndefined()
  })

  test('an unchecked task is an action as written; a checked one is not', () => {
    expect(findAction('water the plants', {checked: false})).toBe('water the plants')
    expect(findAction('water the plants', {checked: true})).toBeUndefined()
    expect(findAction('water the plants', {checked: null})).toBeUndefined()
    expect(findAction('TODO: water the plants', {checked: true})).toBe('Water the plants')
  })

  test('patterns are data: each one finds an example, none finds a non-action', () => {
    const actionPatterns = english.actionMarkers.map((marker) => marker.pattern)
    for (const pattern of actionPatterns) expect(examples.some(([text]) => pattern.test(text)), String(pattern)).toBe(true)
    for (const text of notActions) expect(actionPatterns.filter((pattern) => pattern.test(text)).map(String), text).toEqual([])
  })
})

describe('selectPoints: actions', () => {
  const notes = [
    '## Shed',
    '',
    '- [ ] call the roofer',
    '- [x] paint the door',
    '- TODO: order tiles',
    '- Buy nails',
    '',
    'The shed leaks. Action: Sam to send the invoice. Next step - pilot the rota in March.',
    '',
    'TODO: sweep the floor'
  ].join('\n')
  const [selection] = selectPoints(splitSections(parseNotes({kind: 'markdown', text: notes})))

  test('unchecked tasks, TODO, Action and Next step become action items with their line', () => {
    expect(selection!.actions).toEqual([
      {text: 'call the roofer', origin: {line: 3, text: 'call the roofer'}},
      {text: 'Order tiles', origin: {line: 5, text: 'TODO: order tiles'}},
      {text: 'Sam to send the invoice.', origin: {line: 8, text: 'Action: Sam to send the invoice.'}},
      {text: 'Pilot the rota in March.', origin: {line: 8, text: 'Next step - pilot the rota in March.'}},
      {text: 'Sweep the floor', origin: {line: 10, text: 'TODO: sweep the floor'}}
    ])
  })

  test('action items stay bullets of their section too', () => {
    expect(selection!.bullets.map((bullet) => bullet.origin.text)).toEqual([
      'call the roofer',
      'paint the door',
      'TODO: order tiles',
      'Buy nails',
      'The shed leaks.',
      'Action: Sam to send the invoice.',
      'Next step - pilot the rota in March.',
      'TODO: sweep the floor'
    ])
  })
})

test('an open task written with a marker loses its marker: `[ ] TODO: book the hall` is "Book the hall"', () => {
  expect(findAction('TODO: book the hall', {checked: false})).toBe('Book the hall')
  expect(findAction('book the hall', {checked: false})).toBe('book the hall')
})
