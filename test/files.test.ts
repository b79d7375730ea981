import {mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterEach, describe, expect, test} from 'vitest'
import {ExitCode} from '../src/errors.js'
import {checkOutputs, findSources, writeOutputs} from '../src/files.js'
import {removeTemporaryDirectories, temporaryDirectory} from './helpers.js'

afterEach(removeTemporaryDirectories)

async function rejection(promise: Promise<unknown>): Promise<{message: string; code: unknown}> {
  try {
    await promise
  } catch (error) {
    return error as {message: string; code: unknown}
  }
  throw new Error('expected a rejection, the promise resolved')
}

/** A folder of notes: `{'a/x.md': '# X'}`. */
function notes(files: Record<string, string>): string {
  const dir = temporaryDirectory()
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), {recursive: true})
    writeFileSync(join(dir, path), text)
  }
  return dir
}

describe('findSources', () => {
  test('a symlink loop in a notes folder is read once, not followed for ever', async () => {
    const dir = notes({'notes/talk.md': '# Talk\n'})
    symlinkSync('.', join(dir, 'notes', 'self'))
    const sources = await findSources([join(dir, 'notes')])
    expect(sources.map((source) => source.name)).toEqual(['talk'])
  })

  test('a symlinked folder of notes elsewhere is followed', async () => {
    const dir = notes({'elsewhere/retro.md': '# Retro\n', 'notes/talk.md': '# Talk\n'})
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'notes', 'linked'))
    expect((await findSources([join(dir, 'notes')])).map((source) => source.name)).toEqual(['linked/retro', 'talk'])
  })

  test('the output folder under the notes is never read as notes, even through a symlink', async () => {
    const dir = notes({'notes/talk.md': '# Talk\n', 'notes/decks/talk.md': '---\nmarp: true\n---\n', 'out/old.md': 'deck'})
    symlinkSync(join(dir, 'out'), join(dir, 'notes', 'out-link'))
    const sources = await findSources([join(dir, 'notes')], {exclude: [join(dir, 'notes', 'decks'), join(dir, 'out')]})
    expect(sources.map((source) => source.name)).toEqual(['talk'])
  })

  test('notes with one base name in different folders are mirrored, not refused', async () => {
    const dir = notes({'a/x.md': '# A\n', 'b/x.md': '# B\n', 'top.txt': 'Top'})
    const sources = await findSources([dir])
    expect(sources.map((source) => source.name)).toEqual(['a/x', 'b/x', 'top'])
  })

  test('two notes that still make one name are refused', async () => {
    const dir = notes({'x.md': '# A\n', 'x.txt': 'B'})
    const error = await rejection(findSources([dir]))
    expect(error.code).toBe(ExitCode.Usage)
    expect(error.message).toMatch(/x\.txt: makes the same deck name as .*x\.md \(`x`\); rename one$/)
  })
})

describe('checkOutputs', () => {
  test('an output that reaches a notes file through a symlinked folder is refused', async () => {
    const dir = notes({'src/talk.md': '# Talk\n'})
    symlinkSync('src', join(dir, 'decks'))
    const error = await rejection(checkOutputs([join(dir, 'decks', 'talk.md')], {sources: [join(dir, 'src', 'talk.md')]}))
    expect(error.code).toBe(ExitCode.CantCreate)
    expect(error.message).toMatch(/decks\/talk\.md: would overwrite the notes it is built from \(.*src\/talk\.md\)/)
  })

  test('notes given through a symlinked folder are protected too', async () => {
    const dir = notes({'src/talk.md': '# Talk\n'})
    symlinkSync('src', join(dir, 'link'))
    const error = await rejection(checkOutputs([join(dir, 'src', 'talk.md')], {sources: [join(dir, 'link', 'talk.md')]}))
    expect(error.message).toMatch(/would overwrite the notes/)
  })

  test('an output folder that is the notes folder, reached any way, is refused', async () => {
    const dir = notes({'src/talk.txt': 'Talk'})
    symlinkSync('src', join(dir, 'same'))
    const error = await rejection(checkOutputs([join(dir, 'same', 'talk.md')], {notesFolders: [join(dir, 'src')], out: join(dir, 'same')}))
    expect(error.code).toBe(ExitCode.CantCreate)
    expect(error.message).toMatch(/same: is the notes folder; choose another --out/)
  })

  test('a file where the output folder goes, and a folder where an output file goes', async () => {
    const dir = notes({'decks': 'a file', 'out/talk.pdf/inside.txt': 'a folder'})
    expect((await rejection(checkOutputs([join(dir, 'decks', 'sub', 'talk.md')]))).message).toMatch(/decks: is a file, expected a folder/)
    expect((await rejection(checkOutputs([join(dir, 'out', 'talk.md'), join(dir, 'out', 'talk.pdf')]))).message).toMatch(
      /out\/talk\.pdf: is a folder, in the way of the output file/
    )
  })

  test('outputs beside the notes with other names pass', async () => {
    const dir = notes({'src/talk.txt': 'Talk'})
    await expect(checkOutputs([join(dir, 'src', 'decks', 'talk.md'), join(dir, 'src', 'talk.md')], {sources: [join(dir, 'src', 'talk.txt')]})).resolves.toBeUndefined()
  })
})

describe('writeOutputs', () => {
  test('replaces earlier outputs and leaves no temporary or backup file', async () => {
    const dir = notes({'decks/talk.md': 'old deck'})
    await writeOutputs([
      {path: join(dir, 'decks', 'talk.md'), data: 'new deck'},
      {path: join(dir, 'decks', 'sub', 'talk.html'), data: '<html>'}
    ])
    expect(readFileSync(join(dir, 'decks', 'talk.md'), 'utf8')).toBe('new deck')
    expect(readdirSync(join(dir, 'decks')).sort()).toEqual(['sub', 'talk.md'])
    expect(readdirSync(join(dir, 'decks', 'sub'))).toEqual(['talk.html'])
  })

  test('writes none of a unit when one output cannot be written', async () => {
    const dir = notes({'decks/talk.md': 'old deck', 'decks/talk.pdf/in-the-way.txt': 'x'})
    const error = await rejection(
      writeOutputs([
        {path: join(dir, 'decks', 'talk.md'), data: 'new deck'},
        {path: join(dir, 'decks', 'talk.pdf'), data: 'pdf'}
      ])
    )
    expect(error.code).toBe(ExitCode.CantCreate)
    expect(readFileSync(join(dir, 'decks', 'talk.md'), 'utf8')).toBe('old deck')
    expect(readdirSync(join(dir, 'decks')).sort()).toEqual(['talk.md', 'talk.pdf'])
  })
})
