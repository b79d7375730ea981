import {describe, expect, test} from 'vitest'
import {buildDeck} from '../../src/pipeline/build-deck.js'
import {readDeck} from '../../src/render/read-deck.js'

const edited = `---
marp: true
theme: debrief-dark
paginate: true
title: Team offsite
---

<!--
_class: title
_paginate: false
-->

# Team offsite

---

## What we decided

- Ship the beta in **May**
  - after the [security review](https://example.org/review)
- Hire two people

<!-- Ask Dana about the budget -->

---

<!-- _class: quote -->

## Said on stage

> Small steps, every week.

---
`

describe('readDeck', () => {
  test('splits an edited deck into slides with their directives, content and notes', () => {
    const deck = readDeck(edited)
    expect(deck.front).toMatchObject({marp: true, theme: 'debrief-dark', title: 'Team offsite'})
    expect(deck.pages.map((page) => page.title)).toEqual(['Team offsite', 'What we decided', 'Said on stage'])
    expect(deck.pages[0]!.directives).toMatchObject({class: 'title', paginate: false})
    // A local directive applies to its slide only; the global paginate comes back.
    expect(deck.pages[1]!.directives).toEqual({paginate: true})
    expect(deck.pages[2]!.directives).toMatchObject({class: 'quote'})
    expect(deck.pages[1]!.notes.map((note) => note.kept)).toEqual([[{text: 'Ask Dana about the budget'}]])
    expect(deck.pages[1]!.nodes.map((node) => node.type)).toEqual(['heading', 'list'])
    expect(deck.pages[2]!.notes).toEqual([])
  })

  test('reads the source lines and the left-out part of the notes debrief writes', () => {
    const notes = '# Retro\n\n## Build\n\n' + Array.from({length: 9}, (_, i) => `- The build step number ${i + 1} took ${i + 2} minutes on the old runners.`).join('\n') + '\n'
    const built = buildDeck(notes, {file: 'retro.md', maxBullets: 3})
    const deck = readDeck(built.markdown)
    expect(deck.pages).toHaveLength(built.slides.length)
    const lines = deck.pages.flatMap((page) => page.notes.flatMap((note) => [...note.kept, ...note.dropped]))
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines.filter((entry) => entry.line !== undefined)) {
      expect(line.file).toBe('retro.md')
      expect(notes.split('\n')[line.line! - 1]).toContain(line.text.slice(0, 20))
    }
  })

  test('a long style directive is a directive; a long comment of notes is notes', () => {
    const css = `section { color: #123; }\n`.repeat(400)
    const styled = readDeck(`---\nmarp: true\n---\n\n<!--\n_style: |\n${css.replace(/^/gm, '  ')}-->\n\n# One\n`)
    expect(styled.pages[0]!.directives['style']).toBe(css)
    expect(styled.pages[0]!.notes).toEqual([])
    // A day of transcript left out: lines that YAML takes minutes to reject, not read as YAML.
    const lines = Array.from({length: 5_000}, (_, index) => `• day.txt:${index + 1} — [00:00:${index % 60}] ANA: Point ${index}: the ferry runs late.`)
    const noted = readDeck(`---\nmarp: true\n---\n\n# One\n\n<!--\nSource notes for this slide\n\n${lines.join('\n')}\n-->\n`)
    expect(noted.pages[0]!.notes[0]!.kept).toHaveLength(5_000)
    expect(noted.pages[0]!.notes[0]!.kept[4_999]).toEqual({file: 'day.txt', line: 5_000, text: '[00:00:19] ANA: Point 4999: the ferry runs late.'})
  })

  test('a French deck: its notes headings are read in French, not taken for note lines', () => {
    const notes = '# Rétro\n\n## Compilation\n\nLa compilation prend dix minutes sur les anciennes machines. Le cache réduit ce temps de moitié. ' +
      'Les tests tournent en parallèle. La revue de code attend souvent un jour. Les nouvelles machines arrivent en mars. ' +
      'Le budget des machines est voté. Le cache distant coûte peu. Les développeurs aiment le nouveau flux. Le déploiement reste manuel.\n'
    const built = buildDeck(notes, {file: 'retro.md', language: 'fr'})
    const deck = readDeck(built.markdown)
    expect(deck.language.code).toBe('fr')
    const page = deck.pages.find((entry) => entry.title === 'Compilation')!
    const [comment] = page.notes
    expect(comment!.kept.length).toBeGreaterThan(0)
    // Nine sentences on line 5: the slide shows a few, the rest are notes of that line.
    expect(comment!.dropped.length).toBeGreaterThan(0)
    expect(new Set(comment!.dropped.map((line) => line.line))).toEqual(new Set([5]))
    expect([...comment!.kept, ...comment!.dropped].every((line) => line.file === 'retro.md')).toBe(true)
  })

  test('an HTML comment inside a code block is code, not a note', () => {
    const deck = readDeck('---\nmarp: true\n---\n\n## Code\n\n```html\n<!-- not a note -->\n```\n')
    expect(deck.pages[0]!.notes).toEqual([])
    expect(deck.pages[0]!.nodes.map((node) => node.type)).toEqual(['heading', 'code'])
  })
})
