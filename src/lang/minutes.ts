/**
 * How minutes are written: the headings and labels of their parts, and the
 * template text they carry. Data: add the words of another language.
 */

/** A heading or label that lists who attended: "Attendees", "Present:", "Teilnehmer". */
export const attendeesLabel =
  /^(?:attendees|attendance|attending|participants|present|people present|in attendance|roll call|teilnehmer(?:innen|\*innen)?|teilnehmende|anwesend|anwesende|présents?|participants?|presentes|asistentes|aanwezig)\s*:?$/i

/** A heading of a list of things to do: "To do", "Action items", "À faire", "TODO/TBD". */
export const actionsLabel =
  /^(?:to-?dos?|to do|todo\s*\/\s*tbd|action items?|actions|next steps|follow[- ]?ups?|tasks(?: \(.*\))?|open tasks|à faire|a faire|tâches|actions à mener|aufgaben|offene punkte)\s*:?$/i

/**
 * Template text left in minutes: placeholders ("(none yet, move things from
 * below)", "_Submit a PR to add your item here_", "Ex. …") and the lines a
 * bot or a template adds around every meeting.
 */
export const templateText: readonly RegExp[] = [
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
