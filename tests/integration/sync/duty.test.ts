import { expect, it } from 'vitest';
import { PERSONAL_FIELDS } from '../../../src-city/design/rollupContent';
import { ROLLUP_DB } from '../../../src-city/layout';
import { volunteerInput, withCheckChar } from '../../support/testLedger';
import { couchRequest, waitFor } from '../support/couchHttp';
import { useTwoPcsOfStation } from './support/twoPcs';

/**
 * Duty posts and shifts replicate between a station's two PCs like every record, and reach the city's roll-up
 * whole: a shift carries volunteer ids and times only, so the roll-up holds no name, ID number or phone.
 */
const A = 'JN-LX-001';
const PERSON = volunteerInput({ name: '王芳', gender: 'female', idNumber: withCheckChar('37010219900202002'), phone: '13912340001' });

const pcs = useTwoPcsOfStation(A, 'duty');

it('a shift with its sign-ins and credited hours reaches the other PC as recorded, and the roll-up holds it without anyone’s personal data', async () => {
  const volunteerId = await pcs.first().createVolunteer(PERSON);
  const other = await pcs.first().createVolunteer(volunteerInput({ name: '李强', idNumber: withCheckChar('37010219850101003'), phone: '13912340002' }));
  const post = await pcs.first().ledger.dutyPosts.create({ name: '文明交通岗', place: '经十路与历山路路口', field: 'safety' });
  const shift = await pcs.first().ledger.shifts.create({ postId: post.id, date: '2024-03-05', startTime: '07:00', endTime: '09:00', needed: 2, signUps: [volunteerId, other] });
  await pcs.first().ledger.shifts.sign(shift.id, volunteerId, '06:58');
  await pcs.first().ledger.shifts.sign(shift.id, other, '07:20');
  await pcs.first().ledger.shifts.sign(shift.id, volunteerId, '09:01');
  const signed = await pcs.first().ledger.shifts.get(shift.id);
  expect(signed).toMatchObject({ totalHours: 3.5, needsReview: true, credits: [{ volunteerId, hours: 2 }, { volunteerId: other, hours: 1.5, review: ['missingSignOut'] }] });

  await pcs.bothSynced();
  const [mine, theirs] = [await pcs.first().snapshot(), await pcs.second().snapshot()];
  expect(theirs.shifts?.[shift.id]).toBe(mine.shifts?.[shift.id]);
  expect(theirs.dutyPosts?.[post.id]).toBe(mine.dutyPosts?.[post.id]);
  expect(theirs.shifts?.[shift.id]).toContain('"totalHours":3.5');

  const inRollup = await waitFor(
    'the post and the shift to reach the roll-up',
    async () => {
      const answer = await couchRequest(pcs.couch().server.url, 'POST', `/${ROLLUP_DB}/_all_docs?include_docs=true`, { auth: pcs.couch().server.admin, body: { keys: [post.id, shift.id] } });
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
  const volunteer = await couchRequest(pcs.couch().server.url, 'GET', `/${ROLLUP_DB}/${encodeURIComponent(volunteerId)}`, { auth: pcs.couch().server.admin });
  expect(volunteer.status).toBe(404);
});

it('the station server refuses a shift whose credited hours pass 24 for a person, or whose times are not HH:mm', async () => {
  const post = (await pcs.first().ledger.dutyPosts.all())[0];
  const shift = (await pcs.first().ledger.shifts.onDate('2024-03-05'))[0];
  if (!post || !shift) throw new Error('expected the first test’s post and shift');
  const { id, ...body } = shift;
  const asStation = (doc: Record<string, unknown>) =>
    couchRequest(pcs.couch().server.url, 'PUT', `/${pcs.station().setup.database}/${encodeURIComponent(String(doc._id))}`, { auth: pcs.station().auth, body: doc });
  const base = { ...body, _id: `${id}x` };
  const credit = shift.credits[0];
  if (!credit) throw new Error('expected a credit');
  expect((await asStation({ ...base, credits: [{ ...credit, hours: 25 }] })).status).toBe(403);
  expect((await asStation({ ...base, startTime: '7:00' })).status).toBe(403);
  expect((await asStation({ ...base, attendance: [{ volunteerId: credit.volunteerId, signIn: '07:00', signOut: '9点' }] })).status).toBe(403);
  expect((await asStation(base)).status).toBe(201);
});
