import type { Page } from 'playwright-core';
import { median, round } from '../stats';
import type { BenchSuite, Measurement } from '../types';

const SHEET_TIMEOUT_MS = 30_000;
const REPORT_TIMEOUT_MS = 10_000;
/** The few browser globals the in-page timing uses (the runner is compiled without the DOM library). */
interface ReportPageGlobals {
  document: { querySelector(selector: string): { textContent: string | null } | null; body: object };
  location: { hash: string };
  performance: { now(): number };
  requestAnimationFrame(callback: () => void): number;
  MutationObserver: new (callback: () => void) => { observe(target: object, options: object): void; disconnect(): void };
  MessageChannel: new () => { port1: { onmessage: (() => void) | null }; port2: { postMessage(message: null): void } };
}

const ID = { id: 'P5a', what: 'yearly report of the big station, switch → drawn, median', unit: 'ms', target: 200 } as const;

/**
 * Switches the open report screen to the yearly report of `year` (the hash route, as the period picker
 * does) and returns the in-page time until the sheet shows that year and a frame has been drawn with it:
 * both date-range queries (the year and the year before), the report maths, the tables and the charts.
 */
async function timeYearReport(page: Page, year: number): Promise<number | null> {
  return page.evaluate(
    ({ year: y, timeoutMs }) =>
      // No named inner functions: the runner's TypeScript loader would wrap them in a helper the page lacks.
      new Promise<number | null>((resolve) => {
        const w = globalThis as unknown as ReportPageGlobals;
        const label = `${y}年度`;
        const started = w.performance.now();
        const observer = new w.MutationObserver(() => {
          if (w.document.querySelector('[data-testid="report-period"]')?.textContent !== label) return;
          if (w.document.querySelector('[data-testid="report-chart-time"] svg') === null) return;
          observer.disconnect();
          clearTimeout(timer);
          w.requestAnimationFrame(() => {
            const channel = new w.MessageChannel();
            channel.port1.onmessage = () => resolve(w.performance.now() - started);
            channel.port2.postMessage(null);
          });
        });
        observer.observe(w.document.body, { childList: true, subtree: true, characterData: true });
        const timer = setTimeout(() => {
          observer.disconnect();
          resolve(null);
        }, timeoutMs);
        w.location.hash = `#/reports?p=${y}`;
      }),
    { year, timeoutMs: REPORT_TIMEOUT_MS },
  );
}

/**
 * Years to measure, newest first, two apart: each run queries a year and the year before it, and no
 * query may be answered from RxDB's cache of an earlier run.
 */
function measuredYears(firstDate: string, lastDate: string): number[] {
  const years: number[] = [];
  for (let y = Number(lastDate.slice(0, 4)); y > Number(firstDate.slice(0, 4)); y -= 2) years.push(y);
  return years;
}

/**
 * P5a: the report screen of the app on the big station (2,000 volunteers, 10,000 activities over ten
 * years, ~1,000 activities a year). The screen is opened on an empty month first, so the volunteers, teams
 * and projects are loaded as they would be by a keeper already on the screen; then each measured year is
 * picked in turn.
 */
export const reportsSuite: BenchSuite = {
  name: 'yearly report (app)',
  ids: [ID],
  budgetMs: 120_000,
  async run(env) {
    const station = await env.bigStation();
    await station.closeHarness();
    const years = measuredYears(station.report.firstDate, station.report.lastDate);
    const emptyMonth = `${Number(station.report.firstDate.slice(0, 4)) - 5}-01`;
    const opened = Date.now();
    const app = await station.openApp(`/reports?p=${emptyMonth}`);
    try {
      try {
        await app.page.getByTestId('report-sheet').waitFor({ state: 'visible', timeout: SHEET_TIMEOUT_MS });
      } catch {
        const missing: Measurement = { ...ID, value: null, note: `no report-sheet within ${SHEET_TIMEOUT_MS / 1000} s: report screen not available` };
        return [missing];
      }
      // Diagnostic only: the first report on a new station also fills the local report digests.
      const firstSheetMs = Date.now() - opened;
      const timings: Array<[number, number | null]> = [];
      for (const year of years) timings.push([year, await timeYearReport(app.page, year)]);
      const measured = timings.flatMap(([, ms]) => (ms === null ? [] : [ms]));
      const notes = [
        `per year: ${timings.map(([y, ms]) => `${y} ${ms === null ? 'timeout' : Math.round(ms)}`).join(', ')} ms`,
        `app opened to first sheet: ${firstSheetMs} ms`,
      ];
      if (app.problems.length > 0) notes.push(`page problems: ${app.problems.slice(0, 3).join(' | ')}`);
      if (measured.length < timings.length) notes.push(`${timings.length - measured.length} did not show within ${REPORT_TIMEOUT_MS / 1000} s`);
      return [{ ...ID, value: measured.length > 0 ? round(median(measured)) : null, note: notes.join('; ') }];
    } finally {
      await app.page.close();
    }
  },
};
