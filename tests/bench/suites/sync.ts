import type { Page } from 'playwright-core';
import { newAppContext } from '../../e2e/support/browser';
import { couchRequest } from '../../integration/support/couchHttp';
import { provisionCity, type ProvisionedStation } from '../../integration/support/cityProvision';
import { startCouchServer, type CouchServer } from '../../integration/support/couchServer';
import type { SyncBenchWindow, SyncTarget, SyncTiming } from '../harness/syncApi';
import { asCouchDoc, buildSyncRecords } from '../harness/syncDocs';
import { round } from '../stats';
import type { BenchSuite, Measurement } from '../types';

const PULL_STATION = 'BENCH-SYNC-PULL';
const APP_PUSH_STATION = 'BENCH-SYNC-PUSH-APP';
const POUCH_PUSH_STATION = 'BENCH-SYNC-PUSH-POUCH';
const PULL_RECORDS = { seed: 31_337, volunteers: 4_000, activities: 16_000, participantsPerActivity: 10 };
const PUSH_RECORDS = { seed: 4_711, volunteers: 500, activities: 500, participantsPerActivity: 10 };
const SEED_BATCH = 250;
const WRITE_CHUNK = 100;
const HARNESS_READY_TIMEOUT_MS = 30_000;

const IDS = [
  { id: 'P1', what: 'initial pull of 20,000 records: app time / PouchDB replicate.from time', unit: 'ratio', target: 0.5 },
  { id: 'P2', what: 'push of 1,000 offline records: app time / PouchDB replicate.to time', unit: 'ratio', target: 0.5 },
  { id: 'P6', what: 'bytes on the wire per record / its JSON size (app pull)', unit: 'ratio', target: 1.3 },
] as const;

function targetOf(station: ProvisionedStation, serverUrl: string): SyncTarget {
  return { serverUrl, database: station.setup.database, username: station.auth.username, password: station.auth.password };
}

/** The guard must answer the browser's CORS preflight; until it does, the browser talks to pouchdb-server. */
async function browserFacingUrl(server: CouchServer, origin: string, database: string): Promise<{ url: string; note: string }> {
  const response = await fetch(`${server.url}/${database}/_changes`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
  }).catch((error: unknown) => {
    throw new Error(`the CORS preflight probe got no answer: ${String(error instanceof Error ? (error.cause ?? error.message) : error)}`);
  });
  if (response.ok && response.headers.get('access-control-allow-origin') !== null) return { url: server.url, note: 'through the guard' };
  return { url: server.upstreamUrl, note: `guard refused the CORS preflight (HTTP ${response.status}): straight to pouchdb-server` };
}

async function seedStation(server: CouchServer, station: ProvisionedStation): Promise<{ records: number; jsonBytes: number }> {
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
  return { records: records.length, jsonBytes: records.reduce((sum, r) => sum + Buffer.byteLength(JSON.stringify(r), 'utf8'), 0) };
}

async function openHarness(page: Page, harnessUrl: string): Promise<void> {
  await page.goto(harnessUrl);
  await page.locator('body[data-ready="true"]').waitFor({ state: 'attached', timeout: HARNESS_READY_TIMEOUT_MS });
}

function describe(t: SyncTiming): string {
  return `${round(t.ms)} ms, ${t.docs} docs${t.runs > 1 ? `, ${t.runs} runs` : ''}`;
}

/** P1, P2, P6: the app's sync against PouchDB's own replication, same server, same data, same Chromium. */
export const syncSuite: BenchSuite = {
  name: 'sync against PouchDB (pouchdb-server, real IndexedDB)',
  ids: IDS,
  budgetMs: 290_000,
  async run(env) {
    const server = await startCouchServer();
    const context = await newAppContext(env.browser);
    const city = await provisionCity(server, [PULL_STATION, APP_PUSH_STATION, POUCH_PUSH_STATION]);
    try {
      const pullStation = city.stations[PULL_STATION];
      const appPushStation = city.stations[APP_PUSH_STATION];
      const pouchPushStation = city.stations[POUCH_PUSH_STATION];
      if (!pullStation || !appPushStation || !pouchPushStation) throw new Error('provisioning gave no set-up file');
      const seedStarted = Date.now();
      const seeded = await seedStation(server, pullStation);
      env.log(`seeded ${seeded.records} records in ${Date.now() - seedStarted} ms`);
      const { url, note: route } = await browserFacingUrl(server, env.origin, pullStation.setup.database);
      env.log(`browser talks to the server ${route}`);

      const page = await context.newPage();
      await openHarness(page, env.harnessUrl);
      const bytes = { request: 0, response: 0, requests: 0 };
      const counting = { on: false };
      const sizes: Promise<void>[] = [];
      page.on('requestfinished', (request) => {
        if (!counting.on || !request.url().startsWith(url)) return;
        sizes.push(
          request.sizes().then((s) => {
            bytes.request += s.requestBodySize;
            bytes.response += s.responseBodySize;
            bytes.requests += 1;
          }),
        );
      });

      env.log('P1: app pull…');
      counting.on = true;
      const appPull = await page.evaluate(
        (o) => (globalThis as unknown as SyncBenchWindow).stationSyncBench.appPull(o),
        { name: 'bench-sync-pull', target: targetOf(pullStation, url), station: pullStation.setup.station, expected: seeded.records, timeoutMs: 150_000 },
      );
      counting.on = false;
      await Promise.all(sizes);
      env.log(`P1: app ${describe(appPull)}; PouchDB replicate.from…`);
      const pouchPull = await page.evaluate(
        (o) => (globalThis as unknown as SyncBenchWindow).stationSyncBench.pouchPull(o),
        { name: 'bench-sync-pouch-pull', target: targetOf(pullStation, url) },
      );
      env.log(`P1: PouchDB ${describe(pouchPull)}; P2: app push…`);
      const appPush = await page.evaluate(
        (o) => (globalThis as unknown as SyncBenchWindow).stationSyncBench.appPush(o),
        { name: 'bench-sync-push', target: targetOf(appPushStation, url), station: appPushStation.setup.station, records: PUSH_RECORDS, chunkSize: WRITE_CHUNK, timeoutMs: 60_000 },
      );
      env.log(`P2: app ${describe(appPush)}; PouchDB replicate.to…`);
      const pouchPush = await page.evaluate(
        (o) => (globalThis as unknown as SyncBenchWindow).stationSyncBench.pouchPush(o),
        { name: 'bench-sync-pouch-push', target: targetOf(pouchPushStation, url), records: { ...PUSH_RECORDS, stationId: pouchPushStation.setup.station.code }, chunkSize: WRITE_CHUNK },
      );
      env.log(`P2: PouchDB ${describe(pouchPush)}`);

      const wire = bytes.request + bytes.response;
      const results: Measurement[] = [
        {
          ...IDS[0],
          value: round(appPull.ms / pouchPull.ms, 2),
          note: `app ${describe(appPull)}; PouchDB ${describe(pouchPull)}; ${route}`,
        },
        {
          ...IDS[1],
          value: round(appPush.ms / pouchPush.ms, 2),
          note: `app ${describe(appPush)} (offline writes ${round(appPush.writeMs ?? 0)} ms); PouchDB ${describe(pouchPush)}`,
        },
        {
          ...IDS[2],
          value: round(wire / seeded.jsonBytes, 2),
          note: `${bytes.requests} requests, ${wire} body bytes (${bytes.request} sent) for ${seeded.records} records of ${seeded.jsonBytes} JSON bytes`,
        },
      ];
      return results;
    } finally {
      await context.close();
      await city.cleanUp();
      await server.stop();
    }
  },
};
