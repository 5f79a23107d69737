import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCityServer, type CityServer, type ProvisionedStation } from '../support/cityProvision';
import { volunteerInput, withCheckChar } from '../../support/testLedger';
import { startFaultProxy, type FaultProxy } from './support/faultProxy';
import { openRemotePc, type RemotePc } from './support/remotePc';
import { pcOptions, serverDocs, stationSide } from './support/serverDocs';
import { openPc, TEST_TIMINGS, type Pc } from './support/stationPc';

const A = 'JN-LX-001';

let couch: CityServer;
let station: ProvisionedStation;
// Each PC reaches the server through its own proxy, which can take it offline.
let net1: FaultProxy;
let net2: FaultProxy;
let pc1: Pc;
let pc2: RemotePc;

beforeAll(async () => {
  couch = await startCityServer([A]);
  station = couch.station(A);
  [net1, net2] = await Promise.all([
    startFaultProxy({ target: couch.server.url, faultRate: 0, maxFaults: 0, stallMs: 1000, seed: 1 }),
    startFaultProxy({ target: couch.server.url, faultRate: 0, maxFaults: 0, stallMs: 1000, seed: 2 }),
  ]);
  [pc1, pc2] = await Promise.all([
    openPc({ ...pcOptions('conflicts-pc1', station, net1.url), timings: TEST_TIMINGS, storage: 'dev' }),
    openRemotePc({ ...pcOptions('conflicts-pc2', station, net2.url), timings: TEST_TIMINGS }),
  ]);
  await pc1.setUpAndConnect();
  await pc2.setUpAndConnect();
}, 180_000);

afterAll(async () => {
  await Promise.allSettled([pc1?.close(), pc2?.close()]);
  await pc2?.terminate();
  await Promise.allSettled([net1?.stop(), net2?.stop()]);
  await couch?.stop();
}, 60_000);

async function syncAll(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    expect((await pc1.syncNow())?.ok).toBe(true);
    expect((await pc2.syncNow())?.ok).toBe(true);
  }
}

function offline(down: boolean): void {
  net1.setDown(down);
  net2.setDown(down);
}

/** Makes sure the second edit is the later one, whatever the clocks' resolution. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

async function expectSameEverywhere(): Promise<Record<string, string>> {
  const [s1, s2] = await Promise.all([pc1.snapshot(), pc2.snapshot()]);
  const onServer = await serverDocs(couch.server.url, couch.server.admin, station.setup.database);
  expect(stationSide(s1)).toEqual(onServer);
  expect(stationSide(s2)).toEqual(onServer);
  return onServer;
}

async function openConflictsFor(docId: string) {
  const [c1, c2] = await Promise.all([pc1.openConflicts(), pc2.openConflicts()]);
  return { on1: c1.filter((c) => c.docId === docId), on2: c2.filter((c) => c.docId === docId) };
}

/**
 * Both PCs change the same record while offline; then `firstOnline` syncs alone, then both.
 * pc2's change is always the later one.
 */
async function offlineChanges(id: string, onPc1: () => Promise<void>, onPc2: () => Promise<void>, firstOnline: 1 | 2): Promise<void> {
  offline(true);
  await onPc1();
  await tick();
  await onPc2();
  const [net, pc] = firstOnline === 1 ? [net1, pc1] : [net2, pc2];
  net.setDown(false);
  expect((await pc.syncNow())?.ok, `first sync of ${id}`).toBe(true);
  offline(false);
  await syncAll();
}

describe('conflicts lose nothing and end with the same winner everywhere', () => {
  it('edit/edit: the later edit wins on both PCs and the server, whichever PC syncs first; the other is kept', async () => {
    const ids = [
      await pc1.createVolunteer(volunteerInput({ name: '赵六', idNumber: withCheckChar('37010219700101001') })),
      await pc1.createVolunteer(volunteerInput({ name: '钱七', idNumber: withCheckChar('37010219700101005') })),
    ];
    await syncAll();
    for (const [i, id] of ids.entries()) {
      await offlineChanges(
        id,
        () => pc1.updateVolunteer(id, { notes: '一号机的修改' }),
        () => pc2.updateVolunteer(id, { notes: '二号机的修改（较晚）' }),
        i === 0 ? 1 : 2,
      );
    }

    const onServer = await expectSameEverywhere();
    for (const id of ids) {
      expect(onServer[id]).toContain('二号机的修改（较晚）');
      const { on1, on2 } = await openConflictsFor(id);
      expect(on1).toHaveLength(1);
      expect(on2).toEqual(on1);
      expect(on1[0]?.kind).toBe('edit-edit');
      expect(on1[0]?.loser).toContain('一号机的修改');
    }
  }, 120_000);

  it('delete/edit: an offline edit of a record deleted elsewhere is a conflict, not a silent resurrection', async () => {
    const ids = [
      await pc1.createVolunteer(volunteerInput({ name: '孙八', idNumber: withCheckChar('37010219700101003') })),
      await pc1.createVolunteer(volunteerInput({ name: '周九', idNumber: withCheckChar('37010219700101007') })),
    ];
    await syncAll();
    // The first record's deletion reaches the server before the edit; the second's edit gets there first.
    for (const [i, id] of ids.entries()) {
      await offlineChanges(
        id,
        () => pc1.remove('volunteers', id),
        () => pc2.updateVolunteer(id, { notes: '在二号机上修改' }),
        i === 0 ? 1 : 2,
      );
    }

    const onServer = await expectSameEverywhere();
    for (const id of ids) {
      // The edit is kept (nothing lost) and the deletion waits for the keeper's decision.
      expect(onServer[id]).toContain('"deleted":false');
      expect(onServer[id]).toContain('在二号机上修改');
      const { on1, on2 } = await openConflictsFor(id);
      expect(on1).toHaveLength(1);
      expect(on2).toEqual(on1);
      expect(on1[0]?.kind).toBe('delete-edit');
    }

    // The keeper decides for the deletion: it happens everywhere and the conflict is closed everywhere.
    const deleted = ids[0] ?? '';
    const [conflict] = (await openConflictsFor(deleted)).on1;
    if (!conflict) throw new Error('conflict missing');
    await pc1.keepOther(conflict.id);
    await syncAll();
    const after = await expectSameEverywhere();
    expect(after[deleted]).toContain('"deleted":true');
    const { on1, on2 } = await openConflictsFor(deleted);
    expect(on1).toEqual([]);
    expect(on2).toEqual([]);
  }, 120_000);
});
