import {describe, expect, test} from 'vitest'
import {DeckError, ExitCode} from '../src/errors.js'
import type {ProgressEvent} from '../src/run.js'
import {showProgress} from '../src/show-progress.js'

/** A stream that keeps what is written to it, a terminal or not. */
function stream(isTTY: boolean, columns?: number) {
  const writes: string[] = []
  return {writes, isTTY, ...(columns === undefined ? {} : {columns}), write: (text: string) => writes.push(text)}
}

const erase = '\r\u001B[2K'
const building = (index: number, source: string): ProgressEvent => ({type: 'building', source, index, total: 3})
const built = (index: number, source: string, slides = 4): ProgressEvent => ({type: 'built', source, index, total: 3, slides})

describe('showProgress on a terminal', () => {
  test('rewrites one live line in place: decks done out of all, those being built, then the formats being made', () => {
    const tty = stream(true, 120)
    const progress = showProgress(tty)
    progress.show(building(0, 'a.md'))
    progress.show(building(1, 'b.md'))
    progress.show(built(1, 'b.md'))
    progress.show(building(2, 'c.md'))
    progress.show(built(0, 'a.md'))
    progress.show({type: 'failed', source: 'c.md', index: 2, total: 3, error: new DeckError('c.md: empty', ExitCode.DataError)})
    progress.show({type: 'rendering', formats: ['md', 'pdf'], total: 3})
    expect(tty.writes).toEqual([
      `${erase}[0/3] building a.md …`,
      `${erase}[0/3] building a.md, b.md …`,
      `${erase}[1/3] building a.md …`,
      `${erase}[1/3] building a.md, c.md …`,
      `${erase}[2/3] building c.md …`,
      `${erase}[3/3] …`,
      `${erase}[3/3] making md, pdf …`
    ])
    // A line that stays goes above the live line, which is drawn again; end() takes it away.
    progress.print('a.md → decks/a.{md,pdf} (4 slides, markdown)')
    progress.end()
    expect(tty.writes.slice(-2)).toEqual([`${erase}a.md → decks/a.{md,pdf} (4 slides, markdown)\n[3/3] making md, pdf …`, erase])
    expect(tty.writes.join('')).not.toMatch(/\n$/)
  })

  test('the live line is cut to the width of the terminal, so that it never wraps', () => {
    const tty = stream(true, 30)
    showProgress(tty).show(building(0, 'notes/a-very-long-name-for-a-talk.md'))
    expect(tty.writes).toEqual([`${erase}[0/3] building notes/a-very-…`])
    expect(tty.writes[0]!.length - erase.length).toBe(29)
  })

  test('a line printed with no live line shown is just the line', () => {
    const tty = stream(true)
    const progress = showProgress(tty)
    progress.print('debrief: a warning')
    progress.end()
    expect(tty.writes).toEqual(['debrief: a warning\n'])
  })
})

describe('showProgress anywhere else (CI, a pipe)', () => {
  test('one plain line a deck, in input order whatever order they end in, and no escape codes', () => {
    const pipe = stream(false)
    const progress = showProgress(pipe)
    progress.show(building(0, 'a.md'))
    progress.show(building(1, 'b.md'))
    progress.show(built(1, 'b.md', 1))
    expect(pipe.writes).toEqual([])
    progress.show(building(2, 'c.md'))
    progress.show(built(0, 'a.md'))
    progress.show({type: 'failed', source: 'c.md', index: 2, total: 3, error: new DeckError('c.md: empty', ExitCode.DataError)})
    progress.show({type: 'rendering', formats: ['md', 'html'], total: 3})
    progress.print('a.md → decks/a.md (4 slides, markdown)')
    progress.end()
    expect(pipe.writes.join('')).toBe(
      '[1/3] built a.md (4 slides)\n[2/3] built b.md (1 slide)\n[3/3] not built: c.md (see below)\nmaking md, html …\na.md → decks/a.md (4 slides, markdown)\n'
    )
  })
})
