import {describe, expect, test} from 'vitest'
import {detectKind} from '../../src/pipeline/detect-kind.js'

const blocks = (...entries: string[]) => entries.join('\n\n')

// A fair, entry by entry, each opened by its time.
const fairEntries = ['09:17AM - The mayor opens the fair.', '09:20AM - Judges taste rye.', '09:31AM - Croissants next.', '09:40AM - A miller speaks.', '09:52AM - Prizes are handed out.', '10:05AM - That is a wrap.']

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

  test('a .md file of speaker turns is a transcript (written in Markdown)', () => {
    expect(detectKind('MAYOR: Welcome.\nCLERK: Minutes approved.\nMAYOR: Next item.', 'council.md')).toBe('transcript')
  })

  test('a .md file of prose without headings stays markdown-flat', () => {
    expect(detectKind('The council met on Tuesday.\n\nBuses will run later.\n\nMAYOR: thanks all.', 'council.md')).toBe('markdown-flat')
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

describe('detectKind: weighing the evidence', () => {
  test('Markdown in a .txt file (setext headings, `- ` bullets) is markdown', () => {
    const text = 'Bakery open day\nAnn Berg\n\nOvens\n-----\n- oven two is fixed\n- oven three next week\n\nFlour\n-----\nThe mill delivers on Fridays.\n'
    expect(detectKind(text, 'open-day.txt')).toBe('markdown')
  })

  test('ATX headings in a .txt file make it markdown', () => {
    expect(detectKind('## Ovens\n\nOven two is fixed.\n\n## Flour\n\nThe mill is late.', 'open-day.txt')).toBe('markdown')
  })

  test('a tab-indented outline with one `###` banner line stays an outline', () => {
    const text = '### Bakery open day ###\n\nOvens\n\t- oven two is fixed\n\t- oven three next week\nFlour\n\t1) the mill is late\n\t\t- Fridays only\n'
    expect(detectKind(text, 'open-day.txt')).toBe('outline')
  })

  test('a .md file of speaker turns with front matter is a transcript', () => {
    const text = '---\ntitle: Harbour panel\n---\n\nPanel on the harbour\n\nAB: Welcome to the panel.\n\nCD: Thanks. The quay needs work.\n\nEF: I agree with that.\n\nAB: What about the ferries?\n\nCD: They run late in winter.\n'
    expect(detectKind(text, 'panel.md')).toBe('transcript')
  })

  test('a .md file of timestamped entries is a live blog', () => {
    expect(detectKind(fairEntries.join('\n\n'), 'fair.md')).toBe('live-blog')
  })

  test('wall-clock times, one entry a line with no names, are a live blog, not a transcript', () => {
    const text = '10:02 Doors open at the bakery fair\n10:15 The mayor cuts the ribbon\n10:40 Judges taste the rye loaves\n11:05 The croissant round starts\n'
    expect(detectKind(text, 'fair.txt')).toBe('live-blog')
  })

  test('a captioned talk with `NAME:` turns under caption times is a transcript', () => {
    const text = [
      '[00:00:05]\nHOST: Welcome everyone to the harbour talk.\nWe start with the ferries and then the quay.\nPlease hold questions to the end.',
      '[00:01:10]\nANN BERG: Thanks. The quay was built in 1920.\nIt needs new stone on the north side.\nThe council has a plan for it.',
      '[00:02:40]\nso the stone comes from the old mill\nand it is cheaper than concrete\nwhich surprised us all',
      '[00:03:55]\nANN BERG: The ferries are next.\nThey run late in winter.\nTwo new boats come in May.',
      '[00:05:20]\nHOST: Questions now.\nPlease use the microphone.\nWe have ten minutes.',
      '[00:06:00]\nthe first question is about fares\nand whether they go up\nthey do not'
    ].join('\n\n')
    expect(detectKind(text, 'talk.txt')).toBe('transcript')
  })
})

describe('detectKind: a log written in Markdown, whatever marks its entries', () => {
  test('talks under headings stamped with times of day, newest first, are a live blog', () => {
    const talk = (title: string, time: string, speaker: string) => `# ${title} (${time})\n## ${speaker}\n\n- the ovens run hotter\n- the flour comes from the valley\n`
    const text = [talk('Closing the fair', '11:40am', 'Ann Berg'), talk('Rye loaves', '10:50am', 'Bo Lind'), talk('Opening the fair', '9:05am', 'Cy Moss')].join('\n')
    expect(detectKind(text, 'fair.md')).toBe('live-blog')
  })

  test('headings stamped with dates only are an archive of meetings, not a live blog', () => {
    const text = '# Orchard club\n\n## 2024/05/02\n\n- pruning plan agreed\n\n## 2024/04/11\n\n- new ladders bought\n\n## 2024/03/07\n\n- the east rows flooded\n'
    expect(detectKind(text, 'club.md')).toBe('markdown')
  })

  test('one time in a heading among many is no log', () => {
    const text = '# Fair\n\n## Ovens\n\nHot.\n\n## Flour (at 9:30)\n\nLate.\n\n## Prizes\n\nRye won.\n\n## Stands\n\nForty.\n'
    expect(detectKind(text, 'fair.md')).toBe('markdown')
  })

  test('entries inside HTML paragraphs, opened by their times, are a live blog', () => {
    const text = `{{< rawhtml >}}\n<p><img src="/assets/fair.png"></p>\n${fairEntries.map((entry) => `<p>${entry}</p>\n<p><img src="/assets/stand.png"></p>`).join('\n')}\n{{< /rawhtml >}}\n`
    expect(detectKind(text, 'fair.md')).toBe('live-blog')
  })
})
