import {clock, entryTime, isoDate, ruleLine, writtenDate} from './patterns.js'
import type {Language} from './types.js'

const months = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec']
]
const ordinals = ['st', 'nd', 'rd', 'th']
const weekday = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?(?![a-z]),?'
const separatorWord = '(?:date|updated|posted|published|last updated|refresh|live|live updates?|breaking)'
const words = (text: string): ReadonlySet<string> => new Set(text.split(/\s+/).filter(Boolean))

/** English. */
export const english: Language = {
  code: 'en',
  name: 'English',
  spacedPunctuation: '',
  asides: /^(?:I|I'm|I've|I'd|we|me|my|got|missed|arrived|late)\b/i,
  noise: [
    {name: 'image credit', scope: 'fragment', pattern: /\s*\((?:image|photo|picture|video)s?\s+(?:credit|courtesy|source)s?\s*:[^)]*\)/gi},
    {name: 'image credit', scope: 'line', pattern: /^\s*(?:image|photo|picture)s?\s+(?:credit|courtesy|source)s?\s*:.*$/gim},
    {name: 'stage cue', scope: 'fragment', pattern: /\s*[[(]\s*(?:applause|laughter|laughs|laughing|music|inaudible|crosstalk|silence|cheering|cheers|pause|coughs?|background noise)\s*[\])]/gi},
    {
      name: 'date or time separator',
      scope: 'line',
      pattern: new RegExp(`^\\s*(?:(?:${separatorWord}|${weekday}|${isoDate}|${writtenDate(months, ordinals)}|${clock}|[-–—|•·:,])\\s*)+$`, 'gim')
    },
    ruleLine,
    {
      name: 'page furniture',
      scope: 'line',
      pattern: /^\s*(?:advertisement|share this (?:article|post)|sign up for .*newsletter.*|read more:?.*|skip to (?:main )?content|scroll to continue)\s*$/gim
    }
  ],
  talkCues: [
    /\bnext (?:up )?(?:to|on) (?:the )?stage\b/i,
    /\b(?:hits?|taking|takes?|took|grac(?:e|es|ed|ing)) (?:the )?stage\b/i,
    /\b(?:bring(?:s|ing)?|brought|welcom(?:e|es|ed|ing)|invit(?:e|es|ed|ing)) (?:up )?(?:to|on|onto) the stage\b/i,
    /\b(?:bring(?:s|ing)?|brought|welcom(?:e|es|ed|ing)|invit(?:e|es|ed|ing)) .{1,60}? (?:to|on|onto) the stage\b/i,
    /\bhand(?:s|ed|ing)? (?:it )?over to\b/i,
    /\bnow (?:\w+ )?(?:more|new|other) speakers?\b/i,
    /\b(?:our|the) next (?:speaker|talk|session|keynote|panel|presenter)\b/i,
    /\bnext up\b/i,
    /\b(?:a|another|one more) (?:new )?(?:talk|session|keynote|presentation|lightning talk) (?:on|about)\b/i,
    /\b(?:closing|opening) remarks\b/i
  ],
  remarks: /\b(?:closing|opening) remarks\b/i,
  logCues: {
    opening:
      /\b(has (?:just )?(?:begun|started|kicked off)|kick(?:ed|s) off|welcome(?:s|d)? (?:everyone|to)|doors (?:are )?open|(?:is|are) (?:about to )?(?:start|begin)(?:ing)?|getting started|first day|filling up|make (?:their|our) way in)\b/i,
    closing:
      /\b(closing (?:remarks|keynote|session)|that'?s (?:it|all|a wrap)|(?:it'?s )?a wrap\b|wrap(?:s|ping)? up|thanks? (?:you )?(?:all )?for (?:joining|following|reading)|crowd is thanked|signing off|see you (?:tomorrow|next)|filter out|comes? to an end)\b/i,
    day: /\bday (\d{1,2})\b/i
  },
  fillers: [
    entryTime,
    {name: 'leading word', pattern: /^(?:so|well|okay|ok|anyway|basically|apparently|and|but)\s*,?\s+(?=\S)/i},
    {
      name: 'reporting frame',
      pattern: /^(?:they|he|she|we|i|the (?:group|panel|speakers?))\s+(?:also\s+)?(?:talks?|talked|speaks?|spoke|discuss(?:es|ed)?)\s+about\s+(?:how\s+)?/i,
      // A subject that does something else later in the sentence ("They talk
      // about X and will show Y") has to stay.
      keepWhen: /\band (?:will|would|can|could|then|also|later)\b/i,
      leavesClause: /\bhow\s*$/i
    },
    {name: 'hedge', pattern: /\bit (?:looks|seems) like\s+/gi},
    // Set off by a comma ("…, she says." "X, he says, is …"): "He says that …" is the sentence itself.
    {name: 'speech tag', pattern: /,\s+(?:he|she|they) says?,?(?=[\s.!?]|$)/gi},
    {name: 'filler word', pattern: /\b(?:basically|actually|kind of|sort of)\s+/gi}
  ],
  actionMarkers: [
    {pattern: /^\s*(?:\[\s?\]\s*)?(?:TODO|To-?do|FIXME)\b\s*[:\-–]?\s*/i},
    {pattern: /^\s*(?:action(?:\s+items?)?|next\s+steps?|follow[- ]?ups?|owner)\s*[:\-–]\s*/i},
    {pattern: /^\s*@\w+\s+(?:to|will)\s+/i, keepsMarker: true},
    // "I'll post the slides", "We will book the hall": someone taking a thing on.
    {pattern: /^\s*(?:I['’]ll|I will|we['’]ll|we will)\s+(?!be\b|have\b|see\b|need\b|probably\b|never\b)\p{Ll}/iu, keepsMarker: true},
    // "Ann to send the report", "Ann and Tom to draft the rota": a named person and what they are to do.
    {
      pattern:
        /^\s*(?!(?:Nothing|Something|Time|Need|Needs|Want|Wants|Hard|Easy|Going|How|What|Where|When|Why|Who|Things?|Ways?|Plans?|Try|Goal|Able|Hope|Decided|Agreed)\b)\p{Lu}[\p{L}'’-]+(?:\s(?:and|&)\s\p{Lu}[\p{L}'’-]+|\s\p{Lu}[\p{L}'’-]+)?\s+to\s+(?:send|post|write|check|fix|review|draft|prepare|update|follow up|ask|share|book|contact|look into|set up|organi[sz]e|reach out|schedule|create|add|find|investigate|file|open|merge|test|circulate|email|call|confirm|finali[sz]e|publish|clean up|move|talk to|coordinate)\b/u,
      keepsMarker: true
    }
  ],
  minutes: {
    // German headings too, while German notes use the English rules.
    attendees:
      /^(?:attendees|attendance|attending|participants|present|people present|in attendance|roll call|teilnehmer(?:innen|\*innen)?|teilnehmende|anwesend|anwesende)\s*:?$/i,
    actions: /^(?:to-?dos?|to do|todo\s*\/\s*tbd|action items?|actions|next steps|follow[- ]?ups?|tasks(?: \(.*\))?|open tasks|aufgaben|offene punkte)\s*:?$/i,
    template: [
      /^\(?\s*(?:none|nothing|no items?)(?: yet)?\b[^)]*\)?$/i,
      /^\(?\s*(?:tbd|tba|n\/a|-|…|\.\.\.)\s*\)?$/i,
      /\b(?:submit|open|send) a (?:pr|pull request) to add\b/i,
      /\badd (?:your|an?) (?:name|item|announcement|topic)s? (?:here|below|above)\b/i,
      /\bmove things from (?:below|above)\b/i,
      /^please (?:help )?(?:add your name|take notes|sign in)\b/i,
      /^thanks!?$/i,
      /^ex\.\s/i,
      /\b(?:this|the) (?:issue|meeting|page|file|document|agenda) (?:was|is|has been) (?:automatically )?(?:created|generated|opened) (?:automatically|by)\b/i,
      /\bautomatically (?:generated|created) by\b/i,
      /^see the instructions\b.*\b(?:how to (?:attend|join)|details)\b/i
    ]
  },
  stopWords: words(`a about above after again against all am an and any are as at be because been before being below between both but by
can could did do does doing down during each few for from further had has have having he her here hers herself him himself
his how i if in into is it its itself just let me more most my myself no nor not now of off on once only or other our ours
ourselves out over own same she should so some such than that the their theirs them themselves then there these they this
those through to too under until up very was we were what when where which while who whom why will with would you your
yours yourself yourselves also like get got going go one two lot really there's it's that's they're we're i'm he's she's
says said say talk talks talking about well way new just even much many still next now us`),
  elisions: [],
  // English rules also serve languages without data of their own (German, Japanese).
  quoteMarks: [
    ['“', '”'],
    ['„', '“'],
    ['«', '»'],
    ['「', '」'],
    ['『', '』']
  ],
  abbreviations: words(
    'mr mrs ms dr prof st jr sr vs etc e.g i.e inc ltd co corp no fig approx dept est min max mt ave jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m u.s u.k'
  ),
  months,
  ordinals,
  dateLabel: /^\W*(?:date|when|held on)\b/i,
  notEvent: words(
    'in on at by of for from since until till before after during around about early late mid end the this that q1 q2 q3 q4 fy h1 h2 summer winter spring autumn fall'
  ),
  figures: {
    number: String.raw`\d+(?:[.,]\d+)*`,
    scales: ['k', 'm', 'bn', 'million', 'billion', 'trillion', 'thousand', 'hundred'],
    currencies: ['USD', 'EUR', 'GBP', 'dollars', 'euros', 'pounds'],
    units: `years? months? weeks? days? hours? minutes? seconds? decades? people persons users customers developers engineers organi[sz]ations
companies teams attendees participants speakers countries cities nodes clusters servers gpus cpus cores containers pods projects contributors
maintainers models parameters tokens requests queries downloads stars times x percent per\\x20?cent points? gb tb mb kb pb ms km kg miles?
workloads sessions talks tracks releases versions languages members employees stores sites regions`.split(/\s+/),
    durations: ['years?', 'months?', 'weeks?', 'days?'],
    countedNoun: '[a-z]{3,}(?:s|es)',
    ratios: ['out of'],
    versionWords: ['v', 'version', 'release', 'rel']
  },
  people: {
    roleWords: words(`engineer engineering manager director lead head founder co-founder cofounder officer president chair chairman chairwoman
  software product team principal distinguished executive senior staff vp developer advocate architect scientist researcher
  professor dr mr mrs ms chief ceo cto cfo coo cpo cio pm program project analyst designer consultant partner member maintainer
  evangelist host moderator speaker keynote panel panelist editor reporter journalist author student fellow intern owner
  general vice associate assistant deputy community relations marketing sales research captain treasurer secretary coach
  mayor councillor councilor governor minister nurse doctor surgeon physician teacher principal dean provost chef baker
  organiser organizer curator trustee director-general commissioner superintendent inspector officer`),
    notNames: words(`the this that these those then there they their it its we our you your he she his her a an and but or so now next after
  before when while with from into onto about two three four five several many some all every each another other new more
  most first last day today tomorrow yesterday monday tuesday wednesday thursday friday saturday sunday january february
  march april may june july august september october november december open source cloud native data machine learning ai
  show news conference summit keynote session talk panel stage centre center hall room expo later finally meanwhile
  earlier afterwards afterward again lastly here tonight thanks welcome please also still even only just`),
    joining: 'and|&',
    organisationAt: 'at|of',
    personFrom: 'from',
    article: 'the',
    introducing: 'by|with',
    roleEnds: 'for|with|who|to',
    questioning:
      /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__)?\s*(?:Q\s*\d*\s*[:.)]|Q&A\b|Questions?\b|Audience\b|From the (?:floor|audience)\b)|\b(?:asks?|asked|asking)\b|\baudience (?:member|question)/i,
    presenting:
      /(?<![\p{L}\p{N}])(?:(?:hosted|presented|led|moderated|chaired|given|delivered|introduced|opened|run|talks?|keynote|session|presentation|workshop|demo|panel|intro|introduction|lecture|remarks) by|(?:chat|conversation|interview|q&a|panel|session|talk|workshop|keynote|fireside) with|featuring|feat\.|welcomes?|welcoming|introduces?|introducing|presents?|presenting|(?:hands?|handing|handed) (?:it )?over to)\s*$/iu,
    byline: /^\s*(?:(?:posted|written|published|notes|compiled|transcribed|reported|edited|taken|minutes|live[- ]?blogged)\s+by|by|authors?|note[- ]?takers?|notes)(?:\s*:\s*|\s+)/i
  },
  quotes: {
    introduced: /\b(?:the (?:phrase|term|word|idea|concept|notion)|called|coined|dubbed|so-called)\s*$/i,
    explained: /^[,’'”"]*\s*(?:a|an|which|means|meaning|i\.e\.)\b/i,
    reported:
      /\b(he|she|they)\s+(?:also\s+)?(?:says?|said|adds?|added|explains?|explained|notes?|noted|argues?|argued|jokes?|joked|talks?\s+about|talked\s+about|discuss(?:es|ed)?|describes?|described|mentions?|mentioned|introduces?|introduced)\b/i,
    plural: words('they'),
    saying: /^\s+(?:also\s+|once\s+|then\s+)?(?:says?|said|told|tells?|adds?|added|asks?|asked|writes?|wrote|puts? it|called it|calls? it|explains?|explained|argues?|argued|replies|replied|answers?|answered|insists?|insisted|likes? to say|used to say)(?![\p{L}])/iu
  },
  lowValue: {
    logistics: [
      /\b(?:weather|sunny|rain(?:ing|y)?|snow(?:ing)?|crisp|chilly)\b/i,
      /\b(?:coffee|tea|breakfast|lunch|snacks?|drinks|catering|pizza)\b/i,
      /\b(?:registration|badges?|queues?|cloakroom|wi-?fi|power outlets?|parking|seating|seats)\b/i,
      /\b(?:arriv(?:e|es|ed|ing|als?)|make (?:their|our|my) way|filling up|filter(?:s|ing)? out|allowed in(?:to)?|doors open|let in|get acquainted)\b/i,
      /\b(?:is|are) located on the\b|\bon the (?:first|second|third|fourth|\d+(?:st|nd|rd|th)) floor\b/i,
      /\b(?:shout[- ]out|plug(?:s|ged)? (?:for|the)|run through of the product|then (?:he|she|they)(?:'|’)?(?:s|re| is| are) off)\b/i,
      /\b(?:everyone|the (?:crowd|audience|room)) (?:was|were|is|are) (?:suitably |very |really )?(?:pleased|impressed|excited|thrilled|delighted)\b/i
    ],
    greeting: [
      /^(?:hi|hello|hey|welcome|good (?:morning|afternoon|evening)|okay,? let(?:'|’)s (?:go|start|begin|get started))\b/i,
      /\bwelcome (?:to|back|everyone|all)\b/i,
      /\b(?:thank(?:s|ed)?|thank you|thanking)\b.*\b(?:for (?:joining|coming|attending|having)|everyone|all|organi[sz]ers|sponsors)\b/i,
      /\b(?:is|are|was|were) thanked\b/i,
      /\b(?:wild |warm |loud )?applause\b/i,
      /\b(?:that(?:'|’)s (?:a )?wrap|it(?:'|’)s a wrap|see you (?:next|tomorrow|soon)|bye for now)\b/i
    ],
    aside: [
      /\(\s*\?+\s*\)/,
      /\b(?:I|we) (?:missed|didn(?:'|’)t (?:catch|hear|get)|couldn(?:'|’)t (?:hear|see|follow)|lost (?:track|the thread))\b/i,
      /\b(?:took|taking|take) a (?:pic|picture|photo|snap|screenshot)\b/i,
      /\b(?:see (?:photo|pic|picture|screenshot)|(?:photo|pic|screenshot) (?:above|below))\b/i,
      /\b(?:brb|afk|note to self)\b/i
    ]
  },
  cuts: {
    opensSubordinate: /^(?:if|when|whenever|while|although|though|because|since|as|once|unless|after|before|whether|until|for|in|during|to|by|with|without|from|despite|given|instead)\b/i,
    restricting: /^(?:not|no|never|nor|or|unless|except|only|if|without|provided|until|than|rather|instead|otherwise|yet|but not)\b/i,
    needsMore: /^(?:of|a|an|the|and|or|but|to|in|on|for|with|by|at|from|that|which|who|whom|whose|what|how|why|where|when|whether|if|as|is|are|was|were|be|been|like|such|than|its|their|his|her|our|my|your|about|into|onto|over|under|between|through)$/i,
    turning: /\b(?:but|however|yet|though|although|whereas|while|except|unless|otherwise|instead|rather|despite|still|not|no|never|nor|nothing|none|neither|without|only|harder|easier|better|worse|more|less|fewer|different|differently|unlike|contrary|opposite)\b|n(?:'|’)t\b/i
  },
  standAlone: {
    leaning: /^(?:they|them|their|this|these|that|thats|that(?:'|’)s|those|it|its|it(?:'|’)s|he|she|his|her|there(?:'|’)s|then|also|and|but|so|or|meanwhile|however|still|yet|thus|hence|instead|both|such|which|who|here|now|next|other|another|see|go to|check|read|visit|click|watch|look at)\b/i,
    pointing: /\b(?:they|them|their|theirs|he|him|his|she|hers|the latter|the former|the same|the pair|the two|the company|as well)\b/i,
    leansBack: {
      start: /^(?:they|them|their|theirs|this|these|those|that|that[’']?s|it|its|such|both|neither)(?![\p{L}\p{N}])/iu,
      anywhere: /(?<![\p{L}\p{N}])the (?:latter|former)(?![\p{L}\p{N}])/iu
    }
  },
  labels: {
    agenda: 'Agenda',
    continued: '(cont.)',
    numbers: 'By the numbers',
    brief: 'In brief',
    actions: 'Action items',
    resources: 'Resources',
    opening: 'Opening',
    untitled: 'Notes',
    panel: 'Panel',
    panelCue: /\bpanel/i,
    others: '{first}, {second} and others',
    more: 'and {count} more',
    moreSections: '{count} more sections, listed in the speaker notes',
    moreActions: '{count} more action items, listed in the speaker notes',
    sourceNotes: 'Source notes for this slide',
    notOnSlides: 'Also in the notes, not on the slides',
    codeBlock: 'code block ({count} lines)',
    present: 'Present: {names}',
    links: 'Links',
    image: 'Image'
  }
}
