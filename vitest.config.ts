import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    // `npm run calibrate` points this at bench/calibrate.test.ts.
    include: [process.env['VITEST_INCLUDE'] ?? 'test/**/*.test.ts'],
    // Browser tests start Chromium; the rest finish in milliseconds.
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
