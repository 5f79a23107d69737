import type { Page } from 'playwright-core';
import type { BenchWindow, RequestsOptions, ShownCheck } from '../harness/api';
import { describeRounds } from '../rounds';
import { percentile, round } from '../stats';
import type { BenchSuite, Measurement } from '../types';

const ROUNDS = 3;
/** Times through every tab in each round (a fresh page each round). */
const PASSES = 6;
const REQUESTS: RequestsOptions = { seed: 20_240_611, count: 5_000, chunkSize: 200 };
/** The list's tabs in screen order (requestRows.ts REQUEST_TABS); the page opens on 'all'. */
const TABS = ['all', 'pending', 'dispatched', 'accepted', 'overdue', 'done', 'rated', 'refused', 'cancelled'] as const;
const MIN_SAMPLES = 50;
const LIST_TIMEOUT_MS = 30_000;
const SHOWN_TIMEOUT_MS = 3_000;

const P18 = { id: 'P18', what: 'requests list over 5,000: filter chosen → filtered rows drawn, p95', unit: 'ms', target: 16 } as const;

/**
 * Clicks a tab and returns the in-page time from the click event to the first frame whose list says the
 * tab's count (drawn in the same render as its rows); null when it never did within SHOWN_TIMEOUT_MS.
 */
async function chooseTab(page: Page, tab: string, count: number): Promise<number | null> {
  const checks: ShownCheck[] = [{ testId: 'request-count', text: String(count), digits: true }];
  await page.evaluate(({ c, timeout }) => (globalThis as unknown as BenchWindow).stationBenchProbes.armShown(c, timeout), { c: checks, timeout: SHOWN_TIMEOUT_MS });
  const testId = `request-tab-${tab}`;
  await page.getByTestId(testId).click();
  const shownAt = await page.evaluate(() => (globalThis as unknown as BenchWindow).stationBenchProbes.shown());
  const clickedAt = await page.evaluate((id) => (globalThis as unknown as BenchWindow).stationBenchProbes.clickedAt(id), testId);
  if (shownAt === null) return null;
  if (clickedAt === null || shownAt < clickedAt) throw new Error('the list showed the count before the click was seen: the timing is broken');
  return shownAt - clickedAt;
}

/**
 * P18: the 群众点单 list of the big station holding 5,000 requests in every state (two years of them,
 * open ones recent, some overdue). In each of ROUNDS rounds a fresh page goes PASSES times through the
 * tabs (every state, 全部 and 已逾期); each choice is timed in the page from the click to the frame that
 * shows the tab's rows and count. Next tabs always hold different counts, so the change is seen.
 */
export const requestFilterSuite: BenchSuite = {
  name: 'requests list filter (app)',
  ids: [P18],
  budgetMs: 300_000,
  async run(env) {
    const station = await env.bigStation();
    const harness = await station.harness();
    const seeded = await harness.evaluate((o) => (globalThis as unknown as BenchWindow).stationBench.seedRequests(o), REQUESTS);
    const counts = seeded.tabCounts;
    env.log(`requests: ${TABS.map((t) => `${t} ${counts[t] ?? '?'}`).join(', ')} (written in ${Math.round(seeded.ms)} ms)`);
    await station.closeHarness();
    const fail = (note: string): Measurement[] => [{ ...P18, value: null, note }];
    const order = [...TABS.slice(1), TABS[0]];
    const same = order.find((tab, i) => counts[tab] === counts[order[(i + order.length - 1) % order.length] ?? 'all']);
    if (same !== undefined) return fail(`tab ${same} holds as many requests as the one before it: its change could not be seen`);

    const rounds: number[][] = [];
    const problems: string[] = [];
    let timeouts = 0;
    for (let r = 0; r < ROUNDS; r += 1) {
      const app = await station.openApp('/requests');
      const times: number[] = [];
      try {
        await app.page.getByTestId('request-row').first().waitFor({ state: 'visible', timeout: LIST_TIMEOUT_MS });
        for (let pass = 0; pass < PASSES; pass += 1) {
          for (const tab of order) {
            const ms = await chooseTab(app.page, tab, counts[tab] ?? -1);
            // A choice whose rows never show is a failure the keeper sees, not a sample to leave out.
            if (ms === null) timeouts += 1;
            times.push(ms ?? SHOWN_TIMEOUT_MS);
          }
        }
        rounds.push(times);
        env.log(`P18 round ${r + 1}: ${times.length} choices, p95 ${round(percentile(times, 95))} ms`);
      } finally {
        problems.push(...app.problems);
        await app.page.close();
      }
    }
    const all = rounds.flat();
    const notes = [describeRounds(rounds)];
    if (timeouts > 0) notes.push(`${timeouts} choices never showed within ${SHOWN_TIMEOUT_MS} ms and count as ${SHOWN_TIMEOUT_MS} ms`);
    if (problems.length > 0) notes.push(`page problems: ${problems.slice(0, 3).join(' | ')}`);
    if (all.length < MIN_SAMPLES) notes.push(`fewer than ${MIN_SAMPLES} measured`);
    return [{ ...P18, value: all.length >= MIN_SAMPLES ? round(percentile(all, 95)) : null, note: notes.join('; ') }];
  },
};
