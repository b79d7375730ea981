/**
 * What debrief knows about one language: the words and patterns its stages
 * look for, and the labels its slides carry. A `Language` is only data; each
 * field is named for what it is, so a stage never finds a rule by its
 * position in a list or by the text of its pattern.
 */
export interface Language {
  /** BCP 47 code (`en`, `fr`); `Intl.Segmenter` splits sentences with it. */
  readonly code: string
  /** The language's name in English, for messages (`French`). */
  readonly name: string
  /** Punctuation the language sets apart with a space before it (French `:`, `;`, `!`, `?`); others stick to their word. */
  readonly spacedPunctuation: string
  /** How a note-taker starts a line about themselves ("I'm late", "missed the start"): such a line is no title. */
  readonly asides: RegExp
  /** Lines and fragments that carry no content (see `NoiseRule`). */
  readonly noise: readonly NoiseRule[]
  /** Phrases that open a new talk in notes of an event ("next to the stage", "hands over to"). */
  readonly talkCues: readonly RegExp[]
  /**
   * Opening or closing remarks: a cue that opens a section even when it
   * introduces nobody; the section is titled by what it matches ("Closing remarks").
   */
  readonly remarks: RegExp
  /** Words that open an event and words that close it, to tell a newest-first log. */
  readonly logCues: {readonly opening: RegExp; readonly closing: RegExp; /** A day number, group 1 ("day 2"). */ readonly day: RegExp}
  /** Words and phrases that carry no claim, removed from bullets (see `Filler`). */
  readonly fillers: readonly Filler[]
  /** How notes write down a thing to do (see `ActionMarker`). */
  readonly actionMarkers: readonly ActionMarker[]
  /** How minutes name their parts and what templates leave in them (see `MinutesWords`). */
  readonly minutes: MinutesWords
  /** Words that say little about a topic, lower case; left out of terms. */
  readonly stopWords: ReadonlySet<string>
  /** Elided words before an apostrophe ("l" in "l'équipe"), lower case; a term starts after them. */
  readonly elisions: readonly string[]
  /**
   * Quotation marks, each an opening and a closing mark (`“` `”`, `«` `»`,
   * German `„` `“`), to tell a full stop inside a quotation from the end of a
   * sentence. A mark that closes the quotation open last closes it; else it opens one.
   */
  readonly quoteMarks: ReadonlyArray<readonly [string, string]>
  /** Words that end with a full stop without ending a sentence, lower case, without their last full stop (`dr`, `e.g`). */
  readonly abbreviations: ReadonlySet<string>
  /**
   * The names of the months, January first: each a list of the ways the
   * notes write it (full name, abbreviations), lower case.
   */
  readonly months: ReadonlyArray<readonly string[]>
  /** Endings of a day number in a date (`st` in "1st"), lower case. */
  readonly ordinals: readonly string[]
  /** Capitalised words that come before a year without naming an event ("in 2024"), lower case; months are added to them. */
  readonly notEvent: ReadonlySet<string>
  /** A label that makes a line the date of the notes ("Date: 2021-07-05"), at the start of the line. */
  readonly dateLabel: RegExp
  /** What figures count (see `FigureWords`). */
  readonly figures: FigureWords
  /** Words that tell people from other capitalised words (see `PeopleWords`). */
  readonly people: PeopleWords
  /** How the notes frame a quotation (see `QuoteWords`). */
  readonly quotes: QuoteWords
  /** What marks a sentence as low-value for a debrief: it ranks last (see `LowValueCues`). */
  readonly lowValue: LowValueCues
  /** Where a sentence can end early without saying something else (see `CutWords`). */
  readonly cuts: CutWords
  /** What keeps a sentence from opening a deck on its own (see `StandAloneWords`). */
  readonly standAlone: StandAloneWords
  /** The words debrief itself writes on slides and in speaker notes. */
  readonly labels: Labels
}

/** Sentences a team that was not there does not need; each list is tried in turn. */
export interface LowValueCues {
  /** Logistics and scene-setting: weather, coffee, arrivals, rooms, wifi, plugs. */
  readonly logistics: readonly RegExp[]
  /** Greetings, thanks, applause and sign-offs. */
  readonly greeting: readonly RegExp[]
  /** The note-taker's asides: "(?)", "I missed", "took a pic". */
  readonly aside: readonly RegExp[]
}

/** Words that tell whether a sentence may end at a clause mark ("…" marks the cut). */
export interface CutWords {
  /** A first word that makes the first clause lean on what follows ("If …", "For …"): no cut. */
  readonly opensSubordinate: RegExp
  /** Words after the mark that change what came before ("unless", "not", "only", "or"): no cut there. */
  readonly restricting: RegExp
  /** A last word that needs more ("of", "the", "how"): no cut after it, lower case, whole word. */
  readonly needsMore: RegExp
  /**
   * Words that turn or weigh what came before when they come after it ("but",
   * "not", "harder", "different"): a cut that would leave one of them out is
   * not made ("Prototyping is easy, going to production is harder" never
   * becomes "Prototyping is easy …").
   */
  readonly turning: RegExp
}

/** Words that keep a sentence from standing on its own. */
export interface StandAloneWords {
  /** A first word that leans on the sentence before ("They", "This", "Meanwhile") or points elsewhere ("See …"). */
  readonly leaning: RegExp
  /** Words anywhere that point back at someone or something the sentence does not name ("he", "the latter"). */
  readonly pointing: RegExp
  /**
   * What makes a sentence lean on the one just before it, so that it is shown
   * after that one or not at all: a first word ("They …", "This causes …")
   * and words anywhere that name a part of it ("the latter").
   */
  readonly leansBack: {readonly start: RegExp; readonly anywhere: RegExp}
}

/**
 * A kind of noise. A `line` rule drops a line it matches whole; a `fragment`
 * rule removes what it matches inside a line and keeps the rest.
 */
export interface NoiseRule {
  /** Short name, shown in `--report`. */
  readonly name: string
  readonly scope: 'line' | 'fragment'
  /** What to remove; global, so it can run over a whole text. */
  readonly pattern: RegExp
}

/** Words that carry no claim: reporting frames, hedges, fillers. */
export interface Filler {
  /** What it is, for people reading the data. */
  readonly name: string
  readonly pattern: RegExp
  /** The filler stays in a sentence that matches this: it carries meaning there (default: never). */
  readonly keepWhen?: RegExp
  /**
   * A match that ends with this leaves a clause ("They talk about how the
   * pool reopens …"); one that does not leaves a topic, a noun phrase ("They
   * talk about inference cases, smaller models, and …"), which a bullet keeps
   * whole or not at all: cut, it is a run of nouns with no verb.
   * (default: every match leaves a clause)
   */
  readonly leavesClause?: RegExp
}

/** The parts of minutes, and the template text left in them. */
export interface MinutesWords {
  /** A heading or label that lists who attended ("Attendees", "Present:"). */
  readonly attendees: RegExp
  /** A heading of a list of things to do ("To do", "Action items"). */
  readonly actions: RegExp
  /** Placeholders ("(none yet)", "_Add your item here_") and boilerplate a bot or template adds, matched against a whole block. */
  readonly template: readonly RegExp[]
}

/** A way of marking an action item: "TODO:", "Action:", "@sam to …". */
export interface ActionMarker {
  readonly pattern: RegExp
  /** The marker is part of the action's text ("@sam to send the slides"), not a label to drop (default: `false`). */
  readonly keepsMarker?: boolean
}

/** Words that turn a number into a figure. */
export interface FigureWords {
  /** A number as the language writes it (`3,000.5`; `3 000,5`): a regular-expression fragment. */
  readonly number: string
  /** Words for a scale after a number (`k`, `million`), lower case. */
  readonly scales: readonly string[]
  /** Currency names and codes after a number (`USD`, `euros`). */
  readonly currencies: readonly string[]
  /** Units and counted nouns after a number, each a regular-expression fragment for one word, lower case (`years?`, `users`, `gb`). */
  readonly units: readonly string[]
  /** Units of time, as fragments like `units`: "2024 years" is a figure, "2024 users" is a year. */
  readonly durations: readonly string[]
  /** Any counted plural noun ("300 volunteers"): a regular-expression fragment for one word. */
  readonly countedNoun: string
  /** Words between two numbers that make them one figure, a proportion ("8 out of 10"), each a regular-expression fragment, lower case. */
  readonly ratios: readonly string[]
  /** Words that put a version number before them ("version 2.0 releases"), lower case. */
  readonly versionWords: readonly string[]
}

/** Words that tell people, their roles and their organisations. */
export interface PeopleWords {
  /** Words of job titles, lower case; a name never contains one. */
  readonly roleWords: ReadonlySet<string>
  /** Capitalised words that start sentences or name things, never people, lower case. */
  readonly notNames: ReadonlySet<string>
  /** Words that join two names in a list ("Ana Ruiz and Ben Okafor"): a regular-expression fragment, one alternative each. */
  readonly joining: string
  /** Words between a role or a person and their organisation ("CTO at Acme", "head of Acme"): a fragment like `joining`. */
  readonly organisationAt: string
  /** Words between a person and where they come from ("Jane Roe from Acme"): a fragment like `joining`. */
  readonly personFrom: string
  /** Articles before an organisation's name ("from the Acme Group"): a fragment like `joining`. */
  readonly article: string
  /** Words right before a name that list people ("hosted by Jane Roe", "with Jane Roe"): a fragment like `joining`. */
  readonly introducing: string
  /** Words that end a role written after a name ("Jane Roe, engineer for the city", "… who …"): a fragment like `joining`. */
  readonly roleEnds: string
  /** A line that asks a question from the floor ("Q:", "Audience:", "… asks …"): whoever it names is a questioner, not a speaker. */
  readonly questioning: RegExp
  /**
   * Words just before a name that present the person as a speaker ("hosted
   * by", "featuring", "welcomes"), at the end of the text before the name. A
   * name after other words is merely mentioned.
   */
  readonly presenting: RegExp
  /**
   * The words that open a byline ("By", "Posted by", "Notes by", "Author:"),
   * at the start of a line, with what follows them: a byline near the top
   * names who wrote the notes, not a speaker.
   */
  readonly byline: RegExp
}

/** How notes frame a quotation. */
export interface QuoteWords {
  /** Words before a quoted term that introduce it ("the term", "so-called"), at the end of the text before. */
  readonly introduced: RegExp
  /** Words after a quoted term that explain it ("a …", "means"), at the start of the text after. */
  readonly explained: RegExp
  /** "he says": the first group that matches is the pronoun of the person quoted. */
  readonly reported: RegExp
  /** Pronouns (lower case) of `reported` that stand for a group ("they"). */
  readonly plural: ReadonlySet<string>
  /**
   * Words right after a name that report the person saying what follows
   * ("Tom Brenner told me “…”", "… said"), at the start of the text after the
   * name: in a transcript turn, a quote is the turn speaker's unless the turn
   * reports someone else saying it.
   */
  readonly saying: RegExp
}

/** The words debrief writes itself. `{count}` stands for a number. */
export interface Labels {
  readonly agenda: string
  /** After the title of a second or later slide of one list or section: `(cont.)`. */
  readonly continued: string
  readonly numbers: string
  /** The opening summary: `In brief`. */
  readonly brief: string
  readonly actions: string
  readonly resources: string
  /** The section of text before the first heading. */
  readonly opening: string
  /** A section nothing names. */
  readonly untitled: string
  /** Before the organisations of a panel: `Panel`. */
  readonly panel: string
  /** Words that tell a panel in the notes. */
  readonly panelCue: RegExp
  /** Two people and more: `{first}, {second} and others`. */
  readonly others: string
  /** People introduced but not listed: `and {count} more`. */
  readonly more: string
  /** The last agenda entry of notes with more sections than the agenda lists: `{count} more sections, …`. */
  readonly moreSections: string
  /** The last line of the last action-items slide when more are left to its speaker notes. */
  readonly moreActions: string
  /** Opens the speaker notes of a slide. */
  readonly sourceNotes: string
  /** Opens the part of the speaker notes that did not make the slides. */
  readonly notOnSlides: string
  /** A code block in the speaker notes: `code block ({count} lines)`. */
  readonly codeBlock: string
  /** Who attended, on the title slide of minutes: `{names}` is the list. */
  readonly present: string
  /** Title of the section that gathers link-only agenda items. */
  readonly links: string
  /** Before the alt text of an image, among the links or in the speaker notes: `Image`. */
  readonly image: string
}
