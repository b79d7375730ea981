import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Browser tests start Chromium; the rest finish in milliseconds.
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
