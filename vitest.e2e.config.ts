import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the built browser-mode server and the built renderer,
 * driven by Debian's Chromium through playwright-core. One file at a time
 * (each test starts its own server and browser), with timeouts that allow a
 * cold Chromium start on a slow CI machine.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    reporters: ['default', './tests/summaryReporter.ts'],
  },
});
