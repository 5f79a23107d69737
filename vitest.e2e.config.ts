import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: Node drives Debian Chromium (playwright-core) against the built renderer (out/web),
 * which the global set-up serves. Real IndexedDB in the browser, so no fake-indexeddb here. One file at a
 * time: each starts its own browser and the machines that run this have two cores.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/support/couchTarget.ts', 'tests/e2e/support/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    pool: 'forks',
  },
});
