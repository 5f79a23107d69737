import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
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

/**
 * E2E_WEB_DIR names another build (e.g. `vite build --config vite.web.config.ts --outDir …`), so two people
 * working in one checkout can run the e2e tests on their own builds without overwriting each other's.
 */
const WEB_BUILD_DIR = process.env.E2E_WEB_DIR
  ? `${resolve(process.env.E2E_WEB_DIR)}/`
  : fileURLToPath(new URL('../../../out/web/', import.meta.url));

/**
 * Runs once before all e2e files: refuses to start without a web build or a Chromium (so the suite fails
 * loudly instead of passing with nothing tested), then serves out/web for the tests.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(`${WEB_BUILD_DIR}index.html`)) {
    throw new Error(`${WEB_BUILD_DIR}index.html is missing: run \`npm run build:web\` first (\`npm run test:e2e\` does it for you).`);
  }
  findChromium();
  const server = await startStaticServer([{ prefix: '/', root: WEB_BUILD_DIR }]);
  project.provide('appUrl', `${server.origin}/index.html`);
  return () => server.close();
}
