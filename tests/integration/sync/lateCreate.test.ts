import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCityServer, type CityServer, type ProvisionedStation } from '../support/cityProvision';
import { couchRequest } from '../support/couchHttp';
import { volunteerInput } from '../../support/testLedger';
import { pcOptions, serverDoc } from './support/serverDocs';
import { openPc, TEST_TIMINGS, type Pc } from './support/stationPc';

/**
 * A request the PC gave up on (a timeout on a slow link) that the server carries out later: the create of a
 * record, arriving after the keeper deleted it. On CouchDB 3.5 an ordinary create lands on a tombstone as a
 * new revision and the deleted record comes back; the app's creates carry their own first revision, so the
 * late copy is one the server already has.
 */
const A = 'JN-LX-001';

let couch: CityServer;
let station: ProvisionedStation;
let pc: Pc;
const creates: string[] = [];

/** Keeps the body of every create the PC sends, to deliver one again later as a late network would. */
const recording: typeof fetch = async (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  if (url.endsWith('/_bulk_docs') && typeof init?.body === 'string' && init.body.includes('"new_edits":false')) creates.push(init.body);
  return fetch(input, init);
};

beforeAll(async () => {
  couch = await startCityServer([A]);
  station = couch.station(A);
  pc = await openPc({ ...pcOptions('late-create-pc', station), timings: TEST_TIMINGS, storage: 'dev', fetch: recording });
  await pc.setUpAndConnect();
}, 120_000);

afterAll(async () => {
  await pc?.close();
  await couch?.stop();
}, 60_000);

it('a create delivered again after the record was deleted does not bring it back', async () => {
  const id = await pc.createVolunteer(volunteerInput());
  expect(await pc.syncNow()).toMatchObject({ ok: true });
  const sent = creates.find((body) => body.includes(id));
  expect(sent, 'the create went out with its own revision').toBeDefined();

  await pc.remove('volunteers', id);
  expect(await pc.syncNow()).toMatchObject({ ok: true });

  // The same request again, as the server would receive it had it been held up on the way.
  const late = await couchRequest(couch.server.url, 'POST', `/${station.setup.database}/_bulk_docs`, { auth: station.auth, body: JSON.parse(sent ?? '{}') as unknown });
  expect(late.status).toBe(201);
  const history = await couchRequest(couch.server.url, 'GET', `/${station.setup.database}/${encodeURIComponent(id)}?open_revs=all`, { auth: couch.server.admin });
  const leaves = (history.body as Array<{ ok?: { _deleted?: boolean } }>).map((leaf) => leaf.ok?._deleted === true);
  expect(leaves).toEqual([true]);
  await expect(serverDoc(couch, station, id)).rejects.toThrow(/404/);
});
