import type { Page } from 'playwright-core';
import { saveScreenshot } from '../../e2e/support/browser';
import type { BenchWindow } from '../harness/api';
import { median, round } from '../stats';
import type { BenchSuite, Measurement } from '../types';

const LOADS = 5;
const ROW_TIMEOUT_MS = 30_000;
const ROW = 'volunteer-row';
const HEADER = 'page-volunteers';
const ID = { id: 'P3', what: 'cold start to first volunteer list, median of 5', unit: 'ms', target: 2000 } as const;

interface ColdLoad {
  /** DOMContentLoaded: the bundle has been fetched, compiled and run. */
  scriptDone: number | null;
  header: number | null;
  row: number;
}

async function firstAppearance(page: Page, testId: string): Promise<number | null> {
  return page.evaluate((id) => (globalThis as unknown as BenchWindow).stationBenchProbes.firstAppearanceAt(id), testId);
}

async function coldLoad(page: Page): Promise<ColdLoad> {
  await page.getByTestId(ROW).first().waitFor({ state: 'visible', timeout: ROW_TIMEOUT_MS });
  const row = await page.waitForFunction((id) => (globalThis as unknown as BenchWindow).stationBenchProbes.firstAppearanceAt(id), ROW);
  return {
    scriptDone: await page.evaluate(() => (globalThis as unknown as BenchWindow).stationBenchProbes.domContentLoadedAt()),
    header: await firstAppearance(page, HEADER),
    row: Number(await row.jsonValue()),
  };
}

const ms = (value: number | null): string => (value === null ? '?' : String(Math.round(value)));

/**
 * P3: a new page (fresh JS heap) opens the app on the volunteer list of the big station. Timed in the page
 * from navigation start (performance.timeOrigin) to the frame that first shows a volunteer row; the note
 * splits each load into script run, screen header shown, first row shown.
 */
export const coldStartSuite: BenchSuite = {
  name: 'cold start',
  ids: [ID],
  budgetMs: 120_000,
  async run(env) {
    const station = await env.bigStation();
    await station.closeHarness();
    const loads: ColdLoad[] = [];
    const problems: string[] = [];
    for (let i = 0; i < LOADS; i += 1) {
      const app = await station.openApp('/volunteers', { watchFirst: [HEADER, ROW] });
      try {
        loads.push(await coldLoad(app.page));
      } catch (error) {
        // A start that never shows the list is a finding in itself: keep what the page showed.
        const shot = await saveScreenshot(app.page, `bench-P3-load-${i + 1}`).catch(() => 'no screenshot');
        const header = await firstAppearance(app.page, HEADER).catch(() => null);
        const result: Measurement = {
          ...ID,
          value: null,
          note:
            `no ${ROW} within ${ROW_TIMEOUT_MS / 1000} s on load ${i + 1} ` +
            `(header ${header === null ? 'never shown' : `shown at ${Math.round(header)} ms`}; ` +
            `${error instanceof Error ? error.message.split('\n')[0] : String(error)}; page problems: ${app.problems.join(' | ') || 'none'}; ${shot})`,
        };
        return [result];
      } finally {
        problems.push(...app.problems);
        await app.page.close();
      }
    }
    const detail = loads.map((l) => `${ms(l.scriptDone)}/${ms(l.header)}/${ms(l.row)}`).join(', ');
    const note = `script run / header / first row per load: ${detail} ms${problems.length > 0 ? `; page problems: ${problems.slice(0, 3).join(' | ')}` : ''}`;
    return [{ ...ID, value: round(median(loads.map((l) => l.row))), note }];
  },
};
