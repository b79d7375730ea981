import {randomBytes} from 'node:crypto'
import {copyFile, link, lstat, mkdir, readdir, readFile, realpath, rename, rm, stat, writeFile} from 'node:fs/promises'
import {basename, dirname, extname, join, relative, resolve, sep} from 'node:path'
import {onCleanup} from './cleanup.js'
import {DeckError, ExitCode} from './errors.js'

/** Extensions of the files a folder of notes is searched for. */
export const notesExtensions = ['.md', '.markdown', '.txt', '.text']

/** A notes file found on disk, and the name its deck takes. */
export interface Source {
  readonly path: string
  /** The deck's name: the file's base name, or its path under the folder searched (`a/x` for `notes/a/x.md`). */
  readonly name: string
}

/** A file to write, all of it at once. */
export interface Output {
  readonly path: string
  readonly data: string | Uint8Array
}

export interface FindOptions {
  /** Refuse two notes that would make decks of the same name (default: `true`). */
  readonly uniqueNames?: boolean
  /** Folders never searched for notes, such as the output folder (default: none). */
  readonly exclude?: readonly string[]
}

/**
 * Find the notes to build: files as given, folders searched (with their
 * sub-folders, but not hidden ones, `node_modules` or the `exclude` folders;
 * a symlinked folder is followed once, never in a loop) for Markdown and text
 * files. A file found in a folder is named after its path under that folder,
 * so `a/x.md` and `b/x.md` make the decks `a/x` and `b/x`, as marp-cli's
 * `--input-dir` mirrors a tree. Throws when an input is missing, a folder has
 * no notes, or (unless `uniqueNames` is false) two notes would make decks of
 * the same name.
 */
export async function findSources(inputs: readonly string[], options?: Readonly<FindOptions>): Promise<Source[]> {
  const uniqueNames = options?.uniqueNames ?? true
  const exclude = new Set(await Promise.all((options?.exclude ?? []).map((folder) => realPath(folder))))
  const found: Source[] = []
  for (const input of inputs) {
    let info
    try {
      info = await stat(input)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT') throw new DeckError(`${input}: no such file or directory`, ExitCode.NoInput)
      if (code === 'ELOOP') throw new DeckError(`${input}: a symlink loop, not notes`, ExitCode.NoInput)
      throw new DeckError(`${input}: cannot read (${code})`, ExitCode.NoInput)
    }
    if (!info.isDirectory()) {
      found.push({path: input, name: basename(input, extname(input))})
      continue
    }
    // The folder given is searched even when it is the output folder: the
    // output check then refuses it by name.
    const files = await walk(input, {exclude, seen: new Set(), top: await realpath(input)})
    if (files.length === 0) {
      throw new DeckError(`${input}: no notes found, expected ${notesExtensions.join(', ')} files`, ExitCode.NoInput)
    }
    for (const file of files.sort()) {
      const name = relative(input, file).split(sep).join('/')
      found.push({path: file, name: name.slice(0, name.length - extname(name).length)})
    }
  }
  const byName = new Map<string, string>()
  const paths = new Set<string>()
  const sources: Source[] = []
  for (const source of found) {
    if (paths.has(source.path)) continue
    paths.add(source.path)
    const other = byName.get(source.name)
    if (other && uniqueNames) {
      throw new DeckError(`${source.path}: makes the same deck name as ${other} (\`${source.name}\`); rename one`, ExitCode.Usage)
    }
    byName.set(source.name, source.path)
    sources.push(source)
  }
  return sources
}

/** Notes files under a folder, depth first; each real folder is read once, so a symlink loop ends. */
async function walk(folder: string, state: {readonly exclude: ReadonlySet<string>; readonly seen: Set<string>; readonly top: string}): Promise<string[]> {
  let real: string
  try {
    real = await realpath(folder)
  } catch (error) {
    throw new DeckError(`${folder}: cannot read (${(error as NodeJS.ErrnoException).code})`, ExitCode.NoInput)
  }
  if (state.seen.has(real) || (real !== state.top && state.exclude.has(real))) return []
  state.seen.add(real)
  const files: string[] = []
  const entries = (await readdir(folder, {withFileTypes: true})).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const path = join(folder, entry.name)
    let directory = entry.isDirectory()
    let file = entry.isFile()
    if (entry.isSymbolicLink()) {
      // Followed to what it names; a dangling link or a loop is no notes.
      const target = await stat(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT' || error.code === 'ELOOP') return undefined
        throw new DeckError(`${path}: cannot read (${error.code})`, ExitCode.NoInput)
      })
      directory = target?.isDirectory() ?? false
      file = target?.isFile() ?? false
    }
    if (directory) files.push(...(await walk(path, state)))
    else if (file && notesExtensions.includes(extname(entry.name).toLowerCase())) files.push(path)
  }
  return files
}

/** Read a notes file as bytes. */
export async function readSource(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path)
  } catch (error) {
    throw new DeckError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code})`, ExitCode.NoInput)
  }
}

export interface CheckOptions {
  /** Notes files that no output may replace (default: none). */
  readonly sources?: readonly string[]
  /** Notes folders that must not be the output folder (default: none). */
  readonly notesFolders?: readonly string[]
  /** The output folder, checked even when no output names it yet (default: none). */
  readonly out?: string
}

/**
 * Check, before anything is built or written, that every output can be
 * written: no output replaces a notes file, even through a symlinked folder
 * (real paths are compared, symlinks resolved), the output folder is not a
 * notes folder, and nothing is in the way (a file where a folder goes, a
 * folder where a file goes). Throws a `DeckError` naming the first problem.
 */
export async function checkOutputs(paths: readonly string[], options?: Readonly<CheckOptions>): Promise<void> {
  const protectedPaths = new Map<string, string>()
  for (const source of options?.sources ?? []) {
    protectedPaths.set(await entryPath(source), source)
    protectedPaths.set(await realpath(source), source)
  }
  const folders = new Set<string>()
  for (const folder of options?.notesFolders ?? []) if ((await existing(folder, stat))?.isDirectory()) folders.add(await realPath(folder))
  const out = options?.out
  if (out !== undefined) {
    if (folders.has(await realPath(out))) {
      throw new DeckError(`${out}: is the notes folder; choose another --out, such as ${join(out, 'decks')}`, ExitCode.CantCreate)
    }
    await checkFolder(out)
  }
  for (const path of paths) {
    const source = protectedPaths.get(await entryPath(path))
    if (source !== undefined) {
      throw new DeckError(
        `${path}: would overwrite the notes it is built from${source === path ? '' : ` (${source})`}; choose another --out`,
        ExitCode.CantCreate
      )
    }
    await checkFolder(dirname(path))
    if ((await existing(path, lstat))?.isDirectory()) throw new DeckError(`${path}: is a folder, in the way of the output file; move it or choose another --out`, ExitCode.CantCreate)
  }
}

/** A folder that is there, or can be made: no file in the way of it or of a parent. */
async function checkFolder(folder: string): Promise<void> {
  for (let current = resolve(folder); ; current = dirname(current)) {
    const info = await existing(current, stat)
    if (info) {
      if (!info.isDirectory()) {
        throw new DeckError(`${relative(process.cwd(), current) || current}: is a file, expected a folder for the outputs; choose another --out`, ExitCode.CantCreate)
      }
      return
    }
    if (dirname(current) === current) return
  }
}

/**
 * The directory entry a path names, with every folder on the way resolved to
 * its real path (the last part is kept: renaming onto a symlink replaces the
 * link, not what it points at). Parts that do not exist yet are kept as given.
 */
async function entryPath(path: string): Promise<string> {
  const absolute = resolve(path)
  const missing: string[] = [basename(absolute)]
  for (let folder = dirname(absolute); ; folder = dirname(folder)) {
    if (await existing(folder, stat)) return join(await realpath(folder), ...missing.reverse())
    if (dirname(folder) === folder) return absolute
    missing.push(basename(folder))
  }
}

/** The real path of a folder or file, symlinks resolved all the way; parts not there yet kept as given. */
async function realPath(path: string): Promise<string> {
  return (await existing(path, stat)) ? realpath(path) : entryPath(path)
}

/** What `look` (stat or lstat) says of a path, or `undefined` when nothing is there. */
async function existing(path: string, look: typeof stat | typeof lstat): Promise<Awaited<ReturnType<typeof stat>> | undefined> {
  try {
    return await look(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined
    throw new DeckError(`${path}: cannot read (${code})`, ExitCode.CantCreate)
  }
}

/**
 * Write files as one unit, all or nothing: each is first written beside its
 * target under a temporary name; only when every one is written are they
 * renamed into place, and when a rename fails, the ones already renamed are
 * put back as they were. Refuses (see `checkOutputs`) to write over a notes
 * file.
 */
export async function writeOutputs(outputs: readonly Output[], sources: readonly string[] = []): Promise<void> {
  await checkOutputs(
    outputs.map((output) => output.path),
    {sources}
  )
  const suffix = `.${process.pid}-${randomBytes(4).toString('hex')}.tmp`
  const temporary: string[] = []
  const backups: Array<{path: string; backup: string | undefined}> = []
  let current = 'output'
  // Stopped midway (a signal): no temporary file is left beside the outputs.
  const forget = onCleanup({
    doing: `writing ${outputs[0]?.path ?? 'the decks'}`,
    undo: () => Promise.all(outputs.flatMap((output) => [output.path + suffix, `${output.path}${suffix}.old`]).map((file) => rm(file, {force: true}))).then(() => undefined)
  })
  try {
    for (const output of outputs) {
      current = output.path
      await mkdir(dirname(output.path), {recursive: true})
      temporary.push(output.path + suffix)
      await writeFile(output.path + suffix, output.data)
    }
    for (const output of outputs) {
      current = output.path
      const backup = (await existing(output.path, lstat)) ? `${output.path}${suffix}.old` : undefined
      // A hard link keeps the old file at no cost; a copy where links are not allowed.
      if (backup) await link(output.path, backup).catch(() => copyFile(output.path, backup))
      backups.push({path: output.path, backup})
      await rename(output.path + suffix, output.path)
    }
  } catch (error) {
    // Put back what was replaced, and remove what this call made.
    for (const {path, backup} of backups.reverse()) {
      if (backup) await rename(backup, path)
      else await rm(path, {force: true})
    }
    await Promise.all(temporary.map((file) => rm(file, {force: true})))
    await forget(false)
    if (error instanceof DeckError) throw error
    throw new DeckError(`${relative(process.cwd(), current) || current}: cannot write (${(error as NodeJS.ErrnoException).code})`, ExitCode.CantCreate)
  }
  await Promise.all(backups.map(({backup}) => (backup ? rm(backup, {force: true}) : undefined)))
  await forget(false)
}

/** Images read for a deck: data URIs by the path the deck names them with, and those that could not be used. */
export interface ReadImages {
  readonly images: ReadonlyMap<string, string>
  /** `whiteboard.png: not found`, for a warning. */
  readonly skipped: readonly string[]
}

/** Largest image embedded in a deck, in bytes. */
export const maxImageBytes = 8 * 1024 * 1024

/**
 * Read the local images a deck shows, each path relative to `base` (the
 * folder of the notes or of the deck), as `data:` URIs with the media type of
 * its extension (`types`, e.g. `png` → `image/png`). An image that is missing, of an
 * unknown type or larger than `maxImageBytes` is skipped, with the reason.
 */
export async function readImages(paths: readonly string[], base: string, types: Readonly<Record<string, string>>): Promise<ReadImages> {
  const images = new Map<string, string>()
  const skipped: string[] = []
  for (const path of paths) {
    let file = path
    try {
      file = decodeURI(path)
    } catch {
      // A path with a stray `%` is used as written.
    }
    const type = types[extname(file).slice(1).toLowerCase()]
    if (!type) {
      skipped.push(`${path}: not an image debrief embeds (${Object.keys(types).join(', ')})`)
      continue
    }
    try {
      const bytes = await readFile(resolve(base, file))
      if (bytes.length > maxImageBytes) skipped.push(`${path}: larger than ${maxImageBytes / 1024 / 1024} MB`)
      else images.set(path, `data:${type};base64,${bytes.toString('base64')}`)
    } catch (error) {
      skipped.push(`${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : (error as Error).message}`)
    }
  }
  return {images, skipped}
}
