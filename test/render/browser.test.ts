import {existsSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {describe, expect, test} from 'vitest'
import {launchBrowser} from '../../src/render/browser.js'
import {DeckError, ExitCode} from '../../src/errors.js'

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
})
