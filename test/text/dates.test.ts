import {describe, expect, test} from 'vitest'
import {french} from '../../src/lang/fr.js'
import {languageFor} from '../../src/lang/index.js'
import {dateIn, isoDate} from '../../src/text/dates.js'

describe('isoDate', () => {
  test.each([
    ['Held on Sept. 14th, 2023 downtown.', '2023-09-14'],
    ['Held on 21st June 2024 at noon.', '2024-06-21'],
    ['Board meeting 2024-03-05.', '2024-03-05'],
    ['Kyoto, October 25, 2018Keynote', '2018-10-25']
  ])('English: %j', (text, date) => {
    expect(isoDate(text)).toBe(date)
  })

  test.each([
    ['Réunion du 5 juin 2024 à la mairie', '2024-06-05'],
    ['le 1er juillet 2024', '2024-07-01'],
    ['Lyon, 3 févr. 2025', '2025-02-03'],
    ['mardi 12 décembre 2023', '2023-12-12']
  ])('French: %j', (text, date) => {
    expect(isoDate(text, {language: french})).toBe(date)
  })

  test('German months come from Intl for a language without data of its own', () => {
    const language = languageFor('de')!
    expect(isoDate('Treffen am 12. März 2024 in Wien', {language})).toBe('2024-03-12')
    expect(isoDate('Treffen am 12. März 2024 in Wien')).toBeUndefined()
  })

  test('Chinese and Japanese dates in any language', () => {
    expect(isoDate('会議は2024年3月12日に東京で')).toBe('2024-03-12')
    expect(isoDate('会议于 2023 年 11 月 2 日举行')).toBe('2023-11-02')
  })

  test('no date that is not on the calendar', () => {
    expect(isoDate('le 31 février 2024', {language: french})).toBeUndefined()
    expect(isoDate('2024年2月30日')).toBeUndefined()
    expect(isoDate('Le budget 2024 est voté.', {language: french})).toBeUndefined()
  })
})

describe('dateIn', () => {
  test('the first date as written, valid or not', () => {
    expect(dateIn('Mis à jour le 5 juin 2024 à 14h30', {language: french})).toBe('5 juin 2024')
    expect(dateIn('Updated 31 February 2024')).toBe('31 February 2024')
    expect(dateIn('Mis à jour à 14h30', {language: french})).toBeUndefined()
  })
})
