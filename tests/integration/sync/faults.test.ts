import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCityServer, type CityServer, type ProvisionedStation } from '../support/cityProvision';
import { couchRequest } from '../support/couchHttp';
import { volunteerInput, withCheckChar } from '../../support/testLedger';
import { startFaultProxy, type FaultProxy } from './support/faultProxy';
import { openRemotePc, type RemotePc } from './support/remotePc';
import { asHeldBy, eventually, live, pcOptions, serverDocs, stationSide } from './support/serverDocs';
import { openPc, TEST_TIMINGS, type Pc } from './support/stationPc';

const A = 'JN-LX-001';
/** Another seed (FAULT_SEED) replays other fault sequences when hunting a rare failure. */
const SEED = Number(process.env.FAULT_SEED ?? 20_241_122);
const FAULT_RATE = 0.3;
const FAULTS_WANTED = 200;
/** Bounds on the writing phase: whichever comes first (the fault count is what we wait for). */
const MAX_OPS_PER_WRITER = 1500;
const WRITE_PHASE_MS = 240_000;
/** Bounds on the quiet phase after the faults stop. */
const SETTLE_ROUNDS = 15;

/**
 * The client gives up on a stalled request after requestTimeoutMs (the proxy holds it for STALL_MS, longer):
 * short, so stalls cost little. On a loaded machine a slow server answer is abandoned too and carried out
 * later; a create arriving so after its record's deletion is covered by lateCreate.test.ts.
 */
const timings = { ...TEST_TIMINGS, requestTimeoutMs: 2500, changesWaitMs: 500 };
const STALL_MS = 4000;

let couch: CityServer;
let station: ProvisionedStation;
let proxy: FaultProxy;
let pc1: Pc;
let pc2: RemotePc;

beforeAll(async () => {
  couch = await startCityServer([A]);
  station = couch.station(A);
  proxy = await startFaultProxy({ target: couch.server.url, faultRate: 0, maxFaults: 10_000, stallMs: STALL_MS, seed: SEED });
  [pc1, pc2] = await Promise.all([
    openPc({ ...pcOptions('faults-pc1', station, proxy.url), timings, storage: 'dev' }),
    openRemotePc({ ...pcOptions('faults-pc2', station, proxy.url), timings }),
  ]);
  await pc1.setUpAndConnect();
  await pc2.setUpAndConnect();
}, 180_000);

afterAll(async () => {
  await Promise.allSettled([pc1?.close(), pc2?.close()]);
  await pc2?.terminate();
  await proxy?.stop();
  await couch?.stop();
}, 60_000);

function sameDocs(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A valid resident ID number per writer and counter: birth dates walk forward from 1960, odd sequence = male. */
function idNumber(writer: number, n: number): string {
  const birth = new Date(Date.UTC(1960, 0, 1) + n * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  return withCheckChar(`370102${birth}${writer === 1 ? '001' : '003'}`);
}

type Writer = Pick<Pc, 'createVolunteer' | 'updateVolunteer' | 'remove' | 'updateTeam' | 'syncNow'>;

interface WriterLog {
  created: string[];
  deleted: Set<string>;
  ops: number;
}

async function keepWriting(pc: Writer | RemotePc, writer: 1 | 2, teamId: string, until: () => boolean): Promise<WriterLog> {
  const log: WriterLog = { created: [], deleted: new Set(), ops: 0 };
  const alive = () => log.created.filter((id) => !log.deleted.has(id));
  for (let i = 0; i < MAX_OPS_PER_WRITER && !until(); i++) {
    const step = i % 6;
    if (step <= 1 || alive().length < 3) {
      log.created.push(await pc.createVolunteer(volunteerInput({ name: `志愿者${writer}号${i}`, idNumber: idNumber(writer, i) })));
    } else if (step === 2 || step === 3) {
      const list = alive();
      const id = list[i % list.length] ?? '';
      await pc.updateVolunteer(id, { notes: `第${i}次修改（${writer}号机）` });
    } else if (step === 4) {
      const id = alive()[0] ?? '';
      await pc.remove('volunteers', id);
      log.deleted.add(id);
    } else {
      // Both writers edit one shared record: edit/edit conflicts under faults too.
      await pc.updateTeam(teamId, { description: `${writer}号机第${i}次修改` });
    }
    log.ops += 1;
    if (i % 5 === 4) await pc.syncNow();
    await sleep(20);
  }
  return log;
}

describe('sync through a network that breaks', () => {
  it(`loses and duplicates nothing while ${FAULTS_WANTED}+ faults hit two writing PCs`, async () => {
    const teamId = await pc1.createTeam({ name: '共享服务队', field: 'aid' });
    expect(await pc1.syncNow()).toMatchObject({ ok: true });
    expect(await pc2.syncNow()).toMatchObject({ ok: true });

    const started = Date.now();
    proxy.setFaultRate(FAULT_RATE);
    const enough = () => proxy.totalFaults() >= FAULTS_WANTED || Date.now() - started > WRITE_PHASE_MS;
    const [log1, log2] = await Promise.all([keepWriting(pc1, 1, teamId, enough), keepWriting(pc2, 2, teamId, enough)]);
    const writeMs = Date.now() - started;
    proxy.setFaultRate(0);
    const faults = proxy.totalFaults();

    // The network is good again: a few rounds must bring every side to the same state.
    let rounds = 0;
    let same = false;
    for (; rounds < SETTLE_ROUNDS && !same; rounds++) {
      const r1 = await pc1.syncNow();
      const r2 = await pc2.syncNow();
      const [s1, s2] = await Promise.all([pc1.snapshot(), pc2.snapshot()]);
      const onServer = await serverDocs(couch.server.url, couch.server.admin, station.setup.database);
      same = r1?.ok === true && r2?.ok === true && sameDocs(stationSide(s1), asHeldBy(onServer, stationSide(s1))) && sameDocs(stationSide(s2), asHeldBy(onServer, stationSide(s2)));
    }
    const totalMs = Date.now() - started;
    expect(faults).toBeGreaterThanOrEqual(FAULTS_WANTED);
    const [s1, s2] = await Promise.all([pc1.snapshot(), pc2.snapshot()]);
    const onServer = await serverDocs(couch.server.url, couch.server.admin, station.setup.database);
    const conflictCount = Object.keys(onServer).filter((id) => id.startsWith('conflict:')).length;
    console.log(
      `fault test: ${faults} faults ${JSON.stringify(proxy.faults())} in ${proxy.requests()} requests; ` +
        `writes ${log1.ops}+${log2.ops}, ${conflictCount} conflicts kept; writing ${Math.round(writeMs / 1000)} s, ` +
        `settled after ${rounds} rounds, ${Math.round(totalMs / 1000)} s in all`,
    );
    // Same documents everywhere, compared by id and content (deletions included).
    expect(stationSide(s1)).toEqual(asHeldBy(onServer, stationSide(s1)));
    expect(stationSide(s2)).toEqual(asHeldBy(onServer, stationSide(s2)));
    // Nothing lost, nothing extra: the live volunteers are exactly those created and not deleted.
    const expected = [...log1.created, ...log2.created].filter((id) => !log1.deleted.has(id) && !log2.deleted.has(id)).sort();
    const liveVolunteers = Object.keys(live(onServer))
      .filter((id) => id.startsWith('volunteer:'))
      .sort();
    // Should a deleted record come back, say how it did: its revision tree on the server and on each PC.
    for (const id of liveVolunteers.filter((v) => !expected.includes(v))) {
      const tree = await couchRequest(couch.server.url, 'GET', `/${station.setup.database}/${encodeURIComponent(id)}?open_revs=all&revs=true`, { auth: couch.server.admin });
      console.log(`revived ${id}: deleted by pc${log1.deleted.has(id) ? 1 : 2}; server ${JSON.stringify(tree.body)}; pc1 ${s1.volunteers?.[id] ?? '-'}; pc2 ${s2.volunteers?.[id] ?? '-'}`);
    }
    expect(liveVolunteers).toEqual(expected);
    for (const id of [...log1.deleted, ...log2.deleted]) expect(onServer[id]).toContain('"deleted":true');
    // The record both PCs kept editing ended the same everywhere (the versions it lost are in `conflicts`, compared above).
    expect(s1.teams?.[teamId]).toBe(onServer[teamId]);
    expect(s2.teams?.[teamId]).toBe(onServer[teamId]);
    for (const pc of [pc1, pc2]) {
      // A run the server's change feed started a moment ago may still be going; it must end up to date.
      await eventually('up to date', async () => (await pc.status()).phase === 'upToDate');
      expect((await pc.status()).rejected).toEqual([]);
    }
  }, 600_000);
});
