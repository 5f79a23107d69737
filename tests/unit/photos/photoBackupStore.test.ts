import { afterEach, describe, expect, it } from 'vitest';
import type { PhotoOwner } from '../../../src-renderer/photos/photo';
import { photosToBackUp, restorePhotos, type RestoredPhoto } from '../../../src-renderer/photos/store/photoBackup';
import { openPhotoStore, type OpenedPhotoStore } from '../../../src-renderer/photos/store/photoStore';

const OWNER: PhotoOwner = { type: 'shift', id: 'shift:gone' };
let counter = 0;
const opened: OpenedPhotoStore[] = [];

function open(): OpenedPhotoStore {
  counter += 1;
  const store = openPhotoStore({ name: `photo-backup-store-${process.pid}-${counter}`, context: () => ({ stationId: 'S001', deviceId: 'pc-1' }) });
  opened.push(store);
  return store;
}

afterEach(async () => {
  for (const store of opened.splice(0)) {
    store.close();
    await store.channel.db.delete();
  }
});

const blob = (fill: number, size: number) => new Blob([new Uint8Array(size).fill(fill)], { type: 'image/jpeg' });

async function add(store: OpenedPhotoStore, fileName: string, fill: number) {
  return (await store.add({ owner: OWNER, kind: 'photo', mime: 'image/jpeg', full: blob(fill, 500), thumb: blob(fill + 1, 50), fileName })).meta.id;
}

async function asRestored(store: OpenedPhotoStore): Promise<RestoredPhoto[]> {
  return (await photosToBackUp(store.channel.db, 'all')).map((row) => ({ meta: row.meta, state: row.state, ...(row.rev ? { rev: row.rev } : {}), full: row.full, thumb: row.thumb }));
}

describe('the photo store and backups', () => {
  it('gives a snapshot only the photos the server does not hold, and a keeper’s backup every photo not deleted', async () => {
    const store = open();
    const pending = await add(store, 'a.jpg', 1);
    const sent = await add(store, 'b.jpg', 2);
    const refused = await add(store, 'c.jpg', 3);
    const deleted = await add(store, 'd.jpg', 4);
    await store.channel.markOnServer(sent, '1-b');
    await store.channel.markTooLarge(refused);
    await store.channel.markOnServer(deleted, '1-d');
    await store.remove(deleted);
    expect((await photosToBackUp(store.channel.db, 'unsent')).map((r) => r.id)).toEqual([pending, refused]);
    expect((await photosToBackUp(store.channel.db, 'all')).map((r) => r.id)).toEqual([pending, sent, refused]);
  });

  it('restores by id: new photos once, the server’s word kept, a refused one asked again, a photo deleted here left deleted', async () => {
    const from = open();
    const pending = await add(from, 'a.jpg', 1);
    const sent = await add(from, 'b.jpg', 2);
    const refused = await add(from, 'c.jpg', 3);
    await from.channel.markOnServer(sent, '1-b');
    await from.channel.markTooLarge(refused);
    const photos = await asRestored(from);

    const into = open();
    expect(await restorePhotos(into.channel.db, photos)).toEqual({ added: 3, filled: 0, same: 0 });
    expect(await restorePhotos(into.channel.db, photos)).toEqual({ added: 0, filled: 0, same: 3 });
    expect(await into.channel.db.photos.count()).toBe(3);
    expect((await into.channel.pendingUploads()).map((r) => r.id)).toEqual([pending, refused]);
    expect(await into.channel.db.photos.get(sent)).toMatchObject({ state: 'onServer', rev: '1-b' });
    expect(new Uint8Array(await (await into.full(pending)).arrayBuffer())).toEqual(new Uint8Array(500).fill(1));

    await into.remove(sent);
    expect(await restorePhotos(into.channel.db, photos)).toEqual({ added: 0, filled: 0, same: 3 });
    expect(await into.get(sent)).toBeUndefined();
    expect((await into.channel.pendingDeletions()).map((r) => r.id)).toEqual([sent]);
  });

  it('gives a photo pulled from the server (thumbnail only) its full file and keeps it on the server', async () => {
    const from = open();
    const id = await add(from, 'a.jpg', 7);
    await from.channel.markOnServer(id, '1-a');
    const photos = await asRestored(from);
    const into = open();
    const meta = photos[0]?.meta;
    if (!meta) throw new Error('no photo to restore');
    await into.channel.putPulled(meta, '1-a', null);
    expect(await restorePhotos(into.channel.db, photos)).toEqual({ added: 0, filled: 1, same: 0 });
    const row = await into.channel.db.photos.get(id);
    expect(row).toMatchObject({ state: 'onServer', rev: '1-a' });
    expect(row?.full?.size).toBe(500);
    expect(row?.thumb?.size).toBe(50);
  });
});
