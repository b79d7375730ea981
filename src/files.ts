import {randomBytes} from 'node:crypto'
import {mkdir, readdir, readFile, rename, rm, stat, writeFile} from 'node:fs/promises'
import {basename, dirname, extname, join, relative, resolve} from 'node:path'
import {DeckError, ExitCode} from './errors.js'

/** Extensions of the files a folder of notes is searched for. */
export const notesExtensions = ['.md', '.markdown', '.txt', '.text']

/** A notes file found on disk, and the name its deck takes. */
export interface Source {
  readonly path: string
  readonly name: string
}

/** A file to write, all of it at once. */
export interface Output {
  readonly path: string
  readonly data: string | Uint8Array
}

/**
 * Find the notes to build: files as given, folders searched (with their
 * sub-folders, but not hidden ones or `node_modules`) for Markdown and text
 * files. Throws when an input is missing, a folder has no notes, or (unless
 * `uniqueNames` is false) two notes would make decks of the same name.
 */
export async function findSources(inputs: readonly string[], options?: Readonly<{uniqueNames?: boolean}>): Promise<Source[]> {
  const uniqueNames = options?.uniqueNames ?? true
  const paths: string[] = []
  for (const input of inputs) {
    let info
    try {
      info = await stat(input)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new DeckError(`${input}: no such file or directory`, ExitCode.NoInput)
      }
      throw new DeckError(`${input}: cannot read (${(error as NodeJS.ErrnoException).code})`, ExitCode.NoInput)
    }
    if (!info.isDirectory()) {
      paths.push(input)
      continue
    }
    const entries = await readdir(input, {recursive: true})
    const found = entries
      .filter((entry) => notesExtensions.includes(extname(entry).toLowerCase()))
      .filter((entry) => !entry.split(/[\\/]/).some((part) => part.startsWith('.') || part === 'node_modules'))
      .sort()
      .map((entry) => join(input, entry))
    if (found.length === 0) {
      throw new DeckError(`${input}: no notes found, expected ${notesExtensions.join(', ')} files`, ExitCode.NoInput)
    }
    paths.push(...found)
  }
  const byName = new Map<string, string>()
  const sources: Source[] = []
  for (const path of new Set(paths)) {
    const name = basename(path, extname(path))
    const other = byName.get(name)
    if (other && uniqueNames) throw new DeckError(`${path}: makes the same deck name as ${other} (\`${name}\`); rename one`, ExitCode.Usage)
    byName.set(name, path)
    sources.push({path, name})
  }
  return sources
}

/** Read a notes file as bytes. */
export async function readSource(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path)
  } catch (error) {
    throw new DeckError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code})`, ExitCode.NoInput)
  }
}

/**
 * Write files all or nothing: each is first written beside its target under a
 * temporary name, and only when every one is written are they renamed into
 * place. Refuses to write over a notes file.
 */
export async function writeOutputs(outputs: readonly Output[], sources: readonly string[] = []): Promise<void> {
  const protectedPaths = new Set(sources.map((source) => resolve(source)))
  for (const output of outputs) {
    if (protectedPaths.has(resolve(output.path))) {
      throw new DeckError(`${output.path}: would overwrite the notes it is built from; choose another --out`, ExitCode.CantCreate)
    }
  }
  const suffix = `.${process.pid}-${randomBytes(4).toString('hex')}.tmp`
  const written: string[] = []
  try {
    for (const output of outputs) {
      await mkdir(dirname(output.path), {recursive: true})
      const temporary = output.path + suffix
      written.push(temporary)
      await writeFile(temporary, output.data)
    }
    for (const output of outputs) await rename(output.path + suffix, output.path)
  } catch (error) {
    await Promise.all(written.map((file) => rm(file, {force: true})))
    if (error instanceof DeckError) throw error
    const {code, path} = error as NodeJS.ErrnoException
    throw new DeckError(`${path ? relative(process.cwd(), path.replace(suffix, '')) : 'output'}: cannot write (${code})`, ExitCode.CantCreate)
  }
}
