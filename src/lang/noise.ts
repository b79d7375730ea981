/**
 * Lines and fragments that carry no content: what live blogs, transcripts and
 * copied web pages add around the notes. The rules are data: add one to teach
 * debrief a new kind of noise.
 */
export interface NoiseRule {
  /** Short name, shown in `--report`. */
  readonly name: string
  /**
   * What to remove. A rule matching a whole line (`^...$`) drops the line; a
   * rule matching inside a line removes the fragment and keeps the rest.
   */
  readonly pattern: RegExp
}

const month = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?(?![a-z])'
const zone = '(?:UTC|GMT|CET|CEST|BST|WET|WEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST|JST|KST|AEST|AEDT)(?:[+-]\\d{1,2})?'
const clock = `\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*${zone})?`
const isoDate = '\\d{4}-\\d{2}-\\d{2}'
const writtenDate = `(?:${month}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${month}\\s+\\d{4})`
const weekday = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?(?![a-z]),?'
const separatorWord = '(?:date|updated|posted|published|last updated|refresh|live|live updates?|breaking)'

export const noiseRules: readonly NoiseRule[] = [
  {name: 'image credit', pattern: /\s*\((?:image|photo|picture|video)s?\s+(?:credit|courtesy|source)s?\s*:[^)]*\)/gi},
  {name: 'image credit', pattern: /^\s*(?:image|photo|picture)s?\s+(?:credit|courtesy|source)s?\s*:.*$/gim},
  {name: 'stage cue', pattern: /\s*[[(]\s*(?:applause|laughter|laughs|laughing|music|inaudible|crosstalk|silence|cheering|cheers|pause|coughs?|background noise)\s*[\])]/gi},
  {
    name: 'date or time separator',
    pattern: new RegExp(
      `^\\s*(?:(?:${separatorWord}|${weekday}|${isoDate}|${writtenDate}|${clock}|[-–—|•·:,])\\s*)+$`,
      'gim'
    )
  },
  {name: 'rule line', pattern: /^\s*[#=*~_+]{3,}\s*$/gim},
  {name: 'page furniture', pattern: /^\s*(?:advertisement|share this (?:article|post)|sign up for .*newsletter.*|read more:?.*|skip to (?:main )?content|scroll to continue)\s*$/gim}
]

/** A date found in a noise line, kept as deck metadata. */
export const noiseDate = new RegExp(`${isoDate}|${writtenDate}`, 'i')
