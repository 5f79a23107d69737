import type { Ledger } from '../../../src-renderer/data/session';
import type { PhotoOwner } from '../../../src-renderer/photos/photo';
import type { PhotoRow } from '../../../src-renderer/photos/store/photoDb';

/** Bytes that differ from photo to photo and do not compress, like a JPEG's. */
export function photoBytes(length: number, seed: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  // xorshift32: repeatable per seed, and deflate finds nothing to shorten in it.
  let x = (seed * 2654435761 + 1) >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

async function addPhoto(ledger: Ledger, fileName: string, owner: PhotoOwner, seed: number, bytes = 3000): Promise<string> {
  const full = new Blob([photoBytes(bytes, seed)], { type: 'image/jpeg' });
  const thumb = new Blob([photoBytes(200, seed + 1000)], { type: 'image/jpeg' });
  return (await ledger.photos.add({ owner, kind: fileName.startsWith('签到表') ? 'sheet' : 'photo', mime: 'image/jpeg', full, thumb, fileName, takenAt: '2024:03:05 09:30:00' })).meta.id;
}

/**
 * One photo in each state a station's PC can hold: added here and not sent (`pending`), on the server with
 * its file still here (`kept`), on the server with its file evicted (`evicted`), refused by the server as
 * too large (`refused`), deleted here (`deleted`), and one whose record is not in the ledger (`orphan`, still pending).
 */
export async function addStationPhotos(ledger: Ledger, activityId: string) {
  const owner: PhotoOwner = { type: 'activity', id: activityId };
  const pending = await addPhoto(ledger, 'IMG_0001.jpg', owner, 1);
  const kept = await addPhoto(ledger, '签到表-1.jpg', owner, 2);
  const evicted = await addPhoto(ledger, 'IMG_0003.jpg', owner, 3);
  const refused = await addPhoto(ledger, 'IMG_0004.jpg', owner, 4, 5000);
  const deleted = await addPhoto(ledger, 'IMG_0005.jpg', owner, 5);
  const orphan = await addPhoto(ledger, 'IMG_0006.jpg', { type: 'request', id: 'request:not-here' }, 6);
  const channel = ledger.photos.channel;
  await channel.markOnServer(evicted, '1-evicted');
  // Eviction drops only files the server holds: `evicted` is the only one on the server yet.
  await ledger.photos.evictTo(0);
  await channel.markOnServer(kept, '1-kept');
  await channel.markTooLarge(refused);
  await ledger.photos.remove(deleted);
  return { pending, kept, evicted, refused, deleted, orphan };
}

/** A photo row as a user would compare it: what it is, where it stands, and the bytes of its files. */
export async function photoAsSeen(row: PhotoRow | undefined) {
  if (!row) return undefined;
  const bytes = async (blob: Blob | null) => (blob ? Array.from(new Uint8Array(await blob.arrayBuffer())) : null);
  return { meta: row.meta, state: row.state, rev: row.rev, deleted: row.deleted, full: await bytes(row.full), thumb: await bytes(row.thumb), fullType: row.full?.type };
}

/** Every photo row of a ledger's store by id, as seen. */
export async function photosAsSeen(ledger: Ledger) {
  const rows = await ledger.photos.channel.db.photos.toArray();
  const seen: Record<string, Awaited<ReturnType<typeof photoAsSeen>>> = {};
  for (const row of rows) seen[row.id] = await photoAsSeen(row);
  return seen;
}
