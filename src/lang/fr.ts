import {clock, entryTime, isoDate, ruleLine, writtenDate} from './patterns.js'
import type {Language} from './types.js'

const months = [
  ['janvier', 'janv'],
  ['février', 'févr', 'fév', 'fevrier'],
  ['mars'],
  ['avril', 'avr'],
  ['mai'],
  ['juin'],
  ['juillet', 'juil'],
  ['août', 'aout'],
  ['septembre', 'sept'],
  ['octobre', 'oct'],
  ['novembre', 'nov'],
  ['décembre', 'déc', 'decembre']
]
const ordinals = ['er']
const weekday = '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim)\\.?(?![a-zà-ÿ]),?'
const separatorWord = "(?:date|mis à jour|mise à jour|dernière mise à jour|publié(?: le)?|actualiser|en direct|direct|live|urgent|le|à)"
// "14h30", "9 h 05": how French writes the time.
const frenchClock = '\\d{1,2}\\s?h\\s?\\d{2}(?:\\s*min)?'
const words = (text: string): ReadonlySet<string> => new Set(text.split(/\s+/).filter(Boolean))

/** French. */
export const french: Language = {
  code: 'fr',
  name: 'French',
  spacedPunctuation: ':;!?',
  asides: /^(?:je|j['’]|moi|mon|ma|mes|nous|on|raté|arrivée?s?|en retard)(?!\p{L})/iu,
  noise: [
    {name: 'image credit', scope: 'fragment', pattern: /\s*\((?:crédits?|photos?|images?|illustrations?|vidéos?)(?:\s+(?:photos?|images?|vidéos?))?\s*:[^)]*\)/gi},
    {name: 'image credit', scope: 'line', pattern: /^\s*(?:crédits?(?:\s+(?:photos?|images?))?|photos?\s+(?:de|par))\s*:.*$/gim},
    {name: 'stage cue', scope: 'fragment', pattern: /\s*[[(]\s*(?:applaudissements|rires?|musique|inaudible|silence|acclamations|pause|toux|brouhaha|bruits? de fond)\s*[\])]/gi},
    {
      name: 'date or time separator',
      scope: 'line',
      pattern: new RegExp(
        `^\\s*(?:(?:${separatorWord}|${weekday}|${isoDate}|${writtenDate(months, ordinals)}|${frenchClock}|${clock}|[-–—|•·:,])\\s*)+$`,
        'gim'
      )
    },
    ruleLine,
    {
      name: 'page furniture',
      scope: 'line',
      pattern: /^\s*(?:publicité|partager (?:cet|l['’])article|(?:à )?lire aussi\b.*|inscrivez-vous à .*newsletter.*|abonnez-vous\b.*|(?:aller|passer) au contenu(?: principal)?)\s*$/gim
    }
  ],
  talkCues: [
    /(?<!\p{L})(?:mont(?:e|ent|é|ée|és|ées)|arriv(?:e|ent|é|ée)|rejoin(?:t|s|gnent)) sur (?:la )?scène(?!\p{L})/iu,
    /(?<!\p{L})(?:accueill|invit|appel)\p{L}* .{1,60}? sur (?:la )?scène(?!\p{L})/iu,
    /(?<!\p{L})(?:laiss|pass|cèd|céd|donn|redonn)\p{L}* la parole à(?!\p{L})/iu,
    /(?<!\p{L})(?:le |la |notre )?prochain(?:e|s|es)? (?:intervenant|intervenante|orat(?:eur|rice)|conférenci(?:er|ère)|session|conférence|keynote|table ronde|présentation)/iu,
    /(?<!\p{L})(?:c['’]est )?au tour d(?:e |['’])/iu,
    /(?<!\p{L})(?:mot|discours|allocution|remarques?)s? (?:d['’]ouverture|de clôture)(?!\p{L})/iu
  ],
  remarks: /(?<!\p{L})(?:mot|discours|allocution|remarques?)s? (?:d['’]ouverture|de clôture)(?!\p{L})/iu,
  logCues: {
    opening:
      /(?<!\p{L})(a (?:commencé|débuté)|commence|débute|c['’]est parti|bienvenue (?:à|aux|dans|sur)|les portes (?:sont )?ouvert|premier jour|la salle se remplit)(?!\p{L})/iu,
    closing:
      /(?<!\p{L})(discours de clôture|mot de clôture|c['’]est (?:fini|terminé|tout)|merci de (?:nous )?(?:avoir suivi|votre attention)|à demain|se termine|touche à sa fin|fin de (?:la )?(?:journée|conférence|session))(?!\p{L})/iu,
    day: /(?<!\p{L})jour (\d{1,2})(?!\d)/iu
  },
  fillers: [
    entryTime,
    {name: 'leading word', pattern: /^(?:alors|bon|donc|bref|en fait|du coup|eh bien|enfin|et|mais)\s*,?\s+(?=\S)/iu},
    {
      name: 'reporting frame',
      pattern: /^(?:ils?|elles?|on|nous|je|le groupe|le panel|les intervenants?)\s+(?:aussi\s+)?(?:parlent|parle|évoquent|évoque|expliquent|explique|discutent|discute)\s+(?:aussi\s+)?(?:de\s+|d['’])?(?:comment\s+)?/iu,
      // "Elle parle de X et va montrer Y": the subject does something else, it stays.
      keepWhen: /(?<!\p{L})et (?:va|vont|peut|peuvent|puis|aussi|ensuite|montre|montrent)(?!\p{L})/iu,
      leavesClause: /(?<!\p{L})comment\s*$/iu
    },
    {name: 'hedge', pattern: /(?<!\p{L})(?:on dirait que|il semble que|il semblerait que)\s+/giu},
    {name: 'speech tag', pattern: /,?\s+(?:dit|explique|ajoute|précise)-(?:t-)?(?:il|elle|ils|elles),?(?=[\s.!?]|$)/giu},
    {name: 'filler word', pattern: /(?<!\p{L})(?:en fait|en gros|du coup|genre|franchement|grosso modo)\s*,?\s+/giu}
  ],
  actionMarkers: [
    {pattern: /^\s*(?:\[\s?\]\s*)?(?:TODO|À faire|A faire|FIXME)(?!\p{L})\s*[:\-–]?\s*/iu},
    {pattern: /^\s*(?:actions?|prochaines?\s+étapes?|suivis?|responsable)\s*[:\-–]\s*/iu},
    {pattern: /^\s*@\w+\s+(?:doit|doivent|va|vont)\s+/iu, keepsMarker: true},
    // "Marie doit envoyer le compte rendu": a named person who must do something.
    {pattern: /^\s*\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\s+(?:doit|doivent)\s+\p{Ll}/u, keepsMarker: true}
  ],
  minutes: {
    attendees: /^(?:présents?|présentes?|participants?|participantes?|personnes présentes|excusés?|attendees|participants)\s*:?$/iu,
    actions: /^(?:à faire|a faire|tâches|actions(?: à mener)?|prochaines étapes|suites à donner|to-?dos?|action items?)\s*:?$/iu,
    template: [
      /^\(?\s*(?:rien|aucun(?:e)?|néant)(?: pour l['’]instant| pour le moment)?\b[^)]*\)?$/iu,
      /^\(?\s*(?:à compléter|à définir|n\/a|-|…|\.\.\.)\s*\)?$/iu,
      /\bajoute[zr]? (?:votre|ton|un) (?:nom|point|sujet) ici\b/iu,
      /^ex\.\s/iu
    ]
  },
  stopWords: words(`le la les l un une des du de d et ou mais donc or ni car à au aux en dans par pour sur sous avec sans chez ce cet cette ces
mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs je tu il elle on nous vous ils elles me te se lui moi toi eux y qui que
qu quoi dont où ne n pas plus moins très bien aussi encore déjà tout tous toute toutes est sont était étaient été être avoir a ont avait
fait faire c ça cela ceci celui celle ceux celles comme si alors puis ensuite entre après avant pendant depuis vers selon quand comment
pourquoi parle parlent dit disent fois autre autres même peu beaucoup non oui là ici s j m t va vont peut doit chaque`),
  quoteMarks: [
    ['«', '»'],
    ['“', '”'],
    ['‹', '›']
  ],
  elisions: ['l', 'd', 'j', 'qu', 'n', 's', 'c', 'm', 't', 'jusqu', 'lorsqu', 'puisqu'],
  abbreviations: words('m mme mmes mlle mm dr pr me st ste etc cf ex p.ex c.-à-d env vol éd av bd janv févr fév avr juil sept oct nov déc n°'),
  months,
  ordinals,
  dateLabel: /^\W*(?:date|quand|le)(?!\p{L})/iu,
  notEvent: words("en le la les au aux du de des depuis avant après pendant vers dès début fin mi été hiver printemps automne ce cette t1 t2 t3 t4"),
  figures: {
    // "3 000", "12 500,5": thousands set apart by a space (or a narrow one).
    number: String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)*`,
    scales: ['k', 'm', 'md', 'mds', 'mille', 'milliers?', 'millions?', 'milliards?'],
    currencies: ['EUR', 'USD', 'GBP', 'CHF', 'euros', 'dollars', 'livres'],
    units: `ans années? mois semaines? jours? heures? minutes? secondes? décennies? personnes utilisateurs? utilisatrices? clients? clientes?
développeurs? développeuses? ingénieurs? entreprises équipes participants? participantes? intervenants? intervenantes? pays villes nœuds
serveurs projets contributeurs? contributrices? requêtes téléchargements fois x pour\\x20?cent points? go to mo ko ms km kg sessions conférences
membres employés salariés sites régions langues versions bénévoles habitants élèves`.split(/\s+/),
    durations: ['ans', 'années?', 'mois', 'semaines?', 'jours?'],
    countedNoun: '[a-zà-ÿœ]{3,}(?:s|x)',
    ratios: ['sur'],
    versionWords: ['v', 'version', 'release']
  },
  people: {
    roleWords: words(`fondateur fondatrice cofondateur cofondatrice co-fondateur co-fondatrice directeur directrice responsable chef cheffe
  ingénieur ingénieure développeur développeuse président présidente pdg dg ceo cto cfo maire adjoint adjointe conseiller conseillère ministre
  professeur professeure chercheur chercheuse docteur docteure dr architecte consultant consultante analyste designer trésorier trésorière
  secrétaire animateur animatrice modérateur modératrice journaliste auteur autrice étudiant étudiante doctorant doctorante stagiaire membre
  mainteneur mainteneuse chargé chargée principal principale senior vp vice général générale technique produit équipe lead head m mme`),
    notNames: words(`le la les l un une des ce cette ces il elle ils elles nous vous on puis ensuite après avant quand avec pour dans sur deux
  trois quatre cinq plusieurs premier première dernier dernière aujourd'hui demain hier lundi mardi mercredi jeudi vendredi samedi dimanche
  janvier février mars avril mai juin juillet août septembre octobre novembre décembre open source cloud conférence sommet keynote session
  table ronde salle scène merci bienvenue enfin aussi encore ici là notre votre leur`),
    joining: 'et|&',
    organisationAt: 'chez|de|du',
    personFrom: 'de|du',
    article: 'la|le|les',
    introducing: 'par|avec',
    roleEnds: 'pour|avec|qui|à',
    questioning:
      /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__)?\s*(?:Q\s*\d*\s*[:.)]|Q&R(?![\p{L}])|Questions?(?![\p{L}])|Public(?![\p{L}])|(?:Dans|De) la salle(?![\p{L}]))|(?<![\p{L}])(?:demande|demandent|demandé|demandée|interroge|interrogent|questionne)(?![\p{L}])|(?<![\p{L}])question (?:du public|de la salle)/iu,
    presenting:
      /(?<![\p{L}\p{N}])(?:(?:animée?s?|présentée?s?|menée?s?|modérée?s?|donnée?s?|ouverte?s?|conférence|keynote|session|présentation|atelier|démo|table ronde|intervention) par|(?:entretien|échange|discussion|table ronde|session|conférence) avec|accueill\p{L}*|présent(?:e|ent|ons)|invit(?:e|ent|ons)|(?:la )?parole à)\s*$/iu,
    byline: /^\s*(?:(?:publiée?s?|écrite?s?|rédigée?s?|compte[- ]rendu|notes|transcrite?s?|prises?)\s+par|par|auteure?s?|autrices?|notes)(?:\s*:\s*|\s+)/iu
  },
  quotes: {
    introduced: /(?:l['’]expression|le terme|le mot|l['’]idée|le concept|la notion|appelée?s?|baptisée?s?|surnommée?s?|dite?s?)\s*$/iu,
    explained: /^[,’'”"»]*\s*(?:un|une|qui|signifie|c['’]est-à-dire)(?!\p{L})/iu,
    reported:
      /(?<!\p{L})(?:(il|elle|ils|elles)\s+(?:aussi\s+)?(?:dit|disent|ajoute|ajoutent|explique|expliquent|note|souligne|soulignent|plaisante|raconte|racontent|parle de|parlent de|décrit|décrivent|mentionne|affirme|rappelle)|(?:dit|ajoute|explique|souligne|précise)-(?:t-)?(il|elle|ils|elles))(?!\p{L})/iu,
    plural: words('ils elles'),
    saying: /^\s+(?:m['’]a\s+|nous\s+a\s+|a\s+|aussi\s+)?(?:dit|disait|déclare|déclaré|explique|expliqué|ajoute|ajouté|répond|répondu|affirme|affirmé|raconte|raconté|écrit|lance|lancé|répète|répété)(?![\p{L}])/iu
  },
  lowValue: {
    logistics: [
      /\b(?:météo|soleil|ensoleillé|pluie|pleut|neige|froid)\b/i,
      /\b(?:café|thé|petit[- ]déjeuner|déjeuner|buffet|collation|pause[- ]café|viennoiseries)\b/i,
      /\b(?:inscriptions?|badges?|file d(?:'|’)attente|vestiaire|wi-?fi|prises? électriques?|parking|places assises)\b/i,
      /\b(?:arriv(?:e|ent|ée|ées|és|ant)|se remplit|entrent dans la salle|portes ouvrent|faire connaissance)\b/i,
      /\bau (?:premier|deuxième|troisième|\d+e) étage\b/i,
      /\b(?:tout le monde|le public|la salle) (?:est|était) (?:ravi|ravie|conquis|conquise|enthousiaste)\b/i
    ],
    greeting: [
      /^(?:bonjour|bonsoir|salut|bienvenue|allez,? on (?:y va|commence))\b/i,
      /\bbienvenue (?:à|au|aux|a tous|à tous)\b/i,
      /\b(?:merci|remercie|remercié|remerciements)\b.*\b(?:d(?:'|’)être (?:venus|là)|à tous|aux organisateurs|aux sponsors|pour votre (?:attention|présence))\b/i,
      /\bapplaudissements\b/i,
      /\b(?:à (?:la )?prochaine|à demain|c(?:'|’)est (?:fini|terminé) pour)\b/i
    ],
    aside: [
      /\(\s*\?+\s*\)/,
      /\b(?:j(?:'|’)ai (?:raté|manqué|loupé)|je n(?:'|’)ai pas (?:entendu|compris|suivi)|pas (?:entendu|compris) la suite)\b/i,
      /\b(?:pris une photo|prend une photo|photo (?:ci-dessus|ci-dessous)|voir (?:la )?photo)\b/i,
      /\bnote pour moi\b/i
    ]
  },
  cuts: {
    opensSubordinate: /^(?:si|quand|lorsque|lorsqu(?:'|’)|pendant|bien|parce|puisque|comme|dès|avant|après|pour|en|avec|sans|malgré|depuis|jusqu(?:'|’)à|afin)\b/i,
    restricting: /^(?:ne|pas|non|jamais|ni|ou|sauf|seulement|uniquement|si|sans|à moins|pourvu|jusqu(?:'|’)à|que|plutôt|sinon|sauf si)\b/i,
    needsMore: /^(?:de|du|des|d|le|la|les|l|un|une|et|ou|mais|à|au|aux|en|dans|sur|pour|par|avec|que|qui|dont|où|quoi|comment|pourquoi|quand|si|comme|est|sont|était|être|son|sa|ses|leur|leurs|notre|votre|entre|vers|chez)$/i,
    turning: /(?:^|[\s'’])(?:mais|cependant|pourtant|toutefois|néanmoins|quoique|tandis|sauf|sinon|plutôt|malgré|pas|jamais|ni|rien|aucun|aucune|sans|seulement|plus|moins|mieux|pire|différent|différente|différemment|contrairement)(?=$|[\s,.;:!?])/i
  },
  standAlone: {
    leaning: /^(?:ils|elles|il|elle|ce|cela|ça|ceci|cette|ces|celui|celle|ceux|leur|leurs|son|sa|ses|puis|aussi|et|mais|donc|or|pourtant|cependant|ensuite|alors|voir|voici|voilà)\b/i,
    pointing: /\b(?:ils|elles|il|elle|lui|leur|leurs|ce dernier|cette dernière|le premier|la première|le même|la même|l(?:'|’)entreprise|le duo)\b/i,
    leansBack: {
      start: /^(?:ils|elles|il|elle|ce|cela|ça|ceci|cette|ces|c['’]est)(?![\p{L}\p{N}])/iu,
      anywhere: /(?<![\p{L}\p{N}])(?:ce dernier|cette dernière|ces derniers|ces dernières|le premier|la première)(?![\p{L}\p{N}])/iu
    }
  },
  labels: {
    agenda: 'Ordre du jour',
    continued: '(suite)',
    numbers: 'En chiffres',
    brief: 'En bref',
    actions: 'Actions',
    resources: 'Ressources',
    opening: 'Ouverture',
    untitled: 'Notes',
    panel: 'Table ronde',
    panelCue: /(?<!\p{L})(?:table ronde|panel)/iu,
    others: '{first}, {second} et d’autres',
    more: 'et {count} de plus',
    moreSections: '{count} autres sections, listées dans les notes de l’orateur',
    moreActions: '{count} autres actions, listées dans les notes de l’orateur',
    sourceNotes: 'Notes d’origine de cette diapositive',
    notOnSlides: 'Aussi dans les notes, hors des diapositives',
    codeBlock: 'bloc de code ({count} lignes)',
    present: 'Présents : {names}',
    links: 'Liens',
    image: 'Image'
  }
}
