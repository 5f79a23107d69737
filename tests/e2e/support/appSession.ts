import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { collectProblems, launchChromium, newAppContext } from './browser';

export interface AppSession {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors, uncaught exceptions and failed requests seen so far; tests expect none. */
  readonly problems: string[];
  /** Opens the app at a hash route ('/volunteers'); '/' is the home page or the first-run set-up. */
  goto(route?: string): Promise<void>;
}

/** The built app's address on the test server, for a route of its hash router. */
export function appUrl(route = '/'): string {
  return `${inject('appUrl')}#${route}`;
}

export async function openAppSession(): Promise<AppSession & { close(): Promise<void> }> {
  const browser = await launchChromium();
  try {
    const context = await newAppContext(browser);
    const page = await context.newPage();
    const problems = collectProblems(page);
    return {
      browser,
      context,
      page,
      problems,
      async goto(route = '/') {
        await page.goto(appUrl(route));
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * One browser and one fresh profile (empty IndexedDB) per test file, shared by its tests in order.
 * Use inside a test file at top level: `const app = useAppSession();` then `app().page` in tests.
 */
export function useAppSession(): () => AppSession {
  let session: (AppSession & { close(): Promise<void> }) | undefined;
  beforeAll(async () => {
    session = await openAppSession();
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('useAppSession(): the session opens in beforeAll; use it inside a test.');
    return session;
  };
}
