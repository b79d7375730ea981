import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {themeStyle} from '../../src/render/theme-style.js'

const themes = ['debrief', 'debrief-dark'].map((name) => readFileSync(`themes/${name}.css`, 'utf8'))

describe('themeStyle', () => {
  test("reads debrief's colours and fonts from its CSS, and the dark theme's over the light one it imports", () => {
    expect(themeStyle('debrief', themes)).toMatchObject({background: 'FFFFFF', text: '1D232B', accent: '1F5FBF', muted: '5B6472', monoFont: 'DejaVu Sans Mono'})
    expect(themeStyle('debrief-dark', themes)).toMatchObject({background: '141A22', text: 'E8EDF3', accent: '7FB2FF', codeBackground: '1F2833', monoFont: 'DejaVu Sans Mono'})
    // The first font a PowerPoint file can name, not `system-ui`.
    expect(themeStyle('debrief', themes).font).toBe('Segoe UI')
  })

  test("Marp's own themes have their own palettes; an unknown theme gets default's", () => {
    expect(themeStyle('uncover', themes).accent).toBe('009DD5')
    expect(themeStyle('nope', themes)).toEqual(themeStyle('default', themes))
  })
})
