import {spawnSync} from 'node:child_process'
import {resolve} from 'node:path'
import {describe, expect, test} from 'vitest'
import {english} from '../../src/lang/en.js'
import {french} from '../../src/lang/fr.js'
import {detectLanguage, languageFor, languages} from '../../src/lang/index.js'

describe('languages', () => {
  test('one table of the languages with data of their own, by code', () => {
    expect(Object.keys(languages).sort()).toEqual(['en', 'fr'])
    for (const [code, language] of Object.entries(languages)) expect(language.code).toBe(code)
  })
})

describe('languageFor', () => {
  test('a code with data gives its language', () => {
    expect(languageFor('fr')).toBe(french)
    expect(languageFor('EN')).toBe(english)
  })

  test('a regional code gets the data of its language under its own code', () => {
    expect(languageFor('fr-ca')).toEqual({...french, code: 'fr-CA'})
  })

  test('a real language without data gets English rules under its own code and name', () => {
    expect(languageFor('de')).toEqual({...english, code: 'de', name: 'German'})
    expect(languageFor('ja')).toMatchObject({code: 'ja', name: 'Japanese', labels: english.labels})
  })

  test.each(['xx', 'e', 'french', ''])('%j is no language', (code) => {
    expect(languageFor(code)).toBeUndefined()
  })
})

describe('detectLanguage', () => {
  test.each([
    ['fr', 'Claire Fontaine monte sur scène pour parler du levain. Elle explique comment le levain naturel garde le pain frais pendant quatre jours.'],
    ['en', 'Claire Fontaine takes the stage to talk about sourdough. She explains how a natural starter keeps bread fresh for four days.'],
    ['de', 'Claire Fontaine betritt die Bühne und spricht über Sauerteig. Sie erklärt, wie ein natürlicher Sauerteig das Brot vier Tage frisch hält.'],
    ['ja', 'クレールさんが登壇し、サワードウについて話しました。天然酵母はパンを四日間新鮮に保つと説明しました。']
  ])('%s', (code, text) => {
    expect(detectLanguage(text)).toBe(code)
  })

  test('text too short to tell, or only code and links, is taken as English', () => {
    expect(detectLanguage('Bonjour à tous')).toBe('en')
    expect(detectLanguage('```\nconst prix = calculer(pain, farine, levain, sel)\n```\nhttps://example.org/recettes/pain-au-levain-et-farine')).toBe('en')
  })

  // In a process of its own, as the CLI runs (`npm test` builds dist/ first).
  const loads = (text: string): {code: string; loaded: boolean} => {
    const script = `
      import {createRequire} from 'node:module'
      const {detectLanguage} = await import(${JSON.stringify(resolve('dist/lang/index.js'))})
      const code = detectLanguage(process.argv[1])
      const loaded = Object.keys(createRequire(import.meta.url).cache).some((path) => path.includes('tinyld'))
      console.log(JSON.stringify({code, loaded}))`
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script, text], {encoding: 'utf8'})
    return JSON.parse(result.stdout) as {code: string; loaded: boolean}
  }

  test('plainly English notes are told without loading the detector; other notes load it', () => {
    expect(loads('The council met on Monday and agreed that the new library will open in the spring, with longer hours for the students who asked for them.')).toEqual({code: 'en', loaded: false})
    expect(loads('Le conseil s’est réuni lundi et a décidé que la nouvelle bibliothèque ouvrira au printemps, avec des horaires plus longs.')).toEqual({code: 'fr', loaded: true})
  })
})
