import type { BrowserContext, Page } from 'playwright-core';
import { saveScreenshot } from '../../e2e/support/browser';
import { openAppIn } from '../bigStation';
import type { BenchWindow } from '../harness/api';
import { launchProfile, removeProfileDir } from '../profiles';
import { median, round } from '../stats';
import type { BenchSuite, Measurement } from '../types';

const LOADS = 5;
const ROW_TIMEOUT_MS = 30_000;
const ROW = 'volunteer-row';
const HEADER = 'page-volunteers';
const ID = { id: 'P3', what: 'cold start to first volunteer list (fresh profile and browser), median of 5', unit: 'ms', target: 2000 } as const;

interface ColdLoad {
  /** DOMContentLoaded: the bundle has been fetched, compiled and run. */
  scriptDone: number | null;
  header: number | null;
  row: number;
  /** The browser's own start, before the navigation (not part of the figure). */
  launch: number;
}

async function firstAppearance(page: Page, testId: string): Promise<number | null> {
  return page.evaluate((id) => (globalThis as unknown as BenchWindow).stationBenchProbes.firstAppearanceAt(id), testId);
}

async function coldLoad(page: Page, launch: number): Promise<ColdLoad> {
  await page.getByTestId(ROW).first().waitFor({ state: 'visible', timeout: ROW_TIMEOUT_MS });
  const row = await page.waitForFunction((id) => (globalThis as unknown as BenchWindow).stationBenchProbes.firstAppearanceAt(id), ROW);
  return {
    scriptDone: await page.evaluate(() => (globalThis as unknown as BenchWindow).stationBenchProbes.domContentLoadedAt()),
    header: await firstAppearance(page, HEADER),
    row: Number(await row.jsonValue()),
    launch,
  };
}

const ms = (value: number | null): string => (value === null ? '?' : String(Math.round(value)));

/**
 * P3: truly cold. Each load is a browser process of its own on a new profile that holds only the big
 * station's databases (no HTTP cache, no compiled code, nothing in the browser's memory), opening the app on
 * the volunteer list. Timed in the page from navigation start (performance.timeOrigin) to the frame that
 * first shows a volunteer row; the note splits each load into script run, screen header shown, first row
 * shown, and gives the browser's own start. The OS file cache may still hold the profile's files.
 */
export const coldStartSuite: BenchSuite = {
  name: 'cold start',
  ids: [ID],
  // Each load starts a browser of its own, and the big station may be generated first.
  budgetMs: 240_000,
  async run(env) {
    const station = await env.bigStation();
    const loads: ColdLoad[] = [];
    const problems: string[] = [];
    for (let i = 0; i < LOADS; i += 1) {
      const dir = await station.coldProfile();
      if (dir === null) return [{ ...ID, value: null, note: 'the big station lives in memory: no profile to start cold from' }];
      let context: BrowserContext | null = null;
      try {
        const launchStarted = Date.now();
        context = await launchProfile(dir);
        const launch = Date.now() - launchStarted;
        const app = await openAppIn(context, env, '/volunteers', { watchFirst: [HEADER, ROW] });
        try {
          loads.push(await coldLoad(app.page, launch));
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
        }
      } finally {
        await context?.close();
        await removeProfileDir(dir);
      }
    }
    const detail = loads.map((l) => `${ms(l.scriptDone)}/${ms(l.header)}/${ms(l.row)}`).join(', ');
    const launches = loads.map((l) => ms(l.launch)).join(', ');
    const note = `script run / header / first row per load: ${detail} ms; each in a fresh profile and browser, whose start took ${launches} ms before navigation${problems.length > 0 ? `; page problems: ${problems.slice(0, 3).join(' | ')}` : ''}`;
    return [{ ...ID, value: round(median(loads.map((l) => l.row))), note }];
  },
};
