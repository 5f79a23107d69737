import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page, Request } from 'playwright-core';
import { provisionCity, type ProvisionedCity } from '../integration/support/cityProvision';
import { startCouchServer } from '../integration/support/couchServer';
import { startStaticServer } from '../e2e/support/staticServer';
import { launchProfile, newProfileDir, removeProfileDir } from './profiles';
import { browserFacingUrl, onHarness, PULL_STATION, seedStation, targetOf, warmUp } from './suites/sync';
import type { Span, SpansWindow } from './harness/spansApi';
import { joinInApp } from './syncInApp';

/**
 * Where the app's first pull of a big station spends its time: P1's join (20,000 records, a fresh profile
 * on disk in a browser of its own), with V8's sampling profiler on the page and the page's own record of
 * when a request or an IndexedDB write transaction was open. Not a benchmark figure: a breakdown to look at.
 *
 *   npx vite build --config vite.web.config.ts --minify false --sourcemap --outDir ../out/web-profile
 *   npx vite build --config tests/bench/vite.bench.config.ts
 *   COUCHDB_URL=… npx tsx tests/bench/pullProfile.ts [joins]
 *
 * The unminified build keeps function names, and its source maps tell each frame's module, so time is
 * told by module as well as by function.
 */

const WEB_DIR = fileURLToPath(new URL('../../out/web-profile/', import.meta.url));
const BENCH_DIR = fileURLToPath(new URL('../../out/bench/', import.meta.url));
const SPANS_PATH = `${BENCH_DIR}spans.js`;
const PROBES_PATH = `${BENCH_DIR}probes.js`;
const SAMPLING_US = 500;
const TOP = 25;

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Source maps of the built files, by file name: they tell which source module a profiled frame is in. */
function sourceMapsOf(dir: string): Map<string, SourceMap> {
  const maps = new Map<string, SourceMap>();
  const assets = `${dir}assets/`;
  for (const name of readdirSync(assets).filter((n) => n.endsWith('.js.map'))) {
    maps.set(name.slice(0, -'.map'.length), new SourceMap(JSON.parse(readFileSync(`${assets}${name}`, 'utf8')) as SourceMapPayload));
  }
  return maps;
}

/** A module path folded to what it is: a package, or a folder of the app. */
function groupOf(region: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(region);
  if (pkg?.[1]) return pkg[1];
  const app = /src-renderer\/(.+)$/.exec(region);
  if (app?.[1]) return `app: ${app[1]}`;
  return region;
}

function addTo(map: Map<string, number>, key: string, ms: number): void {
  map.set(key, (map.get(key) ?? 0) + ms);
}

function top(map: Map<string, number>, total: number, n: number): string {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([key, ms]) => `  ${String(Math.round(ms)).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${key}`)
    .join('\n');
}

/** Marks, per whole ms of [from, to), whether any span covers it. */
function coverage(spans: readonly Span[], from: number, to: number): Uint8Array {
  const covered = new Uint8Array(Math.max(0, Math.ceil(to - from)));
  for (const [start, end] of spans) {
    for (let t = Math.max(0, Math.floor(start - from)); t < Math.min(covered.length, Math.ceil(end - from)); t++) covered[t] = 1;
  }
  return covered;
}

interface JoinProfile {
  ms: number;
  report: string;
}

async function profileJoin(page: Page, session: CDPSession, profileStartedAt: number, chosenAt: number, shownAt: number, maps: Map<string, SourceMap>): Promise<string> {
  const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  const spans = await page.evaluate(() => (globalThis as unknown as SpansWindow).pullProfileSpans);
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const moduleOf = (frame: CallFrame): string => {
    if (frame.url === '') return frame.functionName || '(native)';
    const file = frame.url.split('/').pop() ?? '';
    const entry = maps.get(file)?.findEntry(frame.lineNumber, frame.columnNumber);
    return groupOf(entry && 'originalSource' in entry ? entry.originalSource : file);
  };

  const selfByModule = new Map<string, number>();
  const selfByFunction = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const from = chosenAt;
  const busy = new Uint8Array(Math.ceil(shownAt - from));
  let at = profileStartedAt;
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const deltaMs = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    at += (profile.timeDeltas[i] ?? 0) / 1000;
    if (at < from || at > shownAt) continue;
    const node = nodes.get(profile.samples[i] ?? -1);
    if (!node) continue;
    const name = node.callFrame.functionName;
    if (name === '(idle)') continue;
    total += deltaMs;
    for (let t = Math.floor(at - from); t < Math.min(busy.length, Math.ceil(at + deltaMs - from)); t++) busy[t] = 1;
    addTo(selfByModule, moduleOf(node.callFrame), deltaMs);
    addTo(selfByFunction, `${name || '(anonymous)'} [${moduleOf(node.callFrame)}:${node.callFrame.lineNumber + 1}]`, deltaMs);
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const frame = nodes.get(id)?.callFrame;
      if (!frame?.functionName || frame.functionName.startsWith('(')) continue;
      const key = `${frame.functionName} [${moduleOf(frame)}]`;
      if (seen.has(key)) continue;
      seen.add(key);
      addTo(inclusive, key, deltaMs);
    }
  }

  const wall = shownAt - from;
  const fetching = coverage(spans.fetches, from, shownAt);
  const writing = coverage(spans.idbWrites, from, shownAt);
  const reading = coverage(spans.idbReads, from, shownAt);
  const split = { busy: 0, idleServer: 0, idleIdbWrite: 0, idleIdbRead: 0, idleServerAndIdb: 0, idleNothing: 0, busyWhileFetching: 0, busyWhileWriting: 0 };
  for (let t = 0; t < busy.length; t++) {
    const idb = writing[t] === 1 || reading[t] === 1;
    if (busy[t] === 1) {
      split.busy++;
      if (fetching[t] === 1) split.busyWhileFetching++;
      if (writing[t] === 1) split.busyWhileWriting++;
    } else if (fetching[t] === 1 && idb) split.idleServerAndIdb++;
    else if (fetching[t] === 1) split.idleServer++;
    else if (writing[t] === 1) split.idleIdbWrite++;
    else if (reading[t] === 1) split.idleIdbRead++;
    else split.idleNothing++;
  }
  const pct = (ms: number) => `${Math.round(ms)} ms (${((100 * ms) / wall).toFixed(0)}%)`;
  const sum = (list: readonly Span[]) => list.reduce((s, [a, b]) => s + Math.max(0, Math.min(b, shownAt) - Math.max(a, from)), 0);
  return [
    `wall ${Math.round(wall)} ms from the file chosen to home showing every volunteer with 已同步`,
    `main thread running: ${pct(split.busy)} (of it ${Math.round(split.busyWhileFetching)} ms with a request open, ${Math.round(split.busyWhileWriting)} ms with an IndexedDB write open); samples in JS and native: ${Math.round(total)} ms`,
    `main thread idle while: only requests open ${pct(split.idleServer)}; requests and IndexedDB ${pct(split.idleServerAndIdb)}; only IndexedDB writes ${pct(split.idleIdbWrite)}; only IndexedDB reads ${pct(split.idleIdbRead)}; nothing open (timers, frames) ${pct(split.idleNothing)}`,
    `requests: ${spans.fetches.length}, open ${Math.round(sum(spans.fetches))} ms summed; IndexedDB write transactions: ${spans.idbWrites.length}, open ${Math.round(sum(spans.idbWrites))} ms summed; read transactions: ${spans.idbReads.length}, ${Math.round(sum(spans.idbReads))} ms summed`,
    `records written, by IndexedDB store: ${Object.entries(spans.puts)
      .sort((a, b) => b[1] - a[1])
      .map(([store, n]) => `${store} ${n}`)
      .join(', ')}`,
    `self time by module:\n${top(selfByModule, wall, TOP)}`,
    `self time by function:\n${top(selfByFunction, wall, TOP)}`,
    `inclusive time by function:\n${top(inclusive, wall, TOP * 2)}`,
  ].join('\n');
}

async function main(): Promise<void> {
  for (const dir of [WEB_DIR, BENCH_DIR]) if (!existsSync(`${dir}index.html`)) throw new Error(`${dir}index.html is missing: build it first (see the comment at the top)`);
  const joins = Number(process.argv[2] ?? '2');
  const maps = sourceMapsOf(WEB_DIR);
  const web = await startStaticServer([
    { prefix: '/web/', root: WEB_DIR },
    { prefix: '/bench/', root: BENCH_DIR },
  ]);
  const server = await startCouchServer();
  let city: ProvisionedCity | null = null;
  try {
    city = await provisionCity(server, [PULL_STATION]);
    const station = city.stations[PULL_STATION];
    if (!station) throw new Error('provisioning gave no set-up file');
    const { url } = await browserFacingUrl(server, web.origin, station.setup.database);
    const firstDir = await newProfileDir();
    const first = await launchProfile(firstDir);
    await onHarness(first, `${web.origin}/bench/index.html`, 'firstPc', { name: 'profile-first-pc', target: targetOf(station, url), station: station.setup.station, timeoutMs: 60_000 }).finally(
      async () => {
        await first.close();
        await removeProfileDir(firstDir);
      },
    );
    const seeded = await seedStation(server, station);
    await warmUp(server, station);
    console.log(`${server.real ? 'Apache CouchDB' : 'the stand-in'}; seeded ${seeded.records} records`);

    const results: JoinProfile[] = [];
    for (let j = 0; j < joins; j++) {
      const dir = await newProfileDir();
      const context = await launchProfile(dir);
      try {
        await context.addInitScript({ path: SPANS_PATH });
        let session: CDPSession | null = null;
        let profileStartedAt = 0;
        let appPage: Page | null = null;
        const requests: Request[] = [];
        context.on('requestfinished', (r) => requests.push(r));
        const joined = await joinInApp(context, { appUrl: `${web.origin}/web/index.html#/`, probesPath: PROBES_PATH }, station.file, {
          registeredVolunteers: seeded.activeVolunteers,
          timeoutMs: 300_000,
          async beforeChoosing(page) {
            appPage = page;
            session = await context.newCDPSession(page);
            await session.send('Profiler.enable');
            await session.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
            const before = await page.evaluate(() => performance.now());
            await session.send('Profiler.start');
            const after = await page.evaluate(() => performance.now());
            profileStartedAt = (before + after) / 2;
          },
        });
        const page: Page | null = appPage;
        const cdp: CDPSession | null = session;
        if (!page || !cdp) throw new Error('the profiler never attached');
        const chosenAt = await (page as Page).evaluate(() => (globalThis as unknown as { stationBenchProbes: { fileChosenAt(): number | null } }).stationBenchProbes.fileChosenAt());
        if (chosenAt === null) throw new Error('no file chosen');
        const report = await profileJoin(page, cdp, profileStartedAt, chosenAt, chosenAt + joined.ms, maps);
        const changes = requests.filter((r) => r.url().includes('/_all_docs') || r.url().includes('/_changes')).length;
        results.push({ ms: joined.ms, report: `${report}\n_all_docs/_changes requests seen by the browser: ${changes}` });
        console.log(`\n=== join ${j + 1} ===\n${results.at(-1)?.report ?? ''}`);
      } finally {
        await context.close();
        await removeProfileDir(dir);
      }
    }
  } finally {
    await city?.cleanUp();
    await server.stop();
    await web.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
