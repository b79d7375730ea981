import {describe, expect, test} from 'vitest'
import {composeDeck} from '../../src/pipeline/compose-deck.js'
import {planDeck} from '../../src/pipeline/plan-deck.js'

const points = [
  'The rye sourdough sold out every Saturday in March',
  'Spelt loaves need a longer proof in the cold room',
  'School lunches now take forty oat rolls a day',
  'The cafe asked for brioche buns on weekday mornings',
  'Wholemeal tins burn on the top shelf of oven two',
  'Focaccia with rosemary wins the market tasting again',
  'Cinnamon knots go stale after one day on display',
  'Banana bread without gluten needs its own mixing bowl',
  'Pretzel sticks are a hit with the football club'
]
  .map((point) => `- ${point}`)
  .join('\n')
const notes = `# Bakery review\n\n## Recipes\n\n${points}\n\n## Ovens\n\n- The new oven bakes forty loaves an hour, twice the old one\n`

describe('composeDeck', () => {
  test('one plan, many layouts: theme and maxBullets change the slides, not the plan', () => {
    // Six slides asked for: the budget gives the content four slides of three bullets or so.
    const plan = planDeck(notes, {file: 'bakery.md', slides: 6})
    const frozen = structuredClone(plan)
    const count = (deck: ReturnType<typeof composeDeck>) => deck.slides.filter((slide) => slide.type === 'content').length
    const wide = composeDeck(plan)
    const narrow = composeDeck(plan, {maxBullets: 2})
    const uncover = composeDeck(plan, {theme: 'uncover'})
    expect(count(wide)).toBe(4)
    expect(count(narrow)).toBe(7)
    expect(count(uncover)).toBeGreaterThanOrEqual(count(wide))
    expect(uncover.markdown).toContain('theme: uncover')
    expect(plan).toEqual(frozen)
  })

  test('keeps what the plan knows: kind, sections, noise, and the report', () => {
    const plan = planDeck('(Image credit: Lee Moss)\n\nThe choir sang three songs. The hall was full.\n', {file: 'concert.txt'})
    const deck = composeDeck(plan)
    expect(deck.kind).toBe(plan.kind)
    expect(deck.sections).toBe(plan.sections)
    expect(deck.removed).toEqual(plan.removed)
    expect(deck.removed.length).toBe(1)
    expect(deck.report.file).toBe('concert.txt')
    expect(deck.report.noise).toEqual(plan.removed)
  })

  test('the deck title falls back to the file name', () => {
    expect(composeDeck(planDeck('## Budget\n\nWe spent less than planned.\n', {file: 'notes/team-offsite_2025.md'})).meta.title).toBe('Team Offsite 2025')
  })
})
