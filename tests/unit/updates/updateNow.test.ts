import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SNAPSHOT_FAILURE_KEY, takeUpdateSnapshot } from '../../../src-renderer/data/backup/autoSnapshot';
import { readBackup } from '../../../src-renderer/data/backup/readBackup';
import { getSetting } from '../../../src-renderer/data/local/localDb';
import type { Ledger } from '../../../src-renderer/data/session';
import { describeUpdate, updateNow } from '../../../src-renderer/features/updates/updateNow';
import { zhCN } from '../../../src-renderer/i18n';
import { updates as enUpdates } from '../../../src-renderer/i18n/en/updates';
import { UPDATE_PROBLEMS, type InstallUpdateRequest, type SnapshotInfo, type UpdateStatus } from '../../../src-renderer/platform/api';
import { memorySnapshotStore } from '../backup/memorySnapshotStore';
import { lookup } from '../../support/messageKeys';
import { openTestLedger, TEST_STATION, volunteerInput } from '../../support/testLedger';

describe('现在更新 in the renderer', () => {
  let ledger: Ledger;
  beforeEach(async () => {
    ledger = await openTestLedger();
    await ledger.setUpStation(TEST_STATION);
    await ledger.volunteers.create(volunteerInput());
  });
  afterEach(async () => {
    await ledger.close();
  });

  it('writes the whole station as an update snapshot first, and only then asks main to install, naming that snapshot', async () => {
    const store = memorySnapshotStore();
    const asked: Array<{ request: InstallUpdateRequest; snapshots: SnapshotInfo[] }> = [];
    const outcome = await updateNow('0.2.0', {
      takeSnapshot: () => takeUpdateSnapshot(ledger, store, '0.1.0', () => new Date('2026-12-04T09:00:00')),
      install: async (request) => {
        asked.push({ request, snapshots: await store.listSnapshots() });
        return { phase: 'installing', version: request.version };
      },
    });
    expect(outcome).toEqual({ ok: true, status: { phase: 'installing', version: '0.2.0' } });
    expect(asked).toHaveLength(1);
    const [taken] = asked[0]?.snapshots ?? [];
    expect(taken).toMatchObject({ reason: 'update', appVersion: '0.1.0', stationCode: TEST_STATION.code });
    expect(asked[0]?.request).toEqual({ version: '0.2.0', snapshotId: taken?.id });
    const backup = await readBackup(store.read(taken?.id ?? '') ?? new Uint8Array());
    expect(backup.header.counts.volunteers).toEqual({ live: 1, deleted: 0 });
  });

  it('a snapshot that cannot be written stops the update: main is never asked, the reason is kept for the backup page', async () => {
    const store = memorySnapshotStore();
    store.failNext(new Error('QuotaExceededError'));
    let installs = 0;
    const outcome = await updateNow('0.2.0', {
      takeSnapshot: () => takeUpdateSnapshot(ledger, store, '0.1.0'),
      install: () => {
        installs += 1;
        return Promise.resolve<UpdateStatus>({ phase: 'installing', version: '0.2.0' });
      },
    });
    expect(outcome).toEqual({ ok: false, reason: 'QuotaExceededError' });
    expect(installs).toBe(0);
    expect(await store.listSnapshots()).toEqual([]);
    expect(await getSetting(ledger.local, SNAPSHOT_FAILURE_KEY)).toMatchObject({ detail: 'QuotaExceededError' });
  });
});

describe('every update status in the keeper’s words', () => {
  const statuses: UpdateStatus[] = [
    { phase: 'unsupported', reason: 'web' },
    { phase: 'unsupported', reason: 'not-installed' },
    { phase: 'unsupported', reason: 'platform' },
    { phase: 'not-configured' },
    { phase: 'idle', checked: false },
    { phase: 'idle', checked: true },
    { phase: 'checking' },
    { phase: 'available', version: '0.2.0', postponed: false },
    { phase: 'downloading', version: '0.2.0', percent: 40 },
    { phase: 'installing', version: '0.2.0' },
    ...UPDATE_PROBLEMS.map((problem): UpdateStatus => ({ phase: 'failed', problem })),
  ];

  it.each(statuses.map((s) => [JSON.stringify(s), s] as const))('%s has a Chinese and an English sentence', (_label, status) => {
    const { key, values } = describeUpdate(status);
    const relative = key.replace(/^updates\./, '');
    for (const tree of [zhCN.updates, enUpdates]) {
      const text = lookup(tree, relative);
      expect(typeof text).toBe('string');
      for (const name of Object.keys(values)) expect(text).toContain(`{{${name}}}`);
    }
  });
});
