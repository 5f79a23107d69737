import { accessSync, constants, mkdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome'] as const;
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/** The screen size the app is designed for (a village office PC). */
export const VIEWPORT = { width: 1366, height: 768 } as const;
export const LOCALE = 'zh-CN';
export const TIMEZONE = 'Asia/Shanghai';

export const ARTIFACTS_DIR = fileURLToPath(new URL('../../../test-artifacts/e2e/', import.meta.url));

export class ChromiumNotFoundError extends Error {
  constructor(detail: string) {
    super(
      `${detail} The end-to-end tests and benchmarks drive a real Chromium: install it ` +
        '(Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to the browser executable.',
    );
    this.name = 'ChromiumNotFoundError';
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** CHROMIUM_PATH if set (it must then be valid), else the first of chromium, chromium-browser, google-chrome on PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.CHROMIUM_PATH;
  if (configured !== undefined && configured !== '') {
    if (isExecutable(configured)) return configured;
    throw new ChromiumNotFoundError(`CHROMIUM_PATH is set to "${configured}", which is not an executable file.`);
  }
  const dirs = (env.PATH ?? '').split(delimiter).filter((d) => d !== '');
  for (const name of CHROMIUM_NAMES) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  throw new ChromiumNotFoundError(`No Chromium found on PATH (looked for ${CHROMIUM_NAMES.join(', ')}).`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}

/** A context is a fresh profile: its IndexedDB starts empty, so each test file sees a first run. */
export function newAppContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: VIEWPORT, locale: LOCALE, timezoneId: TIMEZONE });
}

/**
 * What went wrong in the page that a user could have noticed or that hides a bug: console errors,
 * uncaught exceptions, and failed requests for the app's own files. Tests assert the list stays empty.
 */
export function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    // The browser asks for /favicon.ico on its own; the desktop app never does, so its absence is no bug.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) {
      problems.push(`console.error: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught ${error.name}: ${error.message}`));
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '?';
    // The app cancels its own long-poll for changes: when it stops watching, and after 30 s on the stand-in,
    // which ignores the poll's timeout (CouchDB answers by itself after 25 s).
    if (error === 'net::ERR_ABORTED' && /\/_changes\?(.*&)?feed=longpoll/.test(request.url())) return;
    problems.push(`request failed: ${request.url()} (${error})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

function safeArtifactName(name: string): string {
  return name.replace(/[^\w.-]+/g, '-');
}

/** Saves test-artifacts/e2e/<name>.png (the visible 1366×768 viewport) and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${safeArtifactName(name)}.png`);
  await page.screenshot({ path });
  return path;
}
