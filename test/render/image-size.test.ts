import {describe, expect, test} from 'vitest'
import {imageSize} from '../../src/render/image-size.js'
import {png} from '../helpers.js'

describe('imageSize', () => {
  test('reads the size of a PNG, a GIF and a JPEG from their headers', () => {
    expect(imageSize(png(40, 30))).toEqual({width: 40, height: 30})
    const gif = Buffer.from('474946383961' + '2003' + '1000' + '000000', 'hex')
    expect(imageSize(gif)).toEqual({width: 800, height: 16})
    // SOI, an APP0 segment of 4 bytes, then SOF0 with height 480 and width 640.
    const jpeg = Buffer.from('ffd8' + 'ffe00004' + '0000' + 'ffc0000b08' + '01e0' + '0280' + '010100', 'hex')
    expect(imageSize(jpeg)).toEqual({width: 640, height: 480})
  })

  test('nothing for other bytes or a cut header', () => {
    expect(imageSize(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined()
    expect(imageSize(png(4, 4).subarray(0, 20))).toBeUndefined()
  })
})
