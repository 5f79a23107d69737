import { describe, expect, it } from 'vitest';
import type { CityServer, ProvisionedStation } from '../support/cityProvision';
import { volunteerInput, withCheckChar } from '../../support/testLedger';
import { eventually, serverDoc, writeAsStation } from './support/serverDocs';
import { useConnectedPc } from './support/connectedPc';
import type { Pc } from './support/stationPc';

/**
 * The server refuses a PC's edit (validate_doc_update: 403), and later the server's version changes. The
 * refused edit must not vanish: it goes on record as the losing side of a conflict, and the keeper can
 * take it back. Here the refusal is a record moved to another station's code (the server's rule), the
 * later change another PC's write through the station's account.
 */
const A = 'JN-LX-001';
const B = 'JN-LX-002';
const REFUSED_NOTE = '搬到二站，待核实';

let couch: CityServer;
let station: ProvisionedStation;
let pc: Pc;

async function refuseAnEdit(id: string): Promise<void> {
  await pc.patchRawVolunteer(id, { stationId: B, notes: REFUSED_NOTE, updatedAt: new Date().toISOString() });
  await eventually('the edit refused', () => Promise.resolve(pc.status().rejected.some((r) => r.docId === id)), { tries: 100, pauseMs: 100 });
}

useConnectedPc([A, B], 'refusal-overtaken-pc', (connected) => {
  ({ couch, station: station, pc } = connected);
});

describe('a refused edit overtaken on the server', () => {
  it('goes on record as a conflict against the server’s new version; the keeper takes it back and the server gets it', async () => {
    const id = await pc.createVolunteer(volunteerInput({ name: '蒋三', idNumber: withCheckChar('37010219800101005') }));
    expect((await pc.syncNow())?.ok).toBe(true);
    await refuseAnEdit(id);
    expect((await pc.syncNow())?.ok).toBe(true);
    expect(pc.status().rejected.map((r) => r.docId)).toEqual([id]);

    const before = await serverDoc(couch, station, id);
    expect(await writeAsStation(couch, station, { ...before, phone: '13600000003', updatedAt: new Date().toISOString(), updatedBy: 'pc-other' })).toBe(201);
    expect((await pc.syncNow())?.ok).toBe(true);

    // The server's version is on this PC; the refused edit waits for review instead of the refused list.
    expect(await pc.getVolunteer(id)).toMatchObject({ phone: '13600000003', notes: '', stationId: A });
    expect(pc.status().rejected).toEqual([]);
    const open = (await pc.openConflicts()).filter((c) => c.docId === id);
    expect(open.map((c) => ({ kind: c.kind, collectionName: c.collectionName }))).toEqual([{ kind: 'edit-edit', collectionName: 'volunteers' }]);
    expect(JSON.parse(open[0]?.loser ?? '{}')).toMatchObject({ notes: REFUSED_NOTE });
    expect(JSON.parse(open[0]?.winner ?? '{}')).toMatchObject({ phone: '13600000003' });

    // Taken back on the review screen: the refused notes, under this station's code, reach the server.
    await pc.keepOther(open[0]?.id ?? '');
    expect((await pc.syncNow())?.ok).toBe(true);
    expect(await serverDoc(couch, station, id)).toMatchObject({ notes: REFUSED_NOTE, stationId: A });
    expect(pc.status().rejected).toEqual([]);
    expect((await pc.openConflicts()).filter((c) => c.docId === id)).toEqual([]);
  }, 90_000);

  it('the server’s unchanged version read again leaves the refused edit on this PC and in the refused list', async () => {
    const id = await pc.createVolunteer(volunteerInput({ name: '沈四', idNumber: withCheckChar('37010219800101007') }));
    expect((await pc.syncNow())?.ok).toBe(true);
    // An accepted edit goes up on its own (no run pulls it back yet), then the refused one.
    await pc.updateVolunteer(id, { phone: '13600000004' });
    await eventually('the accepted edit on the server', async () => (await serverDoc(couch, station, id)).phone === '13600000004', { tries: 100, pauseMs: 100 });
    await refuseAnEdit(id);

    expect((await pc.syncNow())?.ok).toBe(true);
    expect((await pc.syncNow())?.ok).toBe(true);
    expect(await pc.getVolunteer(id)).toMatchObject({ phone: '13600000004', notes: REFUSED_NOTE });
    expect(pc.status().rejected.map((r) => r.docId)).toEqual([id]);
    expect((await pc.openConflicts()).filter((c) => c.docId === id)).toEqual([]);
    expect(await serverDoc(couch, station, id)).toMatchObject({ phone: '13600000004', stationId: A });
  }, 90_000);
});
