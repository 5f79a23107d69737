import { afterAll, beforeAll, expect, it } from 'vitest';
import { PERSONAL_FIELDS } from '../../../src-city/design/rollupContent';
import { ROLLUP_DB } from '../../../src-city/layout';
import { volunteerInput, withCheckChar } from '../../support/testLedger';
import { startCityServer, type CityServer, type ProvisionedStation } from '../support/cityProvision';
import { couchRequest, waitFor } from '../support/couchHttp';
import { openRemotePc, type RemotePc } from './support/remotePc';
import { pcOptions } from './support/serverDocs';
import { openPc, TEST_TIMINGS, type Pc } from './support/stationPc';

/**
 * Duty posts and shifts replicate between a station's two PCs like every record, and reach the city's roll-up
 * whole: a shift carries volunteer ids and times only, so the roll-up holds no name, ID number or phone.
 */
const A = 'JN-LX-001';
const PERSON = volunteerInput({ name: '王芳', gender: 'female', idNumber: withCheckChar('37010219900202002'), phone: '13912340001' });

let couch: CityServer;
let station: ProvisionedStation;
let first: Pc;
let second: RemotePc;

beforeAll(async () => {
  couch = await startCityServer([A]);
  station = couch.station(A);
  [first, second] = await Promise.all([
    openPc({ ...pcOptions('duty-pc-1', station), timings: TEST_TIMINGS, storage: 'dev' }),
    openRemotePc({ ...pcOptions('duty-pc-2', station), timings: TEST_TIMINGS }),
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

it('a shift with its sign-ins and credited hours reaches the other PC as recorded, and the roll-up holds it without anyone’s personal data', async () => {
  const volunteerId = await first.createVolunteer(PERSON);
  const other = await first.createVolunteer(volunteerInput({ name: '李强', idNumber: withCheckChar('37010219850101003'), phone: '13912340002' }));
  const post = await first.ledger.dutyPosts.create({ name: '文明交通岗', place: '经十路与历山路路口', field: 'safety' });
  const shift = await first.ledger.shifts.create({ postId: post.id, date: '2024-03-05', startTime: '07:00', endTime: '09:00', needed: 2, signUps: [volunteerId, other] });
  await first.ledger.shifts.sign(shift.id, volunteerId, '06:58');
  await first.ledger.shifts.sign(shift.id, other, '07:20');
  await first.ledger.shifts.sign(shift.id, volunteerId, '09:01');
  const signed = await first.ledger.shifts.get(shift.id);
  expect(signed).toMatchObject({ totalHours: 3.5, needsReview: true, credits: [{ volunteerId, hours: 2 }, { volunteerId: other, hours: 1.5, review: ['missingSignOut'] }] });

  await bothSynced();
  const [mine, theirs] = [await first.snapshot(), await second.snapshot()];
  expect(theirs.shifts?.[shift.id]).toBe(mine.shifts?.[shift.id]);
  expect(theirs.dutyPosts?.[post.id]).toBe(mine.dutyPosts?.[post.id]);
  expect(theirs.shifts?.[shift.id]).toContain('"totalHours":3.5');

  const inRollup = await waitFor(
    'the post and the shift to reach the roll-up',
    async () => {
      const answer = await couchRequest(couch.server.url, 'POST', `/${ROLLUP_DB}/_all_docs?include_docs=true`, { auth: couch.server.admin, body: { keys: [post.id, shift.id] } });
      const rows = (answer.body as { rows: Array<{ doc?: Record<string, unknown> | null }> }).rows;
      const docs = rows.map((r) => r.doc);
      return docs.every((d) => d) ? (docs as Array<Record<string, unknown>>) : undefined;
    },
    30_000,
  );
  expect(inRollup[1]).toMatchObject({ _id: shift.id, totalHours: 3.5, credits: [{ volunteerId, hours: 2 }, { volunteerId: other, hours: 1.5 }] });
  const text = JSON.stringify(inRollup);
  for (const secret of [PERSON.name, PERSON.idNumber, PERSON.phone, '李强', '13912340002']) expect(text).not.toContain(secret);
  for (const doc of inRollup) for (const field of PERSONAL_FIELDS) expect(Object.keys(doc), String(doc._id)).not.toContain(field);
  // The volunteers themselves stay in the station's database.
  const volunteer = await couchRequest(couch.server.url, 'GET', `/${ROLLUP_DB}/${encodeURIComponent(volunteerId)}`, { auth: couch.server.admin });
  expect(volunteer.status).toBe(404);
});

it('the station server refuses a shift whose credited hours pass 24 for a person, or whose times are not HH:mm', async () => {
  const post = (await first.ledger.dutyPosts.all())[0];
  const shift = (await first.ledger.shifts.onDate('2024-03-05'))[0];
  if (!post || !shift) throw new Error('expected the first test’s post and shift');
  const { id, ...body } = shift;
  const asStation = (doc: Record<string, unknown>) =>
    couchRequest(couch.server.url, 'PUT', `/${station.setup.database}/${encodeURIComponent(String(doc._id))}`, { auth: station.auth, body: doc });
  const base = { ...body, _id: `${id}x` };
  const credit = shift.credits[0];
  if (!credit) throw new Error('expected a credit');
  expect((await asStation({ ...base, credits: [{ ...credit, hours: 25 }] })).status).toBe(403);
  expect((await asStation({ ...base, startTime: '7:00' })).status).toBe(403);
  expect((await asStation({ ...base, attendance: [{ volunteerId: credit.volunteerId, signIn: '07:00', signOut: '9点' }] })).status).toBe(403);
  expect((await asStation(base)).status).toBe(201);
});
