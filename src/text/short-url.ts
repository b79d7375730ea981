/** A URL written out in text (`https://…`, `www.…`), without trailing punctuation. */
export const bareUrl = /\b(?:https?:\/\/|www\.)[^\s<>()"'“”‘’]+[^\s<>()"'“”‘’.,;:!?…]/gi

/**
 * A URL for display: no scheme, no `www.`, no trailing slash, and the path
 * cut at a `/` boundary when it is long (default: 48 characters).
 */
export function shortUrl(url: string, max = 48): string {
  const bare = url.replace(/^[a-z][a-z\d+.-]*:\/\//i, '').replace(/^www\./, '').replace(/\/$/, '')
  if (bare.length <= max) return bare
  const host = bare.split('/')[0]!
  const last = bare.slice(bare.lastIndexOf('/') + 1)
  const short = `${host}/…/${last}`
  return short.length <= max ? short : `${bare.slice(0, max - 1)}…`
}
