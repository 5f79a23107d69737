import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WIRE_MAJOR_FIELD, WIRE_VERSION_FIELD } from '../../../src-renderer/domain/entities/wireFormat';
import { startCityServer, type CityServer, type ProvisionedStation } from '../support/cityProvision';
import { couchRequest } from '../support/couchHttp';
import { volunteerInput, withCheckChar } from '../../support/testLedger';
import { pcOptions, serverDoc } from './support/serverDocs';
import { openPc, TEST_TIMINGS, type Pc } from './support/stationPc';

/**
 * A station PC that upgraded to a newer major app version writes a record this app cannot read. This PC
 * keeps it out of its collection, lists it for the keeper (also after a restart), and never writes over it
 * while it only syncs.
 */
const A = 'JN-LX-001';
const PC_NAME = 'unreadable-pc';

let couch: CityServer;
let station: ProvisionedStation;
let pc: Pc;

async function openThePc(): Promise<Pc> {
  const opened = await openPc({ ...pcOptions(PC_NAME, station), timings: TEST_TIMINGS, storage: 'dev' });
  await opened.setUpAndConnect();
  return opened;
}

beforeAll(async () => {
  couch = await startCityServer([A]);
  station = couch.station(A);
  pc = await openThePc();
}, 120_000);

afterAll(async () => {
  await pc?.close();
  await couch?.stop();
}, 60_000);

describe('a record of a newer major app version on the server', () => {
  it('is listed as unreadable with why, survives a restart in the list, and stays on the server as it was', async () => {
    const id = await pc.createVolunteer(volunteerInput({ name: '韩五', idNumber: withCheckChar('37010219800101009') }));
    expect((await pc.syncNow())?.ok).toBe(true);

    // The newer app keeps the family name in `name` and the given name in a field of its own.
    const newer = { ...(await serverDoc(couch, station, id)), [WIRE_VERSION_FIELD]: 12, [WIRE_MAJOR_FIELD]: 2, name: '韩', givenName: '五' };
    const put = await couchRequest(couch.server.url, 'PUT', `/${station.setup.database}/${encodeURIComponent(id)}`, { auth: station.auth, body: newer });
    expect(put.status).toBe(201);
    const written = await serverDoc(couch, station, id);

    expect((await pc.syncNow())?.ok).toBe(true);
    expect(pc.status().unreadable).toEqual([{ collection: 'volunteers', docId: id, reason: 'newerMajor' }]);
    expect((await pc.getVolunteer(id))?.name).toBe('韩五');

    // Closed and opened again (the keeper restarts the PC), the list still says so.
    await pc.close();
    pc = await openThePc();
    expect(pc.status().unreadable).toEqual([{ collection: 'volunteers', docId: id, reason: 'newerMajor' }]);

    // Syncing on never writes over it.
    expect((await pc.syncNow())?.ok).toBe(true);
    expect((await pc.syncNow())?.ok).toBe(true);
    expect(await serverDoc(couch, station, id)).toEqual(written);
    expect(pc.status().unreadable.map((r) => r.docId)).toEqual([id]);
  }, 120_000);
});
