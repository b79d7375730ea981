import {execFileSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, test} from 'vitest'
import {ExitCode} from '../src/errors.js'
import {debrief, removeTemporaryDirectories, temporaryDirectory} from './helpers.js'

afterEach(removeTemporaryDirectories)

let dir: string

beforeEach(() => {
  dir = temporaryDirectory()
  mkdirSync(join(dir, 'sources'))
  cpSync('sources', join(dir, 'sources'), {recursive: true})
})

function listing(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).sort() : []
}

describe('debrief (markdown and HTML, no browser)', () => {
  test('builds every deck in sources/ into decks/ by default formats asked', () => {
    const result = debrief(['--format', 'md,html'], {cwd: dir})
    expect(result.code).toBe(ExitCode.Ok)
    expect(listing(join(dir, 'decks'))).toEqual([
      'kubecon-2024-keynote-liveblog.html',
      'kubecon-2024-keynote-liveblog.md',
      'kubecon-2024-keynote-notes.html',
      'kubecon-2024-keynote-notes.md'
    ])
    expect(result.stderr).toMatch(/^sources\/kubecon-2024-keynote-notes\.md → decks\/kubecon-2024-keynote-notes\.\{md,html\} \(\d+ slides, markdown\)$/m)
    expect(result.stdout).toBe('')
  })

  test('building twice gives byte-identical Markdown and HTML', () => {
    expect(debrief(['--format', 'md,html', '--out', 'one'], {cwd: dir}).code).toBe(0)
    expect(debrief(['--format', 'md,html', '--out', 'two'], {cwd: dir}).code).toBe(0)
    for (const file of listing(join(dir, 'one'))) {
      expect(readFileSync(join(dir, 'two', file)).equals(readFileSync(join(dir, 'one', file)))).toBe(true)
    }
  })

  test('reads notes from stdin and writes the deck to stdout', () => {
    const result = debrief(['-', '--format', 'md'], {cwd: dir, input: '# Retro\n\n## Went well\n\n- We shipped on time\n'})
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^---\nmarp: true\n/)
    expect(result.stdout).toContain('- We shipped on time')
    expect(listing(join(dir, 'decks'))).toEqual([])
  })

  test('takes single files, --out, --theme and --title', () => {
    const result = debrief(['sources/kubecon-2024-keynote-notes.md', '-o', 'out', '-f', 'md', '-t', 'debrief-dark', '--title', 'Our debrief'], {cwd: dir})
    expect(result.code).toBe(0)
    const deck = readFileSync(join(dir, 'out', 'kubecon-2024-keynote-notes.md'), 'utf8')
    expect(deck).toContain('theme: debrief-dark')
    expect(deck).toContain('# Our debrief')
  })

  test('--lang chooses the language of the notes and of the slide labels', () => {
    const notes = '## Budget\n\n- The fair raised 4,200 euros.\n\n## Next\n\n- TODO: book the hall\n'
    const english = debrief(['-', '--format', 'md'], {cwd: dir, input: notes})
    expect(english.stdout).toMatch(/^## Agenda$/m)
    const french = debrief(['-', '--format', 'md', '--lang', 'fr'], {cwd: dir, input: notes})
    expect(french.code).toBe(ExitCode.Ok)
    expect(french.stdout).toMatch(/^lang: fr$/m)
    expect(french.stdout).toMatch(/^## Ordre du jour$/m)
    expect(french.stdout).toMatch(/^## Actions$/m)
    expect(french.stdout).not.toMatch(/Agenda|Action items/)
  })

  test('--help and --version print to stdout and exit 0', () => {
    const help = debrief(['--help'], {cwd: dir})
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: debrief')
    // What --strict means and the code it exits with, as the verify stage throws it.
    expect(help.stdout).toMatch(/--strict\s+fail, writing nothing, when a slide still overflows \(exit 3\)\s+or would show what the notes do not say \(exit 4\)/)
    expect(help.stdout).toContain(`${ExitCode.Unsupported} a slide\nwould mislead (--strict)`)
    const version = debrief(['--version'], {cwd: dir})
    expect(version.code).toBe(0)
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version)
  })
})

describe('debrief on bad input: one line, an exit code, nothing written', () => {
  function expectFailure(args: string[], code: number, message: RegExp) {
    const before = listing(join(dir, 'sources')).map((file) => [file, readFileSync(join(dir, 'sources', file), 'utf8')])
    const result = debrief(args, {cwd: dir})
    expect(result.code).toBe(code)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr.trim()).toMatch(message)
    expect(listing(join(dir, 'decks'))).toEqual([])
    expect(listing(join(dir, 'sources')).map((file) => [file, readFileSync(join(dir, 'sources', file), 'utf8')])).toEqual(before)
  }

  test('a missing file', () => {
    expectFailure(['nope.md'], ExitCode.NoInput, /^debrief: nope\.md: no such file or directory$/)
  })

  test('a folder with no notes', () => {
    mkdirSync(join(dir, 'empty'))
    writeFileSync(join(dir, 'empty', 'picture.png'), 'not notes')
    expectFailure(['empty'], ExitCode.NoInput, /^debrief: empty: no notes found/)
  })

  test('with --fail-fast, an empty file among good ones stops the batch before anything is written', () => {
    writeFileSync(join(dir, 'sources', 'blank.md'), '  \n\n')
    expectFailure(['sources', '--format', 'md,html', '--fail-fast'], ExitCode.DataError, /^debrief: sources\/blank\.md: empty file, expected notes$/)
  })

  test('an empty file among good ones is reported, the others are still built, and the exit code says so', () => {
    writeFileSync(join(dir, 'sources', 'blank.md'), '  \n\n')
    writeFileSync(join(dir, 'sources', 'deck.md'), '---\nmarp: true\n---\n\n# A deck\n')
    const result = debrief(['sources', '--format', 'md,html'], {cwd: dir})
    expect(result.code).toBe(ExitCode.DataError)
    const lines = result.stderr.trim().split('\n')
    expect(lines.filter((line) => line.startsWith('debrief: '))).toEqual(['debrief: sources/blank.md: empty file, expected notes'])
    // A Marp deck among the notes is rendered as it is (no .md of its own).
    expect(lines.filter((line) => line.includes(' → '))).toHaveLength(3)
    expect(listing(join(dir, 'decks'))).toEqual([
      'deck.html',
      'kubecon-2024-keynote-liveblog.html',
      'kubecon-2024-keynote-liveblog.md',
      'kubecon-2024-keynote-notes.html',
      'kubecon-2024-keynote-notes.md'
    ])
  })

  test('a file that is not text', () => {
    writeFileSync(join(dir, 'sources', 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))
    expectFailure(['sources', '--fail-fast'], ExitCode.DataError, /^debrief: sources\/binary\.txt: binary file/)
  })

  test('bad front matter names the file and line', () => {
    writeFileSync(join(dir, 'sources', 'broken.md'), '---\ntitle: [unclosed\n---\n\n# Hello\n')
    expectFailure(['sources', '--fail-fast'], ExitCode.DataError, /^debrief: sources\/broken\.md:\d+: front matter is not valid YAML/)
  })

  test('an unknown option or format', () => {
    expectFailure(['--nope'], ExitCode.Usage, /^debrief: Unknown option `--nope` \(see `debrief --help`\)$/)
    expectFailure(['--format', 'docx'], ExitCode.Usage, /^debrief: Unexpected `docx` for `--format`/)
    expectFailure(['--theme', 'nope'], ExitCode.Usage, /^debrief: Unexpected `nope` for `--theme`/)
  })

  test('an unknown --lang, or an unknown lang: in front matter', () => {
    expectFailure(['--lang', 'xx'], ExitCode.Usage, /^debrief: Unexpected `xx` for `--lang`, expected a language code such as en, fr or de$/)
    writeFileSync(join(dir, 'sources', 'klingon.md'), '---\nlang: zz\n---\n\n# Hello\n')
    expectFailure(['sources', '--fail-fast'], ExitCode.DataError, /^debrief: sources\/klingon\.md:2: unexpected `zz` for `lang`/)
  })

  test('an output that would overwrite the notes', () => {
    const result = debrief(['sources/kubecon-2024-keynote-notes.md', '--out', 'sources', '--format', 'md'], {cwd: dir})
    expect(result.code).toBe(ExitCode.CantCreate)
    expect(result.stderr).toMatch(/would overwrite the notes/)
    expect(readFileSync(join(dir, 'sources', 'kubecon-2024-keynote-notes.md'), 'utf8')).toBe(readFileSync('sources/kubecon-2024-keynote-notes.md', 'utf8'))
  })

  test('an output folder that cannot be written leaves no temporary file', () => {
    writeFileSync(join(dir, 'decks'), 'a file where the folder should be')
    const result = debrief(['--format', 'md'], {cwd: dir})
    expect(result.code).toBe(ExitCode.CantCreate)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(statSync(join(dir, 'decks')).isFile()).toBe(true)
    expect(listing(dir).filter((file) => file.endsWith('.tmp'))).toEqual([])
  })
})

describe('debrief check and the fit in a real browser', () => {
  test('reports the slides of a hand-made deck that overflow, with numbers and titles, and exits 3', () => {
    const bullets = Array.from({length: 25}, (_, index) => `- bullet ${index + 1}`).join('\n')
    writeFileSync(
      join(dir, 'overflow.md'),
      `---\nmarp: true\ntheme: debrief\n---\n\n# Fine\n\n---\n\n## Too many bullets\n\n${bullets}\n\n---\n\n## Fine too\n\n- one\n\n---\n\n## Again too many\n\n${bullets}\n`
    )
    const result = debrief(['check', 'overflow.md'], {cwd: dir})
    expect(result.code).toBe(ExitCode.Overflow)
    const lines = result.stdout.trim().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^overflow\.md: slide 2 "Too many bullets" overflows by \d+ px down$/)
    expect(lines[1]).toMatch(/^overflow\.md: slide 4 "Again too many" overflows by \d+ px down$/)
  })

  test('a deck that fits passes the check, and so do the decks notes make', () => {
    const result = debrief(['check', 'sources'], {cwd: dir})
    expect(result.code).toBe(ExitCode.Ok)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/kubecon-2024-keynote-notes\.md: \d+ slides, none overflows/)
  })

  test('--strict builds when every slide fits', () => {
    const result = debrief(['sources/kubecon-2024-keynote-notes.md', '--format', 'md', '--strict'], {cwd: dir})
    expect(result.code).toBe(ExitCode.Ok)
    expect(listing(join(dir, 'decks'))).toEqual(['kubecon-2024-keynote-notes.md'])
  })

  test('--report prints what each section kept and dropped; --report-json writes it', () => {
    const result = debrief(['sources/kubecon-2024-keynote-notes.md', '--format', 'md', '--report', '--report-json', 'report.json'], {cwd: dir})
    expect(result.code).toBe(ExitCode.Ok)
    expect(result.stdout).toMatch(/^ {2}The AI Era \(line 9\): kept \d+, dropped \d+, \d+ slides?$/m)
    expect(result.stdout).toMatch(/^ {4}\+ 15: The state of FinOps found that 60% of organisations/m)
    // The verify stage took nothing off these slides, so the report lists nothing it took off.
    expect(result.stdout).not.toContain('taken off the slides by verify')
    const [report] = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))
    expect(report.file).toBe('sources/kubecon-2024-keynote-notes.md')
    expect(report.sections.map((section: {title: string}) => section.title)).toContain('The conversation')
  })

  test('--slides and --minutes size the deck; --report says how and shows scores and reasons', () => {
    const six = debrief(['sources/kubecon-2024-keynote-liveblog.txt', '--format', 'md', '--out', 'six', '--slides', '6', '--report'], {cwd: dir})
    expect(six.code).toBe(ExitCode.Ok)
    expect(six.stderr).toMatch(/→ six\/kubecon-2024-keynote-liveblog\.md \([5-7] slides,/)
    expect(six.stdout).toMatch(/^ {2}budget: 6 slides \(6 slides asked for\)$/m)
    expect(six.stdout).toMatch(/^ {4}- \d+: .+ \[-?\d+\.\d\d\] \((?:logistics|greeting|over the section's budget of \d+|section has its agenda entry only)\)$/m)
    const talk = debrief(['sources/kubecon-2024-keynote-liveblog.txt', '--format', 'md', '--out', 'talk', '--minutes', '30'], {cwd: dir})
    expect(talk.stderr).toMatch(/\((?:19|20|21) slides,/)
    expect(debrief(['sources', '--slides', 'many'], {cwd: dir}).code).toBe(ExitCode.Usage)
  })

  test('--order as-is keeps a newest-first live blog as written', () => {
    const auto = debrief(['sources/kubecon-2024-keynote-liveblog.txt', '--format', 'md', '--out', 'auto'], {cwd: dir})
    const asIs = debrief(['sources/kubecon-2024-keynote-liveblog.txt', '--format', 'md', '--out', 'as-is', '--order', 'as-is'], {cwd: dir})
    expect(auto.stderr).toContain('reversed to oldest first')
    expect(asIs.stderr).not.toContain('reversed')
    // The opening and the closing entry of the log (in the speaker notes: logistics and thanks
    // are not on the slides), in the order the deck tells them.
    const opensFirst = (folder: string) => {
      const deck = readFileSync(join(dir, folder, 'kubecon-2024-keynote-liveblog.md'), 'utf8')
      const opening = deck.indexOf("It's a crisp but sunny day here in Paris")
      const closing = deck.indexOf('The crowd is thanked for joining')
      expect(opening).toBeGreaterThan(0)
      expect(closing).toBeGreaterThan(0)
      return opening < closing
    }
    expect(opensFirst('auto')).toBe(true)
    expect(opensFirst('as-is')).toBe(false)
  })
})

test('--kind overrides the detected kind of the notes', () => {
  const folder = temporaryDirectory()
  writeFileSync(join(folder, 'ovens.txt'), 'Ovens\n  oven two is fixed\n  oven three next week\nFlour\n  the mill is late\n')
  const detected = debrief(['ovens.txt', '--format', 'md', '--out', 'a'], {cwd: folder})
  const forced = debrief(['ovens.txt', '--format', 'md', '--out', 'b', '--kind', 'plain'], {cwd: folder})
  expect(detected.stderr).toContain('outline')
  expect(forced.code).toBe(ExitCode.Ok)
  expect(forced.stderr).toContain('plain')
  expect(debrief(['ovens.txt', '--kind', 'minutes'], {cwd: folder}).code).toBe(ExitCode.Usage)
  expect(debrief(['--help'], {cwd: folder}).stdout).toContain('--kind KIND')
})

describe('debrief without a browser', () => {
  test('still makes Markdown and HTML, and says the slides were not measured', () => {
    const result = debrief(['--format', 'md,html'], {cwd: dir, env: {CHROME_PATH: '/nonexistent/chrome'}})
    expect(result.code).toBe(ExitCode.Ok)
    expect(result.stderr).toMatch(/^debrief: CHROME_PATH is set to \/nonexistent\/chrome, which is not an executable browser; the slides were not measured$/m)
    expect(listing(join(dir, 'decks'))).toHaveLength(4)
  })

  test('writes md and html unmeasured, names the PDF it could not make and exits 69', () => {
    const result = debrief([], {cwd: dir, env: {CHROME_PATH: '/nonexistent/chrome'}})
    expect(result.code).toBe(ExitCode.Unavailable)
    const lines = result.stderr.trim().split('\n')
    expect(lines.at(-1)).toBe('debrief: CHROME_PATH is set to /nonexistent/chrome, which is not an executable browser; made md, html without measuring the slides, not pdf')
    // Progress lines, then a line a deck made, then what was not made.
    expect(lines.slice(0, -1).filter((line) => !/^\[\d+\/\d+\] built |^making /.test(line)).every((line) => /\.\{md,html\} \(/.test(line))).toBe(true)
    const files = listing(join(dir, 'decks'))
    expect(files.length).toBeGreaterThan(0)
    expect(files.every((file) => /\.(md|html)$/.test(file))).toBe(true)
  })

  test('fails with exit 69 and writes nothing when only a PDF is asked for', () => {
    const result = debrief(['--format', 'pdf'], {cwd: dir, env: {CHROME_PATH: '/nonexistent/chrome'}})
    expect(result.code).toBe(ExitCode.Unavailable)
    expect(result.stderr.trim()).toBe('debrief: CHROME_PATH is set to /nonexistent/chrome, which is not an executable browser')
    expect(listing(join(dir, 'decks'))).toEqual([])
  })
})

test('debrief render: a hand-edited deck is rendered as it is to html, pdf, handout and pptx, its overflow reported, its .md untouched', async () => {
  mkdirSync(join(dir, 'notes'))
  writeFileSync(join(dir, 'notes', 'standup.md'), '# Standup\n\n## Yesterday\n\n- The import job ran twice and was stopped.\n- Ana fixed the login page.\n')
  expect(debrief(['notes', '--format', 'md'], {cwd: dir}).code).toBe(ExitCode.Ok)
  const file = join(dir, 'decks', 'standup.md')
  // What a person does: reword a bullet, add a note, add a slide far too long.
  const crowded = Array.from({length: 16}, (_, i) => `- Hand-written point ${i + 1} about the release checklist`).join('\n')
  const edited = readFileSync(file, 'utf8').replace('Ana fixed the login page.', 'Ana fixed the login page for Safari users.') +
    `\n---\n\n## Added by hand\n\n${crowded}\n\n<!-- Say that the checklist lives in the wiki. -->\n`
  writeFileSync(file, edited)
  const result = debrief(['render', 'decks/standup.md', '--format', 'md,html,pdf,handout,pptx'], {cwd: dir})
  expect(result.code).toBe(ExitCode.Ok)
  expect(result.stderr).toMatch(/decks\/standup\.md: slide \d+ "Added by hand" overflows by \d+ px down/)
  expect(result.stderr).toContain('decks/standup.md → decks/standup.{html,pdf,handout.pdf,pptx} (')
  expect(result.stderr).toContain('Marp deck, rendered as it is')
  expect(readFileSync(file, 'utf8')).toBe(edited)
  const slides = edited.split('\n---\n').length - 1
  const html = readFileSync(join(dir, 'decks', 'standup.html'), 'utf8')
  expect(html).toContain('Ana fixed the login page for Safari users.')
  expect(html).toContain('Say that the checklist lives in the wiki.')
  const {PDFDocument} = await import('pdf-lib')
  expect((await PDFDocument.load(readFileSync(join(dir, 'decks', 'standup.pdf')))).getPageCount()).toBe(slides)
  const handout = execFileSync('pdftotext', [join(dir, 'decks', 'standup.handout.pdf'), '-'], {encoding: 'utf8'}).replace(/\s+/g, ' ')
  expect(handout).toContain('Ana fixed the login page for Safari users.')
  expect(handout).toContain('Say that the checklist lives in the wiki.')
  const {default: JSZip} = await import('jszip')
  const zip = await JSZip.loadAsync(readFileSync(join(dir, 'decks', 'standup.pptx')))
  const parts = Object.keys(zip.files).filter((name) => /^ppt\/(slides|notesSlides)\/[^/]+\.xml$/.test(name))
  const pptx = (await Promise.all(parts.map((name) => zip.files[name]!.async('string')))).join('\n')
  expect(pptx).toContain('Ana fixed the login page for Safari users.')
  expect(pptx).toContain('Hand-written point 16 about the release checklist')
  expect(pptx).toContain('Say that the checklist lives in the wiki.')
  // With no input, render takes the decks folder, which is also where the files go.
  const again = debrief(['render', '--format', 'pptx'], {cwd: dir})
  expect(again.code).toBe(ExitCode.Ok)
  expect(again.stderr).toContain('decks/standup.md → decks/standup.pptx (')
  expect(readFileSync(file, 'utf8')).toBe(edited)
})

describe('debrief never overwrites the notes', () => {
  const snapshot = (folder: string) => listing(folder).map((file) => [file, readFileSync(join(folder, file), 'utf8')])

  test('an --out that reaches the notes folder through a symlink is refused before anything is built', () => {
    // The case of issue 14: the deck used to replace the notes and exit 0.
    mkdirSync(join(dir, 't', 'src'), {recursive: true})
    cpSync('sources', join(dir, 't', 'src'), {recursive: true})
    symlinkSync('src', join(dir, 't', 'decks'))
    const before = snapshot(join(dir, 't', 'src'))
    const result = debrief(['t/src', '--out', 't/decks', '--format', 'md'], {cwd: dir})
    expect(result.code).toBe(ExitCode.CantCreate)
    expect(result.stderr.trim()).toMatch(/^debrief: t\/decks: is the notes folder; choose another --out/)
    expect(snapshot(join(dir, 't', 'src'))).toEqual(before)
  })

  test('notes given through a symlinked folder, --out the real folder: refused', () => {
    symlinkSync('sources', join(dir, 'linked'))
    const before = snapshot(join(dir, 'sources'))
    const result = debrief(['linked/kubecon-2024-keynote-notes.md', '--out', 'sources', '--format', 'md'], {cwd: dir})
    expect(result.code).toBe(ExitCode.CantCreate)
    expect(result.stderr.trim()).toMatch(/^debrief: sources\/kubecon-2024-keynote-notes\.md: would overwrite the notes it is built from \(linked\//)
    expect(snapshot(join(dir, 'sources'))).toEqual(before)
  })

  test('a folder in the way of NAME.pdf stops the run before md and html are written', () => {
    mkdirSync(join(dir, 'decks', 'kubecon-2024-keynote-notes.pdf'), {recursive: true})
    const result = debrief(['sources/kubecon-2024-keynote-notes.md'], {cwd: dir})
    expect(result.code).toBe(ExitCode.CantCreate)
    expect(result.stderr.trim()).toBe('debrief: decks/kubecon-2024-keynote-notes.pdf: is a folder, in the way of the output file; move it or choose another --out')
    expect(listing(join(dir, 'decks'))).toEqual(['kubecon-2024-keynote-notes.pdf'])
  })

  test('an --out that is a file is refused before anything is built', () => {
    writeFileSync(join(dir, 'out'), 'a file')
    const result = debrief(['--out', 'out/sub', '--format', 'md,html'], {cwd: dir})
    expect(result.code).toBe(ExitCode.CantCreate)
    expect(result.stderr.trim()).toBe('debrief: out: is a file, expected a folder for the outputs; choose another --out')
  })
})

describe('debrief on a folder of notes', () => {
  test('`debrief .` twice in a notes folder gives the same decks: decks/ is never read as notes', () => {
    const notes = join(dir, 'notes')
    mkdirSync(notes)
    writeFileSync(join(notes, 'retro.md'), '# Retro\n\n## Went well\n\n- We shipped the billing service on time\n- The on-call load went down by half\n')
    const first = debrief(['.', '--format', 'md'], {cwd: notes})
    expect(first.code).toBe(ExitCode.Ok)
    const deck = readFileSync(join(notes, 'decks', 'retro.md'), 'utf8')
    const second = debrief(['.', '--format', 'md'], {cwd: notes})
    expect(second.stderr).toBe(first.stderr)
    expect(second.code).toBe(ExitCode.Ok)
    expect(listing(join(notes, 'decks'))).toEqual(['retro.md'])
    expect(readFileSync(join(notes, 'decks', 'retro.md'), 'utf8')).toBe(deck)
  })

  test('a symlink loop in the notes folder does not hang the run', () => {
    symlinkSync('.', join(dir, 'sources', 'self'))
    const result = debrief(['sources', '--format', 'md'], {cwd: dir})
    expect(result.code).toBe(ExitCode.Ok)
    expect(listing(join(dir, 'decks'))).toEqual(['kubecon-2024-keynote-liveblog.md', 'kubecon-2024-keynote-notes.md'])
  })

  test('notes with one base name in two folders are mirrored under --out', () => {
    const notes = join(dir, 'notes')
    for (const team of ['a', 'b']) {
      mkdirSync(join(notes, team), {recursive: true})
      writeFileSync(join(notes, team, 'x.md'), `# Team ${team}\n\n## News\n\n- Team ${team} moved the release to Friday\n`)
    }
    const result = debrief(['notes', '--format', 'md,html'], {cwd: dir})
    expect(result.code).toBe(ExitCode.Ok)
    expect(result.stderr).toMatch(/^notes\/a\/x\.md → decks\/a\/x\.\{md,html\}/m)
    expect(listing(join(dir, 'decks'))).toEqual(['a', 'b'])
    expect(listing(join(dir, 'decks', 'b'))).toEqual(['x.html', 'x.md'])
    expect(readFileSync(join(dir, 'decks', 'b', 'x.html'), 'utf8')).toContain('Team b')
    expect(readFileSync(join(dir, 'decks', 'a', 'x.md'), 'utf8')).toContain('Team a')
  })
})

describe('debrief on a batch: progress, --quiet, --parallel', () => {
  function batch(): string {
    const notes = join(dir, 'notes')
    mkdirSync(notes)
    writeFileSync(join(notes, 'a-retro.md'), '# Retro\n\n## Went well\n\n- We shipped the billing service on time\n- The on-call load went down by half\n')
    writeFileSync(join(notes, 'b-empty.md'), '')
    writeFileSync(join(notes, 'c-offsite.txt'), 'Team offsite\n\nWe move the stand-up to ten. Ana owns the hiring plan for the spring.\n')
    return notes
  }

  test('not on a terminal: one plain line a deck as it is built, in input order, then a line a deck written; errors last', () => {
    batch()
    const result = debrief(['notes', '--format', 'md'], {cwd: dir})
    expect(result.code).toBe(ExitCode.DataError)
    const lines = result.stderr.trim().split('\n')
    expect(lines.slice(0, 4)).toEqual([
      expect.stringMatching(/^\[1\/3\] built notes\/a-retro\.md \(\d+ slides\)$/),
      '[2/3] not built: notes/b-empty.md (see below)',
      expect.stringMatching(/^\[3\/3\] built notes\/c-offsite\.txt \(\d+ slides?\)$/),
      'making md …'
    ])
    expect(lines.slice(4, 6)).toEqual([expect.stringMatching(/^notes\/a-retro\.md → decks\/a-retro\.md \(/), expect.stringMatching(/^notes\/c-offsite\.txt → decks\/c-offsite\.md \(/)])
    expect(lines.slice(6)).toEqual([expect.stringMatching(/^debrief: notes\/b-empty\.md: /)])
    expect(result.stderr).not.toContain('\u001B')
  })

  test('--quiet prints nothing but the errors; the decks are still made', () => {
    batch()
    const result = debrief(['notes', '--format', 'md', '--quiet'], {cwd: dir})
    expect(result.code).toBe(ExitCode.DataError)
    expect(result.stderr).toMatch(/^debrief: notes\/b-empty\.md: [^\n]*\n$/)
    expect(listing(join(dir, 'decks'))).toEqual(['a-retro.md', 'c-offsite.md'])
    const quiet = debrief(['notes/a-retro.md', '--format', 'md', '-q'], {cwd: dir})
    expect(quiet.code).toBe(ExitCode.Ok)
    expect(quiet.stderr).toBe('')
  })

  test('--parallel 1 and --parallel 3 print and write the same; --parallel 0 is refused', () => {
    batch()
    const one = debrief(['notes', '--format', 'md', '--parallel', '1', '--out', 'one'], {cwd: dir})
    const three = debrief(['notes', '--format', 'md', '-P', '3', '--out', 'three'], {cwd: dir})
    expect(three.code).toBe(one.code)
    expect(three.stderr.replaceAll('three/', 'one/')).toBe(one.stderr)
    expect(listing(join(dir, 'three'))).toEqual(listing(join(dir, 'one')))
    for (const file of listing(join(dir, 'one'))) expect(readFileSync(join(dir, 'three', file)).equals(readFileSync(join(dir, 'one', file)))).toBe(true)
    const refused = debrief(['notes', '--parallel', '0'], {cwd: dir})
    expect(refused.code).toBe(ExitCode.Usage)
    expect(refused.stderr.trim()).toBe('debrief: Unexpected `0` for `--parallel`, expected a whole number of decks, 1 or more')
  })
})

describe('debrief: the small things', () => {
  test('`debrief help` and `debrief help check` show help and exit 0; `check --help` shows check\'s help', () => {
    const main = debrief(['help'], {cwd: dir})
    expect(main.code).toBe(ExitCode.Ok)
    expect(main.stdout).toMatch(/^Usage: debrief \[options\] \[inputs\.\.\.\]/)
    for (const args of [['help', 'check'], ['check', '--help'], ['check', '-h']]) {
      const check = debrief(args, {cwd: dir})
      expect(check.code, args.join(' ')).toBe(ExitCode.Ok)
      expect(check.stdout, args.join(' ')).toMatch(/^Usage: debrief check \[inputs\.\.\.\]/)
    }
  })

  test('an unknown option is named in balanced quotes', () => {
    const result = debrief(['--nope'], {cwd: dir})
    expect(result.stderr.trim()).toBe('debrief: Unknown option `--nope` (see `debrief --help`)')
  })

  test('a YAML error carries one line number, the notes\' own', () => {
    writeFileSync(join(dir, 'broken.md'), '---\ntitle: ok\nauthor: [unclosed\n---\n\n# Hello\n')
    const result = debrief(['broken.md', '--format', 'md'], {cwd: dir})
    expect(result.code).toBe(ExitCode.DataError)
    expect(result.stderr.trim()).toMatch(/^debrief: broken\.md:3: front matter is not valid YAML: /)
    expect(result.stderr).not.toMatch(/line \d+, column \d+/)
  })

  test('`-o -` writes the deck to standard output and makes no folder named `-`', () => {
    const result = debrief(['sources/kubecon-2024-keynote-notes.md', '-o', '-', '-f', 'md'], {cwd: dir})
    expect(result.code).toBe(ExitCode.Ok)
    expect(result.stdout).toMatch(/^---\nmarp: true\n/)
    expect(existsSync(join(dir, '-'))).toBe(false)
    expect(existsSync(join(dir, 'decks'))).toBe(false)
    const many = debrief(['sources', '-o', '-', '-f', 'md'], {cwd: dir})
    expect(many.code).toBe(ExitCode.Usage)
    expect(many.stderr.trim()).toBe('debrief: `--out -` writes one deck to standard output, and the inputs make 2')
  })

  test('`--report-json -` writes the report to standard output, not to a file named `-`', () => {
    const result = debrief(['sources/kubecon-2024-keynote-notes.md', '-f', 'md', '--report-json', '-'], {cwd: dir})
    expect(result.code).toBe(ExitCode.Ok)
    const [report] = JSON.parse(result.stdout)
    expect(report.file).toBe('sources/kubecon-2024-keynote-notes.md')
    expect(existsSync(join(dir, '-'))).toBe(false)
  })

  test('`-f md -f html` makes both', () => {
    const result = debrief(['sources/kubecon-2024-keynote-notes.md', '-f', 'md', '-f', 'html'], {cwd: dir})
    expect(result.code).toBe(ExitCode.Ok)
    expect(listing(join(dir, 'decks'))).toEqual(['kubecon-2024-keynote-notes.html', 'kubecon-2024-keynote-notes.md'])
  })
})
