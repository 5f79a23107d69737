import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../e2e/support/browser';
import { startStaticServer } from '../e2e/support/staticServer';
import { createBigStation, type BigStation } from './bigStation';
import { newProfileDir, removeProfileDir } from './profiles';
import { mergeResults, RESULTS_PATH, type BenchResults } from './results';
import { SUITES } from './suites';
import { formatTable, verdictOf } from './table';
import type { BenchEnv, BenchSuite, Measurement } from './types';

/**
 * A bound on the whole bench, so a hung suite cannot keep it running (each suite has its own, tighter one).
 * Every sync run and cold start is a browser process of its own on a profile on disk, the slow-link suite
 * moves megabytes at GPRS and 3G rates and the city suite seeds 200 stations, so a full run is over an hour;
 * a smaller bound would skip the last suites of every full run and write their figures as null.
 */
const TOTAL_BUDGET_MS = 150 * 60 * 1000;

const WEB_DIR = fileURLToPath(new URL('../../out/web/', import.meta.url));
const BENCH_DIR = fileURLToPath(new URL('../../out/bench/', import.meta.url));
const PROBES_PATH = `${BENCH_DIR}probes.js`;

const started = Date.now();
function log(message: string): void {
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}`);
}

/** Timings from a busy machine say little about the app: say so next to them. */
function logMachineLoad(when: string): void {
  const [oneMinute = 0] = loadavg();
  const cores = availableParallelism();
  const busy = oneMinute > cores ? ' — the machine is busy; timings are slower than on an idle PC' : '';
  log(`${when}: load average ${oneMinute.toFixed(1)} on ${cores} cores${busy}`);
}

function notMeasured(suite: BenchSuite, note: string, got: readonly Measurement[] = []): Measurement[] {
  const have = new Set(got.map((m) => m.id));
  return [...got, ...suite.ids.filter((i) => !have.has(i.id)).map((i) => ({ ...i, value: null, note }))];
}

async function runSuite(suite: BenchSuite, env: BenchEnv): Promise<Measurement[]> {
  const allowed = Math.min(suite.budgetMs, env.deadline - Date.now());
  if (allowed <= 0) return notMeasured(suite, 'skipped: the bench ran out of time before this suite');
  log(`suite "${suite.name}" (up to ${Math.round(allowed / 1000)} s)`);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${Math.round(allowed / 1000)} s`)), allowed);
  });
  try {
    const got = await Promise.race([suite.run(env), timeout]);
    return notMeasured(suite, 'the suite did not report it', got);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] ?? error.name : String(error);
    log(`suite "${suite.name}" failed: ${reason}`);
    return notMeasured(suite, `failed: ${reason}`);
  } finally {
    clearTimeout(timer);
  }
}

/** `tsx tests/bench/run.ts P3 P4a` runs only the suites reporting those ids. */
function selectedSuites(args: readonly string[]): readonly BenchSuite[] {
  if (args.length === 0) return SUITES;
  const wanted = new Set(args);
  return SUITES.filter((s) => s.ids.some((i) => wanted.has(i.id)));
}

async function main(): Promise<number> {
  for (const [dir, command] of [
    [WEB_DIR, 'npm run build:web'],
    [BENCH_DIR, 'npx vite build --config tests/bench/vite.bench.config.ts'],
  ] as const) {
    if (!existsSync(`${dir}index.html`)) throw new Error(`${dir}index.html is missing: run \`${command}\` first (npm run bench does both).`);
  }
  const suites = selectedSuites(process.argv.slice(2));
  const server = await startStaticServer([
    { prefix: '/web/', root: WEB_DIR },
    { prefix: '/bench/', root: BENCH_DIR },
  ]);
  const browser = await launchChromium();
  log(`Chromium ${browser.version()}, serving on ${server.origin}`);
  logMachineLoad('before');
  let station: Promise<BigStation> | undefined;
  // The big station lives in a profile on disk, as a keeper's browser keeps it, so P3 can start cold from it.
  const stationDir = await newProfileDir();
  const urls = {
    harnessUrl: `${server.origin}/bench/index.html`,
    webUrl: (route: string) => `${server.origin}/web/index.html#${route}`,
    probesPath: PROBES_PATH,
  };
  const env: BenchEnv = {
    browser,
    origin: server.origin,
    ...urls,
    bigStation: () => (station ??= createBigStation(browser, urls, log, undefined, stationDir)),
    deadline: started + TOTAL_BUDGET_MS,
    log,
  };

  const measurements: Measurement[] = [];
  try {
    for (const suite of suites) measurements.push(...(await runSuite(suite, env)));
  } finally {
    // A station that could not be made was reported by the suite that asked for it; here it is only closed.
    await station?.then((s) => s.close()).catch(() => undefined);
    await removeProfileDir(stationDir);
    await browser.close();
    await server.close();
  }

  logMachineLoad('after');
  console.log(`\n${formatTable(measurements)}\n`);
  const entries: BenchResults = {};
  // Every id this run was asked for is written, null when it failed: never an older run's value.
  for (const m of measurements) entries[m.id] = { value: m.value, unit: m.unit, target: m.target };
  mergeResults(entries);
  const failed = measurements.filter((m) => m.value === null).length;
  log(`wrote ${Object.keys(entries).length} results (${failed} not measured, written as null) to ${RESULTS_PATH}`);
  return measurements.every((m) => verdictOf(m) === 'pass') ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
