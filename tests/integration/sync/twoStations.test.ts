import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stationProfileId } from '../../../src-renderer/domain/ids';
import { startCityServer, type CityServer, type ProvisionedStation } from '../support/cityProvision';
import { volunteerInput, withCheckChar } from '../../support/testLedger';
import { openRemotePc, type RemotePc } from './support/remotePc';
import { live, pcOptions, serverDocs, stationSide } from './support/serverDocs';
import { openPc, TEST_TIMINGS, type Pc } from './support/stationPc';

const A = 'JN-LX-001';
const B = 'JN-LX-002';

let couch: CityServer;
let stationA: ProvisionedStation;
let stationB: ProvisionedStation;
// RxDB allows 13 open collections per process and a ledger has 8: the second and third PC run in workers.
let a1: Pc;
let a2: RemotePc;
let b1: RemotePc;

beforeAll(async () => {
  couch = await startCityServer([A, B]);
  stationA = couch.station(A);
  stationB = couch.station(B);
  [a1, a2, b1] = await Promise.all([
    openPc({ ...pcOptions('two-stations-a1', stationA), timings: TEST_TIMINGS, storage: 'dev' }),
    openRemotePc({ ...pcOptions('two-stations-a2', stationA), timings: TEST_TIMINGS }),
    openRemotePc({ ...pcOptions('two-stations-b1', stationB), timings: TEST_TIMINGS }),
  ]);
  await a1.setUpAndConnect();
  await a2.setUpAndConnect();
  await b1.setUpAndConnect();
}, 180_000);

afterAll(async () => {
  await Promise.allSettled([a1?.close(), a2?.close(), b1?.close()]);
  await Promise.allSettled([a2?.terminate(), b1?.terminate()]);
  await couch?.stop();
}, 60_000);

/** Syncs every PC until a full round changes nothing anywhere, bounded. */
async function settle(pcs: { syncNow(): Promise<{ ok: boolean } | null> }[]): Promise<void> {
  for (let round = 0; round < 4; round++) {
    for (const pc of pcs) {
      const run = await pc.syncNow();
      expect(run?.ok).toBe(true);
    }
  }
}

describe('two PCs of one station and a PC of another', () => {
  it('replicate every collection both ways, and each station sees only its own database', async () => {
    const teamId = await a1.createTeam({ name: '红马甲志愿服务队', field: 'aid' });
    const projectId = await a1.createProject({ name: '邻里守望', field: 'aid', startDate: '2024-03-01', status: 'running' });
    const zhang = await a1.createVolunteer(volunteerInput({ name: '张三', idNumber: withCheckChar('37010219800101001'), teamIds: [teamId] }));
    const li = await a2.createVolunteer(volunteerInput({ name: '李四', gender: 'female', idNumber: withCheckChar('37010219850202002') }));
    const activityId = await a1.createActivity({
      title: '义诊进社区',
      date: '2024-03-05',
      startTime: '09:00',
      endTime: '11:00',
      place: '社区服务中心',
      field: 'health',
      teamId,
      projectId,
      participants: [{ volunteerId: zhang, hours: 2 }],
    });
    const certificateId = await a1.issueCertificate(zhang, 1);
    const onlyB = await b1.createVolunteer(volunteerInput({ name: '王五', idNumber: withCheckChar('37010219900303003') }));
    await settle([a1, a2, b1]);

    await a2.updateVolunteer(zhang, { notes: '在 2 号电脑上补充的备注' });
    await a1.remove('projects', projectId);
    await settle([a1, a2, b1]);

    const [s1, s2, sb] = await Promise.all([a1.snapshot(), a2.snapshot(), b1.snapshot()]);
    const onServerA = await serverDocs(couch.server.url, couch.server.admin, stationA.setup.database);
    const onServerB = await serverDocs(couch.server.url, couch.server.admin, stationB.setup.database);

    // Every collection arrived on the other PC of the station, with the same content.
    for (const [collection, ids] of Object.entries({ teams: [teamId], volunteers: [zhang, li], activities: [activityId], certificates: [certificateId], station: [stationProfileId(A)] })) {
      for (const id of ids) {
        expect(s1[collection]?.[id], `${collection} ${id} on PC 1`).toBeDefined();
        expect(s2[collection]?.[id], `${collection} ${id} on PC 2`).toBe(s1[collection]?.[id]);
        expect(onServerA[id], `${collection} ${id} on the server`).toBe(s1[collection]?.[id]);
      }
    }
    expect(s1.volunteers?.[zhang]).toContain('在 2 号电脑上补充的备注');
    // The deletion travelled as a deletion, not as a disappearance.
    expect(s2.projects?.[projectId]).toContain('"deleted":true');
    expect(onServerA[projectId]).toContain('"deleted":true');
    // Both PCs set the station profile up on their own: one version won everywhere, the other is kept
    // in the conflict register, which replicates like every other collection.
    const profileConflicts = Object.values(s1.conflicts ?? {}).filter((c) => c.includes(`"docId":"${stationProfileId(A)}"`));
    expect(profileConflicts).toHaveLength(1);
    expect(s2.conflicts).toEqual(s1.conflicts);
    // Both PCs and the server hold exactly the same documents.
    expect(stationSide(s1)).toEqual(onServerA);
    expect(stationSide(s2)).toEqual(onServerA);
    // Station B has its own record only; nothing crossed between the stations.
    expect(Object.keys(live(stationSide(sb))).sort()).toEqual(Object.keys(live(onServerB)).sort());
    expect(onServerB[onlyB]).toBeDefined();
    expect(onServerA[onlyB]).toBeUndefined();
    expect(stationSide(s1)[onlyB]).toBeUndefined();
    expect(stationSide(sb)[zhang]).toBeUndefined();
    // The city catalogue came down to every PC, read-only and whole.
    const catalog = await serverDocs(couch.server.url, couch.server.admin, 'catalog');
    expect(Object.keys(catalog).length).toBeGreaterThan(0);
    expect(s1.catalog).toEqual(catalog);
    expect(s2.catalog).toEqual(catalog);
    expect(sb.catalog).toEqual(catalog);

    for (const pc of [a1, a2, b1]) {
      const status = await pc.status();
      expect(status.phase).toBe('upToDate');
      expect(status.pending).toBe(0);
      expect(status.runs.length).toBeGreaterThan(0);
      expect(status.runs.length).toBeLessThanOrEqual(20);
    }
  }, 180_000);
});
