import type { Browser, BrowserContext, Page } from 'playwright-core';
import { collectProblems, newAppContext } from '../e2e/support/browser';
import type { BenchWindow, BigStationOptions, BigStationReport } from './harness/api';
import { freshProfileWithDataOf, launchProfile } from './profiles';

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
  /** Closes the station's browser profile; a station kept on disk is reopened by the next page asked for. */
  close(): Promise<void>;
  /**
   * A new browser profile holding only the station's data (no caches), for a truly cold start in a
   * browser process of its own; null when the station lives in memory. The caller removes the folder.
   */
  coldProfile(): Promise<string | null>;
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

/** A new page of the app in `context` at a hash route, the bench probes loaded before the app. */
export async function openAppIn(context: BrowserContext, urls: BigStationUrls, route: string, options: { watchFirst?: readonly string[] } = {}): Promise<AppPage> {
  const page = await context.newPage();
  const problems = collectProblems(page);
  await page.addInitScript({ path: urls.probesPath });
  for (const testId of options.watchFirst ?? []) {
    await page.addInitScript((id) => (globalThis as unknown as BenchWindow).stationBenchProbes.watchFirstAppearance(id), testId);
  }
  await page.goto(urls.webUrl(route));
  return { page, problems };
}

export async function createBigStation(
  browser: Browser,
  urls: BigStationUrls,
  log: (message: string) => void,
  options: BigStationOptions = BIG_STATION_OPTIONS,
  /** A folder for a profile on disk in a Chromium of its own; without it, a context of `browser` in memory. */
  profileDir: string | null = null,
): Promise<BigStation> {
  let context: BrowserContext | null = profileDir === null ? await newAppContext(browser) : await launchProfile(profileDir);
  const live = async (): Promise<BrowserContext> => {
    if (context) return context;
    if (profileDir === null) throw new Error('the station lived in memory and its profile has been closed');
    context = await launchProfile(profileDir);
    return context;
  };
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

  const close = async (): Promise<void> => {
    const closing = context;
    context = null;
    harnessPage = null;
    await closing?.close();
  };

  return {
    report,
    async harness() {
      harnessPage ??= await openHarness(await live(), urls.harnessUrl);
      return harnessPage;
    },
    async closeHarness() {
      if (!harnessPage) return;
      const page = harnessPage;
      harnessPage = null;
      await page.evaluate(() => (globalThis as unknown as BenchWindow).stationBench.close());
      await page.close();
    },
    openApp: async (route, appOptions = {}) => openAppIn(await live(), urls, route, appOptions),
    close,
    async coldProfile() {
      if (profileDir === null) return null;
      // Its browser exits first, so every file of the profile is complete on disk.
      await close();
      return freshProfileWithDataOf(profileDir);
    },
  };
}
