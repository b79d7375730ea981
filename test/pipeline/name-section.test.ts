import {describe, expect, test} from 'vitest'
import {nameSection, sectionTerms} from '../../src/pipeline/name-section.js'
import {terms} from '../../src/text/terms.js'
import {french} from '../../src/lang/fr.js'

describe('nameSection: people', () => {
  test('one person with an organisation: "Name — Org"', () => {
    const named = nameSection(['Marta Kowalski, Head Baker at Rye House, talks about starters.', 'She feeds hers twice a day.'], [], [])
    expect(named).toEqual({
      title: 'Marta Kowalski — Rye House',
      people: [{name: 'Marta Kowalski', role: 'Head Baker', organisation: 'Rye House'}]
    })
  })

  test('two people of one organisation: "Name & Name — Org"', () => {
    const named = nameSection(['Marta Kowalski and Tomasz Brenner from Rye House show their ovens.'], [], [])
    expect(named.title).toBe('Marta Kowalski & Tomasz Brenner — Rye House')
    expect(named.people.map((person) => person.name)).toEqual(['Marta Kowalski', 'Tomasz Brenner'])
  })

  test('two people of two organisations: both organisations', () => {
    const named = nameSection(['Marta Kowalski from Rye House and Tomasz Brenner from Crumb Bakery judge the bread.'], [], [])
    expect(named.title).toBe('Marta Kowalski & Tomasz Brenner — Rye House, Crumb Bakery')
  })

  test('people without organisations: their names', () => {
    expect(nameSection(['The evening is hosted by Petra Lindqvist and Omar Haddou.'], [], []).title).toBe('Petra Lindqvist & Omar Haddou')
  })

  test('three people when a panel is mentioned: "Panel: OrgA, OrgB, OrgC"', () => {
    const entries = [
      'Next up on the panel: Ana Ruiz from Harbor Clinic, Ben Okafor from Westgate Health and Chloe Martin from Riverside Care.',
      'They compare how their wards plan night shifts.'
    ]
    const named = nameSection(entries, [], [])
    expect(named.title).toBe('Panel: Harbor Clinic, Westgate Health, Riverside Care')
    expect(named.people).toHaveLength(3)
  })

  test('three people with no panel mentioned: the organisations alone', () => {
    const entries = ['Ana Ruiz from Harbor Clinic, Ben Okafor from Westgate Health and Chloe Martin from Riverside Care compare night shifts.']
    expect(nameSection(entries, [], []).title).toBe('Harbor Clinic, Westgate Health, Riverside Care')
  })

  test('three people with no organisations: the first two and others', () => {
    const entries = ['The evening is hosted by Petra Lindqvist, Omar Haddou and Ines Varga.']
    expect(nameSection(entries, [], []).title).toBe('Petra Lindqvist, Omar Haddou and others')
  })

  test('people met in earlier sections are not introduced again', () => {
    const known = [{name: 'Marta Kowalski', organisation: 'Rye House'}]
    const named = nameSection(['Kowalski hands over to Tomasz Brenner from Crumb Bakery.'], known, [])
    expect(named).toEqual({title: 'Tomasz Brenner — Crumb Bakery', people: [{name: 'Tomasz Brenner', organisation: 'Crumb Bakery'}]})
  })
})

describe('nameSection: named sessions and remarks', () => {
  test('a quoted session name in the first entry is the title', () => {
    const named = nameSection(['Next comes ‘The Night Market’ with stalls from six bakeries.', 'Prices are low.'], [], [])
    expect(named).toEqual({title: 'The Night Market', people: []})
  })

  test('a quoted name wins over the people introduced with it', () => {
    const named = nameSection(['Next comes “Bread After Dark” with Marta Kowalski from Rye House.'], [], [])
    expect(named.title).toBe('Bread After Dark')
    expect(named.people.map((person) => person.name)).toEqual(['Marta Kowalski'])
  })

  test('a quoted name later in the section is not the title', () => {
    const named = nameSection(['Marta Kowalski from Rye House opens.', 'She praises ‘The Night Market’ stalls.'], [], [])
    expect(named.title).toBe('Marta Kowalski — Rye House')
  })

  test('closing remarks', () => {
    expect(nameSection(['The chair gives the closing remarks.', 'Thanks to every volunteer.'], [], []).title).toBe('Closing remarks')
  })

  test('opening remarks, whatever their case', () => {
    expect(nameSection(['OPENING REMARKS from the mayor.', 'The budget comes first.'], [], []).title).toBe('Opening remarks')
  })
})

describe('nameSection: key phrase', () => {
  const section = [
    'The sourdough starter needs flour and water daily.',
    'A healthy sourdough starter doubles in size.',
    'Feed the sourdough starter before bed.'
  ]
  const others = ['Ovens must be cleaned every week.', 'The rye bread sold out early.']

  test('with nobody introduced, the title is the phrase the section repeats', () => {
    expect(nameSection(section, [], others)).toEqual({title: 'Sourdough starter', people: []})
  })

  test('the key phrase is repeated in the section and absent from the other sections', () => {
    const phrase = terms(nameSection(section, [], others).title)
    expect(phrase.length).toBeGreaterThan(0)
    const count = (text: string) => terms(text).join(' ').split(phrase.join(' ')).length - 1
    expect(count(section.join(' '))).toBeGreaterThanOrEqual(2)
    for (const other of others) expect(count(other)).toBe(0)
  })

  test('a phrase the other sections also use gives way to one they do not', () => {
    const entries = ['The oven timer failed twice.', 'The oven timer needs a new battery.', 'Rye dough rose overnight.', 'Rye dough was shaped by hand.']
    const elsewhere = ['The oven timer was replaced last year.', 'Every oven timer is checked monthly.']
    expect(nameSection(entries, [], elsewhere).title).toBe('Rye dough')
  })

  test('the sectionTerms of all the sections, this one among them, stand for the texts of the others', () => {
    const entries = ['The oven timer failed twice.', 'The oven timer needs a new battery.', 'Rye dough rose overnight.', 'Rye dough was shaped by hand.']
    const elsewhere = ['The oven timer was replaced last year.', 'Every oven timer is checked monthly.']
    expect(nameSection(entries, [], sectionTerms([entries.join(' '), ...elsewhere])).title).toBe('Rye dough')
    // A term of this section alone counts once: it is not used elsewhere.
    expect(nameSection(section, [], sectionTerms([section.join(' '), ...others])).title).toBe('Sourdough starter')
  })

  test('a section of stop words only is "Notes"', () => {
    expect(nameSection(['And so it was.', 'It is what it is.'], [], []).title).toBe('Notes')
  })
})

test('speakers labelled by initials keep their initials; names in capitals get title case', () => {
  const entries = ['The sourdough starter needs feeding twice a day.', 'The sourdough starter lives in the cold room.']
  expect(nameSection(entries, [], [], {speakers: ['JL', 'ES']}).title).toMatch(/ — JL, ES$/)
  expect(nameSection(entries, [], [], {speakers: ['ANN BERG']}).title).toMatch(/ — Ann Berg$/)
})

describe('nameSection: speakers with evidence only', () => {
  test('a section whose only named person asks a question is titled by its topic', () => {
    const named = nameSection(['The oven line runs on heat pumps now and the heat pumps save gas.', 'Q: Maria Lopez from Globex asks how loud the heat pumps are.'], [], [])
    expect(named.people).toEqual([])
    expect(named.title).not.toContain('Maria')
  })

  test('two list items do not make one speaker', () => {
    const named = nameSection(['Intro by Ana', 'Ben Ortiz from Acme demo'], [], [])
    expect(named.people.map((person) => person.name)).toEqual(['Ben Ortiz'])
    expect(named.title).toBe('Ben Ortiz — Acme')
  })
})

describe('nameSection: people merely mentioned are no title', () => {
  test('a person the section only mentions is neither its speaker nor its title', () => {
    const entries = ['We read the memo Lena Fischer wrote about the night ovens.', 'The night ovens now run on a timer, and the night ovens save gas.']
    const named = nameSection(entries, [], ['The shop opens at six.'])
    expect(named.people).toEqual([])
    expect(named.title).not.toContain('Lena')
    expect(named.title).not.toContain('Fischer')
  })

  test('a name the section repeats is not its key phrase', () => {
    const entries = ['Last year I sat next to Carl Jensen. His badge said "Carl Jensen" but it was someone else.', 'The harbour fees went up twice.']
    const named = nameSection(entries, [], ['The ferries are late.'], {speakers: ['ANN']})
    expect(named.title).not.toContain('Carl')
    expect(named.title).not.toContain('Jensen')
  })

  test('a person presented by a talk cue is the speaker', () => {
    const named = nameSection(['Lena Fischer takes the stage to talk about night ovens.', 'The night ovens run on a timer.'], [], [])
    expect(named.people.map((person) => person.name)).toEqual(['Lena Fischer'])
    expect(named.title).toBe('Lena Fischer')
  })

  test('people listed on lines of their own (a roster) are the speakers', () => {
    const named = nameSection(['Harbour panel', 'Ann Berg (harbour master)', 'Tom Brenner (ferries)', 'The quay is done and boats come in May.'], [], [])
    expect(named.people.map((person) => person.name)).toEqual(['Ann Berg', 'Tom Brenner'])
  })
})

test('an HTML tag pasted in the notes is no key phrase', () => {
  const entries = ['<img src="/assets/oven.gif" alt=""> The night ovens run on a timer.', '<img src="/assets/bread.gif" alt=""> Rye loaves cool on racks.', '<img src="/assets/shop.gif" alt=""> The shop sells out.']
  const title = nameSection(entries, [], ['The ferries are late.'])
  expect(title.title).not.toMatch(/img|src|assets|gif/i)
})

test('a winner named in the news is no speaker: "won by" presents nobody, "hosted by" does', () => {
  expect(nameSection(['The women’s race is won by Lena Brandt in record time.', 'The crowd cheers.'], [], []).people).toEqual([])
  expect(nameSection(['The evening is hosted by Lena Brandt.', 'The crowd cheers.'], [], []).people.map((person) => person.name)).toEqual(['Lena Brandt'])
})

describe('nameSection: French notes are not read with English tagging', () => {
  test('the key phrase keeps a French word that an English tagger takes for a verb', () => {
    const entries = ['Le club forme les jeunes bénévoles au vestiaire.', 'Les jeunes bénévoles reviennent chaque année.', 'Les jeunes bénévoles tiennent le bar.']
    expect(nameSection(entries, [], ['Le vestiaire ferme à minuit.'], {language: french}).title).toBe('Jeunes bénévoles')
  })

  test('a French speaker presented "animée par" names the section; one mentioned does not', () => {
    const presented = nameSection(['La séance est animée par Marie Dupont.', 'Le four chauffe vite.'], [], [], {language: french})
    expect(presented.people.map((person) => person.name)).toEqual(['Marie Dupont'])
    const mentioned = nameSection(['Nous avons lu la note de Marie Dupont sur les fours.', 'Le four chauffe vite.'], [], [], {language: french})
    expect(mentioned.people).toEqual([])
    expect(mentioned.title).not.toContain('Dupont')
  })
})
