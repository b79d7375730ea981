import {test} from 'vitest'
import {readNotes} from '../src/read-notes.js'
import {parseNotes} from '../src/parse-notes.js'
import {splitSections} from '../src/split-sections.js'
import {selectPoints} from '../src/select-points.js'
import {layoutSlides} from '../src/layout-slides.js'

const j = (...x: unknown[]) => console.log(JSON.stringify(x))
const md = (t: string) => parseNotes(readNotes(t, {file: 'n.md'}))
const sp = (t: string) => { const o = splitSections(md(t)); return [o.meta, o.sections.map(s => [s.title, s.depth, s.line, s.nodes.length])] }
test('explore', () => {
  j(parseNotes(readNotes('  First line here\nsecond line  \n\n\n* star line\n# hash', {file: 'a.txt'})))
  j(parseNotes(readNotes('---\ntitle: T\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |\n', {file: 'a.md'})).children.map(c => [c.type, c.position?.start.line]))
  j(sp('# Title\n\nShort lead.\n\n## A\n\ntext\n\n### A1\n\nmore\n\n## B\n\nb'))
  j(sp('# One\n\nx\n\n# Two\n\ny'))
  j(sp('# Title\n\nThis lead paragraph is long enough that it should not be used as a subtitle for the whole deck at all.\n\n## A\n\ntext'))
  j(sp('# Title\n\nLead one.\n\nLead two.\n\n## A\n\ntext'))
  j(sp('p1\n\np2\n\np3\n\np4\n\np5'))
  j(sp('---\ntitle: Front\n---\n\n# Heading\n\n## A\n\nx'))
  j(sp('### Deep\n\nx\n\n## Shallow\n\ny'))
  j(sp('# Title only'))
  const o = splitSections(md('## A\n\n- one\n- two\n  - sub\n\n1. first\n\n| k | v |\n|---|---|\n| flour | 2kg |\n\n#### inner\n'))
  j(selectPoints(o)[0]!.bullets.map(b => [b.text, b.depth, b.origin.line]))
  const many = '## A\n\n' + Array.from({length: 5}, (_, i) => `Sentence number ${i} mentions rye${i} and spelt${i}.`).join(' ') + '\n\n- listed item\n'
  const s = selectPoints(splitSections(md(many)), {maxPoints: 3})[0]!
  j(s.bullets.map(b => [b.text, b.score]), s.dropped)
  j(readNotes('just text\nmore text'), readNotes('see [x](http://a.b)'), readNotes('- item'), readNotes('# h', {file: 'x.txt'}), readNotes('plain', {file: 'x.MD'}))
})
