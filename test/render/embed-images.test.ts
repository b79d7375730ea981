import {describe, expect, test} from 'vitest'
import {embedImages, localImages} from '../../src/render/embed-images.js'

const deck = '---\nmarp: true\n---\n\n## Day one\n\n![The board h:420](photos/board.png)\n\n---\n\n## Links\n\n- ![chart](https://example.org/chart.png) and ![again](photos/board.png)\n\n```md\n![in code](code.png)\n```\n'

describe('embedImages', () => {
  test('finds each local image once, not remote ones nor images in code', () => {
    expect(localImages(deck)).toEqual(['photos/board.png'])
  })

  test('writes the data URI of every image it is given in place of its path, keeping the alt text and size', () => {
    const out = embedImages(deck, new Map([['photos/board.png', 'data:image/png;base64,iVBORw0KGgo=']]))
    expect(out).toContain('![The board h:420](data:image/png;base64,iVBORw0KGgo=)')
    expect(out).toContain('![again](data:image/png;base64,iVBORw0KGgo=)')
    expect(out).toContain('![chart](https://example.org/chart.png)')
    expect(out).toContain('![in code](code.png)')
    expect(out).not.toContain('(photos/board.png)')
  })

  test('takes out an image that could not be read, as the warning says, and leaves the others', () => {
    const out = embedImages(deck, new Map(), new Set(['photos/board.png']))
    expect(out).not.toContain('photos/board.png)')
    expect(out).not.toContain('The board')
    expect(out).toMatch(/^- .*and/m)
    expect(out).toContain('![chart](https://example.org/chart.png)')
    expect(out).toContain('![in code](code.png)')
  })
})
