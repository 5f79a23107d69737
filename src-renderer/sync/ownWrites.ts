import type { CouchApi } from './couchApi';

/**
 * The revisions this PC itself wrote to the server lately. The change watcher uses them to tell the PC's
 * own pushes from other PCs' edits: a first upload of 20,000 records would otherwise wake it, and start a
 * sync run, for changes the PC already has.
 */
export interface OwnWrites {
  readonly note: (id: string, rev: string) => void;
  readonly isOwn: (id: string, rev: string) => boolean;
  /** Runs `write`, counting it as on its way until it has settled and noted its revisions. */
  readonly during: <T>(write: () => Promise<T>) => Promise<T>;
  /**
   * Resolves once none of this PC's writes is on its way. The server can announce a write on its feed
   * before the write's own answer (with the revision) reaches the PC, so a change is judged after that.
   */
  readonly settled: () => Promise<void>;
}

/** Enough for a big first upload; the oldest are forgotten first (at worst one needless run). */
export const OWN_WRITES_KEPT = 50_000;

export function createOwnWrites(max = OWN_WRITES_KEPT): OwnWrites {
  // A Set keeps insertion order: the first entry is the oldest.
  const revs = new Set<string>();
  const key = (id: string, rev: string) => `${rev}\u0000${id}`;
  let onTheWay = 0;
  const waiting: (() => void)[] = [];
  return {
    async during(write) {
      onTheWay += 1;
      try {
        return await write();
      } finally {
        onTheWay -= 1;
        if (onTheWay === 0) for (const wake of waiting.splice(0)) wake();
      }
    },
    settled: () => (onTheWay === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiting.push(resolve))),
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
    bulkDocs: (docs) =>
      own.during(async () => {
        const results = await api.bulkDocs(docs);
        for (const result of results) {
          if (result.rev !== undefined && result.error === undefined) own.note(result.id, result.rev);
        }
        return results;
      }),
    bulkDocsAsIs: (docs) =>
      own.during(async () => {
        const results = await api.bulkDocsAsIs(docs);
        // The revisions were chosen here; the server names only the documents it refused.
        const refused = new Set(results.filter((r) => r.error !== undefined).map((r) => r.id));
        for (const doc of docs) {
          if (typeof doc._id === 'string' && typeof doc._rev === 'string' && !refused.has(doc._id)) own.note(doc._id, doc._rev);
        }
        return results;
      }),
  };
}
