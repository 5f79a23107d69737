import type { BrowserContext, Page } from 'playwright-core';
import { sync as zhSync } from '../../src-renderer/i18n/zh-CN/sync';
import { collectProblems } from '../e2e/support/browser';
import { chooseFiles } from '../e2e/pages/fileChooser';
import type { BenchWindow, ShownCheck } from './harness/api';

const SETUP_PAGE_TIMEOUT_MS = 30_000;

export interface JoinExpectation {
  /** The count the home page's registered-volunteer figure shows once every volunteer is on this PC. */
  registeredVolunteers: number;
  timeoutMs: number;
  /** Runs on the first-run page just before the file is chosen (a profiler attaches here). */
  beforeChoosing?: (page: Page) => Promise<void>;
}

export interface JoinTiming {
  ms: number;
  problems: string[];
}

/**
 * A second PC joins a station in the real web app: first-run page, 导入设置文件, and the join runs its first
 * pull. Done is what the keeper sees: the home page's registered-volunteer figure at the full count while
 * the header says 已同步 (the app's own zh-CN words) with nothing waiting, in a drawn frame. Counted in the
 * page from the moment the file was chosen. `context` must be a fresh profile (an empty IndexedDB).
 */
export async function joinInApp(context: BrowserContext, urls: { appUrl: string; probesPath: string }, setupFile: string, expected: JoinExpectation): Promise<JoinTiming> {
  await context.addInitScript({ path: urls.probesPath });
  const page = await context.newPage();
  const problems = collectProblems(page);
  await page.goto(urls.appUrl);
  const trigger = page.getByTestId('setup-join-import');
  await trigger.waitFor({ state: 'visible', timeout: SETUP_PAGE_TIMEOUT_MS });
  const checks: ShownCheck[] = [
    { testId: 'home-registered-volunteers', text: String(expected.registeredVolunteers), digits: true },
    { testId: 'sync-phase', text: zhSync.phase.upToDate },
    { testId: 'sync-pending', text: '0' },
  ];
  // Armed before the file is chosen, so no frame can slip by unobserved.
  const shown = page.evaluate(
    ({ c, timeout }) => (globalThis as unknown as BenchWindow).stationBenchProbes.whenShown(c, timeout),
    { c: checks, timeout: expected.timeoutMs },
  );
  await expected.beforeChoosing?.(page);
  await chooseFiles(trigger, setupFile);
  const shownAt = await shown;
  const chosenAt = await page.evaluate(() => (globalThis as unknown as BenchWindow).stationBenchProbes.fileChosenAt());
  if (chosenAt === null) throw new Error('the page never saw the set-up file being chosen');
  if (shownAt === null) {
    const seen = await Promise.all(checks.map(async (c) => `${c.testId}: ${(await page.getByTestId(c.testId).first().textContent({ timeout: 1000 }).catch(() => null)) ?? '—'}`));
    throw new Error(`the joined PC did not show the whole station within ${expected.timeoutMs / 1000} s (${seen.join(', ')})`);
  }
  return { ms: shownAt - chosenAt, problems };
}
