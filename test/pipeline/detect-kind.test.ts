import {describe, expect, test} from 'vitest'
import {detectKind} from '../../src/pipeline/detect-kind.js'

const blocks = (...entries: string[]) => entries.join('\n\n')

describe('detectKind: Markdown', () => {
  test('a .md file with an ATX heading is markdown', () => {
    expect(detectKind('# Council meeting\n\nThe budget was approved.', 'council.md')).toBe('markdown')
  })

  test('a setext `===` heading counts as a heading', () => {
    expect(detectKind('Council meeting\n===============\n\nThe budget was approved.', 'council.md')).toBe('markdown')
  })

  test('a `#` inside a code fence is not a heading', () => {
    expect(detectKind('- Budget approved\n\n```sh\n# not a heading\n```', 'council.md')).toBe('markdown-flat')
  })

  test('a .md file of bullets only is markdown-flat', () => {
    expect(detectKind('- Budget\n  - park repairs approved\n- Buses\n  - route 12 every ten minutes', 'council.md')).toBe('markdown-flat')
  })

  test('a .md file with bold pseudo-headings is markdown-flat', () => {
    expect(detectKind('**Budget**\n\nPark repairs approved.\n\n**Buses**\n\nRoute 12 every ten minutes.', 'council.md')).toBe('markdown-flat')
  })

  test('the .markdown extension is Markdown too', () => {
    expect(detectKind('Just a sentence about the bakery.', 'bakery.markdown')).toBe('markdown-flat')
  })
})

describe('detectKind: plain-text kinds', () => {
  test('a .txt file with indented lines is an outline', () => {
    const text = 'Staffing\n  night shifts are short\n  agency cover costs more\nBeds\n  ward 3 reopens\n'
    expect(detectKind(text, 'ops.txt')).toBe('outline')
  })

  test('a .txt file with `NAME:` labels is a transcript', () => {
    const text = 'MAYOR: Welcome, everyone.\nCLERK: The minutes are approved.\nMAYOR: Next item is the bus route.\nCLERK: Route 12 runs late.'
    expect(detectKind(text, 'council.txt')).toBe('transcript')
  })

  test('`Name Surname:` labels make a transcript', () => {
    const text = 'Dana Webb: Good evening.\nLuis Ortega: The accounts show a surplus.\nDana Webb: Thank you.'
    expect(detectKind(text, 'club.txt')).toBe('transcript')
  })

  test('`[00:01:02]` timestamps make a transcript', () => {
    const text = '[00:01:02] The chair opens the meeting.\n[00:02:10] The clerk reads the minutes.\n[00:05:40] Buses are discussed.'
    expect(detectKind(text, 'council.txt')).toBe('transcript')
  })

  test('two labelled lines are not enough for a transcript', () => {
    const text = 'MAYOR: Welcome, everyone.\nCLERK: The minutes are approved.'
    expect(detectKind(text, 'council.txt')).toBe('plain')
  })

  test('six or more entries with image credits are a live blog', () => {
    const text = blocks(
      'The bakers pack up their stalls. (Image credit: Ann Berg)',
      'The sourdough prize goes to the harbour bakery. (Image credit: Ann Berg)',
      'Judges taste the rye loaves.',
      'The croissant round starts.',
      'Ovens warm up in the hall.',
      'Visitors queue at the gate.'
    )
    expect(detectKind(text, 'fair.txt')).toBe('live-blog')
  })

  test('six or more entries with a newest-first cue are a live blog', () => {
    const text = blocks(
      'That is a wrap for today, thanks for following.',
      'The sourdough prize goes to the harbour bakery.',
      'Judges taste the rye loaves.',
      'The croissant round starts.',
      'Ovens warm up in the hall.',
      'The bakery fair has begun.'
    )
    expect(detectKind(text, 'fair.txt')).toBe('live-blog')
  })

  test('five noisy entries are still plain', () => {
    const text = blocks(
      'The bakers pack up their stalls. (Image credit: Ann Berg)',
      'The sourdough prize goes to the harbour bakery. (Image credit: Ann Berg)',
      'Judges taste the rye loaves.',
      'The croissant round starts.',
      'Ovens warm up in the hall.'
    )
    expect(detectKind(text, 'fair.txt')).toBe('plain')
  })

  test('six entries with no noise and no order cue are plain', () => {
    const text = blocks(
      'The sourdough prize goes to the harbour bakery.',
      'Judges taste the rye loaves.',
      'The croissant round starts.',
      'Ovens warm up in the hall.',
      'Visitors queue at the gate.',
      'A miller explains stone grinding.'
    )
    expect(detectKind(text, 'fair.txt')).toBe('plain')
  })

  test('prose paragraphs are plain', () => {
    expect(detectKind('The council met on Tuesday. The budget was approved.\n\nBuses will run later.', 'council.txt')).toBe('plain')
  })
})

describe('detectKind: extension against content', () => {
  test('with no extension, Markdown syntax is sniffed from the text', () => {
    expect(detectKind('# Council meeting\n\nThe budget was approved.', '')).toBe('markdown')
    expect(detectKind('**Budget**\n\nPark repairs approved.', 'stdin')).toBe('markdown-flat')
  })

  test('with no extension, text without Markdown syntax is not Markdown', () => {
    expect(detectKind('The council met on Tuesday.\n\nBuses will run later.', 'stdin')).toBe('plain')
    expect(detectKind('MAYOR: Welcome.\nCLERK: Minutes approved.\nMAYOR: Next item.', 'stdin')).toBe('transcript')
  })

  test('a .txt extension overrides Markdown-looking content', () => {
    expect(detectKind('# Council meeting\n\nThe budget was approved.', 'council.txt')).toBe('plain')
  })

  test('a .md extension overrides plain-looking content', () => {
    expect(detectKind('MAYOR: Welcome.\nCLERK: Minutes approved.\nMAYOR: Next item.', 'council.md')).toBe('markdown-flat')
  })

  test('an indented list with markers is Markdown without extension but an outline as .txt', () => {
    const text = '- Staffing\n  - night shifts are short\n- Beds\n  - ward 3 reopens'
    expect(detectKind(text, 'stdin')).toBe('markdown-flat')
    expect(detectKind(text, 'ops.txt')).toBe('outline')
  })
})

test('an indented outline whose topics read "Keynote: …" is an outline, not a transcript', () => {
  const text = 'Conference notes\nKeynote: data contracts\n\t- schemas belong to the producer\n\t- breaking changes need a window\nTalk: columnar engines\n    - 4x faster on our jobs\n    - lazy frames catch bugs\nTODO: try it on billing\n'
  expect(detectKind(text, 'notes.txt')).toBe('outline')
})
