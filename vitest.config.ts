import { defineConfig } from 'vitest/config';

// Unit and integration tests run in Node; e2e has its own config (it drives a real Chromium).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup/fakeIndexedDb.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
