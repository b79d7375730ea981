import {describe, expect, test} from 'vitest'
import {english} from '../../src/lang/en.js'
import {french} from '../../src/lang/fr.js'
import {leansBack} from '../../src/lang/leaning.js'

describe('leansBack: the words come from the language', () => {
  test('English: a first word leans on the sentence before, "the latter" on a part of it', () => {
    expect(leansBack('They built forty ovens.', english)).toBe('start')
    expect(leansBack('“This causes delays,” she said.', english)).toBe('start')
    expect(leansBack('Rye is the answer to the latter of the two questions.', english)).toBe('part')
    expect(leansBack('Thermal ovens bake faster.', english)).toBe(false)
  })

  test('French: "Ils …", "Cela …" and "ce dernier" lean; English words do not', () => {
    expect(leansBack('Ils ont construit quarante fours.', french)).toBe('start')
    expect(leansBack('Cela retarde la livraison.', french)).toBe('start')
    expect(leansBack('Le boulanger répond à ce dernier.', french)).toBe('part')
    expect(leansBack('They built forty ovens.', french)).toBe(false)
    expect(leansBack('Ils ont construit quarante fours.', english)).toBe(false)
  })
})
