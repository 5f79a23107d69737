import { describe, expect, it } from 'vitest';
import { gunzip } from '../../../src-renderer/data/backup/gzip';
import { BackupFileError, readBackup } from '../../../src-renderer/data/backup/readBackup';
import { restoreBackup } from '../../../src-renderer/data/backup/restoreBackup';
import { getSetting } from '../../../src-renderer/data/local/localDb';
import { TEST_STATION } from '../../support/testLedger';
import { backedUpStation, storedRecords, SYNC_PASSWORD, withLedger } from './backupFixture';

describe('a station backup restored into an empty ledger', () => {
  it('brings back every record, deletion and conflict with its revision, and the allowed settings', async () => {
    const { file, records, deviceId, ids } = await backedUpStation();
    expect(file.header).toMatchObject({
      stationCode: TEST_STATION.code,
      stationName: TEST_STATION.name,
      appVersion: '0.1.0',
      counts: {
        station: { live: 1, deleted: 0 },
        volunteers: { live: 2, deleted: 1 },
        activities: { live: 2, deleted: 0 },
        certificates: { live: 1, deleted: 0 },
        conflicts: { live: 1, deleted: 0 },
        teams: { live: 0, deleted: 0 },
      },
    });
    expect(file.fileName).toMatch(/^JN-LX-001-backup-\d{8}-\d{4}\.slbackup$/);

    await withLedger(async (target) => {
      expect(target.ctx.stationId).toBe('');
      const result = await restoreBackup(target, await readBackup(file.data));
      expect(result.total).toEqual({ add: 8, same: 0, take: 0, keep: 0, conflict: 0 });
      expect(result.failed).toBe(0);
      expect(await storedRecords(target)).toEqual(records);
      // The screens read through RxDB: they see the restored records, and the PC now keeps this station.
      expect((await target.volunteers.all()).map((v) => v.id).sort()).toEqual([ids.zhang, ids.li].sort());
      expect((await target.station.get())?.code).toBe(TEST_STATION.code);
      expect(target.ctx.stationId).toBe(TEST_STATION.code);
      expect(await getSetting(target.local, 'language')).toBe('en');
      expect(await getSetting(target.local, 'web-credentials')).toBeUndefined();
      expect(target.ctx.deviceId).not.toBe(deviceId);
    });
  });

  it('never carries the sync password or the PC id', async () => {
    const { file, deviceId } = await backedUpStation();
    const text = new TextDecoder().decode(await gunzip(file.data));
    expect(text).not.toContain(SYNC_PASSWORD);
    expect(text).not.toContain('web-credentials');
    expect(text).not.toContain('"deviceId"');
    expect(text).toContain('"language":"en"');
    // The PC id is in records it wrote (updatedBy), as on the server; never as a setting to take over.
    expect(text.split(deviceId).length).toBeGreaterThan(1);
  });

  it('changes nothing when the same file is restored a second time', async () => {
    const { file } = await backedUpStation();
    await withLedger(async (target) => {
      await restoreBackup(target, await readBackup(file.data));
      const afterFirst = await storedRecords(target);
      const second = await restoreBackup(target, await readBackup(file.data));
      expect(second.total).toEqual({ add: 0, same: 8, take: 0, keep: 0, conflict: 0 });
      expect(second.settingsAdded + second.keptUnreadable + second.failed).toBe(0);
      expect(await storedRecords(target)).toEqual(afterFirst);
    });
  });

  it("refuses another station's file and writes nothing", async () => {
    const { file } = await backedUpStation();
    await withLedger(async (other) => {
      await other.setUpStation({ ...TEST_STATION, code: 'JN-LX-002', name: '另一个站' });
      const before = await storedRecords(other);
      const attempt = restoreBackup(other, await readBackup(file.data));
      await expect(attempt).rejects.toBeInstanceOf(BackupFileError);
      await expect(attempt).rejects.toMatchObject({ key: 'backup.error.otherStation', values: { file: TEST_STATION.code, here: 'JN-LX-002' } });
      expect(await storedRecords(other)).toEqual(before);
    });
  });
});
