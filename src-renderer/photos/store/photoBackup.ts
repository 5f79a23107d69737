import type { PhotoMeta, PhotoUploadState } from '../photo';
import { nextSeq, ownerKey, type PhotoDb, type PhotoRow } from './photoDb';

/**
 * Which photos a backup takes: 'all' for the keeper's file (every photo; its full file where this PC has
 * it), 'unsent' for the automatic snapshots (only photos the server does not hold, the ones a lost PC would
 * lose: a year of photos is hundreds of MB, and many snapshots are kept).
 */
export type PhotoBackupScope = 'all' | 'unsent';

/** The photos a backup carries, in the order they were added. Deleted ones are left out: their files are gone. */
export async function photosToBackUp(db: PhotoDb, scope: PhotoBackupScope): Promise<PhotoRow[]> {
  const rows = await db.photos.orderBy('seq').toArray();
  return rows.filter((row) => !row.deleted && (scope === 'all' || (row.state !== 'onServer' && row.full !== null)));
}

/** A photo as a backup file brings it back. */
export interface RestoredPhoto {
  meta: PhotoMeta;
  /** What the file says: whether the server held it when the backup was made. */
  state: PhotoUploadState;
  rev?: string;
  full: Blob | null;
  thumb: Blob | null;
}

export interface PhotoRestoreCounts {
  /** New on this PC. */
  added: number;
  /** Already here with its full file evicted: the file is back. */
  filled: number;
  /** Already here as it is (or deleted here): left alone. */
  same: number;
}

/**
 * The state a restored photo starts in. A photo the server held stays 'onServer', so it is never sent
 * again; any other is 'pending' and the photo channel sends it when there is a connection (its upload is
 * idempotent by id). 'tooLarge' is the server's answer to one upload and is asked again rather than kept.
 */
function restoredState(photo: RestoredPhoto): PhotoUploadState {
  return photo.state === 'onServer' ? 'onServer' : 'pending';
}

/**
 * Puts a backup's photos into the store by id: a photo already here is kept as it is (never a second copy),
 * only getting back its full file if this PC had evicted it, or its thumbnail if it had none; a photo
 * deleted here stays deleted. A photo whose record is not on this PC is kept all the same: the record may
 * come by sync. Each photo is written whole in a transaction of its own, so a full disk stops the restore
 * between two photos and running it again finishes it.
 */
export async function restorePhotos(db: PhotoDb, photos: readonly RestoredPhoto[]): Promise<PhotoRestoreCounts> {
  const counts: PhotoRestoreCounts = { added: 0, filled: 0, same: 0 };
  for (const photo of photos) {
    const outcome = await db.transaction('rw', db.photos, async (): Promise<keyof PhotoRestoreCounts> => {
      const existing = await db.photos.get(photo.meta.id);
      if (existing) {
        if (existing.deleted) return 'same';
        const fill = existing.full === null && photo.full !== null;
        const thumb = existing.thumb === null && photo.thumb !== null;
        if (fill || thumb) await db.photos.update(existing.id, { ...(fill ? { full: photo.full } : {}), ...(thumb ? { thumb: photo.thumb } : {}) });
        return fill ? 'filled' : 'same';
      }
      const state = restoredState(photo);
      const row: PhotoRow = {
        id: photo.meta.id,
        seq: await nextSeq(db),
        ownerKey: ownerKey(photo.meta.owner),
        ownerType: photo.meta.owner.type,
        state,
        deleted: false,
        meta: photo.meta,
        full: photo.full,
        thumb: photo.thumb,
        ...(state === 'onServer' && photo.rev !== undefined ? { rev: photo.rev } : {}),
      };
      await db.photos.add(row);
      return 'added';
    });
    counts[outcome] += 1;
  }
  return counts;
}
