import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

function manifest(path: string): { version?: string; dependencies?: Record<string, string> } {
  return JSON.parse(readFileSync(path, 'utf8')) as { version?: string; dependencies?: Record<string, string> };
}

describe('the storage libraries stay in step', () => {
  it('the app pins exactly the Dexie version RxDB pins, and only one copy is installed', () => {
    const ours = manifest(fileURLToPath(new URL('../../../package.json', import.meta.url))).dependencies?.dexie;
    const rxdbManifest = require.resolve('rxdb/package.json');
    const rxdbs = manifest(rxdbManifest).dependencies?.dexie;
    expect(rxdbs).toMatch(/^\d+\.\d+\.\d+$/);
    // Two Dexie copies would mean two IndexedDB wrappers, and our middleware on the one RxDB does not use.
    expect(ours).toBe(rxdbs);
    const fromRxdb = createRequire(rxdbManifest).resolve('dexie/package.json');
    expect(fromRxdb).toBe(require.resolve('dexie/package.json'));
    expect(manifest(fromRxdb).version).toBe(ours);
  });
});
