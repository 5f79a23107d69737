import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCityServer, type CityServer, type ProvisionedStation } from '../support/cityProvision';
import { couchRequest } from '../support/couchHttp';
import { volunteerInput } from '../../support/testLedger';
import { openRemotePc, type RemotePc } from './support/remotePc';
import { pcOptions, serverDoc, writeAsStation } from './support/serverDocs';
import { openPc, TEST_TIMINGS, type Pc } from './support/stationPc';

/** Honours, the first type made as one folder, replicate between two PCs of a station like every record. */
const A = 'JN-LX-001';

let couch: CityServer;
let station: ProvisionedStation;
let first: Pc;
let second: RemotePc;

beforeAll(async () => {
  couch = await startCityServer([A]);
  station = couch.station(A);
  [first, second] = await Promise.all([
    openPc({ ...pcOptions('honours-pc-1', station), timings: TEST_TIMINGS, storage: 'dev' }),
    openRemotePc({ ...pcOptions('honours-pc-2', station), timings: TEST_TIMINGS }),
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

it('an honour recorded on one PC reaches the other as it is, and its deletion travels bare', async () => {
  const volunteerId = await first.createVolunteer(volunteerInput());
  const honour = await first.ledger.honours.create({ kind: 'excellentVolunteer', level: 'city', year: '2024', batch: '第二批', linkKind: 'volunteer', linkId: volunteerId });
  const family = await first.ledger.honours.create({ kind: 'civilisedFamily', level: 'county', year: 2024, linkKind: 'family', linkName: '张明家庭' });
  await bothSynced();
  const onSecond = (await second.snapshot()).honours ?? {};
  expect(onSecond[honour.id]).toBe((await first.snapshot()).honours?.[honour.id]);
  expect(onSecond[family.id]).toContain('张明家庭');

  await first.ledger.honours.remove(family.id);
  await bothSynced();
  // The server keeps no family name in the tombstone; the second PC holds the record as deleted.
  const tombstone = await couchTombstone(family.id);
  expect(tombstone).toEqual({ _id: family.id, _rev: expect.any(String) as unknown, _deleted: true });
  expect((await second.snapshot()).honours?.[family.id]).toContain('"deleted":true');
});

it('an honour changed on the PC and on the server at once is kept as a conflict to review, neither version lost', async () => {
  const honour = await first.ledger.honours.create({ kind: 'goodPerson', level: 'county', year: 2025, linkKind: 'volunteer', linkId: (await first.ledger.volunteers.all())[0]?.id ?? '' });
  expect(await first.syncNow()).toMatchObject({ ok: true });
  const held = await serverDoc(couch, station, honour.id);
  // Another PC (written as the station's account) sets the batch while this PC sets the level.
  expect(await writeAsStation(couch, station, { ...held, batch: '第一批', updatedAt: new Date().toISOString() })).toBe(201);
  await first.ledger.honours.update(honour.id, { kind: 'goodPerson', level: 'city', year: 2025, linkKind: 'volunteer', linkId: honour.linkId });
  for (let round = 0; round < 2; round++) expect(await first.syncNow()).toMatchObject({ ok: true });
  const open = await first.openConflicts();
  expect(open.map((c) => [c.collectionName, c.docId])).toEqual([['honours', honour.id]]);
  const versions = [open[0]?.winner ?? '', open[0]?.loser ?? ''].join('\n');
  expect(versions).toContain('第一批');
  expect(versions).toContain('"level":"city"');
});

/** The document's one leaf as the server keeps it, deleted or not. */
async function couchTombstone(id: string): Promise<unknown> {
  const answer = await couchRequest(couch.server.url, 'GET', `/${station.setup.database}/${encodeURIComponent(id)}?open_revs=all`, { auth: couch.server.admin });
  return (answer.body as Array<{ ok?: Record<string, unknown> }>)[0]?.ok;
}
