import {describe, expect, test} from 'vitest'
import {chunkEvenly, layoutSlides, type LayoutBudget} from '../../src/pipeline/layout-slides.js'
import type {Bullet, Fit, Link, QuoteSlide, ResourcesSlide, Selection, Slide} from '../../src/types.js'

function bullet(text: string, line: number, depth = 0): Bullet {
  return {text, depth, origin: {line, text}, score: 1}
}

function selection(title: string, parts: Partial<Omit<Selection, 'section'>> = {}, depth = 1): Selection {
  return {section: {title, depth, line: 1, nodes: []}, bullets: [], quotes: [], code: [], links: [], figures: [], actions: [], dropped: [], ...parts}
}

const bullets = (count: number, from = 1): Bullet[] => Array.from({length: count}, (_, index) => bullet(`Point ${from + index}`, from + index))

const ofType = <T extends Slide['type']>(slides: readonly Slide[], type: T) =>
  slides.filter((slide): slide is Extract<Slide, {type: T}> => slide.type === type)

const link = (text: string, url: string, line = 1): Link => ({text, url, line})

describe('layoutSlides: deck shape', () => {
  test('title, agenda, content per section, then resources', () => {
    const deck = layoutSlides({title: 'Board meeting', subtitle: 'Spring term', date: '2024-04-22'}, [
      selection('Budget', {bullets: [bullet('Budget approved', 3)], links: [link('Budget PDF', 'https://example.org/budget.pdf')]}),
      selection('Buses', {bullets: [bullet('New route 12', 7)]})
    ])
    expect(deck.meta).toEqual({title: 'Board meeting', subtitle: 'Spring term', date: '2024-04-22'})
    expect(deck.slides.map((slide) => [slide.type, slide.title])).toEqual([
      ['title', 'Board meeting'],
      ['agenda', 'Agenda'],
      ['content', 'Budget'],
      ['content', 'Buses'],
      ['resources', 'Resources']
    ])
    expect(deck.slides[0]).toEqual({
      type: 'title',
      title: 'Board meeting',
      subtitle: 'Spring term',
      meta: {title: 'Board meeting', subtitle: 'Spring term', date: '2024-04-22'}
    })
  })

  test('uses the fallback title when the notes have none', () => {
    expect(layoutSlides({}, []).meta.title).toBe('Debrief')
    expect(layoutSlides({}, [], {fallbackTitle: 'Bake Sale'}).slides).toEqual([
      {type: 'title', title: 'Bake Sale', subtitle: undefined, meta: {}}
    ])
  })

  test('no sections: only a title slide, no agenda and no resources', () => {
    expect(layoutSlides({title: 'Empty'}, []).slides.map((slide) => slide.type)).toEqual(['title'])
  })

  test('the agenda lists sections down to depth 2 with their depth', () => {
    const deck = layoutSlides({title: 'T'}, [
      selection('Budget', {bullets: [bullet('a', 1)]}, 1),
      selection('Buses', {bullets: [bullet('b', 2)]}, 2),
      selection('Fuel', {bullets: [bullet('c', 3)]}, 3)
    ])
    expect(ofType(deck.slides, 'agenda')).toEqual([
      {
        type: 'agenda',
        title: 'Agenda',
        items: [
          {title: 'Budget', depth: 1},
          {title: 'Buses', depth: 2}
        ]
      }
    ])
  })

  test('a long agenda is split evenly over slides', () => {
    const sections = Array.from({length: 10}, (_, index) => selection(`Item ${index + 1}`, {bullets: [bullet('x', index)]}))
    const agendas = ofType(layoutSlides({title: 'T'}, sections).slides, 'agenda')
    expect(agendas.map((slide) => [slide.title, slide.items.length])).toEqual([
      ['Agenda', 5],
      ['Agenda (cont.)', 5]
    ])
    expect(agendas.flatMap((slide) => slide.items.map((item) => item.title))).toEqual(sections.map((entry) => entry.section.title))
  })

  test('more sections than three agenda slides hold: the agenda names those with slides and counts the rest, which its notes list', () => {
    const sections = Array.from({length: 40}, (_, index) => ({...selection(`Topic ${index + 1}`, {bullets: [bullet('x', index)]}), section: {title: `Topic ${index + 1}`, depth: 1, line: 10 * index + 1, nodes: []}}))
    const withSlides = [2, 3, 17, 30]
    const budget: LayoutBudget = {groups: withSlides.map((index) => ({sections: [index], slides: 1})), brief: [], numbers: [], speakers: false, images: false}
    const agendas = ofType(layoutSlides({title: 'T'}, sections, {budget}).slides, 'agenda')
    expect(agendas.map((slide) => slide.items.map((item) => item.title))).toEqual([['Topic 3', 'Topic 4', 'Topic 18', 'Topic 31', '36 more sections, listed in the speaker notes']])
    const listed = agendas[0]!.notes ?? []
    expect(listed).toHaveLength(36)
    expect(listed[0]).toEqual({line: 1, text: 'Topic 1'})
    expect(listed.map((origin) => origin.text)).not.toContain('Topic 3')
  })

  test('more action items than three slides hold: the first ones, then a line that counts the rest, which the notes of the last list', () => {
    const actions = Array.from({length: 30}, (_, index) => ({text: `Lee to book hall ${index + 1}`, origin: {line: index + 1, text: `TODO: Lee to book hall ${index + 1}`}}))
    const slides = ofType(layoutSlides({title: 'T'}, [selection('Minutes', {actions})]).slides, 'summary').filter((slide) => slide.list === 'actions')
    expect(slides).toHaveLength(3)
    const shown = slides.flatMap((slide) => slide.bullets.map((item) => item.text))
    expect(shown).toEqual(actions.slice(0, shown.length).map((action) => action.text))
    expect(slides.slice(0, 2).every((slide) => slide.more === undefined)).toBe(true)
    expect(slides[2]!.more).toEqual(actions.slice(shown.length).map((action) => action.origin))
    expect(shown.length + slides[2]!.more!.length).toBe(30)
  })

  test('up to three agenda slides list every section', () => {
    const sections = Array.from({length: 27}, (_, index) => selection(`Topic ${index + 1}`, {bullets: [bullet('x', index)]}))
    const agendas = ofType(layoutSlides({title: 'T'}, sections).slides, 'agenda')
    expect(agendas).toHaveLength(3)
    expect(agendas.flatMap((slide) => slide.items)).toHaveLength(27)
  })

  test('does not change its input', () => {
    const input = [selection('Budget', {bullets: bullets(8), dropped: [{line: 40, text: 'Coffee was cold.'}]})]
    const before = structuredClone(input)
    layoutSlides({title: 'T'}, input)
    expect(input).toEqual(before)
  })
})

describe('layoutSlides: content slides', () => {
  test('a section that fits is one slide with all its bullets and links', () => {
    const links = [link('docs', 'https://example.org/docs')]
    const [content] = ofType(layoutSlides({title: 'T'}, [selection('Budget', {bullets: bullets(3), links})]).slides, 'content')
    expect(content).toEqual({
      type: 'content',
      title: 'Budget',
      section: 'L1',
      continued: false,
      bullets: bullets(3),
      links,
      notes: bullets(3).map((entry) => entry.origin)
    })
  })

  test('more bullets than fit are spread over continued slides, no more than maxBullets each', () => {
    const contents = ofType(layoutSlides({title: 'T'}, [selection('Budget', {bullets: bullets(11)})]).slides, 'content')
    expect(contents).toHaveLength(2)
    expect(contents.map((slide) => slide.continued)).toEqual([false, true])
    expect(contents.map((slide) => slide.title)).toEqual(['Budget', 'Budget'])
    expect(contents.every((slide) => slide.bullets.length <= 6)).toBe(true)
    expect(contents.flatMap((slide) => slide.bullets)).toEqual(bullets(11))
  })

  test('maxBullets sets the limit', () => {
    const contents = ofType(layoutSlides({title: 'T'}, [selection('Budget', {bullets: bullets(4)})], {maxBullets: 2}).slides, 'content')
    expect(contents.map((slide) => slide.bullets.map((entry) => entry.text))).toEqual([
      ['Point 1', 'Point 2'],
      ['Point 3', 'Point 4']
    ])
  })

  test('long bullets count as several lines', () => {
    const long = Array.from({length: 4}, (_, index) => bullet(`${index} ${'x'.repeat(150)}`, index + 1))
    const contents = ofType(layoutSlides({title: 'T'}, [selection('Budget', {bullets: long})]).slides, 'content')
    // Three lines each at 66 characters: three bullets are nine lines, four would be twelve (over 11).
    expect(contents.map((slide) => slide.bullets.length)).toEqual([2, 2])
    const wide = ofType(layoutSlides({title: 'T'}, [selection('Budget', {bullets: long})], {charsPerLine: 200}).slides, 'content')
    expect(wide).toHaveLength(1)
  })

  test('dropped sentences go to the notes of the first slide only', () => {
    const dropped = [{line: 40, text: 'Coffee was cold.'}]
    const contents = ofType(layoutSlides({title: 'T'}, [selection('Budget', {bullets: bullets(8), dropped})]).slides, 'content')
    expect(contents[0]!.notes).toEqual([...contents[0]!.bullets.map((entry) => entry.origin), ...dropped])
    expect(contents[1]!.notes).toEqual(contents[1]!.bullets.map((entry) => entry.origin))
  })

  test('bullets condensed from one sentence share one note', () => {
    const origin = {line: 5, text: 'The old ovens still work well, but the new ones bake twice as fast.'}
    const parts: Bullet[] = [
      {text: 'The old ovens still work well', depth: 0, origin, score: 2},
      {text: 'but the new ones bake twice as fast.', depth: 1, origin, score: 2}
    ]
    const [content] = ofType(layoutSlides({title: 'T'}, [selection('Ovens', {bullets: parts})]).slides, 'content')
    expect(content!.notes).toEqual([origin])
  })

  test('a code block joins the last slide when it fits', () => {
    const code = {lang: 'python', value: 'import polars as pl', line: 9}
    const contents = ofType(layoutSlides({title: 'T'}, [selection('Demo', {bullets: bullets(2), code: [code]})]).slides, 'content')
    expect(contents).toHaveLength(1)
    expect(contents[0]!.code).toEqual(code)
  })

  test('a code block that does not fit gets a continued slide of its own', () => {
    const code = {lang: 'python', value: Array.from({length: 8}, (_, index) => `step_${index}()`).join('\n'), line: 9}
    const contents = ofType(layoutSlides({title: 'T'}, [selection('Demo', {bullets: bullets(4), code: [code]})]).slides, 'content')
    expect(contents.map((slide) => [slide.bullets.length, slide.code?.line, slide.continued])).toEqual([
      [4, undefined, false],
      [0, 9, true]
    ])
  })

  test('a section with only code has a slide for it', () => {
    const code = {value: 'make bread', line: 3}
    const contents = ofType(layoutSlides({title: 'T'}, [selection('Demo', {code: [code]})]).slides, 'content')
    expect(contents).toEqual([{type: 'content', title: 'Demo', section: 'L1', continued: false, bullets: [], code, links: [], notes: []}])
  })
})

describe('layoutSlides: quotes and resources', () => {
  const quote = (text: string, line: number) => ({text, origin: {line, text}})

  test('quotes become quote slides after their section, at most maxQuotes', () => {
    const quotes = [quote('Bread waits for no one', 3), quote('Knead it like you mean it', 4), quote('Rye is life', 5)]
    const deck = layoutSlides({title: 'T'}, [selection('Wisdom', {bullets: bullets(1), quotes}), selection('Next', {bullets: bullets(1)})])
    expect(deck.slides.map((slide) => slide.type)).toEqual(['title', 'agenda', 'content', 'quote', 'quote', 'content'])
    const slides: QuoteSlide[] = ofType(deck.slides, 'quote')
    expect(slides).toEqual([
      {type: 'quote', title: 'Wisdom', section: 'L1', quote: quotes[0]},
      {type: 'quote', title: 'Wisdom', section: 'L1', quote: quotes[1]}
    ])
    expect(ofType(layoutSlides({title: 'T'}, [selection('Wisdom', {quotes})], {maxQuotes: 3}).slides, 'quote')).toHaveLength(3)
  })

  test('all links of all sections are on the resources slide, once per URL', () => {
    const deck = layoutSlides({title: 'T'}, [
      selection('A', {bullets: bullets(1), links: [link('docs', 'https://example.org/docs', 3), link('menu', 'https://example.org/menu', 4)]}),
      selection('B', {bullets: bullets(1), links: [link('the docs', 'https://example.org/docs', 9), link('map', 'https://example.org/map', 10)]})
    ])
    const resources: ResourcesSlide[] = ofType(deck.slides, 'resources')
    expect(resources).toEqual([
      {
        type: 'resources',
        title: 'Resources',
        continued: false,
        links: [link('docs', 'https://example.org/docs', 3), link('menu', 'https://example.org/menu', 4), link('map', 'https://example.org/map', 10)]
      }
    ])
    expect(deck.slides.at(-1)).toBe(resources[0])
  })

  test('many links are split over continued resources slides', () => {
    const links = Array.from({length: 10}, (_, index) => link(`Link ${index}`, `https://example.org/${index}`))
    const resources = ofType(layoutSlides({title: 'T'}, [selection('A', {bullets: bullets(1), links})]).slides, 'resources')
    expect(resources.map((slide) => [slide.continued, slide.links.length])).toEqual([
      [false, 5],
      [true, 5]
    ])
    expect(resources.flatMap((slide) => slide.links)).toEqual(links)
  })

  test('no links, no resources slide', () => {
    const deck = layoutSlides({title: 'T'}, [selection('A', {bullets: bullets(2)})])
    expect(ofType(deck.slides, 'resources')).toEqual([])
  })
})

describe('layoutSlides: fit feedback', () => {
  const at = (title: string, line: number, parts: Partial<Omit<Selection, 'section'>>): Selection => {
    const base = selection(title, parts)
    return {...base, section: {...base.section, line}}
  }
  const contentCounts = (slides: readonly Slide[]) =>
    ofType(slides, 'content').reduce<Record<string, number>>((counts, slide) => ({...counts, [slide.section]: (counts[slide.section] ?? 0) + 1}), {})

  test('slides carry the id of their section: its line, numbered when two start on one line', () => {
    const deck = layoutSlides({title: 'T'}, [at('A', 3, {bullets: bullets(1)}), at('B', 3, {bullets: bullets(1)}), at('C', 9, {bullets: bullets(1)})])
    expect(ofType(deck.slides, 'content').map((slide) => [slide.title, slide.section])).toEqual([
      ['A', 'L3'],
      ['B', 'L3.2'],
      ['C', 'L9']
    ])
  })

  test('a section factor tightens that section only', () => {
    const sections = [at('A', 3, {bullets: bullets(6)}), at('B', 9, {bullets: bullets(6, 10)})]
    expect(contentCounts(layoutSlides({title: 'T'}, sections).slides)).toEqual({L3: 1, L9: 1})
    expect(contentCounts(layoutSlides({title: 'T'}, sections, {fit: {sections: {L9: 0.5}}}).slides)).toEqual({L3: 1, L9: 2})
  })

  test('each deck-wide list has its own factor', () => {
    const links = Array.from({length: 8}, (_, index) => link(`Link ${index}`, `https://example.org/${index}`))
    const sections = Array.from({length: 8}, (_, index) => at(`Topic ${index}`, index * 4 + 1, {bullets: bullets(1, index * 4 + 2), links: [links[index]!]}))
    const count = (fit: Fit) => {
      const slides = layoutSlides({title: 'T'}, sections, {fit}).slides
      return {agenda: ofType(slides, 'agenda').length, resources: ofType(slides, 'resources').length}
    }
    expect(count({})).toEqual({agenda: 1, resources: 1})
    expect(count({resources: 0.5})).toEqual({agenda: 1, resources: 2})
    expect(count({agenda: 0.5})).toEqual({agenda: 2, resources: 1})
  })

  test('the lists of points say which they are', () => {
    const actions = [{text: 'Lee to book the hall', origin: {line: 9, text: 'TODO: Lee to book the hall'}}]
    const brief = [bullet('Rye flour prices rose sharply over the winter.', 8)]
    const deck = layoutSlides({title: 'T'}, [selection('Ovens', {bullets: [bullet('The new oven bakes forty loaves an hour', 3)], actions}), selection('Flour')], {
      budget: {groups: [{sections: [0], slides: 1}], brief, numbers: [], speakers: true, images: true}
    })
    expect(ofType(deck.slides, 'summary').map((slide) => [slide.list, slide.title])).toEqual([
      ['brief', 'In brief'],
      ['actions', 'Action items']
    ])
  })
})

describe('chunkEvenly', () => {
  const range = (count: number) => Array.from({length: count}, (_, index) => index + 1)
  const one = () => 1

  test('empty input gives no groups', () => {
    expect(chunkEvenly([], 6, one)).toEqual([])
  })

  test('items that fit stay in one group', () => {
    expect(chunkEvenly(range(6), 6, one)).toEqual([range(6)])
  })

  test('eleven items, at most six, make two groups of six and five', () => {
    const groups = chunkEvenly(range(11), 6, one)
    expect(groups).toHaveLength(2)
    expect(groups.map((group) => group.length).sort()).toEqual([5, 6])
    expect(groups.flat()).toEqual(range(11))
  })

  test('groups are balanced, not filled greedily', () => {
    const groups = chunkEvenly(range(13), 6, one)
    expect(groups.map((group) => group.length).sort()).toEqual([4, 4, 5])
    expect(groups.flat()).toEqual(range(13))
    expect(chunkEvenly(range(12), 6, one)).toEqual([range(6), range(12).slice(6)])
  })

  test('weights are respected', () => {
    expect(chunkEvenly(['a', 'b', 'c', 'd'], 6, () => 3, 6)).toEqual([
      ['a', 'b'],
      ['c', 'd']
    ])
  })

  test('an item heavier than maxWeight stands alone', () => {
    expect(chunkEvenly(['a', 'b', 'c', 'd'], 6, (item) => (item === 'b' ? 5 : 1), 4)).toEqual([['a'], ['b'], ['c', 'd']])
  })

  test('max 1 puts every item alone', () => {
    expect(chunkEvenly(['a', 'b', 'c'], 1, one)).toEqual([['a'], ['b'], ['c']])
  })
})


describe('layoutSlides: following the budget', () => {
  const budget = (parts: Partial<LayoutBudget> = {}): LayoutBudget => ({groups: [], brief: [], numbers: [], speakers: true, images: true, ...parts})

  test('"In brief" opens the deck after the agenda; there is no "Key takeaways"', () => {
    const brief = [bullet('The new oven bakes forty loaves an hour.', 3)]
    const deck = layoutSlides({title: 'T'}, [selection('Ovens', {bullets: bullets(2, 5)})], {budget: budget({brief, groups: [{sections: [0], slides: 1}]})})
    expect(deck.slides.map((slide) => [slide.type, slide.title])).toEqual([
      ['title', 'T'],
      ['agenda', 'Agenda'],
      ['summary', 'In brief'],
      ['content', 'Ovens']
    ])
  })

  test('a group gets the content slides the budget gives it, its bullets spread evenly', () => {
    const deck = layoutSlides({title: 'T'}, [selection('Ovens', {bullets: bullets(5)})], {budget: budget({groups: [{sections: [0], slides: 3}]})})
    expect(ofType(deck.slides, 'content').map((slide) => slide.bullets.length)).toEqual([2, 2, 1])
  })

  test('code has a slide of its own when the budget gives one more slide than the bullets fill; else it joins the last', () => {
    const shell = selection('Shell', {bullets: bullets(2), code: [{lang: 'shell', value: 'ollama list', line: 9}]})
    const slides = (count: number) =>
      ofType(layoutSlides({title: 'T'}, [shell], {budget: budget({groups: [{sections: [0], slides: count}]})}).slides, 'content').map((slide) => [slide.bullets.length, slide.code?.value ?? null])
    expect(slides(3)).toEqual([[1, null], [1, null], [0, 'ollama list']])
    expect(slides(2)).toEqual([[1, null], [1, 'ollama list']])
  })

  test('a second code block that would need more slides than the budget gives is named in the speaker notes, whole; the first is shown', () => {
    const long = Array.from({length: 30}, (_, index) => `step ${index}`).join('\n')
    const shell = selection('Shell', {bullets: bullets(2), code: [{lang: 'shell', value: 'ollama list', line: 9}, {lang: 'shell', value: long, line: 12}]})
    const content = ofType(layoutSlides({title: 'T'}, [shell], {budget: budget({groups: [{sections: [0], slides: 1}]})}).slides, 'content')
    expect(content.map((slide) => [slide.bullets.length, slide.code?.value ?? null])).toEqual([[2, 'ollama list']])
    expect(content[0]!.notes).toContainEqual({line: 12, text: 'code block (30 lines)'})
    const script = selection('Script', {bullets: bullets(1), code: [{lang: 'shell', value: long, line: 12}]})
    const alone = ofType(layoutSlides({title: 'T'}, [script], {budget: budget({groups: [{sections: [0], slides: 1}]})}).slides, 'content')
    expect(alone.map((slide) => slide.code?.value.split('\n').length ?? 0)).toEqual([0, 16, 14])
  })

  test('images of sections that share a slide get their slides; with no room for images, they are named in the speaker notes', () => {
    const photo = {alt: 'The new oven', url: 'photos/oven.png', line: 4}
    const sections = [selection('Ovens', {bullets: bullets(1), images: [photo]}), selection('Flour', {bullets: bullets(2, 7)})]
    const shared = layoutSlides({title: 'T'}, sections, {budget: budget({groups: [{sections: [0, 1], slides: 1}]})})
    expect(ofType(shared.slides, 'image').map((slide) => slide.image)).toEqual([photo])
    const none = layoutSlides({title: 'T'}, sections, {budget: budget({groups: [{sections: [0, 1], slides: 1}], images: false})})
    expect(ofType(none.slides, 'image')).toEqual([])
    expect(ofType(none.slides, 'content')[0]!.notes).toContainEqual({line: 4, text: 'Image: The new oven'})
  })

  test('small sections that share a slide are named together in its title', () => {
    const deck = layoutSlides({title: 'T'}, [selection('Ovens', {bullets: bullets(1)}), selection('Flour', {bullets: bullets(2, 7)})], {
      budget: budget({groups: [{sections: [0, 1], slides: 1}]})
    })
    const [slide] = ofType(deck.slides, 'content')
    expect(slide!.title).toBe('Ovens · Flour')
    expect(slide!.bullets.map((item) => item.origin.line)).toEqual([1, 7, 8])
    expect(ofType(deck.slides, 'agenda')[0]!.items.map((item) => item.title)).toEqual(['Ovens', 'Flour'])
  })

  test('a section with no slide keeps its agenda entry, and its points go to the next slide’s speaker notes', () => {
    const left = {line: 2, text: 'The hall is cold.', reason: 'logistics'}
    const deck = layoutSlides({title: 'T'}, [selection('Arrival', {dropped: [left]}), selection('Ovens', {bullets: bullets(2, 5)})], {
      budget: budget({groups: [{sections: [1], slides: 1}]})
    })
    expect(ofType(deck.slides, 'agenda')[0]!.items.map((item) => item.title)).toEqual(['Arrival', 'Ovens'])
    const content = ofType(deck.slides, 'content')
    expect(content.map((slide) => slide.title)).toEqual(['Ovens'])
    expect(content[0]!.notes).toContainEqual(left)
  })

  test('speakers get no slide of their own when the budget says so', () => {
    const talk = {...selection('Ada Park — Quarry', {bullets: bullets(2)}), section: {title: 'Ada Park — Quarry', depth: 1, line: 1, nodes: [], people: [{name: 'Ada Park'}]}}
    const groups = [{sections: [0], slides: 1}]
    expect(ofType(layoutSlides({title: 'T'}, [talk], {budget: budget({groups, speakers: true})}).slides, 'section')).toHaveLength(1)
    expect(ofType(layoutSlides({title: 'T'}, [talk], {budget: budget({groups, speakers: false})}).slides, 'section')).toHaveLength(0)
  })

  test('"By the numbers" shows the figures the budget gives it, none when it gives none', () => {
    const origin = {line: 4, text: 'We sold 300 loaves.'}
    const figures = [{value: '300 loaves', context: 'We sold 300 loaves', origin}]
    const sections = [selection('Sales', {bullets: [bullet('We sold 300 loaves.', 4)], figures})]
    expect(ofType(layoutSlides({title: 'T'}, sections, {budget: budget({groups: [{sections: [0], slides: 1}]})}).slides, 'numbers')).toEqual([])
    const [numbers] = ofType(layoutSlides({title: 'T'}, sections, {budget: budget({groups: [], numbers: figures})}).slides, 'numbers')
    expect(numbers!.figures.map((figure) => figure.value)).toEqual(['300 loaves'])
  })
})

test('figures that share a context are one entry on "By the numbers", each figure kept', () => {
  const origin = {line: 4, text: 'The district spent $4.2M on buses, 8% over plan.'}
  const context = 'The district spent $4.2M on buses, 8% over plan'
  const deck = layoutSlides({title: 'T'}, [selection('Buses', {bullets: bullets(1), figures: [{value: '$4.2M', context, origin}, {value: '8%', context, origin}]})])
  const [numbers] = ofType(deck.slides, 'numbers')
  expect(numbers!.figures).toEqual([{value: '$4.2M', context, origin, also: ['8%']}])
})

test('link-heavy notes: at most two resources slides, the other links in the speaker notes of the last', () => {
  const links = Array.from({length: 40}, (_, index) => link(`Doc ${index + 1}`, `https://example.org/${index + 1}`, index + 1))
  const deck = layoutSlides({title: 'Links'}, [selection('Docs', {bullets: bullets(2), links})])
  const resources = ofType(deck.slides, 'resources')
  expect(resources).toHaveLength(2)
  const shown = resources.flatMap((slide) => slide.links)
  expect([...shown, ...(resources[1]!.more ?? [])].map((entry) => entry.text)).toEqual(links.map((entry) => entry.text))
  expect(resources[0]!.more).toBeUndefined()
  expect(layoutSlides({title: 'Links'}, [selection('Docs', {links})], {maxResourceSlides: 1}).slides.filter((slide) => slide.type === 'resources')).toHaveLength(1)
})

test('the title slide shows a title of a slide title\'s length whole, its date included', () => {
  const title = 'How the Harbour Board Rebuilt the Quay Stone by Stone, 12 March 2024'
  const deck = layoutSlides({title}, [selection('Quay', {bullets: bullets(1)})])
  expect(deck.slides[0]).toMatchObject({type: 'title', title})
})

describe('layoutSlides: what belongs together stays on one slide', () => {
  test('a sentence that leans on the one before it is never the first bullet of the next slide', () => {
    const origin = (line: number, text: string) => ({line, text})
    const lead = origin(3, 'Acme designed the ovens in a way that bakers already know from their own kitchens at home.')
    const point = (index: number) => ({text: `Point ${index} about the shop.`, depth: 0, origin: origin(index + 1, `Point ${index}`), score: 1})
    const bullets = [
      ...[0, 1, 2].map(point),
      {text: lead.text, depth: 0, origin: lead, score: 1},
      {text: 'They built 40 ovens with 12 racks.', depth: 0, origin: origin(3, 'They built 40 ovens with 12 racks.'), score: 1, leansOn: lead},
      ...[5, 6, 7].map(point)
    ]
    const section = {title: 'Ovens', depth: 1, line: 1, nodes: []}
    const deck = layoutSlides({title: 'Day'}, [{section, bullets, quotes: [], code: [], links: [], figures: [], actions: [], dropped: []}], {maxBullets: 6})
    const slides = deck.slides.flatMap((slide) => (slide.type === 'content' ? [slide.bullets.map((bullet) => bullet.text)] : []))
    expect(slides.length).toBeGreaterThan(1)
    const at = slides.findIndex((texts) => texts.includes('They built 40 ovens with 12 racks.'))
    expect(slides[at]).toContain(lead.text)
  })
})
