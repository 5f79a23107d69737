import { describe, expect, it } from 'vitest';
import type { CityServer, ProvisionedStation } from '../support/cityProvision';
import { couchRequest } from '../support/couchHttp';
import { volunteerInput, withCheckChar } from '../../support/testLedger';
import { credentialsOf, eventually, serverDocs } from './support/serverDocs';
import { useConnectedPc } from './support/connectedPc';
import type { Pc } from './support/stationPc';

const A = 'JN-LX-001';
const B = 'JN-LX-002';

let couch: CityServer;
let stationA: ProvisionedStation;
let pc: Pc;

useConnectedPc([A, B], 'rejected-pc', (connected) => {
  ({ couch, station: stationA, pc } = connected);
});

describe('records the server refuses', () => {
  it('a record with station B’s id is refused and listed with the server’s reason, while the others sync; once fixed it syncs and leaves the list', async () => {
    const good = await pc.createVolunteer(volunteerInput({ name: '吴十', idNumber: withCheckChar('37010219750505001') }));
    const template = await pc.getVolunteer(good);
    if (!template) throw new Error('volunteer missing');
    const foreignId = 'volunteer:0foreign0000000000000';
    await pc.insertRawVolunteer({ ...template, id: foreignId, name: '郑十一', stationId: B, idNumber: withCheckChar('37010219750505003') });
    const alsoGood = await pc.createVolunteer(volunteerInput({ name: '冯十二', idNumber: withCheckChar('37010219750505005') }));

    const run = await pc.syncNow();
    // A refusal is not a failed sync: it is shown against the record.
    expect(run?.ok).toBe(true);
    let onServer = await serverDocs(couch.server.url, couch.server.admin, stationA.setup.database);
    expect(onServer[good]).toBeDefined();
    expect(onServer[alsoGood]).toBeDefined();
    expect(onServer[foreignId]).toBeUndefined();
    const status = pc.status();
    expect(status.rejected).toHaveLength(1);
    expect(status.rejected[0]).toMatchObject({ collection: 'volunteers', docId: foreignId, status: 403 });
    expect(status.rejected[0]?.reason).toContain('stationId');

    // Later syncs neither retry it forever nor fail because of it.
    expect((await pc.syncNow())?.ok).toBe(true);
    expect(pc.status().rejected).toHaveLength(1);

    await pc.patchRawVolunteer(foreignId, { stationId: A, updatedAt: new Date().toISOString() });
    expect((await pc.syncNow())?.ok).toBe(true);
    onServer = await serverDocs(couch.server.url, couch.server.admin, stationA.setup.database);
    expect(onServer[foreignId]).toContain('郑十一');
    expect(pc.status().rejected).toEqual([]);
    await eventually('nothing left to send', () => Promise.resolve(pc.status().pending === 0));
  }, 60_000);

  it('a malformed document from the city never enters a collection and is counted as dropped', async () => {
    const put = await couchRequest(couch.server.url, 'PUT', '/catalog/field:broken', {
      auth: couch.server.admin,
      body: { kind: 'no-such-kind', code: 'broken' },
    });
    expect(put.status).toBe(201);
    const before = pc.status().dropped;
    expect((await pc.syncNow())?.ok).toBe(true);
    expect(pc.status().dropped).toBe(before + 1);
    const snapshot = await pc.snapshot();
    expect(snapshot.catalog?.['field:broken']).toBeUndefined();
    // Pulling again does not count it twice.
    expect((await pc.syncNow())?.ok).toBe(true);
    expect(pc.status().dropped).toBe(before + 1);
  }, 60_000);

  it('a wrong password is an error with what to do, never a success, and the app keeps going', async () => {
    const right = credentialsOf(stationA);
    const sync = pc.sync;
    await sync.connect({ ...right, password: 'wrong-password-000000' });
    const failed = await sync.syncNow();
    expect(failed?.errorKey).toBe('sync.errors.unauthorized');
    expect(sync.getStatus().phase).toBe('error');
    expect(sync.getStatus().lastError?.key).toBe('sync.errors.unauthorized');

    await sync.connect(right);
    const fixed = await sync.syncNow();
    expect(fixed?.errorKey).toBe('');
    expect(sync.getStatus().phase).toBe('upToDate');
  }, 60_000);
});
