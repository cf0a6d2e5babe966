import { defineConfig } from 'vitest/config';

// Browser tests: Playwright drives Debian's Chromium against the built site in dist/.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    env: { TZ: 'UTC' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
