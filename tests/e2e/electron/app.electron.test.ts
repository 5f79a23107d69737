import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findElectronBinary } from './electronBinary';

/*
 * The one test that starts the real desktop app. It needs the Electron binary, which cannot be
 * downloaded on every machine, so without it the tests are skipped with a printed reason.
 */

const electronBinary = findElectronBinary();
const noElectron = electronBinary === null;
if (noElectron) {
  console.warn(
    'SKIPPED: Electron binary not installed (download blocked on this machine); run `npx electron --version` to check',
  );
}

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const BUILD_TIMEOUT_MS = 5 * 60 * 1000; // 5 minutes: a cold build of the renderer on a slow CI machine
const LAUNCH_TIMEOUT_MS = 60 * 1000;

async function buildApp(): Promise<void> {
  const require = createRequire(import.meta.url);
  const cli = path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  // A child process, because electron-vite's build sets NODE_ENV for the whole process it runs in.
  await promisify(execFile)(process.execPath, [cli, 'build'], { cwd: repoRoot, timeout: BUILD_TIMEOUT_MS });
}

function appEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    // Without the dev server URL the app loads its bundled renderer from app://, as when installed.
    if (value !== undefined && name !== 'ELECTRON_RENDERER_URL' && name !== 'ELECTRON_RUN_AS_NODE') env[name] = value;
  }
  return env;
}

describe('desktop app (Electron)', () => {
  let app: ElectronApplication | undefined;
  let page: Page | undefined;

  function started(): { app: ElectronApplication; page: Page } {
    if (app === undefined || page === undefined) throw new Error('the app did not start; see beforeAll');
    return { app, page };
  }

  beforeAll(async () => {
    if (electronBinary === null) return;
    await buildApp();
    // Chromium refuses to run as root with its OS sandbox; containers often run tests as root.
    const rootOnly = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    app = await electron.launch({
      executablePath: electronBinary,
      args: [repoRoot, ...rootOnly],
      cwd: repoRoot,
      env: appEnvironment(),
      timeout: LAUNCH_TIMEOUT_MS,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  }, BUILD_TIMEOUT_MS + LAUNCH_TIMEOUT_MS);

  afterAll(async () => {
    await app?.close();
  });

  it.skipIf(noElectron)('opens one window titled 文明实践站台账, served from app://', async () => {
    const { app: running, page: window } = started();
    const titles = await running.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.getTitle()));
    expect(titles).toEqual(['文明实践站台账']);
    expect(window.url()).toBe('app://station-ledger/index.html');
  });

  it.skipIf(noElectron)('gives the page no Node.js: context isolation and sandbox are on', async () => {
    const { page: window } = started();
    const globals = await window.evaluate(() => {
      const scope = globalThis as Record<string, unknown>;
      return { require: typeof scope.require, process: typeof scope.process, module: typeof scope.module };
    });
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined' });
  });

  it.skipIf(noElectron)('exposes the DesktopApi as window.stationLedger and answers over IPC', async () => {
    const { page: window } = started();
    const bridge = await window.evaluate(async () => {
      const api = (globalThis as { stationLedger?: { shell: string; getAppInfo(): Promise<{ shell: string }> } })
        .stationLedger;
      if (api === undefined) return null;
      return { shell: api.shell, info: await api.getAppInfo() };
    });
    expect(bridge?.shell).toBe('desktop');
    expect(bridge?.info.shell).toBe('desktop');
  });
});
