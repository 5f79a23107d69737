import { afterAll, beforeAll, expect, it } from 'vitest';
import { asCouchDoc, buildSyncRecords } from '../../bench/harness/syncDocs';
import { startCityServer, type CityServer, type ProvisionedStation } from '../support/cityProvision';
import { couchRequest } from '../support/couchHttp';
import { pcOptions } from './support/serverDocs';
import { openPc, TEST_TIMINGS, type Pc } from './support/stationPc';

const A = 'JN-LX-001';
const ON_SERVER = 300;

let couch: CityServer;
let station: ProvisionedStation;

beforeAll(async () => {
  couch = await startCityServer([A]);
  station = couch.station(A);
  // Another PC of the station synced these earlier.
  const { volunteers } = buildSyncRecords({ seed: 7, volunteers: ON_SERVER, activities: 0, participantsPerActivity: 0, stationId: A, deviceId: 'pc-1' });
  const answer = await couchRequest(couch.server.url, 'POST', `/${station.setup.database}/_bulk_docs`, {
    auth: couch.server.admin,
    body: { docs: volunteers.map(asCouchDoc) },
  });
  expect(answer.status).toBe(201);
}, 180_000);

afterAll(async () => {
  await couch?.stop();
}, 60_000);

/** Opens the PC, syncs it twice and returns every total it was told to expect, and what it received. */
async function syncAndWatch(): Promise<{ expected: number[]; received: number; pc: Pc }> {
  const pc = await openPc({ ...pcOptions('first-pull-progress', station), timings: TEST_TIMINGS, storage: 'dev' });
  const expected: number[] = [];
  const watching = pc.sync.status$.subscribe((status) => {
    if (status.progress.expected !== null) expected.push(status.progress.expected);
  });
  try {
    await pc.setUpAndConnect();
    expect((await pc.syncNow())?.ok).toBe(true);
    expect((await pc.syncNow())?.ok).toBe(true);
  } finally {
    watching.unsubscribe();
  }
  const received = pc.sync.getStatus().runs.reduce((sum, run) => sum + run.received, 0);
  return { expected, received, pc };
}

it('a PC filling up from the server is told about how much is coming; once filled, it is not', async () => {
  const first = await syncAndWatch();
  // The station's records, and the city catalogue besides.
  expect(first.received).toBeGreaterThanOrEqual(ON_SERVER);
  expect(first.expected.length).toBeGreaterThan(0);
  // What the server holds (its design documents too) less the profile this PC already had, plus what the
  // run had received before (the city catalogue comes in the same run): about the station's 300.
  for (const total of first.expected) {
    expect(total).toBeGreaterThanOrEqual(ON_SERVER);
    expect(total).toBeLessThan(ON_SERVER + 30);
  }
  await first.pc.close();

  // The app opened again: the types that had nothing to load look at the server again, but the PC has it all.
  const again = await syncAndWatch();
  expect(again.expected).toEqual([]);
  await again.pc.close();
}, 120_000);
