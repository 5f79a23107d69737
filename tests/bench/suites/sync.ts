import type { BrowserContext, Request } from 'playwright-core';
import { couchRequest } from '../../integration/support/couchHttp';
import { provisionCity, type ProvisionedCity, type ProvisionedStation } from '../../integration/support/cityProvision';
import { startCouchServer, type CouchServer } from '../../integration/support/couchServer';
import type { StationSyncBench, SyncBenchWindow, SyncTarget, SyncTiming } from '../harness/syncApi';
import { asCouchDoc, buildSyncRecords } from '../harness/syncDocs';
import { PULL_PAGE_SIZE, PUSH_BATCH_SIZE } from '../../../src-renderer/sync/constants';
import { launchProfile, newProfileDir, removeProfileDir } from '../profiles';
import { median, round } from '../stats';
import { pushInApp } from '../pushInApp';
import { joinInApp } from '../syncInApp';
import type { BenchSuite, Measurement } from '../types';

export const PULL_STATION = 'BENCH-SYNC-PULL';
export const PULL_RECORDS = { seed: 31_337, volunteers: 4_000, activities: 16_000, participantsPerActivity: 10 };
const PUSH_RECORDS = { seed: 4_711, volunteers: 500, activities: 500, participantsPerActivity: 10 };
const SEED_BATCH = 250;
const WRITE_CHUNK = 100;
const HARNESS_READY_TIMEOUT_MS = 30_000;
/** Rounds of each comparison; which side runs first alternates from round to round. */
const ROUNDS = 3;
/**
 * PouchDB tuned as the app is (constants.ts): the app pulls pages of PULL_PAGE_SIZE changes and pushes
 * PUSH_BATCH_SIZE documents a request; PouchDB gets the same batch sizes (its default is 100), and its
 * default 10 batches in hand, which is more read-ahead than the app's one page.
 */
const POUCH_PULL = { batchSize: PULL_PAGE_SIZE, batchesLimit: 10 };
const POUCH_PUSH = { batchSize: PUSH_BATCH_SIZE, batchesLimit: 10 };

const IDS = [
  { id: 'P1', what: 'a second PC joins a station of 20,000 records in the real app, until home shows them all and 已同步: app / PouchDB replicate.from, medians', unit: 'ratio', target: 0.5 },
  { id: 'P1L', what: 'initial pull: app median / the same records written straight into IndexedDB (the floor)', unit: 'ratio', target: 3 },
  { id: 'P2', what: 'push of 1,000 records written offline, in the real app until the header shows 已同步 and 0 waiting: app / PouchDB replicate.to, medians', unit: 'ratio', target: 0.5 },
  { id: 'P6', what: 'bytes on the wire (headers and bodies, every request of the join) / the records\' JSON size, uncompressed', unit: 'ratio', target: 1.3 },
] as const;

const EVERY_RUN = 'IndexedDB on disk, every run a fresh profile and browser';

const pushStation = (side: 'APP' | 'POUCH', round: number) => `BENCH-SYNC-PUSH-${side}-${round}`;

export function targetOf(station: ProvisionedStation, serverUrl: string): SyncTarget {
  return { serverUrl, database: station.setup.database, username: station.auth.username, password: station.auth.password };
}

/** The guard must answer the browser's CORS preflight; until it does, the browser talks to pouchdb-server. */
export async function browserFacingUrl(server: CouchServer, origin: string, database: string): Promise<{ url: string; note: string }> {
  const response = await fetch(`${server.url}/${database}/_changes`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
  }).catch((error: unknown) => {
    throw new Error(`the CORS preflight probe got no answer: ${String(error instanceof Error ? (error.cause ?? error.message) : error)}`);
  });
  if (response.ok && response.headers.get('access-control-allow-origin') !== null) return { url: server.url, note: server.real ? 'directly (CORS on)' : 'through the guard' };
  return { url: server.upstreamUrl, note: `guard refused the CORS preflight (HTTP ${response.status}): straight to pouchdb-server` };
}

export interface Seeded {
  records: number;
  jsonBytes: number;
  /** Volunteers the home page counts as registered (active ones). */
  activeVolunteers: number;
}

export async function seedStation(server: CouchServer, station: ProvisionedStation): Promise<Seeded> {
  const { volunteers, activities } = buildSyncRecords({ ...PULL_RECORDS, stationId: station.setup.station.code, deviceId: 'pc-seed-01' });
  const records = [...volunteers, ...activities];
  for (let i = 0; i < records.length; i += SEED_BATCH) {
    const docs = records.slice(i, i + SEED_BATCH).map(asCouchDoc);
    const answer = await couchRequest(server.url, 'POST', `/${station.setup.database}/_bulk_docs`, { auth: server.admin, body: { docs } }).catch(
      (error: unknown) => {
        throw new Error(`seeding got no answer: ${String(error instanceof Error ? (error.cause ?? error.message) : error)}`);
      },
    );
    const refused = Array.isArray(answer.body) ? answer.body.filter((r: unknown) => typeof r === 'object' && r !== null && 'error' in r).length : -1;
    if (answer.status !== 201 || refused !== 0) throw new Error(`seeding ${station.setup.database} failed: HTTP ${answer.status}, ${refused} refused`);
  }
  return {
    records: records.length,
    jsonBytes: records.reduce((sum, r) => sum + Buffer.byteLength(JSON.stringify(r), 'utf8'), 0),
    activeVolunteers: volunteers.filter((v) => v.active).length,
  };
}

/**
 * CouchDB reads a freshly written database from disk the first time. One unmeasured read of it all, by
 * id (the app's first load) and by change (PouchDB's replication), so whichever side goes first in round
 * one does not pay for the server's cold files.
 */
export async function warmUp(server: CouchServer, station: ProvisionedStation): Promise<void> {
  for (const path of ['_all_docs?include_docs=true', '_changes?style=all_docs&include_docs=true']) {
    const answer = await couchRequest(server.url, 'GET', `/${station.setup.database}/${path}`, { auth: server.admin });
    if (answer.status !== 200) throw new Error(`warming the server up with ${path} failed: HTTP ${answer.status}`);
  }
}

/** Runs one bench method on a harness page of `context`, then closes the page. */
export async function onHarness<K extends keyof StationSyncBench>(
  context: BrowserContext,
  harnessUrl: string,
  method: K,
  options: Parameters<StationSyncBench[K]>[0],
): Promise<SyncTiming> {
  const page = await context.newPage();
  try {
    await page.goto(harnessUrl);
    await page.locator('body[data-ready="true"]').waitFor({ state: 'attached', timeout: HARNESS_READY_TIMEOUT_MS });
    return await page.evaluate(
      ({ method: m, options: o }) => ((globalThis as unknown as SyncBenchWindow).stationSyncBench[m] as (o: unknown) => Promise<SyncTiming>)(o),
      { method, options },
    );
  } finally {
    await page.close();
  }
}

/** Volunteers and activities the server holds for the station (what a push sent). */
async function serverRecordCount(server: CouchServer, station: ProvisionedStation): Promise<number> {
  let count = 0;
  for (const type of ['volunteer', 'activity']) {
    const range = `start_key=${encodeURIComponent(JSON.stringify(`${type}:`))}&end_key=${encodeURIComponent(JSON.stringify(`${type}:\ufff0`))}`;
    const answer = await couchRequest(server.url, 'GET', `/${station.setup.database}/_all_docs?${range}`, { auth: server.admin });
    const rows: unknown = typeof answer.body === 'object' && answer.body !== null && 'rows' in answer.body ? answer.body.rows : null;
    if (answer.status !== 200 || !Array.isArray(rows)) throw new Error(`counting ${type} records on the server failed: HTTP ${answer.status}`);
    count += rows.length;
  }
  return count;
}

/** Median and range of a side's rounds, every sample kept. */
function spread(samples: readonly number[]): string {
  return `median ${round(median(samples))} ms (${round(Math.min(...samples))}–${round(Math.max(...samples))} ms, ${samples.length} rounds)`;
}

/** Runs the two sides of one comparison ROUNDS times, alternating which goes first. */
async function alternate(log: (m: string) => void, what: string, app: (r: number) => Promise<SyncTiming>, anchor: (r: number) => Promise<SyncTiming>) {
  const apps: number[] = [];
  const anchors: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 === 0 ? (['app', 'anchor'] as const) : (['anchor', 'app'] as const);
    for (const side of order) {
      const timing = side === 'app' ? await app(r) : await anchor(r);
      (side === 'app' ? apps : anchors).push(timing.ms);
      log(`${what} round ${r + 1}: ${side === 'app' ? 'app' : 'PouchDB'} ${round(timing.ms)} ms, ${timing.docs} docs${timing.runs > 1 ? `, ${timing.runs} runs` : ''}`);
    }
  }
  return { apps, anchors, ratio: round(median(apps) / median(anchors), 2) };
}

/** P1, P1L, P2, P6: the app's sync against PouchDB's own replication, same server, same data, same Chromium. */
export const syncSuite: BenchSuite = {
  name: 'sync against PouchDB (tuned alike), real IndexedDB',
  ids: IDS,
  budgetMs: 900_000,
  async run(env) {
    const server = await startCouchServer();
    env.log(server.real ? `on Apache CouchDB at ${server.url}` : 'COUCHDB_URL is not set: on the stand-in (pouchdb-server), which proves less');
    const pushCodes = Array.from({ length: ROUNDS }, (_, r) => [pushStation('APP', r), pushStation('POUCH', r)]).flat();
    let city: ProvisionedCity | null = null;
    try {
      city = await provisionCity(server, [PULL_STATION, ...pushCodes]);
      const { stations } = city;
      const pullStation = stations[PULL_STATION];
      if (!pullStation) throw new Error('provisioning gave no set-up file');
      const stationOf = (code: string) => {
        const station = stations[code];
        if (!station) throw new Error(`provisioning gave no set-up file for ${code}`);
        return station;
      };
      const { url, note: route } = await browserFacingUrl(server, env.origin, pullStation.setup.database);
      env.log(`browser talks to the server ${route}`);

      /**
       * Every measurement is a PC of its own: a fresh browser profile on disk, as a keeper's browser keeps
       * its databases (a context in memory would hide IndexedDB's real cost), in a browser process of its
       * own, so no side profits from another's warm process or caches.
       */
      const call = async <K extends keyof StationSyncBench>(method: K, options: Parameters<StationSyncBench[K]>[0]): Promise<SyncTiming> => {
        const dir = await newProfileDir();
        const pc = await launchProfile(dir);
        try {
          return await onHarness(pc, env.harnessUrl, method, options);
        } finally {
          await pc.close();
          await removeProfileDir(dir);
        }
      };

      // The station's first PC sets the profile up and syncs it; the other PCs' records then reach the server.
      await call('firstPc', { name: 'bench-sync-first-pc', target: targetOf(pullStation, url), station: pullStation.setup.station, timeoutMs: 60_000 });
      const seedStarted = Date.now();
      const seeded = await seedStation(server, pullStation);
      env.log(`seeded ${seeded.records} records in ${Date.now() - seedStarted} ms`);
      await warmUp(server, pullStation);

      // P6 is counted over every request of each join (headers and bodies), reported as the median.
      const wire: number[] = [];
      const bodies: number[] = [];
      let requests = 0;
      const counted = async <R>(app: BrowserContext, work: () => Promise<R>): Promise<R> => {
        const sizes: Promise<void>[] = [];
        let bytes = 0;
        let bodyBytes = 0;
        const onFinished = (request: Request) => {
          if (!request.url().startsWith(url)) return;
          requests += 1;
          sizes.push(
            request.sizes().then((s) => {
              bytes += s.requestHeadersSize + s.requestBodySize + s.responseHeadersSize + s.responseBodySize;
              bodyBytes += s.requestBodySize + s.responseBodySize;
            }),
          );
        };
        app.on('requestfinished', onFinished);
        try {
          return await work();
        } finally {
          app.off('requestfinished', onFinished);
          await Promise.all(sizes);
          wire.push(bytes);
          bodies.push(bodyBytes);
        }
      };

      const appProblems: string[] = [];
      const joinOnce = async (): Promise<SyncTiming> => {
        // Each join is a PC of its own, as above, in the real app.
        const appDir = await newProfileDir();
        const app = await launchProfile(appDir);
        try {
          const joined = await counted(app, () =>
            joinInApp(app, { appUrl: env.webUrl('/'), probesPath: env.probesPath }, pullStation.file, { registeredVolunteers: seeded.activeVolunteers, timeoutMs: 180_000 }),
          );
          appProblems.push(...joined.problems);
          return { ms: joined.ms, docs: seeded.records, runs: 1 };
        } finally {
          await app.close();
          await removeProfileDir(appDir);
        }
      };
      const pushProblems: string[] = [];
      const writeTimes: number[] = [];
      /**
       * A PC of its own writes the records offline in the app's own databases; its browser is then closed
       * and started again on that profile (the keeper opens the app another day) to connect and push them.
       */
      const pushOnce = async (station: ProvisionedStation): Promise<SyncTiming> => {
        const dir = await newProfileDir();
        try {
          const writer = await launchProfile(dir);
          const written = await onHarness(writer, env.harnessUrl, 'offlineStation', { station: station.setup.station, records: PUSH_RECORDS, chunkSize: WRITE_CHUNK }).finally(() =>
            writer.close(),
          );
          writeTimes.push(written.ms);
          const app = await launchProfile(dir);
          try {
            const pushed = await pushInApp(app, { appUrl: env.webUrl('/sync'), probesPath: env.probesPath }, station.file, { waiting: written.docs, timeoutMs: 120_000 });
            pushProblems.push(...pushed.problems);
            const onServer = await serverRecordCount(server, station);
            if (onServer !== written.docs) throw new Error(`the server holds ${onServer} of the ${written.docs} records the app showed as sent`);
            return { ms: pushed.ms, docs: written.docs, runs: 1, writeMs: written.ms };
          } finally {
            await app.close();
          }
        } finally {
          await removeProfileDir(dir);
        }
      };

      const pull = await alternate(
        (m) => env.log(m),
        'P1',
        () => joinOnce(),
        (r) => call('pouchPull', { name: `bench-sync-pouch-pull-${r}`, target: targetOf(pullStation, url), tuning: POUCH_PULL }),
      );
      const floors: number[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        const floor = await call('idbFloor', { name: `bench-idb-floor-${r}`, records: { ...PULL_RECORDS, stationId: PULL_STATION }, perTransaction: PULL_PAGE_SIZE });
        floors.push(floor.ms);
        env.log(`P1L round ${r + 1}: ${floor.docs} records straight into IndexedDB in ${round(floor.ms)} ms`);
      }
      const push = await alternate(
        (m) => env.log(m),
        'P2',
        (r) => pushOnce(stationOf(pushStation('APP', r))),
        (r) => {
          const station = stationOf(pushStation('POUCH', r));
          return call('pouchPush', { name: `bench-sync-pouch-push-${r}`, target: targetOf(station, url), records: { ...PUSH_RECORDS, stationId: station.setup.station.code }, chunkSize: WRITE_CHUNK, tuning: POUCH_PUSH });
        },
      );

      const serverKind = server.real ? 'Apache CouchDB' : 'the stand-in';
      const results: Measurement[] = [
        {
          ...IDS[0],
          value: pull.ratio,
          note:
            `app ${spread(pull.apps)}; PouchDB (batch_size ${POUCH_PULL.batchSize}, then a page of volunteers read and drawn) ${spread(pull.anchors)}; ${serverKind}, ${route}; ${EVERY_RUN}` +
            (appProblems.length > 0 ? `; page problems: ${appProblems.slice(0, 3).join(' | ')}` : ''),
        },
        { ...IDS[1], value: round(median(pull.apps) / median(floors), 2), note: `app ${spread(pull.apps)}; IndexedDB alone ${spread(floors)}; ${EVERY_RUN}` },
        {
          ...IDS[2],
          value: push.ratio,
          note:
            `app ${spread(push.apps)} (from the click on 保存并开始同步, with its connection test and the pull after the push; offline writes took ${spread(writeTimes)}, not counted); ` +
            `PouchDB (batch_size ${POUCH_PUSH.batchSize}, replicate.to alone) ${spread(push.anchors)}; ${serverKind}; ${EVERY_RUN}` +
            (pushProblems.length > 0 ? `; page problems: ${pushProblems.slice(0, 3).join(' | ')}` : ''),
        },
        {
          ...IDS[3],
          value: round(median(wire) / seeded.jsonBytes, 2),
          note:
            `${Math.round(requests / ROUNDS)} requests a join, median ${Math.round(median(wire))} bytes (${Math.min(...wire)}–${Math.max(...wire)}), ` +
            `of which bodies ${Math.round(median(bodies))} (${round(median(bodies) / seeded.jsonBytes, 2)}×), for ${seeded.records} records of ${seeded.jsonBytes} JSON bytes, no compression`,
        },
      ];
      return results;
    } finally {
      await city?.cleanUp();
      await server.stop();
    }
  },
};
