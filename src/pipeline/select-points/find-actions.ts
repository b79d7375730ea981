/**
 * How notes write down a thing to do. Data: add a pattern for another habit.
 */
export const actionPatterns: readonly RegExp[] = [
  /^\s*(?:\[\s?\]\s*)?(?:TODO|To-?do|FIXME)\b\s*[:\-–]?\s*/i,
  /^\s*(?:action(?:\s+items?)?|next\s+steps?|follow[- ]?ups?|owner)\s*[:\-–]\s*/i,
  /^\s*@\w+\s+(?:to|will)\s+/i
]

/**
 * The action item a line of notes records, or `undefined`: "TODO: book the
 * room", "Action: Sam to send the slides", "Next step - pilot in March", or an
 * unchecked task (`checked` false). Returns the text without its marker.
 */
export function findAction(text: string, checked?: boolean | null): string | undefined {
  if (checked === false) return text.trim()
  for (const pattern of actionPatterns) {
    const match = pattern.exec(text)
    if (match) {
      const rest = pattern.source.includes('@') ? text.trim() : text.slice(match[0].length).trim()
      return rest.length > 0 ? rest[0]!.toUpperCase() + rest.slice(1) : undefined
    }
  }
  return undefined
}
