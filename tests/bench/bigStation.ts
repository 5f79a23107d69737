import type { Browser, BrowserContext, Page } from 'playwright-core';
import { collectProblems, newAppContext } from '../e2e/support/browser';
import type { BenchWindow, BigStationOptions, BigStationReport } from './harness/api';

/** The station of the performance targets: a big community over ten years (≈200,000 participations). */
export const BIG_STATION_OPTIONS: BigStationOptions = {
  seed: 20_240_305,
  volunteers: 2_000,
  teams: 30,
  projects: 40,
  activities: 10_000,
  years: 10,
  participantsPerActivity: 20,
  chunkSize: 200,
};

const HARNESS_READY_TIMEOUT_MS = 30_000;

export interface AppPage {
  page: Page;
  /** Console errors, uncaught exceptions, failed requests: a measurement with any of these is suspect. */
  problems: string[];
}

export interface BigStation {
  /** The browser profile holding the station's IndexedDB; app pages opened in it see the data. */
  context: BrowserContext;
  report: BigStationReport;
  /** The harness page with the station database open (reopened if it was closed). */
  harness(): Promise<Page>;
  /** Closes the harness and its database, so app pages are measured alone. */
  closeHarness(): Promise<void>;
  /**
   * A new page (fresh JS) of the app at a hash route, with the bench probes loaded before the app;
   * `watchFirst` test ids get their first appearance recorded from the very start of the page.
   */
  openApp(route: string, options?: { watchFirst?: readonly string[] }): Promise<AppPage>;
}

export interface BigStationUrls {
  harnessUrl: string;
  webUrl(route: string): string;
  probesPath: string;
}

async function openHarness(context: BrowserContext, harnessUrl: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(harnessUrl);
  await page.locator('body[data-ready="true"]').waitFor({ state: 'attached', timeout: HARNESS_READY_TIMEOUT_MS });
  await page.evaluate(() => (globalThis as unknown as BenchWindow).stationBench.open());
  return page;
}

export async function createBigStation(
  browser: Browser,
  urls: BigStationUrls,
  log: (message: string) => void,
  options: BigStationOptions = BIG_STATION_OPTIONS,
): Promise<BigStation> {
  const context = await newAppContext(browser);
  let harnessPage: Page | null = await openHarness(context, urls.harnessUrl);
  log(`generating ${options.volunteers} volunteers, ${options.activities} activities over ${options.years} years…`);
  const report = await harnessPage.evaluate(
    (o) => (globalThis as unknown as BenchWindow).stationBench.generateBigStation(o),
    options,
  );
  const { counts } = report;
  log(
    `station ready: ${counts.volunteers} volunteers, ${counts.teams} teams, ${counts.projects} projects, ` +
      `${counts.activities} activities, ${counts.participations} participations ` +
      `(${report.firstDate}…${report.lastDate}; built in ${Math.round(report.generateMs)} ms, written in ${Math.round(report.writeMs)} ms)`,
  );

  return {
    context,
    report,
    async harness() {
      harnessPage ??= await openHarness(context, urls.harnessUrl);
      return harnessPage;
    },
    async closeHarness() {
      if (!harnessPage) return;
      const page = harnessPage;
      harnessPage = null;
      await page.evaluate(() => (globalThis as unknown as BenchWindow).stationBench.close());
      await page.close();
    },
    async openApp(route, appOptions = {}) {
      const page = await context.newPage();
      const problems = collectProblems(page);
      await page.addInitScript({ path: urls.probesPath });
      for (const testId of appOptions.watchFirst ?? []) {
        await page.addInitScript((id) => (globalThis as unknown as BenchWindow).stationBenchProbes.watchFirstAppearance(id), testId);
      }
      await page.goto(urls.webUrl(route));
      return { page, problems };
    },
  };
}
