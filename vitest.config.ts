import { defineConfig } from 'vitest/config';

// Unit tests: pure code under src/lib and scripts, run in Node.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    env: { TZ: 'UTC' },
    testTimeout: 60_000,
  },
});
