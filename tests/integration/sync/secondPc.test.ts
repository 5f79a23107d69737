import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCityServer, type CityServer, type ProvisionedStation } from '../support/cityProvision';
import { volunteerInput } from '../../support/testLedger';
import { openRemotePc, type RemotePc } from './support/remotePc';
import { pcOptions } from './support/serverDocs';
import { openPc, TEST_TIMINGS, type Pc } from './support/stationPc';

const A = 'JN-LX-001';

let couch: CityServer;
let station: ProvisionedStation;
let first: Pc;
let second: RemotePc;

beforeAll(async () => {
  couch = await startCityServer([A]);
  station = couch.station(A);
  [first, second] = await Promise.all([
    openPc({ ...pcOptions('second-pc-1', station), timings: TEST_TIMINGS, storage: 'dev' }),
    openRemotePc({ ...pcOptions('second-pc-2', station), timings: TEST_TIMINGS }),
  ]);
}, 180_000);

afterAll(async () => {
  await Promise.allSettled([first?.close(), second?.close()]);
  await second?.terminate();
  await couch?.stop();
}, 60_000);

it('a second PC joining by the set-up file takes the station profile and records from the server, with no conflict', async () => {
  await first.setUpAndConnect();
  const volunteerId = await first.createVolunteer(volunteerInput());
  expect((await first.syncNow())?.ok).toBe(true);

  expect(await second.profile()).toBeNull();
  await second.joinAndConnect();
  expect((await second.syncNow())?.ok).toBe(true);

  const profile = await second.profile();
  expect(profile).not.toBeNull();
  expect(profile).toEqual(await first.profile());
  expect((await second.getVolunteer(volunteerId))?.name).toBe(volunteerInput().name);

  // Both PCs sync again: the profile they share is one record, not two versions in conflict.
  for (let round = 0; round < 2; round++) {
    expect((await first.syncNow())?.ok).toBe(true);
    expect((await second.syncNow())?.ok).toBe(true);
  }
  expect(await first.openConflicts()).toEqual([]);
  expect(await second.openConflicts()).toEqual([]);
  expect((await second.status()).pending).toBe(0);
}, 120_000);

