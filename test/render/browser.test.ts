import {existsSync, mkdtempSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {launchBrowser} from '../../src/render/browser.js'
import {DeckError, ExitCode} from '../../src/errors.js'
import {cleanup} from '../../src/cleanup.js'

describe('launchBrowser', () => {
  test('runs with a fresh profile in the temp folder, removed on close', async () => {
    const shared = await launchBrowser()
    let profile: string | undefined
    try {
      const flag = shared.browser.process()?.spawnargs.find((arg) => arg.startsWith('--user-data-dir='))
      profile = flag?.slice('--user-data-dir='.length)
      expect(profile?.startsWith(tmpdir())).toBe(true)
      expect(existsSync(profile!)).toBe(true)
      const page = await shared.browser.newPage()
      expect(await page.evaluate('1 + 1')).toBe(2)
    } finally {
      await shared.close()
    }
    expect(existsSync(profile!)).toBe(false)
    expect(shared.browser.connected).toBe(false)
    // A second close does nothing.
    await expect(shared.close()).resolves.toBeUndefined()
  })

  test('says the browser is unavailable when it cannot start', async () => {
    const launch = launchBrowser({browser: {path: '/nonexistent/chromium', from: 'env'}})
    await expect(launch).rejects.toThrow(DeckError)
    await expect(launch).rejects.toMatchObject({code: ExitCode.Unavailable, message: expect.stringMatching(/^could not start the browser at \/nonexistent\/chromium: /)})
  })

  // Last in the file: after `cleanup()` the module undoes at once whatever is registered.
  test('stopped while it is still starting, the browser is killed before its profile is removed', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'debrief-test-'))
    const saved = process.env.TMPDIR
    process.env.TMPDIR = folder
    try {
      const launch = launchBrowser()
      // Wait until Chromium has begun writing its profile, then stop, as Ctrl-C does.
      while (!readdirSync(folder).some((name) => readdirSync(join(folder, name)).length > 0)) {
        await new Promise((done) => setTimeout(done, 5))
      }
      await cleanup()
      const shared = await launch.catch(() => undefined)
      const child = shared?.browser.process()
      expect(child === null || child === undefined || child.exitCode !== null || child.signalCode !== null).toBe(true)
      // Nothing recreates the profile once the browser is gone.
      await new Promise((done) => setTimeout(done, 300))
      expect(readdirSync(folder)).toEqual([])
    } finally {
      process.env.TMPDIR = saved
      rmSync(folder, {recursive: true, force: true})
    }
  })
})
