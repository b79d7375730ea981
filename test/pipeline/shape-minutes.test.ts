import {toString} from 'mdast-util-to-string'
import {describe, expect, test} from 'vitest'
import {parseNotes} from '../../src/pipeline/parse-notes.js'
import {selectPoints} from '../../src/pipeline/select-points/index.js'
import {shapeMinutes} from '../../src/pipeline/shape-minutes.js'
import {splitSections} from '../../src/pipeline/split-sections.js'
import {french} from '../../src/lang/fr.js'

const minutes = (text: string) => shapeMinutes(splitSections(parseNotes({kind: 'markdown', text})))
const texts = (outline: ReturnType<typeof minutes>) => outline.sections.map((section) => [section.title, section.nodes.map((node) => toString(node)).join(' | ')])

describe('shapeMinutes', () => {
  test('an attendee section is metadata, not a section', () => {
    const outline = minutes('# Harbour board\n\n## Attendees\n\n- Ann Berg (@ann)\n- Tomasz Brenner\n\n## Quay\n\n- repairs approved\n')
    expect(outline.meta.attendees).toEqual(['Ann Berg (@ann)', 'Tomasz Brenner'])
    expect(texts(outline)).toEqual([['Quay', 'repairs approved']])
  })

  test('a "Present:" line is metadata; an H1 over the attendees leaves the first H1 the title', () => {
    const outline = minutes('# Harbour board 2024-03-12\n\n- **Present:** AB, TB and CD\n- **Chair:** AB\n\n# Attendees\n\n- Ed\n\n## Quay\n\n- repairs approved\n')
    expect(outline.meta.title).toBe('Harbour board 2024-03-12')
    expect(outline.meta.attendees).toEqual(['AB', 'TB', 'CD', 'Ed'])
    expect(texts(outline)[0]).toEqual(['Opening', 'Chair: AB'])
  })

  test('templates and placeholders are dropped, and headings left empty with them', () => {
    const text = '## Agenda\n\n1. Quay repairs\n1. _Submit a PR to add your item here_\n\n## Decisions\n\n(none yet, move things from below)\n\n## Notes\n\n### Attendees\n\n### Notes\n'
    expect(texts(minutes(text))).toEqual([['Agenda', 'Quay repairs']])
  })

  test('items done ([x] or struck through) are marked done; the open items of a "To do" list are action items', () => {
    const text = '## To do\n\n- [x] book the hall\n- ~~print the flyers~~\n- order the chairs\n- [ ] Ann to call the mayor\n'
    const outline = minutes(text)
    const [list] = outline.sections[0]!.nodes
    expect(list!.type === 'list' ? list.children.map((item) => toString(item)) : []).toEqual(['✓ book the hall', '✓ print the flyers', 'order the chairs', 'Ann to call the mayor'])
    const [selection] = selectPoints(outline)
    expect(selection!.actions.map((action) => action.text)).toEqual(['order the chairs', 'Ann to call the mayor'])
  })

  test('in French notes, "À faire" is a to-do list and "Présents" the attendees', () => {
    const outline = shapeMinutes(splitSections(parseNotes({kind: 'markdown', text: '## Présents\n\n- Ann\n\n## À faire\n\n- réserver la salle\n'})), {language: french})
    expect(outline.meta.attendees).toEqual(['Ann'])
    const [selection] = selectPoints(outline, {language: french})
    expect(selection!.actions.map((action) => action.text)).toEqual(['réserver la salle'])
  })

  test('a list of bare links is one line of links; a run of link-only sections is one Links section', () => {
    const list = minutes('## Slides\n\n- [Quay](https://example.org/quay)\n- [Ferries](https://example.org/ferries)\n- <https://example.org/pilots>\n')
    expect(texts(list)).toEqual([['Slides', 'Quay · Ferries · https://example.org/pilots']])
    const runs = minutes('## Quay\n\n[slides](https://example.org/1)\n\n## Ferries\n\n[slides](https://example.org/2)\n\n## Pilots\n\n<https://example.org/3>\n\n## Budget\n\n- approved\n')
    expect(texts(runs)).toEqual([
      ['Links', 'slides · slides · Pilots'],
      ['Budget', 'approved']
    ])
  })
})

test('decisions and actions written as sentences: "X to do Y", "I\'ll post …"', () => {
  const outline = minutes("## Quay\n\n- Ann to send the report to the council\n- I'll post the slides tomorrow\n- Nothing to do about the ferries\n- Time to fix the quay, everyone agrees\n")
  const [selection] = selectPoints(outline)
  expect(selection!.actions.map((action) => action.text)).toEqual(['Ann to send the report to the council', "I'll post the slides tomorrow"])
})

test('a hand-written table of contents (links to the notes\' own #anchors) is dropped', () => {
  const outline = minutes('# Harbour day\n\nAnn Berg, harbour master\n\n- [Quay](#quay)\n  - [Stone](#stone)\n- [Ferries](#ferries)\n\n## Quay\n\n- repairs approved\n')
  expect(texts(outline)).toEqual([
    ['Opening', 'Ann Berg, harbour master'],
    ['Quay', 'repairs approved']
  ])
})

test('in an archive of meetings, each attendee list stays with its meeting as one line', () => {
  const outline = minutes('## 2024-03-12 Board\n\n### Attendees\n\n- Ann\n- Tom\n\n### Notes\n\n- quay approved\n\n## 2024-02-13 Board\n\n### Attendees\n\n- Ed\n\n### Notes\n\n- fares discussed\n')
  expect(outline.meta.attendees).toBeUndefined()
  expect(texts(outline)).toEqual([
    ['2024-03-12 Board', 'Present: Ann, Tom'],
    ['Notes', 'quay approved'],
    ['2024-02-13 Board', 'Present: Ed'],
    ['Notes', 'fares discussed']
  ])
})
