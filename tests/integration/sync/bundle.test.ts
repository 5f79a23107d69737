import { afterAll, beforeAll, expect, it } from 'vitest';
import { exportReturnBundle, importBundle } from '../../../src-city/commands/bundle';
import { CityError } from '../../../src-city/couch/errors';
import { readReturnBundle, writeStationBundle } from '../../../src-renderer/sync/bundle/stationBundle';
import type { StationCredentials } from '../../../src-renderer/platform/api';
import { startCityServer, type CityServer, type ProvisionedStation } from '../support/cityProvision';
import { couchRequest } from '../support/couchHttp';
import { volunteerInput, withCheckChar } from '../../support/testLedger';
import { openRemotePc, type RemotePc } from './support/remotePc';
import { eventually, pcOptions, serverDocs, stationSide } from './support/serverDocs';
import { openPc, TEST_TIMINGS, type Pc } from './support/stationPc';

const A = 'JN-LX-021';

let couch: CityServer;
let station: ProvisionedStation;
let credentials: StationCredentials;
let first: Pc;
let second: RemotePc;
/** The first PC's link: while false, every request it makes fails as a cable pulled out would. */
let online = true;

beforeAll(async () => {
  couch = await startCityServer([A]);
  station = couch.station(A);
  const options = pcOptions('bundle-pc-1', station);
  credentials = { ...options.credentials, ...(station.setup.bundleKey ? { bundleKey: station.setup.bundleKey } : {}) };
  first = await openPc({
    ...options,
    credentials,
    timings: TEST_TIMINGS,
    storage: 'dev',
    fetch: (input, init) => (online ? fetch(input, init) : Promise.reject(new TypeError('fetch failed'))),
  });
  second = await openRemotePc({ ...pcOptions('bundle-pc-2', station), timings: TEST_TIMINGS });
}, 180_000);

afterAll(async () => {
  await Promise.allSettled([first?.close(), second?.close()]);
  await second?.terminate();
  await couch?.stop();
}, 60_000);

/** Every document of the station's database with its winning revision, as the server's admin reads it. */
async function serverRevisions(): Promise<Record<string, string>> {
  const answer = await couchRequest(couch.server.url, 'GET', `/${station.setup.database}/_changes?style=all_docs`, { auth: couch.server.admin });
  const body = answer.body as { results: { id: string; changes: { rev: string }[] }[] };
  return Object.fromEntries(body.results.filter((r) => !r.id.startsWith('_design/')).map((r) => [r.id, r.changes.map((c) => c.rev).sort().join(',')]));
}

async function bundleOfFirst(id: string): Promise<{ text: string; rows: number }> {
  const written = await first.sync.paused(() => writeStationBundle(first.ledger, credentials, id));
  if (!written.ok) throw new Error(`no bundle: ${written.problem}`);
  return written.value;
}

it('a PC without a link reaches the server and a second PC by bundle, both ways, and a later online sync sends nothing', async () => {
  expect(station.setup.bundleKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
  // Online first: two volunteers the server then holds.
  await first.setUpAndConnect();
  const kept = await first.createVolunteer(volunteerInput({ name: '王五', idNumber: withCheckChar('37010219900303003') }));
  const gone = await first.createVolunteer(volunteerInput({ name: '赵六', idNumber: withCheckChar('37010219910404005') }));
  expect(await first.syncNow()).toMatchObject({ ok: true });

  // The link goes; the keeper goes on: a new volunteer, an activity, an edit and a delete.
  online = false;
  const zhang = await first.createVolunteer(volunteerInput({ name: '张三' }));
  const activity = await first.createActivity({
    title: '义诊进社区',
    date: '2024-03-05',
    startTime: '09:00',
    endTime: '11:00',
    place: '社区服务中心',
    field: 'health',
    participants: [{ volunteerId: zhang, hours: 2 }],
  });
  await first.updateVolunteer(kept, { notes: '离线时补充的备注' });
  await first.remove('volunteers', gone);
  expect((await first.syncNow())?.ok).toBe(false);

  const bundle = await bundleOfFirst('bundle-first');
  expect(bundle.rows).toBe(4);

  // At the city: imported, written with the PC's own push code.
  const imported = await importBundle(couch.city.client, couch.server.admin, bundle.text);
  expect(imported).toMatchObject({ rows: 4, written: 4, alreadyThere: 0, conflicts: 0, refused: 0 });
  const revisions = await serverRevisions();

  // The same bundle again: nothing new, not one revision more.
  expect(await importBundle(couch.city.client, couch.server.admin, bundle.text)).toMatchObject({ written: 0, alreadyThere: 4, conflicts: 0 });
  expect(await serverRevisions()).toEqual(revisions);

  // One changed character: refused, and nothing written.
  const tampered = bundle.text.replace('离线时补充的备注', '离线时补充的备考');
  expect(tampered).not.toBe(bundle.text);
  await expect(importBundle(couch.city.client, couch.server.admin, tampered)).rejects.toBeInstanceOf(CityError);
  expect(await serverRevisions()).toEqual(revisions);

  // The server holds exactly what the first PC holds, and the second PC of the station sees it.
  const firstSide = stationSide(await first.snapshot());
  const onServer = await serverDocs(couch.server.url, couch.server.admin, station.setup.database);
  for (const id of [zhang, activity, kept, gone]) expect(onServer[id]).toBe(firstSide[id]);
  await second.joinAndConnect();
  expect(await second.syncNow()).toMatchObject({ ok: true });
  const secondSide = stationSide(await second.snapshot());
  for (const id of [zhang, activity, kept]) expect(secondSide[id]).toBe(firstSide[id]);
  // A fresh PC loads live records only: the deleted one is simply not there.
  expect(secondSide[gone]).toBeUndefined();

  // The second PC records someone; the return bundle brings it, and the acknowledgement, to the first.
  const li = await second.createVolunteer(volunteerInput({ name: '李四', gender: 'female', idNumber: withCheckChar('37010219850202002') }));
  expect(await second.syncNow()).toMatchObject({ ok: true });
  const back = await exportReturnBundle(couch.city.client, { code: A, bundleId: 'return-first' });
  expect(back.body.acknowledged).toHaveLength(4);
  const read = await first.sync.paused(() => readReturnBundle(first.ledger, credentials, back.text));
  expect(read).toMatchObject({ ok: true, value: { acknowledged: 4, conflicts: 0 } });
  expect((await first.getVolunteer(li))?.name).toBe('李四');
  // Nothing is unsent any more: the next bundle is empty.
  expect((await bundleOfFirst('bundle-second')).rows).toBe(0);

  // A return bundle altered on the way is refused by the PC.
  const read2 = await first.sync.paused(() => readReturnBundle(first.ledger, credentials, back.text.replace('李四', '李五')));
  expect(read2).toEqual({ ok: false, problem: 'badSignature' });

  // The link is back: the first PC's sync sends nothing (no revision changes) and no conflict appears.
  online = true;
  const before = await serverRevisions();
  expect(await first.syncNow()).toMatchObject({ ok: true });
  await eventually('the first PC counts nothing unsent', () => Promise.resolve(first.status().pending === 0));
  expect(await serverRevisions()).toEqual(before);
  expect(await second.syncNow()).toMatchObject({ ok: true });
  expect(await first.openConflicts()).toEqual([]);
  expect(await second.openConflicts()).toEqual([]);
  const { [gone]: _deletedOnFirst, ...firstLive } = stationSide(await first.snapshot());
  expect(stationSide(await second.snapshot())).toEqual(firstLive);
}, 240_000);
