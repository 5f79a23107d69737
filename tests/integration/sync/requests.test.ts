import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCityServer, type CityServer, type ProvisionedStation } from '../support/cityProvision';
import { couchRequest } from '../support/couchHttp';
import { asPushed, ledgerDoc } from '../support/stationDocs';
import { volunteerInput } from '../../support/testLedger';
import { openRemotePc, type RemotePc } from './support/remotePc';
import { pcOptions, serverDoc } from './support/serverDocs';
import { openPc, TEST_TIMINGS, type Pc } from './support/stationPc';

/** Residents' requests replicate between a station's two PCs like every record, and the server checks their dates. */
const A = 'JN-LX-001';

let couch: CityServer;
let station: ProvisionedStation;
let first: Pc;
let second: RemotePc;

beforeAll(async () => {
  couch = await startCityServer([A]);
  station = couch.station(A);
  [first, second] = await Promise.all([
    openPc({ ...pcOptions('requests-pc-1', station), timings: TEST_TIMINGS, storage: 'dev' }),
    openRemotePc({ ...pcOptions('requests-pc-2', station), timings: TEST_TIMINGS }),
  ]);
  await first.setUpAndConnect();
  await second.joinAndConnect();
}, 180_000);

afterAll(async () => {
  await Promise.allSettled([first?.close(), second?.close()]);
  await second?.terminate();
  await couch?.stop();
}, 60_000);

async function bothSynced(): Promise<void> {
  for (let round = 0; round < 2; round++) {
    expect(await first.syncNow()).toMatchObject({ ok: true });
    expect(await second.syncNow()).toMatchObject({ ok: true });
  }
}

/** Writes one document as the station's account; the status and CouchDB's reason. */
async function putAsStation(doc: Record<string, unknown>): Promise<{ status: number; reason: string }> {
  const answer = await couchRequest(couch.server.url, 'PUT', `/${station.setup.database}/${encodeURIComponent(String(doc._id))}`, { auth: station.auth, body: doc });
  const reason = (answer.body as { reason?: unknown }).reason;
  return { status: answer.status, reason: typeof reason === 'string' ? reason : '' };
}

it('a request logged and dispatched on one PC reaches the other as it is, its history with it', async () => {
  const volunteerId = await first.createVolunteer(volunteerInput());
  const logged = await first.ledger.requests.create({ residentName: '王秀英', villageGroup: '三组', phone: '13905310002', need: '电灯不亮，请人上门修', field: 'aid', urgency: 'urgent', receivedDate: '2024-03-04', wantedDate: '2024-03-08' });
  await first.ledger.requests.apply(logged.id, { type: 'dispatch', volunteerIds: [volunteerId] });
  await bothSynced();

  const onFirst = (await first.snapshot()).requests?.[logged.id];
  const onSecond = (await second.snapshot()).requests?.[logged.id];
  expect(onSecond).toBeDefined();
  expect(onSecond).toBe(onFirst);
  expect(onSecond).toContain('"state":"dispatched"');
  expect(onSecond).toContain(`"volunteerIds":["${volunteerId}"]`);
  expect((await serverDoc(couch, station, logged.id)).history).toHaveLength(2);
});

it('the server refuses a request whose dates are not days, and takes a good one', async () => {
  const good = asPushed(ledgerDoc('request', A));
  expect((await putAsStation(good)).status).toBe(201);
  for (const field of ['receivedDate', 'wantedDate', 'doneDate']) {
    const answer = await putAsStation(asPushed(ledgerDoc('request', A, { [field]: '9999-99-99' })));
    expect(answer.status, `${field}: ${answer.reason}`).toBe(403);
    expect(answer.reason).toMatch(new RegExp(`${field} must be a real date`));
  }
  // Not given is not a date, and is no refusal; the day it was asked always is one.
  expect((await putAsStation(asPushed(ledgerDoc('request', A, { wantedDate: '' })))).status).toBe(201);
  expect((await putAsStation(asPushed(ledgerDoc('request', A, { receivedDate: '' })))).status).toBe(403);
});
