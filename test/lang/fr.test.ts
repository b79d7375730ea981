import {describe, expect, test} from 'vitest'
import {french} from '../../src/lang/fr.js'
import {segmentText} from '../../src/pipeline/segment-text.js'
import {condense} from '../../src/pipeline/select-points/condense.js'
import {findAction} from '../../src/pipeline/select-points/find-actions.js'
import {findFigures} from '../../src/pipeline/select-points/find-figures.js'
import {stripNoise} from '../../src/pipeline/strip-noise.js'
import {terms} from '../../src/text/terms.js'

const language = french
const blog = (text: string) => stripNoise({text, kind: 'live-blog', language})

describe('french.noise', () => {
  test('an inline photo credit goes, the rest of the line stays', () => {
    const {notes, removed} = blog('Les fours chauffent dès sept heures. (Crédit photo : Anne Roux) Le pain sort à huit heures.')
    expect(notes.text).toBe('Les fours chauffent dès sept heures. Le pain sort à huit heures.')
    expect(removed).toEqual([{line: 1, text: '(Crédit photo : Anne Roux)', rule: 'image credit'}])
  })

  test('a credit line, a stage cue in brackets, and lines that are only a date or a time', () => {
    const {notes, removed} = blog('Crédits photos : la guilde des boulangers\nMerci à tous [Applaudissements]\nmardi 4 juin 2024\n14h30\nMis à jour à 9 h 05')
    expect(notes.text).toBe('\nMerci à tous\n\n\n')
    expect(removed.map((piece) => piece.rule)).toEqual(['image credit', 'stage cue', 'date or time separator', 'date or time separator', 'date or time separator'])
  })

  test('the date of a dropped line is kept, as an ISO date', () => {
    expect(blog('Le four tourne.\nmardi 4 juin 2024\nLe pain sort.').date).toBe('2024-06-04')
  })

  test('sentences that mention a date, a time or a credit are kept', () => {
    const text = 'Le marché ouvre le 4 juin 2024 à 14h30 avec un crédit de la mairie.'
    expect(blog(text)).toMatchObject({notes: {text}, removed: []})
  })
})

describe('french.talkCues', () => {
  test('"monte sur scène" and "laisse la parole à" open talks; a talk handing back to its own speaker does not', () => {
    const entries = [
      'Les portes ouvrent et la salle se remplit.',
      'Claire Fontaine monte sur scène pour parler du levain.',
      'Le levain naturel garde le pain frais quatre jours.',
      'Claire Fontaine laisse la parole à Hugo Lambert, qui présente le four à bois.',
      'Le four consomme moins d’énergie que l’ancien.'
    ]
    expect(segmentText(entries, {language})).toEqual([0, 1, 3])
  })

  test('the English cues do not fire on French notes', () => {
    const entries = ['Le comité se réunit.', 'Next up: le budget.', 'Le budget est voté.']
    expect(segmentText(entries, {language})).toEqual([0])
  })
})

describe('french.fillers', () => {
  test('"en fait", "du coup" and a leading "alors" go; the words of the claim stay', () => {
    expect(condense('Alors, en fait, la fermentation lente coûte du temps mais fidélise les clients.', {maxWords: 20, language})).toBe('La fermentation lente coûte du temps mais fidélise les clients.')
  })

  test('a reporting frame goes, unless its subject does something else later', () => {
    expect(condense('Elle explique comment le levain garde le pain frais.', {maxWords: 20, language})).toBe('Le levain garde le pain frais.')
    expect(condense('Elle parle du levain et va montrer le four.', {maxWords: 20, language})).toBe('Elle parle du levain et va montrer le four.')
  })

  test('the space French puts before a colon stays', () => {
    expect(condense('Du coup, le plan du village : sur le site de la mairie.', {maxWords: 20, language})).toBe('Le plan du village : sur le site de la mairie.')
  })
})

describe('french.actionMarkers', () => {
  test.each([
    ['À faire : commander la farine bio', 'Commander la farine bio'],
    ['A faire: réserver la salle', 'Réserver la salle'],
    ['Prochaines étapes : tester le four', 'Tester le four'],
    ['Marie doit envoyer le compte rendu.', 'Marie doit envoyer le compte rendu.'],
    ['@hugo doit appeler le meunier', '@hugo doit appeler le meunier']
  ])('%j is an action item', (text, action) => {
    expect(findAction(text, {language})).toBe(action)
  })

  test('a sentence about what something must do is no action item', () => {
    expect(findAction('Le budget doit baisser de dix pour cent.', {language})).toBeUndefined()
  })
})

describe('french.figures', () => {
  test('thousands set apart by a space, percentages with a space, French units', () => {
    const values = (text: string) => findFigures({line: 1, text}, {language}).map((figure) => figure.value)
    expect(values('La coopérative vend 3 000 pains par jour.')).toEqual(['3 000 pains'])
    expect(values('La subvention couvre 60 % des frais pendant 2 ans.')).toEqual(['60 %', '2 ans'])
    expect(values('Le four a coûté 12 500 euros.')).toEqual(['12 500 euros'])
  })
})

describe('french.stopWords and elisions', () => {
  test('function words go and elided articles come off their word', () => {
    expect(terms("L'équipe parle de la migration et d'un nouveau four", {language})).toEqual(['équipe', 'migration', 'nouveau', 'four'])
  })
})
