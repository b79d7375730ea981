import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {PDFDocument, PDFName} from 'pdf-lib'
import {afterAll, afterEach, beforeAll, describe, expect, test} from 'vitest'
import {DeckError, ExitCode} from '../src/errors.js'
import {launchBrowser, type SharedBrowser} from '../src/render/browser.js'
import {run, type DeckResult} from '../src/run.js'
import {png, removeTemporaryDirectories, temporaryDirectory} from './helpers.js'

afterEach(removeTemporaryDirectories)

const retro = '# Sprint retro\n\n## Went well\n\n- The beta shipped on the Tuesday we planned\n- Support tickets fell by a third\n\n## To improve\n\n- Reviews wait two days on average\n'
const offsite = '# Team offsite\n\n## Decisions\n\n- We move the stand-up to 10:00\n- Ana owns the hiring plan\n'

function notesFolder(): string {
  const dir = temporaryDirectory()
  mkdirSync(join(dir, 'notes'))
  writeFileSync(join(dir, 'notes', 'retro.md'), retro)
  writeFileSync(join(dir, 'notes', 'offsite.txt'), offsite)
  return dir
}

async function failure(promise: Promise<unknown>): Promise<DeckError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof DeckError) return error
    throw error
  }
  throw new Error('expected a DeckError, the run succeeded')
}

describe('run() as a library, without a browser', () => {
  test('builds every note of a folder into out, and reports each deck once its files are there', async () => {
    const dir = notesFolder()
    const out = join(dir, 'slides')
    const seen: Array<{name: string; written: boolean}> = []
    const result = await run([join(dir, 'notes')], {
      out,
      formats: ['md'],
      onDeck: (deck) => seen.push({name: deck.name, written: deck.outputs.every((output) => existsSync(output.path))})
    })
    expect(readdirSync(out).sort()).toEqual(['offsite.md', 'retro.md'])
    expect(seen).toEqual([
      {name: 'offsite', written: true},
      {name: 'retro', written: true}
    ])
    const deck = result.decks.find((entry) => entry.name === 'retro')!
    expect(deck).toMatchObject({source: join(dir, 'notes', 'retro.md'), measured: false, passes: 1, overflowing: []})
    expect(deck.outputs).toEqual([{path: join(out, 'retro.md'), data: deck.markdown}])
    expect(readFileSync(join(out, 'retro.md'), 'utf8')).toBe(deck.markdown)
    expect(deck.markdown).toContain('Support tickets fell by a third')
  })

  test('notes in memory with write: false write nothing but the report asked for', async () => {
    const dir = temporaryDirectory()
    const result = await run([{path: 'retro.md', text: retro}], {out: join(dir, 'decks'), formats: ['md'], write: false, reportJson: join(dir, 'report.json')})
    expect(readdirSync(dir)).toEqual(['report.json'])
    const [deck] = result.decks
    expect(deck!.name).toBe('retro')
    expect(deck!.outputs.map((output) => output.path)).toEqual([join(dir, 'decks', 'retro.md')])
    const [report] = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))
    expect(report.file).toBe('retro.md')
    expect(report.sections.map((section: {title: string}) => section.title)).toEqual(['Went well', 'To improve'])
  })

  test('bad notes, formats or themes stop the run before anything is written', async () => {
    const dir = notesFolder()
    const out = join(dir, 'decks')
    writeFileSync(join(dir, 'notes', 'blank.md'), '\n  \n')
    expect(await failure(run([join(dir, 'notes')], {out, formats: ['md'], failFast: true}))).toMatchObject({
      code: ExitCode.DataError,
      message: `${join(dir, 'notes', 'blank.md')}: empty file, expected notes`
    })
    // @ts-expect-error: a format that is not in the table, as JavaScript callers can pass
    expect(await failure(run([{path: 'retro.md', text: retro}], {out, formats: ['docx']}))).toMatchObject({code: ExitCode.Usage})
    expect(await failure(run([{path: 'retro.md', text: retro}], {out, formats: []}))).toMatchObject({code: ExitCode.Usage})
    expect(await failure(run([{path: 'retro.md', text: retro}], {out, theme: 'gaia'}))).toMatchObject({code: ExitCode.Usage})
    expect(await failure(run([{path: 'deck.md', text: '---\nmarp: true\ntheme: nope\n---\n\n# A deck\n'}], {out}))).toMatchObject({code: ExitCode.DataError})
    // The theme is read as YAML: a comment after it is no way around the check.
    expect(await failure(run([{path: 'deck.md', text: '---\nmarp: true\ntheme: nope # edited\n---\n\n# A deck\n'}], {out}))).toMatchObject({code: ExitCode.DataError})
    expect(await failure(run([{path: 'a/retro.md', text: retro}, {path: 'b/retro.md', text: offsite}], {out, formats: ['md']}))).toMatchObject({
      code: ExitCode.Usage,
      message: 'b/retro.md: makes the same deck name as a/retro.md (`retro`); rename one'
    })
    expect(existsSync(out)).toBe(false)
  })

  test.each([['retro.handout.pdf', 'handout'], ['retro.pptx', 'pptx']] as const)(
    'a folder in the way of %s: nothing of any deck is written, not even its md and html, nor the other deck',
    async (file, format) => {
      const dir = notesFolder()
      const out = join(dir, 'decks')
      mkdirSync(join(out, file), {recursive: true})
      const error = await failure(run([join(dir, 'notes')], {out, formats: ['md', 'html', format]}))
      expect(error.code).toBe(ExitCode.CantCreate)
      expect(error.message).toBe(`${join(out, file)}: is a folder, in the way of the output file; move it or choose another --out`)
      expect(readdirSync(out)).toEqual([file])
      expect(readdirSync(join(out, file))).toEqual([])
    }
  )

  test('without failFast, bad notes in a batch are reported in failed and the others are built', async () => {
    const dir = notesFolder()
    const out = join(dir, 'decks')
    writeFileSync(join(dir, 'notes', 'blank.md'), '\n  \n')
    const result = await run([join(dir, 'notes')], {out, formats: ['md']})
    expect(result.failed.map(({source, error}) => [source, error.code, error.message])).toEqual([
      [join(dir, 'notes', 'blank.md'), ExitCode.DataError, `${join(dir, 'notes', 'blank.md')}: empty file, expected notes`]
    ])
    expect(result.decks.length).toBeGreaterThan(0)
    for (const deck of result.decks) expect(existsSync(join(out, `${deck.name}.md`))).toBe(true)
    expect(existsSync(join(out, 'blank.md'))).toBe(false)
  })

  test('a count of slides the notes cannot fill is said in a warning, and the deck is what they hold', async () => {
    const warnings: string[] = []
    const result = await run([{path: 'retro.md', text: retro}], {formats: ['md'], write: false, slides: 30, onWarning: (message) => warnings.push(message)})
    const slides = result.decks[0]!.slides
    expect(slides).toBeLessThan(10)
    expect(warnings).toEqual([`retro.md: 30 slides asked for, but the notes hold enough for ${slides} at one point a slide`])
    const quiet: string[] = []
    await run([{path: 'retro.md', text: retro}], {formats: ['md'], write: false, slides: slides, onWarning: (message) => quiet.push(message)})
    expect(quiet).toEqual([])
  })

  test('with no browser, HTML is made unmeasured and said so; PNG, which needs the browser, is named as not made, the others written', async () => {
    const dir = temporaryDirectory()
    const previous = process.env['CHROME_PATH']
    process.env['CHROME_PATH'] = join(dir, 'no-chrome')
    try {
      const warnings: string[] = []
      const result = await run([{path: 'retro.md', text: retro}], {out: join(dir, 'html'), formats: ['html'], onWarning: (message) => warnings.push(message)})
      expect(warnings).toEqual([`CHROME_PATH is set to ${join(dir, 'no-chrome')}, which is not an executable browser; the slides were not measured`])
      expect(result.decks[0]!.measured).toBe(false)
      expect(readdirSync(join(dir, 'html'))).toEqual(['retro.html'])
      const degraded = await run([{path: 'retro.md', text: retro}], {out: join(dir, 'png'), formats: ['md', 'png']})
      expect(degraded.unmade?.formats).toEqual(['png'])
      expect(degraded.unmade?.error).toMatchObject({code: ExitCode.Unavailable, message: expect.stringMatching(/CHROME_PATH.*made md without measuring the slides, not png$/)})
      expect(readdirSync(join(dir, 'png'))).toEqual(['retro.md'])
      expect(await failure(run([{path: 'retro.md', text: retro}], {out: join(dir, 'pdf'), formats: ['pdf']}))).toMatchObject({code: ExitCode.Unavailable})
      expect(existsSync(join(dir, 'pdf'))).toBe(false)
    } finally {
      if (previous === undefined) delete process.env['CHROME_PATH']
      else process.env['CHROME_PATH'] = previous
    }
  })
})

describe('run() with a browser it is given', () => {
  let browser: SharedBrowser

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  test('measures the decks, names the files of every format from the table, and leaves the browser running', async () => {
    const dir = notesFolder()
    const out = join(dir, 'decks')
    const decks: DeckResult[] = []
    await run([join(dir, 'notes', 'retro.md')], {out, formats: ['md', 'pdf', 'png'], browser, onDeck: (deck) => decks.push(deck)})
    const [deck] = decks
    const slides = deck!.slides
    expect(deck).toMatchObject({measured: true, passes: 1, overflowing: []})
    const images = Array.from({length: slides}, (_, index) => `retro.${String(index + 1).padStart(3, '0')}.png`)
    expect(deck!.outputs.map((output) => output.path)).toEqual([join(out, 'retro.md'), join(out, 'retro.pdf'), ...images.map((image) => join(out, image))])
    expect(readdirSync(out).sort()).toEqual(['retro.md', 'retro.pdf', ...images].sort())
    expect((await PDFDocument.load(readFileSync(join(out, 'retro.pdf')))).getPageCount()).toBe(slides)
    expect(browser.browser.connected).toBe(true)
  })
  // A section longer than the deck keeps: some of its sentences are left out, to the notes.
  const long = `# Plant visit\n\n## Safety walk\n\n${Array.from({length: 12}, (_, i) => `Sentence ${i + 1} of the safety walk says hall ${i + 1} needs ${i + 2} more exits.`).join(' ')}\n`

  test('speaker notes: the sources of the slides by default, also what was left out with all, none with none; the md keeps them all', async () => {
    const out = (notes?: 'all' | 'slides' | 'none') => join(temporaryDirectory(), notes ?? 'default')
    const html = async (notes?: 'all' | 'slides' | 'none') => {
      const folder = out(notes)
      await run([{path: 'visit.md', text: long}], {out: folder, formats: ['md', 'html', 'pdf'], browser, ...(notes ? {notes} : {})})
      return {folder, md: readFileSync(join(folder, 'visit.md'), 'utf8'), html: readFileSync(join(folder, 'visit.html'), 'utf8')}
    }
    const byDefault = await html()
    expect(byDefault.md).toContain('Also in the notes, not on the slides')
    expect(byDefault.html).toContain('visit.md:')
    expect(byDefault.html).not.toContain('Also in the notes')
    expect((await html('all')).html).toContain('Also in the notes, not on the slides')
    const none = await html('none')
    expect(none.md).toContain('Also in the notes, not on the slides')
    expect(none.html).not.toContain('visit.md:')
    expect(none.html).not.toMatch(/<div class="bespoke-marp-note"[^>]*>[^<]/)
    // No note text in the PDF: no annotations, and none of the notes' words beyond the slides'.
    const pdf = await PDFDocument.load(readFileSync(join(none.folder, 'visit.pdf')))
    for (const page of pdf.getPages()) expect(page.node.get(PDFName.of('Annots'))).toBeUndefined()
    const withNotes = await PDFDocument.load(readFileSync(join(byDefault.folder, 'visit.pdf')))
    expect(withNotes.getPages().some((page) => page.node.get(PDFName.of('Annots')) !== undefined)).toBe(true)
  })

  test('the same notes twice with SOURCE_DATE_EPOCH give byte-identical PDFs and handouts', async () => {
    const previous = process.env['SOURCE_DATE_EPOCH']
    process.env['SOURCE_DATE_EPOCH'] = '1710925200'
    try {
      const folders = [temporaryDirectory(), temporaryDirectory()]
      for (const folder of folders) await run([{path: 'retro.md', text: retro}], {out: folder, formats: ['pdf', 'handout', 'pptx'], browser})
      for (const file of ['retro.pdf', 'retro.handout.pdf', 'retro.pptx']) {
        expect(readFileSync(join(folders[0]!, file)).equals(readFileSync(join(folders[1]!, file)))).toBe(true)
      }
      const pdf = await PDFDocument.load(readFileSync(join(folders[0]!, 'retro.pdf')), {updateMetadata: false})
      expect(pdf.getCreationDate()?.toISOString()).toBe('2024-03-20T09:00:00.000Z')
    } finally {
      if (previous === undefined) delete process.env['SOURCE_DATE_EPOCH']
      else process.env['SOURCE_DATE_EPOCH'] = previous
    }
  })

  test('decks built side by side in the one browser give the same files, in the same order, as one at a time', async () => {
    const previous = process.env['SOURCE_DATE_EPOCH']
    process.env['SOURCE_DATE_EPOCH'] = '1710925200'
    try {
      const notes = [
        {path: 'retro.md', text: `${long.replace('Plant visit', 'Second plant visit')}\n![The board](nowhere/board.png)\n`},
        {path: 'offsite.md', text: offsite},
        {path: 'visit.md', text: `${long}\n![The exits](nowhere/exits.png)\n`},
        {path: 'empty.md', text: ''}
      ]
      const build = async (concurrency: number) => {
        const events: string[] = []
        const decks: string[] = []
        const warnings: string[] = []
        const result = await run(notes, {
          out: 'decks',
          formats: ['md', 'html', 'pdf', 'handout'],
          browser,
          write: false,
          concurrency,
          onProgress: (event) => events.push(event.type === 'rendering' ? `rendering ${event.formats.join(',')}` : `${event.type} ${event.source} ${event.index + 1}/${event.total}`),
          onDeck: (deck) => decks.push(deck.name),
          onWarning: (message) => warnings.push(message)
        })
        return {result, events, decks, warnings}
      }
      const one = await build(1)
      const three = await build(3)
      // One at a time, each deck ends before the next starts; three at a time, three start before any ends.
      expect(one.events).toEqual([
        'building retro.md 1/4',
        'built retro.md 1/4',
        'building offsite.md 2/4',
        'built offsite.md 2/4',
        'building visit.md 3/4',
        'built visit.md 3/4',
        'building empty.md 4/4',
        'failed empty.md 4/4',
        'rendering md,html,pdf,handout'
      ])
      expect(three.events.slice(0, 3)).toEqual(['building retro.md 1/4', 'building offsite.md 2/4', 'building visit.md 3/4'])
      expect(three.events.sort()).toEqual([...one.events].sort())
      expect(three.decks).toEqual(['retro', 'offsite', 'visit'])
      expect(three.decks).toEqual(one.decks)
      // What the decks warn of comes in input order too.
      expect(one.warnings).toEqual(['retro.md: image nowhere/board.png: not found; it is left out of the deck', 'visit.md: image nowhere/exits.png: not found; it is left out of the deck'])
      expect(three.warnings).toEqual(one.warnings)
      expect(three.result.failed.map((failure) => failure.source)).toEqual(['empty.md'])
      const files = (result: typeof one.result) => result.decks.flatMap((deck) => deck.outputs.map((output) => [output.path, Buffer.from(output.data)] as const))
      const [first, second] = [files(one.result), files(three.result)]
      expect(second.map(([path]) => path)).toEqual(first.map(([path]) => path))
      expect(first).toHaveLength(12)
      for (const [index, [path, data]] of second.entries()) expect(data.equals(first[index]![1]), path).toBe(true)
    } finally {
      if (previous === undefined) delete process.env['SOURCE_DATE_EPOCH']
      else process.env['SOURCE_DATE_EPOCH'] = previous
    }
  })

  test('a picture that cannot be read gets no slide: the deck is planned without it, and the warning says so once', async () => {
    const dir = temporaryDirectory()
    mkdirSync(join(dir, 'notes', 'photos'), {recursive: true})
    writeFileSync(join(dir, 'notes', 'photos', 'board.png'), png(8, 6))
    const text = '# Offsite\n\n## Day one\n\n- We planned the roadmap by the river.\n- The ferry back was late.\n\n![The whiteboard](photos/board.png)\n\n![The lost photo](photos/lost.png)\n'
    writeFileSync(join(dir, 'notes', 'offsite.md'), text)
    const warnings: string[] = []
    const [deck] = (await run([join(dir, 'notes', 'offsite.md')], {out: join(dir, 'decks'), formats: ['md'], browser, onWarning: (message) => warnings.push(message)})).decks
    const slides = deck!.markdown.split(/\n---\n/)
    // One image slide, for the picture that is there; none is left with a title alone.
    expect(slides.filter((slide) => slide.includes('_class: image'))).toHaveLength(1)
    expect(slides.some((slide) => slide.includes('The lost photo'))).toBe(false)
    // The front matter, then one part a slide.
    expect(deck!.slides).toBe(slides.length - 1)
    expect(warnings).toEqual([`${join(dir, 'notes', 'offsite.md')}: image photos/lost.png: not found; it is left out of the deck`])
  })

  test('a local image beside the notes is embedded in the deck and the HTML; a missing one is reported', async () => {
    const dir = temporaryDirectory()
    mkdirSync(join(dir, 'notes', 'photos'), {recursive: true})
    writeFileSync(join(dir, 'notes', 'photos', 'board.png'), png(8, 6))
    writeFileSync(join(dir, 'notes', 'offsite.md'), '# Offsite\n\n## Day one\n\n- We planned the roadmap by the river.\n\n![The whiteboard](photos/board.png)\n\n![Lost photo](photos/lost.png)\n')
    const warnings: string[] = []
    const [deck] = (await run([join(dir, 'notes', 'offsite.md')], {out: join(dir, 'decks'), formats: ['md', 'html'], browser, onWarning: (message) => warnings.push(message)})).decks
    const uri = `data:image/png;base64,${png(8, 6).toString('base64')}`
    expect(deck!.markdown).toContain(`![The whiteboard h:420](${uri})`)
    expect(readFileSync(join(dir, 'decks', 'offsite.md'), 'utf8')).toContain(uri)
    expect(readFileSync(join(dir, 'decks', 'offsite.html'), 'utf8')).toContain(`src="${uri}"`)
    expect(warnings).toEqual([`${join(dir, 'notes', 'offsite.md')}: image photos/lost.png: not found; it is left out of the deck`])
    expect(deck!.markdown).not.toContain('photos/lost.png)')
  })
})
