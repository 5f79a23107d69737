import type { BrowserContext } from 'playwright-core';
import { sync as zhSync } from '../../src-renderer/i18n/zh-CN/sync';
import { collectProblems } from '../e2e/support/browser';
import { chooseFiles } from '../e2e/pages/fileChooser';
import type { BenchWindow, ShownCheck } from './harness/api';

const PAGE_TIMEOUT_MS = 30_000;
const SAVE_BUTTON = 'save-button';
const POLL_MS = 100;

export interface PushExpectation {
  /** Records written offline: the header must count at least these as waiting before the connection is saved. */
  waiting: number;
  timeoutMs: number;
}

export interface PushTiming {
  ms: number;
  problems: string[];
}

/**
 * A station that worked offline connects for the first time, in the real web app: the sync page, 导入设置文件,
 * then 保存并开始同步. Done is what the keeper sees: the header says 已同步 (the app's own zh-CN words) with
 * nothing waiting, in a drawn frame. Counted in the page from the click on 保存并开始同步, so the app's time
 * holds its connection test before the push and the first pull after it; PouchDB's holds neither.
 * `context` must hold the station and its offline records in the app's own databases, and nothing else.
 */
export async function pushInApp(context: BrowserContext, urls: { appUrl: string; probesPath: string }, setupFile: string, expected: PushExpectation): Promise<PushTiming> {
  await context.addInitScript({ path: urls.probesPath });
  const page = await context.newPage();
  const problems = collectProblems(page);
  await page.goto(urls.appUrl);
  // The app must have counted the offline records first, or the "0 waiting" below could be the zero of before.
  const pending = page.getByTestId('sync-pending');
  const countedBy = Date.now() + PAGE_TIMEOUT_MS;
  let waiting = 0;
  while ((waiting = Number(await pending.textContent({ timeout: PAGE_TIMEOUT_MS }))) < expected.waiting) {
    if (Date.now() > countedBy) throw new Error(`the header counted ${waiting} records waiting, not the ${expected.waiting} written offline`);
    await page.waitForTimeout(POLL_MS);
  }
  await chooseFiles(page.getByTestId('sync-import-file'), setupFile);
  await page.getByTestId('sync-file-read').waitFor({ state: 'visible', timeout: PAGE_TIMEOUT_MS });
  const checks: ShownCheck[] = [
    { testId: 'sync-phase', text: zhSync.phase.upToDate },
    { testId: 'sync-pending', text: '0' },
  ];
  // Armed before the click, so no frame can slip by unobserved.
  const shown = page.evaluate(
    ({ c, timeout }) => (globalThis as unknown as BenchWindow).stationBenchProbes.whenShown(c, timeout),
    { c: checks, timeout: expected.timeoutMs },
  );
  await page.getByTestId(SAVE_BUTTON).click();
  const shownAt = await shown;
  const clickedAt = await page.evaluate((id) => (globalThis as unknown as BenchWindow).stationBenchProbes.clickedAt(id), SAVE_BUTTON);
  if (clickedAt === null) throw new Error('the page never saw the click on 保存并开始同步');
  if (shownAt === null) {
    const seen = await Promise.all(
      [...checks.map((c) => c.testId), 'sync-connection-problem'].map(
        async (id) => `${id}: ${(await page.getByTestId(id).first().textContent({ timeout: 1000 }).catch(() => null)) ?? '—'}`,
      ),
    );
    throw new Error(`the station did not show 已同步 with nothing waiting within ${expected.timeoutMs / 1000} s (${seen.join(', ')})`);
  }
  return { ms: shownAt - clickedAt, problems };
}
