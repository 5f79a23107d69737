import type { Browser } from 'playwright-core';
import type { BigStation } from './bigStation';

/** One figure of the table and of bench-results.json. */
export interface Measurement {
  id: string;
  what: string;
  /** null when it could not be measured; `note` says why. */
  value: number | null;
  unit: string;
  target: number;
  /** Whether the target is a ceiling (most timings) or a floor (throughput, ratios where more is better). */
  direction?: 'atMost' | 'atLeast';
  note?: string;
}

export interface BenchEnv {
  browser: Browser;
  /** Serves out/web at /web/ and out/bench at /bench/ on one origin, so both see the same IndexedDB. */
  origin: string;
  /** The app at a hash route, e.g. webUrl('/volunteers'). */
  webUrl(route: string): string;
  harnessUrl: string;
  /** out/bench/probes.js, loaded into app pages as an init script. */
  probesPath: string;
  /** The 2,000-volunteer, 10,000-activity station, generated on first use and shared by the suites. */
  bigStation(): Promise<BigStation>;
  /** Epoch ms by which the whole bench must be done. */
  deadline: number;
  log(message: string): void;
}

/** A group of measurements; register it in suites/index.ts. */
export interface BenchSuite {
  name: string;
  /** The ids it reports, so a suite that fails or times out still shows its rows. */
  ids: readonly { id: string; what: string; unit: string; target: number; direction?: 'atMost' | 'atLeast' }[];
  /** Upper bound of its run time; the runner stops waiting after it. */
  budgetMs: number;
  run(env: BenchEnv): Promise<Measurement[]>;
}
