import {describe, expect, test} from 'vitest'
import {shortUrl} from '../../src/text/short-url.js'

describe('shortUrl', () => {
  test('drops the scheme, www. and a trailing slash', () => {
    expect(shortUrl('https://www.example.org/minutes/')).toBe('example.org/minutes')
    expect(shortUrl('http://example.org')).toBe('example.org')
    expect(shortUrl('ftp://files.example.org/a.pdf')).toBe('files.example.org/a.pdf')
  })

  test('a long path keeps the host and the last part', () => {
    expect(shortUrl('https://example.org/board/2024/april/agenda/items/budget-final.pdf')).toBe('example.org/…/budget-final.pdf')
  })

  test('cuts what is still too long to max characters', () => {
    const short = shortUrl(`https://example.org/a/${'x'.repeat(60)}`)
    expect(short).toHaveLength(48)
    expect(short.endsWith('…')).toBe(true)
    expect(short.startsWith('example.org/a/xxx')).toBe(true)
    expect(shortUrl('https://example.org/abcdef', 12)).toBe('example.org…')
  })
})
