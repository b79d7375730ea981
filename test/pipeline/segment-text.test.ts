import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {orderEntries} from '../../src/pipeline/order-entries.js'
import {parseNotes} from '../../src/pipeline/parse-notes.js'
import {readNotes} from '../../src/pipeline/read-notes.js'
import {segmentText, textTiling} from '../../src/pipeline/segment-text.js'
import {stripNoise} from '../../src/pipeline/strip-noise.js'
import {toString} from 'mdast-util-to-string'
import {pk, windowDiff} from '../segmentation-metrics.js'

describe('segmentText', () => {
  test('a cue phrase that brings someone new on stage opens a segment', () => {
    const entries = [
      'Doors open and the hall fills up.',
      'Next to the stage is Maria Lopez, Head of Research at Tidewater, on coastal flooding.',
      'Lopez shows flood maps of three estuaries.',
      'Lopez hands over to Tom Berg to talk about sensors.',
      'Berg explains the buoy network.',
      'Now two more speakers: Ana Silva and Ben Okafor from Harbourline.',
      'They talk about ferry schedules.'
    ]
    // "hands over to" brings in someone new (Tom Berg), so it opens a segment too.
    expect(segmentText(entries)).toEqual([0, 1, 3, 5])
  })

  test('a hand-over within one talk, to someone already on stage, is not a new segment', () => {
    const entries = [
      'The morning opens with coffee and a welcome video.',
      'Two new speakers hit the stage, Ada Park, Staff Engineer, and Lee Moss, Product Manager at Quarry.',
      'They talk about quarry robots.',
      'Park hands over to Moss to talk about the roadmap.',
      'Moss says the roadmap is public.'
    ]
    expect(segmentText(entries)).toEqual([0, 1])
  })

  test('a new speaker label opens a segment in a transcript', () => {
    const entries = ['HOST: Welcome all.', 'HOST: First up, budgets.', 'DANA: Budgets are flat.', 'DANA: Hiring is frozen.', 'HOST: Thanks Dana.', 'EVAN: On to the offsite.']
    const speakers = entries.map((entry) => entry.split(':')[0])
    expect(segmentText(entries, {speakers})).toEqual([0, 2, 5])
  })

  test('TextTiling finds where the vocabulary changes in text with no cues', () => {
    const bread = ['The sourdough starter needs flour and water every day.', 'Bakers fold the dough and let the sourdough rise overnight.', 'A hot oven gives the bread crust its colour.']
    const bikes = ['The bicycle chain needs oil after rain.', 'Brake pads on a bicycle wear out with long descents.', 'Tyre pressure changes how the bicycle rides.']
    expect(textTiling([...bread, ...bikes], 2, 2)).toEqual([3])
    expect(segmentText([...bread, ...bikes])).toEqual([0, 3])
  })

  test('lexical cohesion adds at most maxSegments segments, keeping the deepest dips', () => {
    const topics = ['sourdough flour dough oven crust', 'bicycle chain brake tyre saddle', 'garden tomato compost seed soil', 'violin bow string rosin concert', 'harbour ferry quay tide boat']
    const entries = Array.from({length: 40}, (_, index) => {
      const words = topics[Math.floor(index / 4) % topics.length]!.split(' ')
      return `The ${words[index % 5]} and the ${words[(index + 1) % 5]} and the ${words[(index + 2) % 5]}.`
    })
    const all = segmentText(entries, {maxSegments: 100})
    expect(all.length).toBeGreaterThan(5)
    const capped = segmentText(entries, {maxSegments: 4})
    expect(capped).toHaveLength(4)
    expect(capped[0]).toBe(0)
    for (const start of capped) expect(all).toContain(start)
    expect(segmentText(entries)).toHaveLength(Math.min(12, all.length))
  })

  test('no entries, no segments', () => {
    expect(segmentText([])).toEqual([])
  })
})

describe('segmentation of the live-blog sample against hand-marked talks', () => {
  const file = 'sources/kubecon-2024-keynote-liveblog.txt'
  const {notes} = stripNoise(readNotes(readFileSync(file), {file}))
  const {tree} = orderEntries(parseNotes(notes))
  const entries = tree.children.map((node) => toString(node))
  // Hand-marked: the first entry of each talk, in the order it happened.
  const marked = [
    "It's a crisp but sunny day",
    'Priyanka Sharma, Executive Director',
    'Sharma’s focusing on linking cloud native and AI together',
    'Two new speakers hit the stage',
    'Next to the stage is Jorge Palma',
    'Next to the stage are several people for a panel',
    'Next to the stage is the curiously named',
    'Now two more speakers for the next keynote',
    'And now, as they leave the stage'
  ]
  const reference = marked.map((start) => entries.findIndex((entry) => entry.startsWith(start)))

  test('every hand-marked talk start is found in the sample', () => {
    expect(reference).not.toContain(-1)
    expect(reference[0]).toBe(0)
  })

  test('Pk and WindowDiff are 0 on the sample', () => {
    const hypothesis = segmentText(entries)
    const scores = {pk: pk(reference, hypothesis, entries.length), windowDiff: windowDiff(reference, hypothesis, entries.length)}
    console.info(`live-blog sample, ${entries.length} entries: Pk ${scores.pk.toFixed(3)}, WindowDiff ${scores.windowDiff.toFixed(3)}`)
    expect(hypothesis).toEqual(reference)
    expect(scores).toEqual({pk: 0, windowDiff: 0})
  })

  test('the metrics do see a wrong segmentation', () => {
    const shifted = reference.map((start) => (start === 0 ? 0 : start + 1))
    expect(pk(reference, shifted, entries.length)).toBeGreaterThan(0.05)
    expect(windowDiff(reference, [0], entries.length)).toBeGreaterThan(0.4)
  })
})

describe('segmentText: transcripts', () => {
  test('in a conversation (speakers keep coming back), a new voice is not a new section', () => {
    const entries = ['AB: What changed on the quay this year?', 'CD: The north side is done.', 'EF: And the stone came from the mill.', 'AB: What about the ferries?', 'CD: They still run late.', 'GH: Two boats come in May.', 'EF: Fares stay the same.']
    const speakers = entries.map((entry) => entry.split(':')[0])
    expect(segmentText(entries, {speakers})).not.toContain(5)
    expect(segmentText(entries, {speakers})).not.toContain(1)
  })

  test("the host's short introduction is not a section of its own: it opens the first talk", () => {
    const entries = ['HOST: Please welcome Ann Berg.', 'ANN: Thanks. The quay was built in 1920.', 'ANN: It needs new stone.', 'TOM: I run the ferries.', 'TOM: They are late in winter.']
    const speakers = entries.map((entry) => entry.split(':')[0])
    expect(segmentText(entries, {speakers})).toEqual([0, 3])
  })
})
