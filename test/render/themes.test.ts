import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterEach, describe, expect, test} from 'vitest'
import {ExitCode} from '../../src/errors.js'
import {loadThemes, pickTheme, themeFolder, themeMetrics} from '../../src/render/themes.js'
import {removeTemporaryDirectories, temporaryDirectory} from '../helpers.js'

afterEach(removeTemporaryDirectories)

describe('loadThemes: the one list of themes', () => {
  test("debrief's themes from themes/, then Marp's offline ones, each with its metrics", async () => {
    const themes = await loadThemes()
    expect([...themes.all.keys()]).toEqual(['debrief', 'debrief-dark', 'default', 'uncover'])
    const debrief = themes.all.get('debrief')!
    expect(debrief.path).toBe(join(themeFolder, 'debrief.css'))
    expect(debrief.css).toBe(readFileSync(join(themeFolder, 'debrief.css'), 'utf8'))
    expect(themes.all.get('uncover')).toEqual({name: 'uncover', metrics: {charsPerLine: 46, maxLines: 7, maxTitle: 50}})
    expect(themes.css).toEqual([debrief.css, themes.all.get('debrief-dark')!.css])
    expect(themes.files).toEqual([join(themeFolder, 'debrief.css'), join(themeFolder, 'debrief-dark.css')])
  })

  test('a theme is named by its @theme comment, not its file name; one never calibrated gets the debrief metrics', async () => {
    const folder = temporaryDirectory()
    writeFileSync(join(folder, 'mine.css'), '/* @theme sepia */\nsection { background: #f4ecd8; }\n')
    writeFileSync(join(folder, 'notes.txt'), 'not a theme')
    const themes = await loadThemes({folder})
    expect([...themes.all.keys()]).toEqual(['sepia', 'default', 'uncover'])
    expect(themes.all.get('sepia')!.metrics).toEqual(themeMetrics('debrief'))
    expect(themeMetrics('sepia')).toEqual({charsPerLine: 66, maxLines: 11, maxTitle: 80})
  })

  test('a CSS file without @theme, or a folder that is not there, is an error naming it', async () => {
    const folder = temporaryDirectory()
    writeFileSync(join(folder, 'plain.css'), 'section { color: red; }\n')
    await expect(loadThemes({folder})).rejects.toThrow(`${join(folder, 'plain.css')}: a theme needs an \`@theme NAME\` comment`)
    await expect(loadThemes({folder: join(folder, 'nope')})).rejects.toMatchObject({code: ExitCode.NoInput})
  })
})

describe('pickTheme', () => {
  test('gives the theme, or a usage error: gaia is refused with why, an unknown one lists those there are', async () => {
    const themes = await loadThemes()
    expect(pickTheme(themes).name).toBe('debrief')
    expect(pickTheme(themes, 'uncover').name).toBe('uncover')
    expect(() => pickTheme(themes, 'gaia')).toThrow('Unexpected `gaia` for `--theme`: it loads its fonts from the network, and debrief decks work offline')
    expect(() => pickTheme(themes, 'sepia')).toThrow('Unexpected `sepia` for `--theme`, expected one of debrief, debrief-dark, default, uncover')
  })
})
