import { round } from '../stats';
import type { BenchSuite, Measurement } from '../types';

const LIST_TIMEOUT_MS = 30_000;
const BYTES_PER_MB = 1024 * 1024;
const ID = { id: 'P7', what: 'renderer JS heap after volunteer + year activity lists', unit: 'MB', target: 250 } as const;

/**
 * P7: the app's used JS heap (after a forced garbage collection) once the keeper has opened the volunteer
 * list and then the activity list for the last full year of the big station.
 */
export const memorySuite: BenchSuite = {
  name: 'renderer memory',
  ids: [ID],
  budgetMs: 90_000,
  async run(env) {
    const station = await env.bigStation();
    await station.closeHarness();
    const year = Number(station.report.lastDate.slice(0, 4)) - 1;
    const app = await station.openApp('/volunteers');
    const { page } = app;
    try {
      const reached: string[] = [];
      try {
        await page.getByTestId('volunteer-row').first().waitFor({ state: 'visible', timeout: LIST_TIMEOUT_MS });
        reached.push('volunteer list');
      } catch {
        // Measured anyway below, with a note: the heap of the shell alone is still a figure.
      }
      // Same-document navigation (only the hash changes), as the side menu does.
      await page.goto(env.webUrl(`/activities?year=${year}`));
      try {
        await page.getByTestId('activity-row').first().waitFor({ state: 'visible', timeout: LIST_TIMEOUT_MS });
        reached.push(`activity list ${year}`);
      } catch {
        // As above.
      }
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('Performance.enable');
      const { metrics } = await cdp.send('Performance.getMetrics');
      await cdp.detach();
      const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
      const total = metrics.find((m) => m.name === 'JSHeapTotalSize')?.value;
      if (used === undefined) {
        const missing: Measurement = { ...ID, value: null, note: 'CDP Performance.getMetrics has no JSHeapUsedSize' };
        return [missing];
      }
      const complete = reached.length === 2;
      const notes = [
        `after ${reached.length > 0 ? reached.join(' + ') : 'the app shell only'}`,
        total !== undefined ? `heap total ${round(total / BYTES_PER_MB)} MB` : '',
        complete ? '' : 'lists missing: not a valid P7 figure',
        app.problems.length > 0 ? `page problems: ${app.problems.slice(0, 3).join(' | ')}` : '',
      ].filter((n) => n !== '');
      return [{ ...ID, value: complete ? round(used / BYTES_PER_MB) : null, note: notes.join('; ') }];
    } finally {
      await page.close();
    }
  },
};
