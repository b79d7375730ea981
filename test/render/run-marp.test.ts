import {describe, expect, test} from 'vitest'
import {DeckError, ExitCode} from '../../src/errors.js'
import {buildDeck} from '../../src/pipeline/build-deck.js'
import {runMarp} from '../../src/render/run-marp.js'

const deck = {name: 'retro', markdown: buildDeck('# Retro\n\n## Went well\n\n- The beta shipped on time\n', {file: 'retro.md'}).markdown}

describe('runMarp: marp-cli without side effects on this process', () => {
  test('the environment and the console stay as they are while marp-cli runs', async () => {
    const {warn, error, log} = console
    const tmp = process.env['TMPDIR']
    const changed: string[] = []
    const watch = setInterval(() => {
      if (process.env['TMPDIR'] !== tmp) changed.push(`TMPDIR ${process.env['TMPDIR']}`)
      if (console.warn !== warn || console.error !== error || console.log !== log) changed.push('console')
    }, 5)
    try {
      const outputs = await runMarp([deck], 'html')
      expect(new TextDecoder().decode(outputs.get('retro')![0]!)).toContain('The beta shipped on time')
    } finally {
      clearInterval(watch)
    }
    expect(changed).toEqual([])
  })

  test('marp-cli failing to start its browser is "no browser" (exit 69) with its reason, not a bug', async () => {
    let caught: unknown
    try {
      // An executable that is not a browser: marp-cli cannot launch it.
      await runMarp([deck], 'pptx', {browserPath: '/bin/true'})
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(DeckError)
    expect((caught as DeckError).code).toBe(ExitCode.Unavailable)
    expect((caught as DeckError).message).toMatch(/^no browser for PPTX output: Failed converting Markdown\. \(Failed to launch the browser process/)
  })
})
