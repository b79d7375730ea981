import {describe, expect, test} from 'vitest'
import {french} from '../../../src/lang/fr.js'
import {languageFor} from '../../../src/lang/index.js'
import {splitSentences} from '../../../src/pipeline/select-points/split-sentences.js'

const texts = (text: string): string[] => splitSentences(text).map((sentence) => sentence.text)

describe('splitSentences', () => {
  test('splits at full stops, question and exclamation marks', () => {
    expect(texts('The ferry was late. Was the bridge closed? Yes! We walked.')).toEqual([
      'The ferry was late.',
      'Was the bridge closed?',
      'Yes!',
      'We walked.'
    ])
  })

  test('nothing, or only whitespace, has no sentences; text without a full stop is one', () => {
    expect(splitSentences('')).toEqual([])
    expect(splitSentences('  \n ')).toEqual([])
    expect(texts('No full stop at the end')).toEqual(['No full stop at the end'])
  })

  test('offsets point at each sentence in the text', () => {
    const text = 'The ferry was late.  Was the bridge closed?\nYes! We walked home.'
    const sentences = splitSentences(text)
    expect(sentences).toHaveLength(4)
    for (const {text: sentence, offset} of sentences) expect(text.slice(offset, offset + sentence.length)).toBe(sentence)
  })

  test('a line break inside a sentence becomes a space, and offsets still point into the text', () => {
    const text = 'The orchard needs\nmore bees. Hives arrive\nin May.'
    expect(splitSentences(text)).toEqual([
      {text: 'The orchard needs more bees.', offset: 0},
      {text: 'Hives arrive in May.', offset: 29}
    ])
    expect(text.slice(29).startsWith('Hives')).toBe(true)
  })

  test.each([
    ['Dr.', 'Dr. Okafor opened the clinic. It was noon.', ['Dr. Okafor opened the clinic.', 'It was noon.']],
    ['Mr. and p.m.', 'Mr. Lind agreed at 3 p.m. today. The rest of us went home.', ['Mr. Lind agreed at 3 p.m. today.', 'The rest of us went home.']],
    ['Prof. and St.', 'Prof. Ng and St. Clair spoke. The hall applauded.', ['Prof. Ng and St. Clair spoke.', 'The hall applauded.']],
    ['e.g. and i.e.', 'Use soft fruit, e.g. plums. Pick them ripe, i.e. soft.', ['Use soft fruit, e.g. plums.', 'Pick them ripe, i.e. soft.']],
    ['U.S.', 'The U.S. team won the relay. Then they left.', ['The U.S. team won the relay.', 'Then they left.']]
  ])('an abbreviation (%s) does not end a sentence', (_, text, expected) => {
    expect(texts(text)).toEqual(expected)
  })

  test('a version or a decimal number does not end a sentence', () => {
    expect(texts('We upgraded the tills to v2.0 last week. The old version had bugs.')).toEqual([
      'We upgraded the tills to v2.0 last week.',
      'The old version had bugs.'
    ])
    expect(texts('Apples cost 4.5 euros per kilo. Pears cost more.')).toEqual(['Apples cost 4.5 euros per kilo.', 'Pears cost more.'])
  })

  test('a URL does not end a sentence', () => {
    expect(texts('See https://example.org/docs/setup.html for the steps. Then install it.')).toEqual([
      'See https://example.org/docs/setup.html for the steps.',
      'Then install it.'
    ])
    expect(texts('Read www.example.org/a.b now. Next.')).toEqual(['Read www.example.org/a.b now.', 'Next.'])
  })

  test('a quotation with full stops inside is part of its sentence', () => {
    expect(texts('He said "It works. Really." and left. Nobody clapped.')).toEqual(['He said "It works. Really." and left.', 'Nobody clapped.'])
    expect(texts('She called it “a small miracle. Truly.” before lunch. Then we ate.')).toEqual([
      'She called it “a small miracle. Truly.” before lunch.',
      'Then we ate.'
    ])
    expect(texts('The chef said «Bon. Très bon.» and smiled. Fin.')).toEqual(['The chef said «Bon. Très bon.» and smiled.', 'Fin.'])
  })

  test('a quotation that ends its sentence closes it', () => {
    expect(texts('“Quiet. Please.” The room fell silent.')).toEqual(['“Quiet. Please.”', 'The room fell silent.'])
  })

  test('an ellipsis before a lower-case word does not end the sentence', () => {
    expect(texts('Wait... the bus is here. Run!')).toEqual(['Wait... the bus is here.', 'Run!'])
  })

  // A short capitalised word before a full stop, or a next sentence full of
  // capitalised words, looks like a name abbreviation ("J. Smith").
  test('a full stop after a short name ends the sentence', () => {
    expect(texts('The vote passed, thanks to Ruiz. The session ended.')).toEqual(['The vote passed, thanks to Ruiz.', 'The session ended.'])
  })

  test('a full stop before a sentence full of names ends the sentence', () => {
    expect(texts('Lunch was late. Amara Osei, Treasurer at Riverside Library, presented.')).toEqual([
      'Lunch was late.',
      'Amara Osei, Treasurer at Riverside Library, presented.'
    ])
  })

  test('a full stop before a number or a bracket ends the sentence', () => {
    expect(texts('They built tooling for ops. 15 years ago nobody used containers.')).toEqual(['They built tooling for ops.', '15 years ago nobody used containers.'])
    expect(texts('Both can coexist. (nts: Cargo vs. SMW?)')).toEqual(['Both can coexist.', '(nts: Cargo vs. SMW?)'])
    expect(texts('See fig. 3 for the map.')).toEqual(['See fig. 3 for the map.'])
  })

  test('a question mark before a dash goes on with the sentence', () => {
    expect(texts('He spoke about the challenges - and joys? - of the job. Then he left.')).toEqual([
      'He spoke about the challenges - and joys? - of the job.',
      'Then he left.'
    ])
  })
})

describe('splitSentences in other languages', () => {
  const split = (text: string, code: string): string[] => splitSentences(text, {language: languageFor(code)!}).map((sentence) => sentence.text)

  test('Japanese sentences end at 。, ！ and ？, and a bracket after 。 opens the next one', () => {
    expect(split('会議は東京で開かれました。参加者は二十人でした！次回は三月ですか？', 'ja')).toEqual(['会議は東京で開かれました。', '参加者は二十人でした！', '次回は三月ですか？'])
    expect(split('立場だと思った。（自分は使っていない）次に進む。', 'ja')).toEqual(['立場だと思った。', '（自分は使っていない）次に進む。'])
  })

  test('a Chinese paragraph is split into whole sentences, offsets pointing into it', () => {
    const text = '我们讨论了明年的预算。预算增加百分之十！新的办公室什么时候开放？'
    const sentences = splitSentences(text, {language: languageFor('zh')!})
    expect(sentences.map((sentence) => sentence.text)).toEqual(['我们讨论了明年的预算。', '预算增加百分之十！', '新的办公室什么时候开放？'])
    for (const {text: sentence, offset} of sentences) expect(text.slice(offset, offset + sentence.length)).toBe(sentence)
  })

  test('a German quotation „…“ with full stops inside is part of its sentence', () => {
    expect(split('Er sagte „Es geht. Wirklich.“ und ging. Dann kam Anna.', 'de')).toEqual(['Er sagte „Es geht. Wirklich.“ und ging.', 'Dann kam Anna.'])
  })

  test('French: « … » and the abbreviations of French', () => {
    const language = french
    const split = (text: string): string[] => splitSentences(text, {language}).map((sentence) => sentence.text)
    expect(split('Le chef a dit « Bon. Très bon. » et il est parti. Fin.')).toEqual(['Le chef a dit « Bon. Très bon. » et il est parti.', 'Fin.'])
    expect(split('Mme. Roux ouvre la séance. M. Petit lit le budget.')).toEqual(['Mme. Roux ouvre la séance.', 'M. Petit lit le budget.'])
  })
})

test('Chinese and Japanese are split after 。！？, with no space needed, offsets into the text', () => {
  const ja = '今年は岸壁が直りました。石は古い製粉所から来ました！本当ですか？'
  const parts = splitSentences(ja)
  expect(parts.map((part) => part.text)).toEqual(['今年は岸壁が直りました。', '石は古い製粉所から来ました！', '本当ですか？'])
  expect(parts.map((part) => ja.slice(part.offset, part.offset + part.text.length))).toEqual(parts.map((part) => part.text))
  expect(splitSentences('码头修好了。「很好。」他说。').map((part) => part.text)).toEqual(['码头修好了。', '「很好。」', '他说。'])
})

test('a long text splits as its parts do, wherever the windows it is read in fall', () => {
  // Sentences of many lengths, with what a boundary looks ahead for: an
  // abbreviation before a name, "etc." before a lower-case word, a quotation
  // with full stops inside it, and one sentence longer than a window.
  const part = [
    'Dr. Okafor opened the session at nine.',
    'We listed the tools, the budgets etc. and then moved on.',
    'She said "It works. Really." and left the stage.',
    `The years ${'2024 '.repeat(4000)}are one long sentence.`,
    'Was it worth it?',
    'Yes!'
  ].join(' ')
  const copies = 12
  const text = Array.from({length: copies}, () => part).join(' ')
  const one = splitSentences(part)
  const expected = Array.from({length: copies}, (_, copy) => one.map(({text: sentence, offset}) => ({text: sentence, offset: offset + copy * (part.length + 1)}))).flat()
  expect(text.length).toBeGreaterThan(200_000)
  expect(splitSentences(text)).toEqual(expected)
})
