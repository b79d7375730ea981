import {describe, expect, test} from 'vitest'
import {findPeople} from '../../src/text/find-people.js'
import {french} from '../../src/lang/fr.js'
import {nameSection} from '../../src/pipeline/name-section.js'

describe('findPeople: introductions', () => {
  test('"Name, Role at Org" gives the person, the role and the organisation', () => {
    expect(findPeople('Jane Roe, Staff Engineer at Acme, opens the day.')).toEqual({
      people: [{name: 'Jane Roe', role: 'Staff Engineer', organisation: 'Acme'}],
      organisations: ['Acme']
    })
  })

  test('a role of two words before "at" is kept whole', () => {
    expect(findPeople('The first talk is by Marta Kowalski, Head Baker at Rye House, on sourdough starters.').people).toEqual([
      {name: 'Marta Kowalski', role: 'Head Baker', organisation: 'Rye House'}
    ])
  })

  test('"Role of Org, Name" gives the person after the introduction', () => {
    expect(findPeople('Next is the founder of Rye House, Tomasz Brenner, who shows his ovens.')).toEqual({
      people: [{name: 'Tomasz Brenner', role: 'founder', organisation: 'Rye House'}],
      organisations: ['Rye House']
    })
  })

  test('"Role at Org, Name" works with a longer role', () => {
    expect(findPeople('Staff Engineer at Acme, Jane Roe, opens the day.').people).toEqual([{name: 'Jane Roe', role: 'Staff Engineer', organisation: 'Acme'}])
  })

  test('"Name from Org" gives the person and the organisation, no role', () => {
    expect(findPeople('Then Ingrid Solberg from Northfield Hospital explains the triage board.')).toEqual({
      people: [{name: 'Ingrid Solberg', organisation: 'Northfield Hospital'}],
      organisations: ['Northfield Hospital']
    })
  })

  test('"hosted by Name and Name" gives both people', () => {
    expect(findPeople('The evening is hosted by Petra Lindqvist and Omar Haddou.')).toEqual({
      people: [{name: 'Petra Lindqvist'}, {name: 'Omar Haddou'}],
      organisations: []
    })
  })

  test('two people, each from their own organisation', () => {
    expect(findPeople('Marta Kowalski from Rye House and Tomasz Brenner from Crumb Bakery judge the bread.')).toEqual({
      people: [
        {name: 'Marta Kowalski', organisation: 'Rye House'},
        {name: 'Tomasz Brenner', organisation: 'Crumb Bakery'}
      ],
      organisations: ['Rye House', 'Crumb Bakery']
    })
  })

  test('a list of people after a colon, each with an organisation', () => {
    const text = 'Next up on the panel: Ana Ruiz from Harbor Clinic, Ben Okafor from Westgate Health and Chloe Martin from Riverside Care.'
    expect(findPeople(text)).toEqual({
      people: [
        {name: 'Ana Ruiz', organisation: 'Harbor Clinic'},
        {name: 'Ben Okafor', organisation: 'Westgate Health'},
        {name: 'Chloe Martin', organisation: 'Riverside Care'}
      ],
      organisations: ['Harbor Clinic', 'Westgate Health', 'Riverside Care']
    })
  })

  test('an acronym in brackets after an organisation names it', () => {
    expect(findPeople('Ravi Menon, Director of the Northfield Ambulance Service (NAS), presents the response times.')).toEqual({
      people: [{name: 'Ravi Menon', role: 'Director', organisation: 'NAS'}],
      organisations: ['NAS']
    })
  })

  test('people are listed once, in order of first mention', () => {
    const text = 'Jane Roe from Acme opens. Then Jane Roe from Acme closes, with John Doe from Initech.'
    expect(findPeople(text).people.map((person) => person.name)).toEqual(['Jane Roe', 'John Doe'])
  })
})

describe('findPeople: surnames', () => {
  test('a lone surname resolves to a known person', () => {
    const known = [{name: 'Petra Lindqvist', role: 'Head Nurse', organisation: 'Northfield Hospital'}]
    expect(findPeople('Lindqvist says the new rota works better.', known).people).toEqual(known)
  })

  test('a lone surname with nobody known is nobody', () => {
    expect(findPeople('Lindqvist says the new rota works better.')).toEqual({people: [], organisations: []})
  })

  test('a known person whose surname is not mentioned is not found', () => {
    expect(findPeople('The new rota works better.', [{name: 'Petra Lindqvist'}]).people).toEqual([])
  })

  test('a surname only matches as a whole word', () => {
    expect(findPeople('The Lindqvists bakery is closed.', [{name: 'Petra Lindqvist'}]).people).toEqual([])
  })
})

describe('findPeople: not people', () => {
  test('capitalised words at the start of a sentence are not people', () => {
    expect(findPeople('Next Tuesday the council meets again. Open Source tools were praised by the clerk.')).toEqual({people: [], organisations: []})
  })

  test('names of days, months and things are not people', () => {
    expect(findPeople('Cloud Storage is cheaper in May. Machine Learning Day is on Friday.').people).toEqual([])
  })

  test('a job title is not a name', () => {
    expect(findPeople('The Staff Engineer and the Product Manager agreed on the plan.').people).toEqual([])
  })

  test('"from" after a place, not after a person, is no organisation', () => {
    expect(findPeople('Fresh bread from Northfield Market sold out by noon.')).toEqual({people: [], organisations: []})
  })
})

describe('people and organisations', () => {
  test('a sentence-opening adverb is not part of a name', () => {
    expect(findPeople('Later Jane Roe from Acme closes the day.').people.map((person) => person.name)).toEqual(['Jane Roe'])
  })

  test('a club role is a role, and the person before it is found', () => {
    const [person] = findPeople('Ravi Menon, Club Captain at Kingside Chess, opens the evening.').people
    expect(person).toMatchObject({name: 'Ravi Menon', organisation: 'Kingside Chess'})
  })

  test('"a panel with" a person is not an organisation', () => {
    const text = 'A panel with Ana Ruiz from Harbor Clinic, Ben Okafor from Westgate Health and Chloe Martin from Riverside Care.'
    expect(findPeople(text).organisations).toEqual(['Harbor Clinic', 'Westgate Health', 'Riverside Care'])
    expect(nameSection([text], [], []).title).toBe('Panel: Harbor Clinic, Westgate Health, Riverside Care')
  })

  test('an organisation with & keeps its whole name', () => {
    expect(findPeople('Next up is Mia Park, Head Baker at Crumb & Co, on rye.').organisations).toEqual(['Crumb & Co'])
  })

  test('an organisation stops at the end of its sentence', () => {
    expect(findPeople('Leon Zhou, Software Engineer at Bloomberg.\nAfter that the news show ends.').organisations).toEqual(['Bloomberg'])
  })
})

describe('findPeople: people with evidence only', () => {
  test('two list items are never one person ("Intro by Ana" / "Ben Ortiz from Acme demo")', () => {
    // As a section's text gives them: one item a line.
    const {people} = findPeople('Intro by Ana\nBen Ortiz from Acme demo\n')
    expect(people.map((person) => person.name)).toEqual(['Ben Ortiz'])
  })

  test('words before a name are not part of it', () => {
    expect(findPeople('Hackathon Winner Sam Lee from Initech shows a robot.').people).toEqual([{name: 'Sam Lee', organisation: 'Initech'}])
    expect(findPeople('Keynote Speaker Jane Roe, CTO at Acme, takes the stage.').people).toEqual([{name: 'Jane Roe', role: 'CTO', organisation: 'Acme'}])
  })

  test('each role belongs to the name it is written beside', () => {
    // A guard, not a fix: introductions were read right; the cut that nested
    // a role under the wrong name is tested in condense and buildDeck.
    const {people} = findPeople('The host brings to the stage the founder of Acme Bakery, Ana Ruiz, head baker at Initech, Ben Ortiz, and owner of Crumbs, Cleo Park.')
    expect(people).toEqual([
      {name: 'Ana Ruiz', role: 'founder', organisation: 'Acme Bakery'},
      {name: 'Ben Ortiz', role: 'head baker', organisation: 'Initech'},
      {name: 'Cleo Park', role: 'owner', organisation: 'Crumbs'}
    ])
  })

  test.each([
    'Q: Maria Lopez from Globex asks about the price of rye.',
    'Audience question from Tom Hale, Treasurer at Initech: how does it scale?',
    '- Question from the floor by Nina Berg of Acme: is spelt cheaper?'
  ])('a questioner is not a speaker: %s', (text) => {
    expect(findPeople(text).people).toEqual([])
  })
})

describe('findPeople: the connecting words are the language\'s', () => {
  test('French: "X, rôle chez Org" gives the role and the organisation', () => {
    const cast = findPeople('Marie Dupont, directrice technique chez Boulangerie Martin, présente le four.', [], {language: french})
    expect(cast.people).toEqual([{name: 'Marie Dupont', role: 'directrice technique', organisation: 'Boulangerie Martin'}])
  })

  test('French: two people joined by "et", from one organisation', () => {
    const cast = findPeople('Marie Dupont et Paul Girard de Boulangerie Martin ouvrent la séance.', [], {language: french})
    expect(cast.people.map((person) => person.name)).toEqual(['Marie Dupont', 'Paul Girard'])
    expect(cast.organisations).toEqual(['Boulangerie Martin'])
  })

  test('French: a question from the floor names a questioner, not a speaker', () => {
    expect(findPeople('Dans la salle, Marie Dupont demande combien coûte le four.', [], {language: french}).people).toEqual([])
  })
})
