import {bareUrl} from './short-url.js'

const wide = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|\p{Extended_Pictographic}/u

/**
 * Width of text in Latin characters: East Asian wide characters and emoji
 * take about two.
 */
export function displayWidth(text: string): number {
  let width = 0
  for (const character of text) width += wide.test(character) ? 2 : 1
  return width
}

/** Width of text as a slide shows it: a URL is shown shortened (48 characters at most). */
export function visibleWidth(text: string): number {
  return displayWidth(text.replace(bareUrl, (match) => match.slice(0, 48)))
}

/**
 * Text cut to at most `max` of visible width, with "…": at a space when there
 * is one in the second half, else between characters (CJK has no spaces).
 */
export function cutToWidth(text: string, max: number): string {
  if (visibleWidth(text) <= max) return text
  let end = 0
  while (end < text.length) {
    const next = end + (text.codePointAt(end)! > 0xffff ? 2 : 1)
    if (visibleWidth(text.slice(0, next)) > max) break
    end = next
  }
  const space = text.lastIndexOf(' ', end)
  return `${text.slice(0, space > end / 2 ? space : end).replace(/[\s,;:—–-]+$/, '')} …`
}
