import { expect, it } from 'vitest';
import { couchRequest } from '../support/couchHttp';
import { asPushed, ledgerDoc } from '../support/stationDocs';
import { volunteerInput } from '../../support/testLedger';
import { serverDoc } from './support/serverDocs';
import { useTwoPcsOfStation } from './support/twoPcs';

/** Residents' requests replicate between a station's two PCs like every record, and the server checks their dates. */
const A = 'JN-LX-001';

const pcs = useTwoPcsOfStation(A, 'requests');

/** Writes one document as the station's account; the status and CouchDB's reason. */
async function putAsStation(doc: Record<string, unknown>): Promise<{ status: number; reason: string }> {
  const answer = await couchRequest(pcs.couch().server.url, 'PUT', `/${pcs.station().setup.database}/${encodeURIComponent(String(doc._id))}`, { auth: pcs.station().auth, body: doc });
  const reason = (answer.body as { reason?: unknown }).reason;
  return { status: answer.status, reason: typeof reason === 'string' ? reason : '' };
}

it('a request logged and dispatched on one PC reaches the other as it is, its history with it', async () => {
  const volunteerId = await pcs.first().createVolunteer(volunteerInput());
  const logged = await pcs.first().ledger.requests.create({ residentName: '王秀英', villageGroup: '三组', phone: '13905310002', need: '电灯不亮，请人上门修', field: 'aid', urgency: 'urgent', receivedDate: '2024-03-04', wantedDate: '2024-03-08' });
  await pcs.first().ledger.requests.apply(logged.id, { type: 'dispatch', volunteerIds: [volunteerId] });
  await pcs.bothSynced();

  const onFirst = (await pcs.first().snapshot()).requests?.[logged.id];
  const onSecond = (await pcs.second().snapshot()).requests?.[logged.id];
  expect(onSecond).toBeDefined();
  expect(onSecond).toBe(onFirst);
  expect(onSecond).toContain('"state":"dispatched"');
  expect(onSecond).toContain(`"volunteerIds":["${volunteerId}"]`);
  expect((await serverDoc(pcs.couch(), pcs.station(), logged.id)).history).toHaveLength(2);
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
