import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { findChromium } from './browser';
import { startStaticServer } from './staticServer';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built app's index.html on the test server, e.g. http://127.0.0.1:41234/index.html */
    appUrl: string;
  }
}

const WEB_BUILD_DIR = fileURLToPath(new URL('../../../out/web/', import.meta.url));

/**
 * Runs once before all e2e files: refuses to start without a web build or a Chromium (so the suite fails
 * loudly instead of passing with nothing tested), then serves out/web for the tests.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(`${WEB_BUILD_DIR}index.html`)) {
    throw new Error('out/web/index.html is missing: run `npm run build:web` first (`npm run test:e2e` does it for you).');
  }
  findChromium();
  const server = await startStaticServer([{ prefix: '/', root: WEB_BUILD_DIR }]);
  project.provide('appUrl', `${server.origin}/index.html`);
  return () => server.close();
}
