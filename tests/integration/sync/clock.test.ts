import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../../src-renderer/data/session';
import { createLedgerStorage } from '../../../src-renderer/data/storage';
import type { StationCredentials } from '../../../src-renderer/platform/api';
import { createSyncService, type SyncService } from '../../../src-renderer/sync/syncService';
import { DAY_MS, shiftedWallClock, withShiftedWriteTimes, YEAR_MS } from '../../support/shiftedWriteTimes';
import { volunteerInput, withCheckChar } from '../../support/testLedger';
import { startCityServer, type CityServer, type ProvisionedStation } from '../support/cityProvision';
import { startFaultProxy, type FaultProxy } from './support/faultProxy';
import { openRemotePc, type RemotePc } from './support/remotePc';
import { credentialsOf, eventually, live, pcOptions, serverDocs, stationSide } from './support/serverDocs';
import { contentKey, openPc, TEST_TIMINGS, type Pc } from './support/stationPc';

const A = 'JN-LX-001';

let couch: CityServer;
let station: ProvisionedStation;

beforeAll(async () => {
  couch = await startCityServer([A]);
  station = couch.station(A);
}, 180_000);

afterAll(async () => {
  await couch?.stop();
}, 60_000);

const PROFILE_REST = { contactName: '李站长', contactPhone: '13805310001', address: '济南市历下区幸福里社区服务中心一楼', services: ['water'] };

/** One run of the app on a PC whose clock is `shiftMs` off: a ledger and its sync service. */
interface AppRun {
  ledger: Ledger;
  sync: SyncService;
  close(): Promise<void>;
}

/** The credentials stay saved between runs of the app, as in the OS keychain. */
const saved = { value: null as StationCredentials | null };

/** The app run open now, closed by the suite if a test fails half-way (RxDB caps open collections). */
let current: AppRun | null = null;

async function startApp(name: string, shiftMs: number, credentials: StationCredentials): Promise<AppRun> {
  const storage = withShiftedWriteTimes(await createLedgerStorage(), shiftMs);
  const ledger = await openLedger({ storage, name, localName: `${name}-local`, now: shiftedWallClock(shiftMs) });
  const sync = createSyncService({
    ledger,
    credentials: {
      loadCredentials: () => Promise.resolve(saved.value),
      saveCredentials: (c) => Promise.resolve(void (saved.value = c)),
      clearCredentials: () => Promise.resolve(void (saved.value = null)),
    },
    timings: TEST_TIMINGS,
    random: () => 0.5,
  });
  if (!(await ledger.station.get())) await ledger.setUpStation({ ...station.setup.station, ...PROFILE_REST });
  await sync.start();
  const run: AppRun = {
    ledger,
    sync,
    async close() {
      current = null;
      await sync.stop();
      await ledger.close();
    },
  };
  current = run;
  if (!saved.value) await sync.connect(credentials);
  return run;
}

async function syncOk(run: AppRun): Promise<void> {
  const result = await run.sync.syncNow();
  expect(result?.errorKey, result?.errorDetail).toBe('');
}

async function pendingBecomes(run: AppRun, count: number): Promise<void> {
  await eventually(`pending ${count}`, () => Promise.resolve(run.sync.getStatus().pending === count), { tries: 50, pauseMs: 100 });
}

async function volunteerOnServer(id: string): Promise<string | undefined> {
  return (await serverDocs(couch.server.url, couch.server.admin, station.setup.database))[id];
}

describe('a PC clock set back across a restart', () => {
  let net: FaultProxy;
  let other: RemotePc;

  beforeAll(async () => {
    net = await startFaultProxy({ target: couch.server.url, faultRate: 0, maxFaults: 0, stallMs: 1000, seed: 7 });
    other = await openRemotePc(pcOptions('clock-other', station));
  }, 120_000);

  afterAll(async () => {
    await current?.close();
    await other?.close().catch(() => undefined);
    await other?.terminate();
    await net?.stop();
  }, 60_000);

  it('a day back, a year back, then right again: every edit reaches the server and the other PC, and the pending count says so', async () => {
    const name = 'clock-shifted';
    const credentials = credentialsOf(station, net.url);
    // The 17th digit is odd: the volunteers are men, as volunteerInput() says.
    const idNumber = (n: number) => withCheckChar(`3701021980010100${2 * n - 1}`);

    // Right clock: three records, synced. The push checkpoint is now at today's time.
    let run = await startApp(name, 0, credentials);
    const ids: string[] = [];
    for (const n of [1, 2, 3]) ids.push((await run.ledger.volunteers.create(volunteerInput({ name: `志愿者${n}`, idNumber: idNumber(n) }))).id);
    await syncOk(run);
    await pendingBecomes(run, 0);
    await run.close();

    const [first = '', second = '', third = ''] = ids;
    const sessions: { shiftMs: number; label: string; edit: (ledger: Ledger) => Promise<number> }[] = [
      {
        shiftMs: -DAY_MS,
        label: '拨回一天',
        async edit(ledger) {
          await ledger.volunteers.update(first, { ...(await ledger.volunteers.get(first)), notes: '拨回一天后修改' });
          ids.push((await ledger.volunteers.create(volunteerInput({ name: '拨回一天新建', idNumber: idNumber(4) }))).id);
          return 2;
        },
      },
      {
        shiftMs: -YEAR_MS,
        label: '拨回一年',
        async edit(ledger) {
          await ledger.volunteers.update(second, { ...(await ledger.volunteers.get(second)), notes: '拨回一年后修改' });
          await ledger.volunteers.remove(third);
          ids.push((await ledger.volunteers.create(volunteerInput({ name: '拨回一年新建', idNumber: idNumber(5) }))).id);
          return 3;
        },
      },
      {
        shiftMs: 0,
        label: '时钟改回',
        async edit(ledger) {
          await ledger.volunteers.update(first, { ...(await ledger.volunteers.get(first)), notes: '时钟改回后再改' });
          return 1;
        },
      },
    ];

    for (const session of sessions) {
      run = await startApp(name, session.shiftMs, credentials);
      await syncOk(run);
      // Offline while editing: what the header counts is what has not reached the server.
      net.setDown(true);
      const edits = await session.edit(run.ledger);
      await pendingBecomes(run, edits);
      net.setDown(false);
      await syncOk(run);
      await pendingBecomes(run, 0);
      await run.close();
    }

    const onServer = await serverDocs(couch.server.url, couch.server.admin, station.setup.database);
    expect(onServer[first]).toContain('时钟改回后再改');
    expect(onServer[second]).toContain('拨回一年后修改');
    expect(onServer[third]).toContain('"deleted":true');
    expect(ids).toHaveLength(5);
    for (const id of ids) expect(onServer[id], id).toBeDefined();

    // The other PC gets exactly the records the server has (a PC joining later needs no tombstones).
    await other.joinAndConnect();
    expect((await other.syncNow())?.ok).toBe(true);
    expect(live(stationSide(await other.snapshot()))).toEqual(live(onServer));

    // The edits of the set-back runs were stamped after everything this PC had written before.
    run = await startApp(name, 0, credentials);
    const stamps = await Promise.all([first, second].map(async (id) => (await run.ledger.volunteers.get(id))?.updatedAt ?? ''));
    await run.close();
    for (const stamp of stamps) expect(Date.parse(stamp)).toBeGreaterThan(Date.now() - DAY_MS);
  }, 240_000);
});

describe('conflict winners do not depend on a correct clock', () => {
  let online = true;
  let dropNextPushAnswer = false;
  let dropped: () => void = () => undefined;
  /** What PC 1 talks to the server with: a network that can lose the answer to a push the server did take. */
  const flakyFetch: typeof fetch = async (input, init) => {
    if (!online) throw new TypeError('fetch failed: the PC is offline');
    const response = await fetch(input, init);
    const url = input instanceof Request ? input.url : String(input);
    if (dropNextPushAnswer && init?.method === 'POST' && url.includes('/_bulk_docs')) {
      dropNextPushAnswer = false;
      online = false;
      dropped();
      throw new TypeError('fetch failed: the connection dropped before the answer');
    }
    return response;
  };
  let pc1: Pc;
  let pc2: RemotePc;

  beforeAll(async () => {
    const yearBehind = new Date(Date.now() - YEAR_MS).toISOString();
    [pc1, pc2] = await Promise.all([
      openPc({ ...pcOptions('clock-right', station), timings: TEST_TIMINGS, storage: 'dev', fetch: flakyFetch }),
      openRemotePc({ ...pcOptions('clock-year-behind', station), timings: TEST_TIMINGS, clockStart: yearBehind }),
    ]);
    await pc1.setUpAndConnect();
    await pc2.joinAndConnect();
  }, 120_000);

  afterAll(async () => {
    await Promise.allSettled([pc1?.close(), pc2?.close()]);
    await pc2?.terminate();
  }, 60_000);

  it('the edit made after seeing the other version wins, though its PC clock is a year behind; the other is kept', async () => {
    const id = await pc1.createVolunteer(volunteerInput({ name: '吴十', idNumber: withCheckChar('37010219800101011') }));
    expect((await pc1.syncNow())?.ok).toBe(true);
    expect((await pc2.syncNow())?.ok).toBe(true);

    // PC 1's edit reaches the server, but PC 1 never hears so: its network drops with the answer.
    const lost = new Promise<void>((resolve) => (dropped = resolve));
    dropNextPushAnswer = true;
    await pc1.updateVolunteer(id, { notes: '一号机的修改（答复丢失）' });
    await lost;
    expect(await volunteerOnServer(id)).toContain('一号机的修改（答复丢失）');

    // PC 2 (clock a year behind) takes that version, and the keeper edits it there: the causally later edit.
    expect((await pc2.syncNow())?.ok).toBe(true);
    expect((await pc2.getVolunteer(id))?.notes).toBe('一号机的修改（答复丢失）');
    await pc2.updateVolunteer(id, { notes: '二号机在看到一号机的修改之后再改' });
    expect((await pc2.syncNow())?.ok).toBe(true);

    // PC 1 comes back and pushes its edit again: the server's version is not the one it assumed.
    online = true;
    for (let round = 0; round < 3; round++) {
      await pc1.syncNow();
      expect((await pc2.syncNow())?.ok).toBe(true);
    }
    expect((await pc1.syncNow())?.ok).toBe(true);

    const onServer = await volunteerOnServer(id);
    expect(onServer).toContain('二号机在看到一号机的修改之后再改');
    expect(contentKey({ ...(await pc1.getVolunteer(id)) })).toBe(onServer);
    expect(contentKey({ ...(await pc2.getVolunteer(id)) })).toBe(onServer);
    // Nothing is lost: if the two versions met as a conflict, the earlier one waits for review.
    for (const conflict of [...(await pc1.openConflicts()), ...(await pc2.openConflicts())].filter((c) => c.docId === id)) {
      expect(conflict.loser).toContain('一号机的修改（答复丢失）');
    }
  }, 180_000);
});
