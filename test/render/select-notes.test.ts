import {describe, expect, test} from 'vitest'
import {selectNotes} from '../../src/render/select-notes.js'

const deck = `---
marp: true
---

<!--
_class: summary
-->

## Decisions

- Move the launch to May

<!--
Source notes for this slide

• retro.md:3 — We move the launch to May because the review is late.

Also in the notes, not on the slides

• retro.md:4 — Somebody brought cake.
-->

---

## Open

- Budget

<!-- Ask Dana -->
`

describe('selectNotes', () => {
  test('slides keeps the sources of what is on the slides, not what was left out', () => {
    const out = selectNotes(deck)
    expect(out).toContain('We move the launch to May')
    expect(out).not.toContain('cake')
    expect(out).not.toContain('Also in the notes')
    expect(out).toContain('Ask Dana')
    expect(out).toContain('_class: summary')
  })

  test('all keeps everything, none keeps no note but every directive', () => {
    expect(selectNotes(deck, {notes: 'all'})).toBe(deck)
    const none = selectNotes(deck, {notes: 'none'})
    for (const text of ['launch to May because', 'cake', 'Ask Dana', 'Source notes']) expect(none).not.toContain(text)
    expect(none).toContain('_class: summary')
    expect(none).toContain('- Move the launch to May')
  })
})
