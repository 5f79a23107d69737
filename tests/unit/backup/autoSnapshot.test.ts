import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SNAPSHOT_FAILURE_KEY, snapshotsToDelete, takeDueSnapshot } from '../../../src-renderer/data/backup/autoSnapshot';
import { readBackup } from '../../../src-renderer/data/backup/readBackup';
import { getSetting } from '../../../src-renderer/data/local/localDb';
import type { Ledger } from '../../../src-renderer/data/session';
import type { SnapshotInfo } from '../../../src-renderer/platform/api';
import { memorySnapshotStore as memoryStore } from './memorySnapshotStore';
import { openTestLedger, TEST_STATION, volunteerInput } from '../../support/testLedger';

const at = (day: string) => () => new Date(`${day}T09:00:00`);

describe('automatic snapshots', () => {
  let ledger: Ledger;
  beforeEach(async () => {
    ledger = await openTestLedger();
  });
  afterEach(async () => {
    await ledger.close();
  });

  it('takes none before the station is set up, then one at the first start of each day, holding the whole station', async () => {
    const store = memoryStore();
    expect(await takeDueSnapshot(ledger, store, '0.1.0', at('2026-12-04'))).toBeNull();
    await ledger.setUpStation(TEST_STATION);
    await ledger.volunteers.create(volunteerInput());
    const first = await takeDueSnapshot(ledger, store, '0.1.0', at('2026-12-04'));
    expect(first).toMatchObject({ reason: 'daily', day: '2026-12-04', stationCode: TEST_STATION.code, records: 2 });
    expect(await takeDueSnapshot(ledger, store, '0.1.0', at('2026-12-04'))).toBeNull();
    expect(await takeDueSnapshot(ledger, store, '0.1.0', at('2026-12-05'))).toMatchObject({ reason: 'daily', day: '2026-12-05' });
    const backup = await readBackup(store.read(first?.id ?? '') ?? new Uint8Array());
    expect(backup.header.counts.volunteers).toEqual({ live: 1, deleted: 0 });
  });

  it('takes one after the app changed, even on a day that already has one', async () => {
    const store = memoryStore();
    await ledger.setUpStation(TEST_STATION);
    await takeDueSnapshot(ledger, store, '0.1.0', at('2026-12-04'));
    expect(await takeDueSnapshot(ledger, store, '0.2.0', at('2026-12-04'))).toMatchObject({ reason: 'update', appVersion: '0.2.0' });
    expect(await takeDueSnapshot(ledger, store, '0.2.0', at('2026-12-04'))).toBeNull();
  });

  it('a snapshot that could not be written is said, and tried again at the next start', async () => {
    const store = memoryStore();
    await ledger.setUpStation(TEST_STATION);
    store.failNext(new Error('QuotaExceededError'));
    await expect(takeDueSnapshot(ledger, store, '0.1.0', at('2026-12-04'))).rejects.toThrow('QuotaExceededError');
    expect(await getSetting(ledger.local, SNAPSHOT_FAILURE_KEY)).toMatchObject({ detail: 'QuotaExceededError' });
    expect(await takeDueSnapshot(ledger, store, '0.1.0', at('2026-12-04'))).toMatchObject({ reason: 'daily' });
    expect(await getSetting(ledger.local, SNAPSHOT_FAILURE_KEY)).toBeUndefined();
  });

  it('keeps 7 daily, 4 weekly and 12 monthly over a year of daily starts, and the newest update snapshots', async () => {
    const store = memoryStore();
    await ledger.setUpStation(TEST_STATION);
    const start = new Date('2026-01-01T09:00:00');
    for (let day = 0; day < 365; day++) {
      const date = new Date(start.getTime() + day * 86_400_000);
      await takeDueSnapshot(ledger, store, day % 100 === 0 ? `0.${day}.0` : `0.${day - (day % 100)}.0`, () => date);
    }
    const kept = await store.listSnapshots();
    const days = kept.filter((s) => s.reason === 'daily').map((s) => s.day);
    expect(days).toContain('2026-12-31');
    expect(days.filter((d) => d >= '2026-12-25')).toHaveLength(7);
    expect(new Set(days.map((d) => d.slice(0, 7))).size).toBeGreaterThanOrEqual(12);
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12 + 3);
    expect(kept.filter((s) => s.reason === 'update').map((s) => s.appVersion)).toEqual(['0.100.0', '0.200.0', '0.300.0']);
  }, 60_000);

  it('never deletes the newest snapshot, whatever dates the clock gave', () => {
    const entries: SnapshotInfo[] = ['2026-05-01', '2020-01-01', '2030-01-01'].map((day, i) => ({
      id: `${i + 1}`,
      sequence: i + 1,
      day,
      reason: 'daily',
      createdAt: '',
      appVersion: '0.1.0',
      stationCode: 'JN-LX-001',
      records: 0,
      bytes: 1,
    }));
    expect(snapshotsToDelete(entries).map((e) => e.id)).not.toContain('3');
  });
});
