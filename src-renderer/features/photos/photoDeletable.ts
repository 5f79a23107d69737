import type { LocalPhoto } from '../../photos/photo';
import type { Deletable } from '../../ui/useUndoableDelete';
import type { PhotoStoreView } from './photoStoreView';

/**
 * Delete with 撤销 for photos, as records have it. A photo is never edited, so undoing puts the same
 * picture back as a new photo (the deleted one's removal still reaches the server; the new one follows
 * it up). A photo whose full file was evicted cannot be put back from here: the undo then says it failed.
 */
export function photoDeletable(store: PhotoStoreView): Deletable<LocalPhoto> {
  return {
    async remove(id) {
      const snapshot = await store.get(id);
      if (!snapshot) throw new Error(`photo ${id} is not on this PC`);
      await store.remove(id);
      return snapshot;
    },
    async restore(snapshot) {
      if (!snapshot.full) throw new Error(`photo ${snapshot.meta.id} has no full file here to put back`);
      const { owner, kind, mime, width, height, takenAt, fileName } = snapshot.meta;
      return store.add({
        owner,
        kind,
        mime,
        full: snapshot.full,
        thumb: snapshot.thumb,
        fileName,
        ...(width === undefined ? {} : { width }),
        ...(height === undefined ? {} : { height }),
        ...(takenAt === undefined ? {} : { takenAt }),
      });
    },
  };
}
