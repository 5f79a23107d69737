import { describe, expect, it } from 'vitest';
import { takeDueSnapshot } from '../../../src-renderer/data/backup/autoSnapshot';
import { createBackup } from '../../../src-renderer/data/backup/createBackup';
import { gunzip, gzip } from '../../../src-renderer/data/backup/gzip';
import { lockBackup } from '../../../src-renderer/data/backup/passwordLock';
import { BackupFileError, readBackup } from '../../../src-renderer/data/backup/readBackup';
import { restoreBackup } from '../../../src-renderer/data/backup/restoreBackup';
import { fillStation, storedRecords, withLedger } from './backupFixture';
import { memorySnapshotStore } from './memorySnapshotStore';
import { addStationPhotos, photosAsSeen } from './photoFixture';

async function refusal(work: Promise<unknown>): Promise<string | null> {
  try {
    await work;
    return null;
  } catch (error) {
    if (error instanceof BackupFileError) return error.reason;
    throw error;
  }
}

/** A filled station with photos in every state, its keeper's backup, and its photos as they were. */
async function stationWithPhotos() {
  return withLedger(async (source) => {
    await fillStation(source);
    const activity = (await source.activities.latest())?.id ?? '';
    const ids = await addStationPhotos(source, activity);
    const file = await createBackup(source, '0.1.0');
    return { file, ids, photos: await photosAsSeen(source), records: await storedRecords(source) };
  });
}

describe('photos in a station backup (备份到U盘 / 立即备份)', () => {
  it('come back into an empty PC with identical bytes, a photo the server held staying on the server, the others to be sent', async () => {
    const { file, ids, photos, records } = await stationWithPhotos();
    expect(file.header.formatVersion).toBe(2);
    // Five photos are not deleted; four have their full file here (the evicted one only its thumbnail).
    expect(file.header.photos).toEqual({ scope: 'all', count: 5, withFile: 4, bytes: 3000 * 3 + 5000 + 200 * 5 });

    await withLedger(async (target) => {
      const result = await restoreBackup(target, await readBackup(file.data));
      expect(result.photos).toEqual({ added: 5, filled: 0, same: 0 });
      expect(await storedRecords(target)).toEqual(records);
      const restored = await photosAsSeen(target);
      expect(Object.keys(restored).sort()).toEqual([ids.pending, ids.kept, ids.evicted, ids.refused, ids.orphan].sort());
      for (const id of [ids.pending, ids.kept, ids.evicted, ids.orphan]) {
        expect(restored[id]).toEqual(photos[id]);
      }
      // The server refused it from the other PC: this PC asks again (and is told again if it still is too large).
      expect(restored[ids.refused]).toEqual({ ...photos[ids.refused], state: 'pending' });
      expect(restored[ids.evicted]).toMatchObject({ state: 'onServer', rev: '1-evicted', full: null });
      expect(restored[ids.kept]).toMatchObject({ state: 'onServer', rev: '1-kept', fullType: 'image/jpeg' });
      // The photo channel sends exactly the photos the server did not hold, its record or not.
      const toSend = (await target.photos.channel.pendingUploads()).map((row) => row.id).sort();
      expect(toSend).toEqual([ids.pending, ids.refused, ids.orphan].sort());
      // The screens see them under their record: the activity's four, the orphan waiting for its request.
      const activity = photos[ids.pending]?.meta.owner.id ?? '';
      expect((await target.photos.get(ids.pending))?.meta.fileName).toBe('IMG_0001.jpg');
      expect(await target.photos.channel.db.photos.where('ownerKey').equals(`activity|${activity}`).count()).toBe(4);
    });
  });

  it('adds nothing when the same file is restored again', async () => {
    const { file } = await stationWithPhotos();
    await withLedger(async (target) => {
      await restoreBackup(target, await readBackup(file.data));
      const afterFirst = await target.photos.channel.db.photos.toArray();
      const second = await restoreBackup(target, await readBackup(file.data));
      expect(second.photos).toEqual({ added: 0, filled: 0, same: 5 });
      const afterSecond = await target.photos.channel.db.photos.toArray();
      expect(afterSecond.map((r) => [r.id, r.seq, r.state])).toEqual(afterFirst.map((r) => [r.id, r.seq, r.state]));
    });
  });

  it('gives a photo evicted on this PC its full file back, leaves the others as they are and never brings back a deleted one', async () => {
    await withLedger(async (pc) => {
      await fillStation(pc);
      const ids = await addStationPhotos(pc, (await pc.activities.latest())?.id ?? '');
      const file = await createBackup(pc, '0.1.0');
      const before = await photosAsSeen(pc);
      // The server now holds the pending one and this PC makes room: its file goes, and the kept one's.
      await pc.photos.channel.markOnServer(ids.pending, '1-pending');
      await pc.photos.evictTo(0);
      expect((await pc.photos.channel.db.photos.get(ids.pending))?.full).toBeNull();
      expect((await pc.photos.channel.db.photos.get(ids.kept))?.full).toBeNull();
      await pc.photos.remove(ids.orphan);

      const result = await restoreBackup(pc, await readBackup(file.data));
      expect(result.photos).toEqual({ added: 0, filled: 2, same: 3 });
      const after = await photosAsSeen(pc);
      // Its file back, its state this PC's own (the server holds it now).
      expect(after[ids.pending]).toEqual({ ...before[ids.pending], state: 'onServer', rev: '1-pending' });
      expect(after[ids.kept]).toEqual(before[ids.kept]);
      expect(after[ids.evicted]).toEqual(before[ids.evicted]);
      expect(after[ids.orphan]).toMatchObject({ deleted: true, full: null });
      expect(after[ids.deleted]).toEqual(before[ids.deleted]);
    });
  });

  it('refuses the file when one byte of a photo was changed, even repacked, and writes nothing', async () => {
    const { file } = await stationWithPhotos();
    const plain = await gunzip(file.data);
    const photoStart = plain.length - (file.header.photos?.bytes ?? 0);
    for (const at of [photoStart, photoStart + 3100, plain.length - 1]) {
      const changed = plain.slice();
      changed[at] = (changed[at] ?? 0) ^ 0x10;
      expect(await refusal(readBackup(await gzip(changed)))).toBe('damaged');
    }
    // Cut short by one photo byte, or one byte longer: the section no longer has the header's length.
    expect(await refusal(readBackup(await gzip(plain.slice(0, plain.length - 1))))).toBe('damaged');
    const longer = new Uint8Array(plain.length + 1);
    longer.set(plain);
    expect(await refusal(readBackup(await gzip(longer)))).toBe('damaged');
    const locked = await lockBackup(file.data, '幸福里2024', { stationCode: file.header.stationCode, createdAt: file.header.createdAt }, 100_000);
    const flipped = locked.slice();
    flipped[flipped.length - 40] = (flipped[flipped.length - 40] ?? 0) ^ 1;
    expect(await refusal(readBackup(flipped, '幸福里2024'))).toBe('wrongPassword');
    expect((await readBackup(locked, '幸福里2024')).header.photos?.count).toBe(5);
    await withLedger(async (target) => {
      const changed = plain.slice();
      changed[plain.length - 1] = (changed[plain.length - 1] ?? 0) ^ 0x10;
      await expect(readBackup(await gzip(changed)).then((read) => restoreBackup(target, read))).rejects.toBeInstanceOf(BackupFileError);
      expect(await target.photos.channel.db.photos.count()).toBe(0);
    });
  });

  it('is written as format 1 when the station has no photos, and a format-1 file restores with no photos', async () => {
    const file = await withLedger(async (source) => {
      await fillStation(source);
      return createBackup(source, '0.1.0');
    });
    expect(file.header.formatVersion).toBe(1);
    const text = new TextDecoder().decode(await gunzip(file.data));
    expect(text).not.toContain('"photos"');
    await withLedger(async (target) => {
      const result = await restoreBackup(target, await readBackup(file.data));
      expect(result.total.add).toBe(8);
      expect(result.photos).toEqual({ added: 0, filled: 0, same: 0 });
    });
  });
});

describe('photos in the automatic snapshots', () => {
  it('are only those the server does not hold yet, and restore from the snapshot', async () => {
    const store = memorySnapshotStore();
    const { taken, ids, photos } = await withLedger(async (pc) => {
      await fillStation(pc);
      const ids = await addStationPhotos(pc, (await pc.activities.latest())?.id ?? '');
      const taken = await takeDueSnapshot(pc, store, '0.1.0', () => new Date('2026-12-04T09:00:00'));
      return { taken, ids, photos: await photosAsSeen(pc) };
    });
    const backup = await readBackup(store.read(taken?.id ?? '') ?? new Uint8Array());
    expect(backup.header.photos).toMatchObject({ scope: 'unsent', count: 3, withFile: 3 });
    expect((backup.body.photos ?? []).map((p) => p.meta.id).sort()).toEqual([ids.pending, ids.refused, ids.orphan].sort());
    await withLedger(async (target) => {
      expect((await restoreBackup(target, backup)).photos).toEqual({ added: 3, filled: 0, same: 0 });
      expect((await photosAsSeen(target))[ids.pending]).toEqual(photos[ids.pending]);
    });
  });
});
