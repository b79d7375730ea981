import {describe, expect, test} from 'vitest'
import {english} from '../../src/lang/en.js'
import {terms} from '../../src/text/terms.js'

const {stopWords} = english

describe('terms', () => {
  test('keeps content words, lower-cased, in order', () => {
    expect(terms('Council approves PARK budget')).toEqual(['council', 'approve', 'park', 'budget'])
  })

  test('drops stop words, including contractions with a curly apostrophe', () => {
    expect(terms('We’re really going to get the rota done, it’s what they said')).toEqual(['rota', 'done'])
  })

  test('drops one-letter words but keeps numbers of two digits or more', () => {
    expect(terms('Route 12 runs every 5 minutes in 2024 x')).toEqual(['route', '12', 'runs', 'every', 'minute', '2024'])
  })

  test('strips plural s, -ies, -ing and -ed from longer words', () => {
    expect(terms('ovens cities heated baking')).toEqual(['oven', 'city', 'heat', 'bak'])
  })

  test('the singular and the plural of a word give the same term', () => {
    expect(terms('budget budgets')).toEqual(['budget', 'budget'])
    expect(terms('party parties')).toEqual(['party', 'party'])
  })

  test('strips a possessive', () => {
    expect(terms("Council’s budget and the mayor's plan")).toEqual(['council', 'budget', 'mayor', 'plan'])
  })

  test('leaves words of four letters or fewer unstemmed, except a possessive', () => {
    expect(terms('bus pies ties rota’s')).toEqual(['bus', 'pies', 'ties', 'rota'])
  })

  test('does not strip the s of words ending in ss', () => {
    expect(terms('glass class business')).toEqual(['glass', 'class', 'business'])
  })

  test('keeps letters beyond ASCII', () => {
    expect(terms('Café crème à Genève')).toEqual(['café', 'crème', 'genève'])
  })

  test('no words, no terms', () => {
    expect(terms('')).toEqual([])
    expect(terms('— ... !')).toEqual([])
    expect(terms('and the of it')).toEqual([])
  })
})

describe('stopWords', () => {
  test('holds function words and not content words', () => {
    for (const word of ['the', 'and', 'because', "it's", 'says']) expect(stopWords.has(word)).toBe(true)
    for (const word of ['budget', 'bread', 'council']) expect(stopWords.has(word)).toBe(false)
  })
})
