import {expect, test} from 'vitest'
import * as debrief from '../src/index.js'

test('the package root exports the pipeline and its error', () => {
  expect(Object.keys(debrief).sort()).toEqual([
    'DeckError',
    'ExitCode',
    'buildDeck',
    'checkDecks',
    'composeDeck',
    'detectLanguage',
    'english',
    'evaluateDeck',
    'fitDeck',
    'formatReport',
    'french',
    'languageFor',
    'languages',
    'launchBrowser',
    'layoutSlides',
    'loadThemes',
    'measureSlides',
    'outputFormats',
    'parseNotes',
    'planDeck',
    'readDeck',
    'readNotes',
    'renderHandout',
    'renderHtml',
    'renderPdf',
    'renderPptx',
    'run',
    'selectNotes',
    'selectPoints',
    'splitSections',
    'themeMetrics',
    'toMarp',
    'verifyDeck'
  ])
})

test('buildDeck is synchronous and returns the deck', () => {
  const deck = debrief.buildDeck('# Retro\n\n## Went well\n\n- Shipped the beta on time\n')
  expect(deck).not.toBeInstanceOf(Promise)
  expect(deck.slides.map((slide) => slide.type)).toEqual(['title', 'agenda', 'content'])
  expect(deck.markdown.startsWith('---\nmarp: true\n')).toBe(true)
})
