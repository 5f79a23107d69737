import { firstValueFrom, of } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { photoDeletable } from '../../../../src-renderer/features/photos/photoDeletable';
import type { PhotoStoreView } from '../../../../src-renderer/features/photos/photoStoreView';
import type { LocalPhoto } from '../../../../src-renderer/photos/photo';

/** A store in memory with the calls delete-and-undo makes. */
function memoryStore(): PhotoStoreView & { rows: Map<string, LocalPhoto> } {
  const rows = new Map<string, LocalPhoto>();
  let seq = 0;
  return {
    rows,
    add(input) {
      seq += 1;
      const { owner, kind, mime, full, thumb, fileName, width, height, takenAt } = input;
      const photo: LocalPhoto = {
        meta: { id: `photo:${seq}`, stationId: 'S', owner, kind, mime, bytes: full.size, fileName, addedBy: 'pc-1', ...(width === undefined ? {} : { width }), ...(height === undefined ? {} : { height }), ...(takenAt === undefined ? {} : { takenAt }) },
        state: 'pending',
        full,
        thumb,
        seq,
        deleted: false,
      };
      rows.set(photo.meta.id, photo);
      return Promise.resolve(photo);
    },
    forOwner$: (owner) => of([...rows.values()].filter((p) => !p.deleted && p.meta.owner.id === owner.id)),
    countsByOwner$: () => of(new Map()),
    get: (id) => Promise.resolve(rows.get(id)),
    full: (id) => (rows.get(id)?.full ? Promise.resolve(rows.get(id)!.full!) : Promise.reject(new Error('evicted'))),
    remove(id) {
      const row = rows.get(id);
      if (row) rows.set(id, { ...row, deleted: true });
      return Promise.resolve();
    },
    usage$: () => of({ count: 0, bytes: 0, evictableBytes: 0, pending: 0, tooLarge: 0 }),
    evictTo: () => Promise.resolve(0),
  };
}

const owner = { type: 'activity', id: 'activity:1' } as const;

describe('photoDeletable', () => {
  it('removes a photo and puts the same picture, time and name back on undo', async () => {
    const store = memoryStore();
    const added = await store.add({ owner, kind: 'photo', mime: 'image/jpeg', full: new Blob(['full']), thumb: new Blob(['t']), fileName: 'a.jpg', width: 1600, height: 1200, takenAt: '2024-03-05T14:20:11' });
    const deletable = photoDeletable(store);
    const snapshot = await deletable.remove(added.meta.id);
    expect(await firstValueFrom(store.forOwner$(owner))).toEqual([]);
    const restored = await deletable.restore(snapshot);
    const listed = await firstValueFrom(store.forOwner$(owner));
    expect(listed).toHaveLength(1);
    expect(restored.meta).toMatchObject({ fileName: 'a.jpg', takenAt: '2024-03-05T14:20:11', width: 1600, height: 1200, kind: 'photo' });
    expect(await listed[0]?.full?.text()).toBe('full');
  });

  it('refuses to undo a photo whose full file is no longer on this PC, rather than put back a thumbnail', async () => {
    const store = memoryStore();
    const added = await store.add({ owner, kind: 'photo', mime: 'image/jpeg', full: new Blob(['full']), thumb: null, fileName: 'a.jpg' });
    store.rows.set(added.meta.id, { ...added, full: null });
    const deletable = photoDeletable(store);
    const snapshot = await deletable.remove(added.meta.id);
    await expect(deletable.restore(snapshot)).rejects.toThrow();
    expect(await firstValueFrom(store.forOwner$(owner))).toEqual([]);
  });
});
