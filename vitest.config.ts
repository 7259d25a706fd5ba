import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
    reporters: ['default', './tests/summaryReporter.ts'],
    // CLI processes the tests start cache glossaries (glossary/node/glossaryCache.ts): in a temp
    // folder, not in the user's own ~/.cache/dragoman.
    env: { DRAGOMAN_CACHE_DIR: join(tmpdir(), 'dragoman-test-cache') },
  },
});
