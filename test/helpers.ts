import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {deflateSync} from 'node:zlib'
import {DeckError} from '../src/errors.js'

/** The built command-line program (`npm test` builds it first). */
export const cli = resolve('dist/bin.js')

const made: string[] = []

/** A fresh empty folder under the system temp dir; see `removeTemporaryDirectories`. */
export function temporaryDirectory(): string {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-test-'))
  made.push(dir)
  return dir
}

/** Remove the folders `temporaryDirectory` made (call it in `afterEach`). */
export function removeTemporaryDirectories(): void {
  for (const dir of made.splice(0)) rmSync(dir, {recursive: true, force: true})
}

/** Run `debrief` with arguments in a folder, as a user would. */
export function debrief(args: readonly string[], options: {cwd: string; input?: string; env?: Record<string, string>}) {
  const env = {...process.env, ...options.env}
  const result = spawnSync(process.execPath, [cli, ...args], {cwd: options.cwd, input: options.input ?? '', encoding: 'utf8', env})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** The DeckError a function throws; fails the test when it throws nothing or something else. */
export function deckError(fn: () => unknown): DeckError {
  try {
    fn()
  } catch (error) {
    if (error instanceof DeckError) return error
    throw error
  }
  throw new Error('expected a DeckError, nothing was thrown')
}

/** A real PNG of `width`×`height` pixels, all white. */
export function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type), data])))
    return Buffer.concat([length, Buffer.from(type), data, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const rows = Buffer.concat(Array.from({length: height}, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 255)])))
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))])
}

function crc32(data: Buffer): number {
  let crc = ~0
  for (const byte of data) {
    crc ^= byte
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
  }
  return ~crc >>> 0
}
