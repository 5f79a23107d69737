import { availableParallelism, loadavg } from 'node:os';
import type { BrowserContext, Request } from 'playwright-core';
import { provisionCity, type ProvisionedCity, type ProvisionedStation } from '../../integration/support/cityProvision';
import { startCouchServer } from '../../integration/support/couchServer';
import { PUSH_BATCH_SIZE } from '../../../src-renderer/sync/constants';
import type { SlowLinkBenchWindow, SlowLinkPrepared, SlowLinkPrepareOptions, SlowLinkSyncOptions, SlowLinkTiming } from '../harness/slowLinkApi';
import { launchProfile, newProfileDir, removeProfileDir } from '../profiles';
import { median, round } from '../stats';
import type { BenchSuite, Measurement } from '../types';
import { browserFacingUrl, targetOf } from './sync';

/**
 * A link as Chromium's network emulation (CDP Network.emulateNetworkConditions) makes it: bytes per second
 * each way and the least time from a request sent to its answer's headers. It throttles every request of
 * the page's network stack, the app's XMLHttpRequest and fetch and PouchDB's fetch alike.
 */
interface Link {
  key: 'gprs' | 'fast3g';
  label: string;
  latency: number;
  downloadThroughput: number;
  uploadThroughput: number;
}

/** The issue's GPRS-class link, in kB/s as it says (DevTools' old "GPRS" preset was the same figures in kbit/s). */
const GPRS: Link = { key: 'gprs', label: 'GPRS (50 kB/s down, 20 kB/s up, 500 ms)', latency: 500, downloadThroughput: 50_000, uploadThroughput: 20_000 };
/**
 * Chrome DevTools' "Fast 3G" (named "Slow 4G" in newer DevTools): 1.6 Mbit/s × 0.9 down, 750 kbit/s × 0.9
 * up, 150 ms × 3.75 latency, the figures DevTools itself passes. Not "Regular 3G" (250 kbit/s up): 60
 * photos would take over 8 minutes a side there, and the GPRS runs already show the slowest link.
 */
const FAST_3G: Link = { key: 'fast3g', label: 'Fast 3G (DevTools: 180 kB/s down, 84.4 kB/s up, 562.5 ms)', latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 };

/** A month of a station's work: 10 new volunteers and 30 activities (participants drawn from those ten). */
const MONTH = { seed: 2_024, volunteers: 10, activities: 30, participantsPerActivity: 6 };
const PHOTO_SEED = 1_600;
const MONTH_PHOTOS = 60;
/**
 * Photos over GPRS: a sample, once. The month's 60 photos are about 15 MB; at 20 kB/s that is about 12
 * minutes a run, for each side, so the whole month goes over the 3G link and a sample of it over GPRS,
 * where the bound is the same (time against the photos' bytes at the emulated rate).
 */
const GPRS_PHOTOS = 12;
/**
 * PouchDB's photos over 3G: the first 20 of the same 60, once. It sends attachments as base64 inside JSON
 * (a third more bytes), so all 60 took it about 7 minutes, which the suite's budget cannot hold beside the
 * rest; its rate per byte is what is compared, and 20 photos (about 5 MB) show it.
 */
const POUCH_PHOTOS = 20;
/** Rounds of the records comparison on each link; which side goes first alternates. */
const ROUNDS = 3;
const WRITE_CHUNK = 50;
const HARNESS_READY_TIMEOUT_MS = 30_000;
/** The records' bound on GPRS (the issue's 3 minutes); a run is given more, so a slow one is still measured. */
const RECORDS_BOUND_S = 180;
const RECORDS_TIMEOUT_MS = 300_000;
/** PouchDB tuned as the app is: PUSH_BATCH_SIZE records a request, one photo a request (photos/sync/upload.ts). */
const POUCH = { recordBatch: PUSH_BATCH_SIZE, photoBatch: 1, batchesLimit: 10 };

const IDS = [
  { id: 'P10', what: 'a month (10 volunteers, 30 activities) pushed over emulated GPRS: app / PouchDB replicate.to, medians', unit: 'ratio', target: 0.5 },
  { id: 'P10t', what: 'the same month\'s records over emulated GPRS, app median', unit: 's', target: RECORDS_BOUND_S },
  { id: 'P10f', what: 'the month\'s records over emulated Fast 3G: app / PouchDB replicate.to, medians', unit: 'ratio', target: 0.5 },
  { id: 'P10p', what: `the month's ${MONTH_PHOTOS} photos over emulated Fast 3G, after the records: time / (their bytes at the upload rate)`, unit: 'ratio', target: 1.2 },
  { id: 'P10g', what: `${GPRS_PHOTOS} of the photos over emulated GPRS, after the records: time / (their bytes at the upload rate)`, unit: 'ratio', target: 1.2 },
] as const;

function load(): string {
  const [oneMinute = 0] = loadavg();
  return `load ${oneMinute.toFixed(1)}/${availableParallelism()}`;
}

function spread(samples: readonly number[], unit = 'ms'): string {
  return `median ${round(median(samples))} ${unit} (${samples.map((s) => round(s)).join(', ')}; range ${round(Math.min(...samples))}–${round(Math.max(...samples))})`;
}

interface Run {
  prepared: SlowLinkPrepared;
  timing: SlowLinkTiming;
  /**
   * Request headers and bodies the page sent to the server, bytes, as Playwright sees them: the app's
   * photo uploads are XMLHttpRequest Blob bodies, which it does not count, so this is PouchDB's photos only.
   */
  upBytes: number;
  requests: number;
}

/** Counts the request bodies sent to the server while `work` runs. */
async function countedUp<R>(context: BrowserContext, serverUrl: string, work: () => Promise<R>): Promise<{ result: R; upBytes: number; requests: number }> {
  const sizes: Promise<void>[] = [];
  let upBytes = 0;
  let requests = 0;
  const onFinished = (request: Request) => {
    if (!request.url().startsWith(serverUrl)) return;
    requests += 1;
    sizes.push(request.sizes().then((s) => void (upBytes += s.requestBodySize + s.requestHeadersSize)));
  };
  context.on('requestfinished', onFinished);
  try {
    const result = await work();
    return { result, upBytes, requests };
  } finally {
    context.off('requestfinished', onFinished);
    await Promise.all(sizes);
  }
}

/**
 * One PC (a fresh profile and browser process, as in the sync suite): the month written offline on an
 * unthrottled page, then the link emulated on that page, then the records and photos sent over it.
 */
async function runOnce(harnessUrl: string, serverUrl: string, link: Link, prepare: SlowLinkPrepareOptions, sync: SlowLinkSyncOptions): Promise<Run> {
  const dir = await newProfileDir();
  const pc = await launchProfile(dir);
  try {
    const page = await pc.newPage();
    await page.goto(harnessUrl);
    await page.locator('body[data-ready="true"]').waitFor({ state: 'attached', timeout: HARNESS_READY_TIMEOUT_MS });
    const prepared = await page.evaluate((o) => (globalThis as unknown as SlowLinkBenchWindow).stationSlowLinkBench.prepare(o), prepare);
    const cdp = await pc.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: link.latency,
      downloadThroughput: link.downloadThroughput,
      uploadThroughput: link.uploadThroughput,
    });
    const { result: timing, upBytes, requests } = await countedUp(pc, serverUrl, () =>
      page.evaluate((o) => (globalThis as unknown as SlowLinkBenchWindow).stationSlowLinkBench.sync(o), sync),
    );
    // The emulation holds every request at least its latency; a probe faster than that means it was not applied.
    if (timing.probeMs < link.latency * 0.9) throw new Error(`the emulated link was not applied: a GET took ${round(timing.probeMs)} ms, under its ${link.latency} ms latency`);
    return { prepared, timing, upBytes, requests };
  } finally {
    await pc.close();
    await removeProfileDir(dir);
  }
}

/** Time over the photos' own bytes at the emulated upload rate: 1 is the link's physics, 1.2 the bound. */
function photoRatio(run: Run, link: Link): number {
  const physicsMs = (run.prepared.fullBytes / link.uploadThroughput) * 1000;
  return round((run.timing.photosMs ?? Number.NaN) / physicsMs, 2);
}

function describePhotos(run: Run, link: Link, side: string): string {
  const { prepared: p, timing: t } = run;
  const seconds = (t.photosMs ?? 0) / 1000;
  const physics = p.fullBytes / link.uploadThroughput;
  const keeper = t.keeper
    ? `; meanwhile the header showed ${t.keeper.phases.join('/')} with at most ${t.keeper.maxPending} waiting, the photo tags moved ${t.keeper.progressChanges} times ` +
      `(first after ${round((t.keeper.firstMoveMs ?? Number.NaN) / 1000)} s, longest still ${round(t.keeper.longestStillMs / 1000)} s), at most ${t.keeper.mostSendingAtOnce} photo(s) sending at once, ` +
      `${t.keeper.recordRuns} record runs in between`
    : '';
  return (
    `${side}: ${p.photos} photos of ${round(p.fullBytes / 1e6, 2)} MB (${round(p.smallest / 1000)}–${round(p.largest / 1000)} kB each, thumbnails ${round(p.thumbBytes / 1000)} kB more) ` +
    `in ${round(seconds)} s after the records (the link's physics: ${round(physics)} s), ${round(p.fullBytes / 1000 / seconds)} kB/s of photo bytes, ` +
    `${run.requests} requests in all${t.keeper ? '' : `, ${round(run.upBytes / 1e6, 2)} MB sent`}${keeper}`
  );
}

/** P10: the month over emulated slow links, the app's sync against PouchDB's replication of the same documents and files. */
export const slowLinkSuite: BenchSuite = {
  name: 'a month over emulated slow links (GPRS, Fast 3G) against PouchDB',
  ids: IDS,
  budgetMs: 1_320_000,
  async run(env) {
    const server = await startCouchServer();
    env.log(server.real ? `on Apache CouchDB at ${server.url}` : 'COUCHDB_URL is not set: on the stand-in (pouchdb-server), which proves less');
    const recordCodes = [GPRS, FAST_3G].flatMap((link) => Array.from({ length: ROUNDS }, (_, r) => [`BENCH-LINK-${link.key}-APP-${r}`, `BENCH-LINK-${link.key}-POUCH-${r}`]).flat());
    const photoCodes = ['BENCH-LINK-PHOTO-fast3g-APP', 'BENCH-LINK-PHOTO-fast3g-POUCH', 'BENCH-LINK-PHOTO-gprs-APP'];
    let city: ProvisionedCity | null = null;
    try {
      city = await provisionCity(server, [...recordCodes.map((c) => c.toUpperCase()), ...photoCodes.map((c) => c.toUpperCase())]);
      const stations = city.stations;
      const stationOf = (code: string): ProvisionedStation => {
        const station = stations[code.toUpperCase()];
        if (!station) throw new Error(`provisioning gave no set-up file for ${code}`);
        return station;
      };
      const first = stationOf(recordCodes[0] ?? '');
      const { url, note: route } = await browserFacingUrl(server, env.origin, first.setup.database);
      env.log(`browser talks to the server ${route}`);

      const once = (side: 'app' | 'pouch', code: string, link: Link, photos: number, round: number) => {
        const station = stationOf(code);
        return runOnce(
          env.harnessUrl,
          url,
          link,
          { side, name: `bench-link-${side}-${round}`, station: station.setup.station, records: MONTH, photos: { seed: PHOTO_SEED, count: photos }, chunkSize: WRITE_CHUNK },
          {
            target: targetOf(station, url),
            recordsTimeoutMs: RECORDS_TIMEOUT_MS,
            // Twice the photos' physics (PouchDB sends them as base64, a third more) and a minute for round trips.
            photosTimeoutMs: Math.ceil((photos * 400_000 * 2) / link.uploadThroughput) * 1000 + 60_000,
            pouch: POUCH,
          },
        );
      };

      const recordRatios = new Map<Link['key'], { apps: number[]; pouches: number[] }>();
      for (const link of [GPRS, FAST_3G]) {
        const apps: number[] = [];
        const pouches: number[] = [];
        for (let r = 0; r < ROUNDS; r++) {
          const order = r % 2 === 0 ? (['app', 'pouch'] as const) : (['pouch', 'app'] as const);
          for (const side of order) {
            const run = await once(side, `BENCH-LINK-${link.key}-${side === 'app' ? 'APP' : 'POUCH'}-${r}`, link, 0, r);
            (side === 'app' ? apps : pouches).push(run.timing.recordsMs);
            env.log(
              `P10 ${link.key} round ${r + 1}: ${side === 'app' ? 'app' : 'PouchDB'} ${round(run.timing.recordsMs)} ms for ${run.prepared.records} records ` +
                `(${run.prepared.recordBytes} JSON bytes; ${run.requests} requests, ${run.upBytes} bytes up; probe GET ${round(run.timing.probeMs)} ms) — ${load()}`,
            );
          }
        }
        recordRatios.set(link.key, { apps, pouches });
      }

      const photoRuns: { link: Link; side: 'app' | 'pouch'; run: Run }[] = [];
      for (const [link, side, count, code] of [
        [FAST_3G, 'app', MONTH_PHOTOS, photoCodes[0]],
        [FAST_3G, 'pouch', POUCH_PHOTOS, photoCodes[1]],
        [GPRS, 'app', GPRS_PHOTOS, photoCodes[2]],
      ] as const) {
        const run = await once(side, code ?? '', link, count, 9);
        photoRuns.push({ link, side, run });
        env.log(`P10 photos ${link.key} ${side === 'app' ? 'app' : 'PouchDB'}: records ${round(run.timing.recordsMs)} ms, ${describePhotos(run, link, side)}; ratio ${photoRatio(run, link)} — ${load()}`);
      }

      const serverKind = server.real ? 'Apache CouchDB' : 'the stand-in';
      const recordsOf = (link: Link) => {
        const got = recordRatios.get(link.key);
        if (!got) throw new Error(`no records rounds on ${link.key}`);
        return got;
      };
      const gprs = recordsOf(GPRS);
      const fast = recordsOf(FAST_3G);
      const photoOf = (link: Link, side: 'app' | 'pouch') => {
        const found = photoRuns.find((p) => p.link === link && p.side === side);
        if (!found) throw new Error(`no photo run ${link.key} ${side}`);
        return found.run;
      };
      const appFast = photoOf(FAST_3G, 'app');
      const pouchFast = photoOf(FAST_3G, 'pouch');
      const appGprs = photoOf(GPRS, 'app');
      const recordNote = (link: Link, got: { apps: number[]; pouches: number[] }) =>
        `${link.label}: app (connect, its connection test, push, the pull after it) ${spread(got.apps)}; PouchDB (replicate.to alone, batch_size ${POUCH.recordBatch}) ${spread(got.pouches)}; ` +
        `${ROUNDS} alternating rounds, every run a fresh profile and browser; ${serverKind}`;
      const results: Measurement[] = [
        { ...IDS[0], value: round(median(gprs.apps) / median(gprs.pouches), 2), note: recordNote(GPRS, gprs) },
        { ...IDS[1], value: round(median(gprs.apps) / 1000, 1), note: `${GPRS.label}: app ${spread(gprs.apps.map((ms) => ms / 1000), 's')}` },
        { ...IDS[2], value: round(median(fast.apps) / median(fast.pouches), 2), note: recordNote(FAST_3G, fast) },
        {
          ...IDS[3],
          value: photoRatio(appFast, FAST_3G),
          note: `${FAST_3G.label}, each once (PouchDB on the first ${POUCH_PHOTOS}): ${describePhotos(appFast, FAST_3G, 'app')}; ${describePhotos(pouchFast, FAST_3G, 'PouchDB (batch_size 1, attachments as base64)')}, ratio ${photoRatio(pouchFast, FAST_3G)}; ${serverKind}`,
        },
        {
          ...IDS[4],
          value: photoRatio(appGprs, GPRS),
          note: `${GPRS.label}, once, ${GPRS_PHOTOS} of the ${MONTH_PHOTOS} (all 60 would take about 12 minutes a run): ${describePhotos(appGprs, GPRS, 'app')}; ${serverKind}`,
        },
      ];
      return results;
    } finally {
      await city?.cleanUp();
      await server.stop();
    }
  },
};
