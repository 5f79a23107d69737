import fc from 'fast-check';
import { firstValueFrom, filter } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { PhotoMeta, PhotoOwner } from '../../../src-renderer/photos/photo';
import { photoDatabaseName, type PhotoDb, type PhotoRow } from '../../../src-renderer/photos/store/photoDb';
import { PhotoError } from '../../../src-renderer/photos/store/photoError';
import { openPhotoStore, type AddPhotoInput, type OpenedPhotoStore } from '../../../src-renderer/photos/store/photoStore';
import { evictionPlan, photoUsage } from '../../../src-renderer/photos/store/usage';
import { photos as enPhotos } from '../../../src-renderer/i18n/en/photos';
import { photos as zhPhotos } from '../../../src-renderer/i18n/zh-CN/photos';
import { lookup } from '../../support/messageKeys';
import { fillingDisk } from '../../support/fillingDisk';

const ACTIVITY: PhotoOwner = { type: 'activity', id: 'activity:one' };
let counter = 0;
const opened: OpenedPhotoStore[] = [];

function open(onOpen?: (db: PhotoDb) => void, stationId = 'S001'): OpenedPhotoStore {
  counter += 1;
  const store = openPhotoStore({ name: `photos-test-${process.pid}-${counter}`, context: () => ({ stationId, deviceId: 'pc-1' }), ...(onOpen ? { onOpen } : {}) });
  opened.push(store);
  return store;
}

afterEach(async () => {
  for (const store of opened.splice(0)) {
    store.close();
    await store.channel.db.delete();
  }
});

function input(fileName: string, bytes = 100, owner: PhotoOwner = ACTIVITY): AddPhotoInput {
  return { owner, kind: 'photo', mime: 'image/jpeg', full: new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), thumb: new Blob([new Uint8Array(10)], { type: 'image/jpeg' }), fileName, width: 1600, height: 1200, takenAt: '2026:05:01 09:30:00' };
}

describe('the photo store', () => {
  it('names its database after the ledger database', () => {
    expect(photoDatabaseName('station-ledger')).toBe('station-ledger-photos');
    expect(photoDatabaseName('station-ledger-s2')).toBe('station-ledger-photos-s2');
    expect(photoDatabaseName('test-ledger-7')).toBe('test-ledger-7-photos');
  });

  it('lists a record’s photos in the same order whatever order they were added in: by time taken, then scans by name', async () => {
    const files = [
      { ...input('IMG_3.jpg'), takenAt: '2026:05:01 10:15:00' },
      { ...input('IMG_1.jpg'), takenAt: '2026:05:01 08:05:00' },
      { ...input('签到表-2.png'), takenAt: undefined },
      { ...input('签到表-1.png'), takenAt: undefined },
      { ...input('IMG_2.jpg'), takenAt: '2026:05:01 09:40:00' },
    ];
    const shown = async (order: readonly number[]) => {
      const store = open();
      for (const i of order) {
        const { takenAt, ...rest } = files[i] ?? files[0]!;
        await store.add(takenAt === undefined ? rest : { ...rest, takenAt });
      }
      const list = await firstValueFrom(store.forOwner$(ACTIVITY).pipe(filter((l) => l.length === files.length)));
      return list.map((p) => p.meta.fileName);
    };
    const expected = ['IMG_1.jpg', 'IMG_2.jpg', 'IMG_3.jpg', '签到表-1.png', '签到表-2.png'];
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5 }), async (order) => {
        expect(await shown(order)).toEqual(expected);
      }),
      { numRuns: 6 },
    );
  });

  it('adds a photo as pending with its meta, and lists a record’s photos oldest first without deleted ones', async () => {
    const store = open();
    const a = await store.add(input('a.jpg'));
    const b = await store.add(input('b.jpg'));
    await store.add(input('other.jpg', 50, { type: 'shift', id: 'shift:x' }));
    expect(a.state).toBe('pending');
    expect(a.meta).toMatchObject({ stationId: 'S001', addedBy: 'pc-1', bytes: 100, fileName: 'a.jpg', owner: ACTIVITY, takenAt: '2026:05:01 09:30:00' });
    expect(a.meta.id).toMatch(/^photo:[0-9a-f-]{36}$/);
    expect(b.seq).toBeGreaterThan(a.seq);
    await store.remove(a.meta.id);
    const list = await firstValueFrom(store.forOwner$(ACTIVITY).pipe(filter((l) => l.length === 1)));
    expect(list.map((p) => p.meta.fileName)).toEqual(['b.jpg']);
    const counts = await firstValueFrom(store.countsByOwner$('activity'));
    expect([...counts]).toEqual([['activity:one', 1]]);
    expect(await store.get(a.meta.id)).toBeUndefined();
    expect((await store.full(b.meta.id)).size).toBe(100);
  });

  it('keeps a removed photo that may be on the server as a deletion for the channel, and drops a refused one at once', async () => {
    const store = open();
    const pending = await store.add(input('p.jpg'));
    const refused = await store.add(input('big.jpg'));
    await store.channel.markTooLarge(refused.meta.id);
    await store.remove(pending.meta.id);
    await store.remove(refused.meta.id);
    const deletions = await store.channel.pendingDeletions();
    expect(deletions.map((r) => [r.id, r.full, r.thumb])).toEqual([[pending.meta.id, null, null]]);
    expect(await store.channel.pendingUploads()).toEqual([]);
  });

  it('refuses a photo on a full disk with the keeper’s sentence, stores nothing of it, and keeps the photos before', async () => {
    const { disk, middleware } = fillingDisk();
    const store = open((db) => void db.use(middleware));
    await store.add(input('kept.jpg'));
    disk.full = true;
    const refused = await store.add(input('lost.jpg')).catch((e: unknown) => e);
    disk.full = false;
    expect(refused).toBeInstanceOf(PhotoError);
    expect((refused as PhotoError).messageKey).toBe('photos.errors.storageFull');
    expect((refused as PhotoError).params).toEqual({ name: 'lost.jpg' });
    const rows = await store.channel.db.photos.toArray();
    expect(rows.map((r) => r.meta.fileName)).toEqual(['kept.jpg']);
  });

  it('fetches an evicted full file through the channel, and says so in a sentence when there is no connection', async () => {
    const store = open();
    const photo = await store.add(input('a.jpg', 300));
    await store.channel.markOnServer(photo.meta.id, '1-abc');
    expect(await store.evictTo(0)).toBe(300);
    expect((await store.get(photo.meta.id))?.full).toBeNull();
    const offline = await store.full(photo.meta.id).catch((e: unknown) => e);
    expect((offline as PhotoError).messageKey).toBe('photos.errors.offline');
    store.channel.setFetcher(() => Promise.resolve(new Blob([new Uint8Array(300)])));
    expect((await store.full(photo.meta.id)).size).toBe(300);
    expect((await store.get(photo.meta.id))?.full?.size).toBe(300);
  });

  it('keeps a pulled photo’s meta and thumbnail without its full file, and forgets it when another PC deletes it', async () => {
    const store = open();
    const meta: PhotoMeta = { id: 'photo:00000000-0000-4000-8000-000000000001', stationId: 'S001', owner: ACTIVITY, kind: 'sheet', mime: 'application/pdf', bytes: 5000, fileName: '签到表.pdf', addedBy: 'pc-2' };
    await store.channel.putPulled(meta, '1-x', new Blob([new Uint8Array(20)]));
    const pulled = await store.get(meta.id);
    expect(pulled).toMatchObject({ state: 'onServer', full: null, deleted: false, meta });
    expect(pulled?.thumb?.size).toBe(20);
    await store.channel.pulledDeletion(meta.id);
    expect(await store.get(meta.id)).toBeUndefined();
  });

  it('reports usage live: bytes on this PC, what eviction could free, pending and refused', async () => {
    const store = open();
    const a = await store.add(input('a.jpg', 100));
    const b = await store.add(input('b.jpg', 200));
    await store.add(input('c.jpg', 400));
    await store.channel.markOnServer(a.meta.id, '1-a');
    await store.channel.markTooLarge(b.meta.id);
    const usage = await firstValueFrom(store.usage$().pipe(filter((u) => u.tooLarge === 1)));
    expect(usage).toEqual({ count: 3, bytes: 730, evictableBytes: 100, pending: 1, tooLarge: 1 });
  });
});

const arbitraryRow = fc.record({
  seq: fc.integer({ min: 1, max: 1000 }),
  state: fc.constantFrom('pending' as const, 'onServer' as const, 'tooLarge' as const),
  deleted: fc.boolean(),
  full: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: null }),
  thumb: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
});

describe('eviction', () => {
  it('drops only full files the server holds, oldest first, and no more than the budget asks', () => {
    fc.assert(
      fc.property(fc.array(arbitraryRow, { maxLength: 20 }), fc.integer({ min: 0, max: 50_000 }), (specs, budget) => {
        const rows: PhotoRow[] = specs.map((s, i) => ({
          id: `photo:${i}`,
          seq: s.seq * 100 + i,
          ownerKey: 'activity|a',
          ownerType: 'activity',
          state: s.state,
          deleted: s.deleted,
          meta: { id: `photo:${i}`, stationId: 'S', owner: ACTIVITY, kind: 'photo', mime: 'image/jpeg', bytes: s.full ?? 0, fileName: 'x', addedBy: 'pc' },
          full: s.full === null ? null : new Blob([new Uint8Array(s.full)]),
          thumb: s.thumb === null ? null : new Blob([new Uint8Array(s.thumb)]),
        }));
        const plan = evictionPlan(rows, budget);
        const chosen = plan.map((id) => rows.find((r) => r.id === id) as PhotoRow);
        for (const row of chosen) expect(row.state === 'onServer' && !row.deleted && row.full !== null).toBe(true);
        const seqs = chosen.map((r) => r.seq);
        expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
        const after = photoUsage(rows.map((r) => (plan.includes(r.id) ? { ...r, full: null } : r))).bytes;
        const evictable = rows.filter((r) => r.state === 'onServer' && !r.deleted && r.full !== null && !plan.includes(r.id));
        // Either within budget, or nothing evictable is left to drop.
        expect(after <= budget || evictable.length === 0).toBe(true);
        // No more than needed: without the last chosen file the budget would still be exceeded.
        const last = chosen.at(-1);
        if (last) expect(after + (last.full?.size ?? 0)).toBeGreaterThan(budget);
      }),
    );
  });
});

describe('messages', () => {
  it('has every store and channel sentence in Chinese and English', () => {
    for (const key of ['errors.storageFull', 'errors.noStation', 'errors.notFound', 'errors.offline', 'errors.goneFromServer', 'sync.tooLarge', 'sync.failed', 'sync.refused']) {
      expect(typeof lookup(zhPhotos, key)).toBe('string');
      expect(typeof lookup(enPhotos, key)).toBe('string');
    }
  });
});
