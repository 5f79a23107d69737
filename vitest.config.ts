import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const shared = {
  environment: 'node',
  setupFiles: ['tests/unit/setup/fakeIndexedDb.ts'],
  testTimeout: 30_000,
  hookTimeout: 60_000,
  pool: 'forks',
} satisfies TestProjectInlineConfiguration['test'];

// Unit and integration tests run in Node; e2e has its own config (it drives a real Chromium).
export default defineConfig({
  test: {
    globalSetup: ['tests/support/couchTarget.ts'],
    projects: [
      { test: { ...shared, name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        // On a real CouchDB every integration file wipes the one server before it starts: one file at a time,
        // after the unit tests.
        test: { ...shared, name: 'integration', include: ['tests/integration/**/*.test.ts'], fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
