import {afterEach, describe, expect, test} from 'vitest'
import {defaultFormats, formats, isFormat, outputFormats} from '../../src/render/formats.js'
import {loadThemes} from '../../src/render/themes.js'
import {buildDeck} from '../../src/pipeline/build-deck.js'
import {debrief, removeTemporaryDirectories, temporaryDirectory} from '../helpers.js'

afterEach(removeTemporaryDirectories)

const themes = await loadThemes()

describe('outputFormats: one table of what each format is', () => {
  test('the formats, in the order --help lists them, and the default three', () => {
    expect(formats).toEqual(['md', 'html', 'pdf', 'handout', 'pptx', 'pptx-images', 'png'])
    expect(defaultFormats).toEqual(['md', 'html', 'pdf'])
    for (const format of formats) expect(outputFormats[format].name).toBe(format)
    expect(isFormat('pdf')).toBe(true)
    expect(isFormat('docx')).toBe(false)
    expect(isFormat('toString')).toBe(false)
  })

  test('every format but PNG names one file a deck; PNG one a slide, NAME.001.png …', () => {
    for (const format of ['md', 'html', 'pdf', 'pptx'] as const) {
      expect(outputFormats[format].files('retro', 1)).toEqual([`retro.${format}`])
      expect(outputFormats[format].shown).toBe(format)
    }
    expect(outputFormats.png.files('retro', 3)).toEqual(['retro.001.png', 'retro.002.png', 'retro.003.png'])
    expect(outputFormats.png.files('retro', 1000).at(-1)).toBe('retro.1000.png')
    expect(outputFormats.png.shown).toBe('*.png')
    expect(outputFormats.handout.files('retro', 1)).toEqual(['retro.handout.pdf'])
    expect(outputFormats['pptx-images'].files('retro', 1)).toEqual(['retro.images.pptx'])
  })

  test('what each format needs: a browser of the run, one of its own, or none; whether decks are measured first; which speaker notes it keeps', () => {
    const needs = Object.fromEntries(formats.map((format) => [format, [outputFormats[format].browser, outputFormats[format].measured, outputFormats[format].notes]]))
    expect(needs).toEqual({
      md: ['none', false, 'all'],
      html: ['none', true, 'chosen'],
      pdf: ['shared', true, 'chosen'],
      handout: ['shared', true, 'chosen'],
      pptx: ['none', false, 'chosen'],
      'pptx-images': ['own', true, 'chosen'],
      png: ['shared', false, 'chosen']
    })
  })

  test('md and html render without a browser: the Markdown as built, and a bespoke HTML deck', async () => {
    const deck = buildDeck('# Retro\n\n## Went well\n\n- We shipped the beta on time\n', {file: 'retro.md'})
    const decks = [{name: 'retro', markdown: deck.markdown}]
    expect(await outputFormats.md.render(decks, {themes})).toEqual(new Map([['retro', [deck.markdown]]]))
    const [html] = (await outputFormats.html.render(decks, {themes})).get('retro')!
    expect(typeof html).toBe('string')
    expect((html as string).match(/<section\b/g)).toHaveLength(deck.slides.length)
    expect(html).toContain('We shipped the beta on time')
  })

  test('--help lists every format of the table with what it is', () => {
    const help = debrief(['--help'], {cwd: temporaryDirectory()})
    expect(help.code).toBe(0)
    expect(help.stdout).toContain(`comma list of ${formats.join(', ')}`)
    for (const format of formats) expect(help.stdout).toContain(`  ${format.padEnd(21)}${outputFormats[format].summary}`)
  })
})
