import {readFile} from 'node:fs/promises'
import fc from 'fast-check'
import {toString} from 'mdast-util-to-string'
import {describe, expect, test} from 'vitest'
import {buildDeck} from '../../src/pipeline/build-deck.js'
import {DeckError, ExitCode} from '../../src/errors.js'
import {parseNotes} from '../../src/pipeline/parse-notes.js'
import {readNotes} from '../../src/pipeline/read-notes.js'
import {notes} from '../generate-notes.js'
import {deckError} from '../helpers.js'

const samples = ['kubecon-2024-keynote-notes.md', 'kubecon-2024-keynote-liveblog.txt']

async function sample(name: string) {
  const file = `sources/${name}`
  return {file, text: await readFile(file, 'utf8')}
}

describe('buildDeck on the sample notes', () => {
  // The golden decks of the samples are in test/fixtures/ (test/fixtures.test.ts).
  test('is deterministic: same notes, same bytes', async () => {
    const {file, text} = await sample(samples[0]!)
    expect(buildDeck(text, {file}).markdown).toBe(buildDeck(text, {file}).markdown)
  })

  test('every heading of the Markdown notes is a slide title or an agenda entry', async () => {
    const {file, text} = await sample('kubecon-2024-keynote-notes.md')
    const deck = buildDeck(text, {file})
    const tree = parseNotes(readNotes(text, {file}))
    const headings = tree.children.flatMap((node) => (node.type === 'heading' ? [toString(node)] : []))
    expect(headings.length).toBe(7)
    const titles = new Set<string>()
    for (const slide of deck.slides) {
      titles.add(slide.title)
      if (slide.type === 'agenda') for (const item of slide.items) titles.add(item.title)
    }
    for (const heading of headings) expect(titles).toContain(heading)
  })

  test('all six links of the Markdown notes are on the resources slide', async () => {
    const {file, text} = await sample('kubecon-2024-keynote-notes.md')
    const deck = buildDeck(text, {file})
    const urls = deck.slides.flatMap((slide) => (slide.type === 'resources' ? slide.links.map((link) => link.url) : []))
    expect(urls).toEqual([
      'https://slurm.schedmd.com/documentation.html',
      'https://huggingface.co/spaces',
      'https://llava-vl.github.io/',
      'https://ollama.com/',
      'https://github.com/cncf/llm-in-action',
      'http://cncf.io/reports/cloud-native-artificial-intelligence-whitepaper'
    ])
  })

  test('the code block and the 60% figure survive', async () => {
    const {file, text} = await sample('kubecon-2024-keynote-notes.md')
    const deck = buildDeck(text, {file})
    expect(deck.markdown).toContain('```shell\n# Show stored models\nollama list\n```')
    const bullets = deck.slides.flatMap((slide) => (slide.type === 'content' ? slide.bullets.map((bullet) => bullet.text) : []))
    expect(bullets.some((bullet) => bullet.includes('60% of organisations'))).toBe(true)
  })

  test('every content slide has speaker notes naming the source file and line', async () => {
    for (const name of samples) {
      const {file, text} = await sample(name)
      const slides = buildDeck(text, {file}).markdown.split('\n---\n').slice(1)
      const content = slides.filter((slide) => /^## /m.test(slide) && !/_class: (agenda|resources|divider)/.test(slide))
      expect(content.length).toBeGreaterThan(3)
      for (const slide of content) expect(slide).toMatch(new RegExp(`<!--[\\s\\S]*• ${name.replace(/\./g, '\\.')}:\\d+ — `))
    }
  })
})

describe('buildDeck options and errors', () => {
  test('--title overrides the title of the notes', () => {
    const deck = buildDeck('# Weekly sync\n\n## Budget\n\nWe spent less.\n', {file: 'sync.md', title: 'Team sync, week 12'})
    expect(deck.meta.title).toBe('Team sync, week 12')
    expect(deck.markdown).toContain('# Team sync, week 12')
  })

  test('a file name is shown without its numbering', () => {
    const deck = buildDeck('## Budget\n\nWe spent less than planned.\n', {file: 'notes/07-harbour-day_2025.md'})
    expect(deck.meta.title).toBe('Harbour Day 2025')
  })

  test('a year run into a word of the file name is a word of its own', () => {
    const deck = buildDeck('## Budget\n\nWe spent less than planned.\n', {file: 'notes/04-harbourfest2025-lightning-talks.md'})
    expect(deck.meta.title).toBe('Harbourfest 2025 Lightning Talks')
  })

  test('the title falls back to the file name', () => {
    const deck = buildDeck('## Budget\n\nWe spent less than planned.\n', {file: 'notes/team-offsite_2025.md'})
    expect(deck.meta.title).toBe('Team Offsite 2025')
  })

  test('maxBullets limits the bullets on a slide', () => {
    const items = ['ship the billing page', 'hire two designers', 'move the servers to Oslo', 'retire the old mobile app', 'translate the help pages', 'open a support desk', 'audit the payment flow', 'renew the office lease', 'plan the summer offsite']
      .map((item) => `- ${item}`)
      .join('\n')
    const deck = buildDeck(`# Plan\n\n## Roadmap\n\n${items}\n`, {file: 'plan.md', maxBullets: 2, slides: 5})
    const counts = deck.slides.flatMap((slide) => (slide.type === 'content' ? [slide.bullets.length] : []))
    expect(counts.length).toBeGreaterThan(1)
    for (const count of counts) expect(count).toBeLessThanOrEqual(2)
  })

  test('empty notes throw a DeckError naming the file', () => {
    expect(() => buildDeck(' \n\t\n', {file: 'blank.md'})).toThrow(new DeckError('blank.md: empty file, expected notes'))
  })
})

describe('buildDeck on any text', () => {
  // Whatever the notes, a deck or a DeckError: never a crash.
  const anyText = fc.oneof(
    fc.string({unit: 'grapheme', maxLength: 400}),
    fc.array(fc.constantFrom('# ', '## ', '- ', '  - ', '> ', '```', '---', '**', '[a](http://x.y)', '| a | b |', '|---|---|', 'TODO: x', '10:30 ', '(Image credit: X)', 'Next to the stage is Ann Lee from Acme.', '“quoted words here”', '60%', '\n', '\n\n', 'word ', 'Sentence. ', '\t'), {maxLength: 60}).map((parts) => parts.join('')),
    notes
  )

  test('gives a Marp deck or throws a DeckError, for Markdown and plain text alike', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('notes.md', 'notes.txt', 'stdin'), (text, file) => {
        try {
          const deck = buildDeck(text, {file})
          expect(deck.markdown.startsWith('---\nmarp: true\n')).toBe(true)
          expect(deck.slides[0]?.type).toBe('title')
        } catch (error) {
          if (!(error instanceof DeckError)) throw error
        }
      }),
      {numRuns: 400, seed: 4242}
    )
  })
})

// Notes of a French event, written for this test: talks cued the French way,
// French noise, fillers and action items.
const journee = `Journée des boulangers de Lyon, 5 juin 2024

Les portes ouvrent à huit heures et la salle se remplit vite. (Crédit photo : Paul Martin)

Alors, en fait, le mot d'ouverture rappelle que la coopérative compte 120 boulangeries.

Claire Fontaine monte sur scène pour parler du levain. Elle explique comment le levain naturel garde le pain frais pendant 4 jours.

En fait, la fermentation lente coûte 15 % de temps en plus, mais les clients reviennent. [Applaudissements]

Claire Fontaine laisse la parole à Hugo Lambert, qui présente le nouveau four à bois. Le four consomme 30 % d'énergie en moins.

Hugo raconte que la livraison du four a pris 6 semaines. Le four cuit 200 baguettes par heure.

À faire : commander la farine bio avant le 1er juillet.

Marie doit envoyer le compte rendu aux adhérents.

Le discours de clôture remercie les bénévoles. Le guide du levain est sur https://example.org/levain.
`

const reunion = `---
title: Réunion du comité des fêtes
lang: fr
---

## Budget

- Le comité a dépensé 4 200 euros pour la fête de la musique.
- La subvention de la mairie couvre 60 % des frais.
- Les buvettes ont rapporté 1 800 euros de bénéfice.
- Le stand de crêpes a servi 350 crêpes en une soirée.
- La location de la scène coûte 900 euros par an.
- Le prix des boissons reste le même pour l'été.
- Les bénévoles demandent un local plus grand pour le matériel.
- Le trésorier propose une caisse commune pour les petites dépenses.

## Programme

- Le concert du 21 juin commence à 19 h et le marché de nuit revient en juillet.
- [ ] Réserver les barnums auprès de la mairie
- Le plan du village : https://example.org/plan
`

describe('buildDeck on long notes', () => {
  // Our own notes: a day of topics, each a heading over a paragraph.
  const nouns = 'ferry harbour quay market gauge boat pier wall crane buoy dock lock canal barge net rope sail mast deck hull anchor tide beacon lamp siren ticket fee budget crew pilot'.split(' ')
  const verbs = 'repaired painted moved funded delayed tested replaced measured opened closed'.split(' ')
  // Sentences that share few words, so that none is a near-duplicate of another.
  const sentence = (index: number): string => `The ${nouns[index % 30]} ${verbs[index % 10]} the ${nouns[(index * 7 + 3) % 29]} near the ${nouns[(index * 11 + 5) % 23]} ${nouns[(index * 13 + 2) % 19]}.`
  const headings = Array.from({length: 120}, (_, index) => `## Topic ${index + 1}\n\n${sentence(index)} ${sentence(index + 5)}\n`).join('\n')
  const turns = Array.from({length: 1500}, (_, index) => `[${String(Math.floor(index / 60)).padStart(2, '0')}:${String(index % 60).padStart(2, '0')}:00] ${['ANA', 'RAVI', 'CHEN'][index % 3]}: ${sentence(index)}`).join('\n')

  test('120 sections: the deck still fits its budget, with at most three agenda slides', () => {
    const deck = buildDeck(`# Harbour day\n\n${headings}`, {file: 'day.md'})
    const agendas = deck.slides.filter((slide) => slide.type === 'agenda')
    expect(deck.slides.length).toBeLessThanOrEqual(26)
    expect(agendas.length).toBeLessThanOrEqual(3)
    expect(deck.slides.filter((slide) => slide.type === 'content').length).toBeGreaterThan(10)
    expect(deck.markdown).toMatch(/\d+ more sections, listed in the speaker notes/)
    // Every section is still named: on the agenda or in its speaker notes.
    for (let index = 1; index <= 120; index++) expect(deck.markdown).toContain(`Topic ${index}\n`)
  })

  test('a long transcript is split into a dozen topics, not hundreds', () => {
    const deck = buildDeck(turns, {file: 'day.txt'})
    const entries = deck.slides.flatMap((slide) => (slide.type === 'agenda' ? slide.items : []))
    expect(entries.length).toBeGreaterThan(1)
    expect(entries.length).toBeLessThanOrEqual(12)
    expect(deck.slides.length).toBeLessThanOrEqual(26)
  })
})

describe('buildDeck in French', () => {
  const headings = (markdown: string) => [...markdown.matchAll(/^##? (.+)$/gm)].map((match) => match[1])

  test('French notes are detected and get French noise, cues, fillers, actions and labels', () => {
    const deck = buildDeck(journee, {file: 'journee.txt'})
    expect(deck.language).toBe('fr')
    expect(deck.removed.map((piece) => piece.text)).toEqual(['(Crédit photo : Paul Martin)', '[Applaudissements]'])
    expect(deck.sections.map((section) => section.title)).toEqual(['Portes ouvrent', "Mot d'ouverture", 'Claire Fontaine', 'Hugo Lambert', 'Discours de clôture'])
    expect(deck.meta.date).toBe('2024-06-05')
    expect(headings(deck.markdown)).toEqual(
      expect.arrayContaining(['Ordre du jour', 'En bref', 'Actions', 'Ressources'])
    )
    const bullets = deck.slides.flatMap((slide) => ('bullets' in slide ? slide.bullets.map((bullet) => bullet.text) : []))
    expect(bullets).toContain("Le mot d'ouverture rappelle que la coopérative compte 120 boulangeries.")
    expect(bullets).toContain('Le levain naturel garde le pain frais pendant 4 jours.')
    const actions = deck.slides.find((slide) => slide.type === 'summary' && slide.title === 'Actions')
    expect(actions && 'bullets' in actions ? actions.bullets.map((bullet) => bullet.text) : []).toEqual([
      'Commander la farine bio avant le 1er juillet.',
      'Marie doit envoyer le compte rendu aux adhérents.'
    ])
    expect(deck.markdown).toContain('\nlang: fr\n')
    expect(deck.markdown).toContain('Notes d’origine de cette diapositive')
    expect(deck.markdown).not.toMatch(/Agenda|In brief|By the numbers|Action items|Resources|Source notes/)
  })

  test('front matter `lang:` chooses the language: "(suite)" on a continued slide, French spacing kept', () => {
    // Eight slides: room for Budget to continue on a second.
    const deck = buildDeck(reunion, {file: 'reunion.md', slides: 8})
    expect(deck.language).toBe('fr')
    expect(headings(deck.markdown)).toEqual(expect.arrayContaining(['Ordre du jour', 'En bref', 'Budget', 'Budget (suite)', 'Actions', 'Ressources']))
    expect(deck.markdown).toContain('- Le plan du village : [example.org/plan](https://example.org/plan)')
  })

  test('the `language` option wins over the front matter and the text', () => {
    const deck = buildDeck(reunion, {file: 'reunion.md', language: 'en', slides: 8})
    expect(deck.language).toBe('en')
    expect(headings(deck.markdown)).toEqual(expect.arrayContaining(['Agenda', 'In brief', 'Budget (cont.)', 'Action items']))
    expect(deck.markdown).not.toContain('\nlang:')
  })

  test('a language without data of its own gets English rules under its code', () => {
    const deck = buildDeck('# Treffen\n\n## Haushalt\n\n- Der Verein hat am 12. März 2024 getagt.\n- Die Kasse ist voll.\n', {language: 'de'})
    expect(deck.language).toBe('de')
    expect(deck.meta.date).toBe('2024-03-12')
    expect(deck.markdown).toContain('\nlang: de\n')
    expect(headings(deck.markdown)).toContain('Agenda')
  })

  test('an unknown language is an error that names it', () => {
    const error = deckError(() => buildDeck('# Notes\n\nText.', {language: 'xx'}))
    expect(error.code).toBe(ExitCode.Usage)
    expect(error.message).toMatch(/`xx`/)
    const front = deckError(() => buildDeck('---\nlang: zz\n---\n\n# Notes\n\nText.', {file: 'notes.md'}))
    expect(front.code).toBe(ExitCode.DataError)
    expect(front.message).toBe('notes.md:2: unexpected `zz` for `lang`, expected a language code such as en or fr')
  })
})

describe('buildDeck in languages without data of their own', () => {
  test('a Chinese paragraph becomes whole sentences, none cut in the middle; its date is read', () => {
    const notes = '# 年度会议\n\n## 预算\n\n会议于2024年3月12日在上海举行。我们讨论了明年的预算。预算增加百分之十。新的办公室下个月开放。大家都很满意。\n'
    const deck = buildDeck(notes, {file: 'notes.md'})
    expect(deck.language).toBe('zh')
    expect(deck.meta.date).toBe('2024-03-12')
    const bullets = deck.slides.flatMap((slide) => (slide.type === 'content' ? slide.bullets.map((bullet) => bullet.text) : []))
    // The budget shows a few of them; each is a whole sentence.
    const sentences = ['会议于2024年3月12日在上海举行。', '我们讨论了明年的预算。', '预算增加百分之十。', '新的办公室下个月开放。', '大家都很满意。']
    expect(bullets.length).toBeGreaterThanOrEqual(3)
    for (const bullet of bullets) expect(sentences).toContain(bullet)
  })
})

describe('buildDeck never misleads', () => {
  const contentSlides = (deck: ReturnType<typeof buildDeck>) => deck.slides.flatMap((slide) => (slide.type === 'content' ? [slide] : []))
  const clauseWord = /^(?:while|and|but|which|who|to|followed|or|so|because|that|whereas|although)\b/i

  test.each(samples)('%s: no sub-bullet cut from a sentence, no bullet starting mid-clause', async (name) => {
    const {file, text} = await sample(name)
    for (const slide of contentSlides(buildDeck(text, {file}))) {
      slide.bullets.forEach((bullet, index) => {
        const parent = slide.bullets.slice(0, index).reverse().find((other) => other.depth < bullet.depth)
        if (parent) expect(parent.origin, bullet.text).not.toBe(bullet.origin)
        if (clauseWord.test(bullet.text)) expect(bullet.origin.text, bullet.text).toMatch(clauseWord)
      })
    }
  })

  test('a role stays beside its own person: an introduction is never cut into a nest', () => {
    const notes =
      'The host is now bringing to the stage the founder of Acme Bakery, Ana Ruiz, head baker at Initech, Ben Ortiz, and owner of Crumbs, Cleo Park.\n\n' +
      'Ruiz talks about the open ovens of the bakery but then also comments that this depends on the flour, while Ortiz says that it would be good for all ovens to be electric.\n'
    const deck = buildDeck(notes, {file: 'day.txt'})
    const bullets = contentSlides(deck).flatMap((slide) => slide.bullets)
    expect(bullets.length).toBeGreaterThan(0)
    for (const bullet of bullets) {
      expect(bullet.depth, bullet.text).toBe(0)
      expect(bullet.text).not.toMatch(/^(?:Ana Ruiz, head baker|while)/)
    }
    const people = deck.sections.flatMap((section) => section.people ?? [])
    expect(people).toContainEqual({name: 'Ben Ortiz', role: 'head baker', organisation: 'Initech'})
  })

  test('Markdown is kept as written: strikethrough, task boxes, links only where linked, code untouched, no raw marks', () => {
    const notes = [
      '# Shop day',
      '',
      '## Tasks',
      '',
      '- [x] Book the hall for the ~~Friday~~ Saturday market',
      '- [ ] Order rye flour from the mill',
      '- Read the oven guide [here](https://example.org/guide)',
      '- Then go over there and run `make bake && make **clean**`',
      '- Tom &amp; Jerry ** bring bread ** and the \\## sign',
      ''
    ].join('\n')
    const deck = buildDeck(notes, {file: 'shop.md'})
    // The whole deck as shown (the open task may be on the action items slide).
    const visible = deck.markdown.replace(/<!--[\s\S]*?-->/g, '')
    expect(visible).toMatch(/- [✓☑] Book the hall for the ~~Friday~~ Saturday market/)
    expect(visible).toContain('Order rye flour from the mill')
    expect(visible).not.toMatch(/[✓☑] Order rye flour/)
    expect(visible).toContain('[here](https://example.org/guide)')
    expect(visible).toContain('over there and run `make bake && make **clean**`')
    expect(visible).not.toMatch(/\[there\]|t\[here\]/)
    expect(visible).not.toMatch(/&amp;|&#x26;amp;|\\\*\\\*/)
    expect(deck.report.verified).toEqual([])
  })

  test('a new talk and its quote are not credited to the speaker before', () => {
    const notes = [
      'Ana Ruiz, head baker at Crumbs, talks about rye and long rests.',
      '',
      'Ruiz says rye needs a long rest and a cold night.',
      '',
      'A talk on spelt follows after the coffee break.',
      '',
      'The spelt talk covers flour, water, salt and patience.',
      '',
      '“Spelt is the new rye for every small bakery,” she says, to some laughs.',
      ''
    ].join('\n')
    const deck = buildDeck(notes, {file: 'talks.txt'})
    // Every quote found, shown or not, with who said it when the notes say.
    const quotes = [...deck.slides.flatMap((slide) => (slide.type === 'quote' ? [slide.quote] : [])), ...deck.report.sections.flatMap((section) => section.quotes)]
    for (const quote of quotes) expect(quote.attribution ?? '').not.toMatch(/Ruiz/)
    for (const quote of quotes) if (quote.text.startsWith('Spelt')) expect(quote.attribution).toBeUndefined()
    // "A talk on spelt" opens a section of its own, not titled by the speaker before.
    expect(deck.sections.length).toBeGreaterThan(1)
    expect(deck.sections.at(-1)!.title).not.toMatch(/Ruiz/)
  })
})
