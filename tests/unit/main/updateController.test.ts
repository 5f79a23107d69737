import { describe, expect, it } from 'vitest';
import { createUpdateController, UPDATE_CHECK_INTERVAL_MS, type Updater } from '../../../src-main/updates/updateController';
import type { SnapshotInfo, StationCredentials, UpdateStatus } from '../../../src-renderer/platform/api';

const CREDENTIALS: StationCredentials = {
  serverUrl: 'https://wmsj.example.cn',
  database: 'station-jn-lx-001',
  username: 'station-jn-lx-001',
  password: 'a-long-random-password-123',
  updateUrl: 'https://wmsj.example.cn/app-updates/win',
};

function snapshot(sequence: number, reason: SnapshotInfo['reason'] = 'update', appVersion = '0.1.0'): SnapshotInfo {
  return { id: `${sequence}-2026-05-01-${reason}.slbackup`, sequence, bytes: 10, reason, day: '2026-05-01', createdAt: '2026-05-01T08:00:00.000Z', appVersion, stationCode: 'JN-LX-001', records: 3 };
}

/** Errors as electron-updater throws them. */
const httpError = (statusCode: number) => Object.assign(new Error(`${statusCode} Unauthorized`), { name: 'HttpError', statusCode, code: `HTTP_ERROR_${statusCode}` });
const checksumError = () => Object.assign(new Error('sha512 checksum mismatch, expected abc, got def'), { code: 'ERR_CHECKSUM_MISMATCH' });

/** Waits for every promise chain the fakes started: they all settle in microtasks. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

interface Setup {
  offered?: string | null;
  checkError?: Error;
  downloadError?: Error;
  online?: boolean;
  credentials?: StationCredentials | null;
  snapshots?: SnapshotInfo[];
  updater?: boolean;
}

function setUp(setup: Setup = {}) {
  const state = {
    offered: setup.offered === undefined ? '0.2.0' : setup.offered,
    checkError: setup.checkError,
    downloadError: setup.downloadError,
    online: setup.online ?? true,
    credentials: setup.credentials === undefined ? CREDENTIALS : setup.credentials,
    snapshots: setup.snapshots ?? [snapshot(1, 'daily')],
  };
  const calls: string[] = [];
  const feeds: unknown[] = [];
  const updater: Updater = {
    setFeed: (feed) => void feeds.push(feed),
    check: () => {
      calls.push('check');
      return state.checkError === undefined ? Promise.resolve(state.offered) : Promise.reject(state.checkError);
    },
    download: (onProgress) => {
      calls.push(`download after snapshots ${state.snapshots.map((s) => s.sequence).join(',')}`);
      for (const percent of [0, 12.5, 12.9, 60, 100]) onProgress(percent);
      return state.downloadError === undefined ? Promise.resolve() : Promise.reject(state.downloadError);
    },
    quitAndInstall: () => void calls.push('quitAndInstall'),
  };
  const published: UpdateStatus[] = [];
  let scheduled: (() => void) | null = null;
  const controller = createUpdateController({
    updater: setup.updater === false ? null : updater,
    unsupported: 'not-installed',
    appVersion: '0.1.0',
    loadCredentials: () => Promise.resolve(state.credentials),
    isOnline: () => state.online,
    listSnapshots: () => Promise.resolve([...state.snapshots]),
    publish: (status) => void published.push(status),
    every: (ms, run) => {
      expect(ms).toBe(UPDATE_CHECK_INTERVAL_MS);
      scheduled = run;
      return () => {
        scheduled = null;
      };
    },
    log: () => undefined,
  });
  /** The scheduled check coming round (hours later in real life). */
  const laterCheck = async () => {
    if (scheduled === null) throw new Error('nothing scheduled');
    scheduled();
    await settle();
  };
  /** What the renderer does on 现在更新: writes the update snapshot, then asks main to install. */
  const writeUpdateSnapshot = () => {
    const taken = snapshot(Math.max(0, ...state.snapshots.map((s) => s.sequence)) + 1);
    state.snapshots.push(taken);
    return taken;
  };
  return { controller, state, calls, feeds, published, laterCheck, writeUpdateSnapshot };
}

describe('the update controller', () => {
  it('checks at start, says version X is there, and downloads nothing until the keeper chooses; 稍后 is remembered for that version', async () => {
    const t = setUp();
    t.controller.start();
    await settle();
    expect(t.published).toEqual([{ phase: 'checking' }, { phase: 'available', version: '0.2.0', postponed: false }]);
    expect(t.feeds).toEqual([{ url: CREDENTIALS.updateUrl, headers: { Authorization: `Basic ${Buffer.from(`${CREDENTIALS.username}:${CREDENTIALS.password}`).toString('base64')}` } }]);

    expect(t.controller.postpone()).toEqual({ phase: 'available', version: '0.2.0', postponed: true });
    await t.laterCheck();
    expect(t.controller.status()).toEqual({ phase: 'available', version: '0.2.0', postponed: true });
    // A newer version than the one put off is asked about again.
    t.state.offered = '0.3.0';
    await t.laterCheck();
    expect(t.controller.status()).toEqual({ phase: 'available', version: '0.3.0', postponed: false });
    expect(t.calls).toEqual(['check', 'check', 'check']);
  });

  it('现在更新: with the update snapshot written first, downloads with progress, then quits and installs once', async () => {
    const t = setUp();
    await t.controller.check();
    const taken = t.writeUpdateSnapshot();
    t.published.length = 0;
    const result = await t.controller.install({ version: '0.2.0', snapshotId: taken.id });
    expect(result).toEqual({ phase: 'installing', version: '0.2.0' });
    expect(t.calls).toEqual(['check', 'download after snapshots 1,2', 'quitAndInstall']);
    expect(t.published).toEqual([
      { phase: 'downloading', version: '0.2.0', percent: 0 },
      { phase: 'downloading', version: '0.2.0', percent: 12 },
      { phase: 'downloading', version: '0.2.0', percent: 60 },
      { phase: 'downloading', version: '0.2.0', percent: 100 },
      { phase: 'installing', version: '0.2.0' },
    ]);
  });

  it('refuses to download without an update snapshot taken after the version was offered (the renderer’s snapshot failed)', async () => {
    const t = setUp({ snapshots: [snapshot(1, 'daily'), snapshot(2, 'update')] });
    await t.controller.check();
    const refusals = [
      'never-written.slbackup',
      snapshot(1, 'daily').id,
      // An update snapshot from before the offer: the start after the last update took it, not this choice.
      snapshot(2, 'update').id,
    ];
    for (const snapshotId of refusals) {
      expect(await t.controller.install({ version: '0.2.0', snapshotId })).toEqual({ phase: 'failed', problem: 'snapshot-missing', version: '0.2.0' });
    }
    t.state.snapshots.push(snapshot(3, 'update', '0.0.9'));
    expect(await t.controller.install({ version: '0.2.0', snapshotId: snapshot(3).id })).toMatchObject({ problem: 'snapshot-missing' });
    expect(t.calls).toEqual(['check']);
    // And it does not wander off by itself afterwards: the keeper tries again.
    t.controller.start();
    await settle();
    expect(t.calls).toEqual(['check']);
    const taken = t.writeUpdateSnapshot();
    expect(await t.controller.install({ version: '0.2.0', snapshotId: taken.id })).toEqual({ phase: 'installing', version: '0.2.0' });
  });

  it('installs only the version on offer', async () => {
    const t = setUp();
    await expect(t.controller.install({ version: '0.2.0', snapshotId: t.writeUpdateSnapshot().id })).rejects.toThrow(/^invalid-request: /);
    await t.controller.check();
    await expect(t.controller.install({ version: '0.9.0', snapshotId: t.writeUpdateSnapshot().id })).rejects.toThrow(/^invalid-request: /);
    expect(t.calls).toEqual(['check']);
  });

  it('offline: the scheduled check asks nothing; by hand it says offline; an update chosen offline downloads nothing', async () => {
    const t = setUp({ online: false });
    t.controller.start();
    await settle();
    await t.laterCheck();
    expect(t.calls).toEqual([]);
    expect(t.published).toEqual([]);
    expect(await t.controller.check()).toEqual({ phase: 'failed', problem: 'offline' });

    t.state.online = true;
    await t.controller.check();
    const taken = t.writeUpdateSnapshot();
    t.state.online = false;
    expect(await t.controller.install({ version: '0.2.0', snapshotId: taken.id })).toEqual({ phase: 'failed', problem: 'offline', version: '0.2.0' });
    expect(t.calls).toEqual(['check']);
  });

  it('a network failure mid-check is said as offline, and only the next scheduled check tries again', async () => {
    const t = setUp({ checkError: new Error('net::ERR_INTERNET_DISCONNECTED') });
    t.controller.start();
    await settle();
    expect(t.controller.status()).toEqual({ phase: 'failed', problem: 'offline' });
    expect(t.calls).toEqual(['check']);
    t.state.checkError = undefined;
    await t.laterCheck();
    expect(t.controller.status()).toMatchObject({ phase: 'available' });
  });

  it('401: stops at the first refusal and asks again only with other credentials (CouchDB locks an account)', async () => {
    const t = setUp({ checkError: httpError(401) });
    t.controller.start();
    await settle();
    expect(t.controller.status()).toEqual({ phase: 'failed', problem: 'unauthorized' });
    await t.laterCheck();
    await t.laterCheck();
    expect(await t.controller.check()).toEqual({ phase: 'failed', problem: 'unauthorized' });
    expect(t.calls).toEqual(['check']);

    // The keeper imports the city's new set-up file.
    t.state.checkError = undefined;
    t.state.credentials = { ...CREDENTIALS, password: 'the-new-password-from-the-city' };
    expect(await t.controller.check()).toMatchObject({ phase: 'available' });
    expect(t.calls).toEqual(['check', 'check']);
  });

  it('a bad sha512 or signature is said once, kept, and not downloaded again by itself', async () => {
    for (const error of [checksumError(), Object.assign(new Error('New version 0.2.0 is not signed by the application owner'), { code: 'ERR_UPDATER_INVALID_SIGNATURE' })]) {
      const t = setUp({ downloadError: error });
      t.controller.start();
      await settle();
      expect(await t.controller.install({ version: '0.2.0', snapshotId: t.writeUpdateSnapshot().id })).toEqual({ phase: 'failed', problem: 'integrity', version: '0.2.0' });
      await t.laterCheck();
      await t.laterCheck();
      expect(t.calls).toEqual(['check', 'download after snapshots 1,2']);
      expect(t.controller.status()).toEqual({ phase: 'failed', problem: 'integrity', version: '0.2.0' });
    }
  });

  it('says when nothing newer is there, when no update address was set up, and where updates do not apply', async () => {
    expect(await setUp({ offered: null }).controller.check()).toEqual({ phase: 'idle', checked: true });
    expect(await setUp({ credentials: null }).controller.check()).toEqual({ phase: 'not-configured' });
    const { updateUrl: _none, ...older } = CREDENTIALS;
    const noAddress = setUp({ credentials: older });
    expect(await noAddress.controller.check()).toEqual({ phase: 'not-configured' });
    expect(noAddress.calls).toEqual([]);

    const unsupported = setUp({ updater: false });
    unsupported.controller.start();
    expect(await unsupported.controller.check()).toEqual({ phase: 'unsupported', reason: 'not-installed' });
    expect(unsupported.published).toEqual([]);
  });
});
