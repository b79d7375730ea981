/** Width and height of an image in pixels. */
export interface ImageSize {
  readonly width: number
  readonly height: number
}

/**
 * The size of a PNG, GIF or JPEG image from its header, or `undefined` for
 * another format or bytes that are not a whole image header.
 */
export function imageSize(bytes: Uint8Array): ImageSize | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const at = (offset: number, length: number): boolean => offset + length <= bytes.length
  // PNG: signature, then the IHDR chunk with width and height.
  if (at(0, 24) && view.getUint32(0) === 0x89504e47 && view.getUint32(12) === 0x49484452) {
    return valid({width: view.getUint32(16), height: view.getUint32(20)})
  }
  // GIF87a / GIF89a: little-endian logical screen size.
  if (at(0, 10) && String.fromCharCode(...bytes.subarray(0, 4)) === 'GIF8') {
    return valid({width: view.getUint16(6, true), height: view.getUint16(8, true)})
  }
  // JPEG: walk the segments to a start-of-frame marker.
  if (at(0, 4) && view.getUint16(0) === 0xffd8) {
    let offset = 2
    while (at(offset, 9)) {
      if (bytes[offset] !== 0xff) return undefined
      const marker = bytes[offset + 1]!
      const length = view.getUint16(offset + 2)
      const frame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
      if (frame) return valid({width: view.getUint16(offset + 7), height: view.getUint16(offset + 5)})
      offset += 2 + length
    }
  }
  return undefined
}

function valid(size: ImageSize): ImageSize | undefined {
  return size.width > 0 && size.height > 0 ? size : undefined
}
