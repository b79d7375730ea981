import {spawnSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterEach, describe, expect, test} from 'vitest'
import {cli, removeTemporaryDirectories, temporaryDirectory} from './helpers.js'

afterEach(removeTemporaryDirectories)

// The packages a run loads only when it needs them.
const heavy = ['puppeteer-core', 'pdf-lib', '@marp-team/marp-cli', '@marp-team/marp-core', 'compromise', 'pptxgenjs']

/**
 * Run Node with loader hooks that log every module it loads (ES modules by
 * URL, CommonJS by what is required); `args` follow the hooks, e.g. the
 * built command and its arguments.
 */
function loaded(args: readonly string[], cwd: string): {code: number | null; stdout: string; modules: string[]} {
  const hooks = temporaryDirectory()
  const log = join(hooks, 'modules.log')
  writeFileSync(log, '')
  writeFileSync(
    join(hooks, 'hooks.mjs'),
    `import {appendFileSync} from 'node:fs'\nlet log\nexport function initialize(data) { log = data.log }\nexport async function load(url, context, next) { appendFileSync(log, url + '\\n'); return next(url, context) }\n`
  )
  writeFileSync(
    join(hooks, 'register.mjs'),
    `import {appendFileSync} from 'node:fs'\nimport {Module, register} from 'node:module'\nregister(new URL('./hooks.mjs', import.meta.url), {data: {log: ${JSON.stringify(log)}}})\n` +
      `const load = Module._load\nModule._load = function (request, ...rest) { appendFileSync(${JSON.stringify(log)}, request + '\\n'); return load.call(this, request, ...rest) }\n`
  )
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(join(hooks, 'register.mjs')).href, ...args], {cwd, encoding: 'utf8'})
  return {code: result.status, stdout: result.stdout, modules: readFileSync(log, 'utf8').split('\n').filter(Boolean)}
}

const packageOf = (modules: readonly string[]) => heavy.filter((name) => modules.some((module) => module === name || module.includes(`/node_modules/${name}/`)))

describe('the debrief command loads what a run needs, no more', () => {
  test('--version loads no renderer, browser driver, PDF or NLP library, nor the pipeline', () => {
    const result = loaded([cli, '--version'], temporaryDirectory())
    expect(result.code).toBe(0)
    expect(result.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version)
    // The hooks see the command itself, so the list below is not empty by accident.
    expect(result.modules.some((module) => module.endsWith('/dist/cli.js'))).toBe(true)
    expect(packageOf(result.modules)).toEqual([])
    expect(result.modules.filter((module) => module.includes('/dist/pipeline/'))).toEqual([])
  })

  test('a Markdown-only build of plain headed notes loads no renderer, browser driver, PDF or NLP library', () => {
    const dir = temporaryDirectory()
    writeFileSync(join(dir, 'retro.md'), '# Sprint retro\n\n## Went well\n\n- The beta shipped on the Tuesday we planned\n- Support tickets fell by a third\n')
    const result = loaded([cli, 'retro.md', '--format', 'md', '--out', 'decks'], dir)
    expect(result.code).toBe(0)
    expect(readFileSync(join(dir, 'decks', 'retro.md'), 'utf8')).toContain('Support tickets fell by a third')
    expect(result.modules.some((module) => module.endsWith('/dist/pipeline/plan-deck.js'))).toBe(true)
    expect(packageOf(result.modules)).toEqual([])
  })

  test('an HTML build loads the browser driver and marp-core to measure, which the Markdown build did not; marp-cli runs in a child', () => {
    const dir = temporaryDirectory()
    writeFileSync(join(dir, 'retro.md'), '# Sprint retro\n\n## Went well\n\n- The beta shipped on the Tuesday we planned\n')
    const result = loaded([cli, 'retro.md', '--format', 'html', '--out', 'decks'], dir)
    expect(result.code).toBe(0)
    expect(readFileSync(join(dir, 'decks', 'retro.html'), 'utf8')).toContain('bespoke-marp-osc')
    expect(packageOf(result.modules)).toEqual(['puppeteer-core', '@marp-team/marp-core'])
  })
})

test('importing the package to build decks loads no renderer or browser driver until one is called', () => {
  const index = pathToFileURL(resolve('dist/index.js')).href
  const script = `const {buildDeck, renderHtml} = await import(${JSON.stringify(index)}); console.log(buildDeck('# Retro\\n\\n## Went well\\n\\n- We shipped\\n').slides.length, typeof renderHtml)`
  const result = loaded(['--input-type=module', '-e', script], temporaryDirectory())
  expect(result.code).toBe(0)
  expect(result.stdout).toBe('3 function\n')
  expect(result.modules.some((module) => module.endsWith('/dist/index.js'))).toBe(true)
  expect(packageOf(result.modules)).toEqual([])
})

test('importing the CLI module runs nothing: main is called by the bin', () => {
  const dir = temporaryDirectory()
  const script = `const {main} = await import(${JSON.stringify(pathToFileURL(cli.replace(/bin\.js$/, 'cli.js')).href)}); console.log(typeof main, process.exitCode)`
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {cwd: dir, encoding: 'utf8'})
  expect(result.stderr).toBe('')
  expect(result.stdout).toBe('function undefined\n')
  expect(result.status).toBe(0)
})
