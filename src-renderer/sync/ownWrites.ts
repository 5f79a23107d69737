import type { CouchApi } from './couchApi';

/**
 * The revisions this PC itself wrote to the server lately. The change watcher uses them to tell the PC's
 * own pushes from other PCs' edits: a first upload of 20,000 records would otherwise wake it, and start a
 * sync run, for changes the PC already has.
 */
export interface OwnWrites {
  readonly note: (id: string, rev: string) => void;
  readonly isOwn: (id: string, rev: string) => boolean;
}

/** Enough for a big first upload; the oldest are forgotten first (at worst one needless run). */
export const OWN_WRITES_KEPT = 50_000;

export function createOwnWrites(max = OWN_WRITES_KEPT): OwnWrites {
  // A Set keeps insertion order: the first entry is the oldest.
  const revs = new Set<string>();
  const key = (id: string, rev: string) => `${rev}\u0000${id}`;
  return {
    note(id, rev) {
      revs.add(key(id, rev));
      if (revs.size > max) {
        const oldest = revs.values().next();
        if (oldest.done !== true) revs.delete(oldest.value);
      }
    },
    isOwn: (id, rev) => revs.has(key(id, rev)),
  };
}

/** The same API, noting every revision its `_bulk_docs` writes were given. */
export function notingOwnWrites(api: CouchApi, own: OwnWrites): CouchApi {
  return {
    ...api,
    async bulkDocs(docs) {
      const results = await api.bulkDocs(docs);
      for (const result of results) {
        if (result.rev !== undefined && result.error === undefined) own.note(result.id, result.rev);
      }
      return results;
    },
  };
}
