import { getSetting, putSetting, type LocalDb } from '../data/local/localDb';

const KEY = 'sync.dropped';
const UNREADABLE_KEY = 'sync.unreadable';

/** Remembering ids (not a running total) keeps the count true when the same page is pulled again. */
const MAX_REMEMBERED = 10_000;
/** Unreadable records are rare (a newer app's or a damaged one); past this the oldest make room. */
const MAX_UNREADABLE = 500;

/** A record of a synced type this app cannot read, kept as the server sent it so the keeper can see it. */
export interface UnreadableDoc {
  collection: string;
  docId: string;
  /** 'newerMajor': written by a newer app version; 'invalid': fails this version's rules. */
  reason: 'invalid' | 'newerMajor';
  /** The server's document as JSON, revision fields included. */
  body: string;
}

export interface DroppedStore {
  load(): Promise<void>;
  count(): number;
  add(ids: string[]): void;
  onChange(listener: (count: number) => void): void;
  /** Keeps the latest server version of each unreadable record (also counted as dropped). */
  keep(docs: UnreadableDoc[]): void;
  /** The server's version of these records has been read since: they are no longer unreadable. */
  forget(ids: string[]): void;
  unreadable(): UnreadableDoc[];
  onUnreadableChange(listener: (docs: UnreadableDoc[]) => void): void;
}

/** Documents from the server that never entered a collection (design documents, malformed ones). */
export function createDroppedStore(local: LocalDb): DroppedStore {
  let ids = new Set<string>();
  let kept = new Map<string, UnreadableDoc>();
  const listeners: ((count: number) => void)[] = [];
  const unreadableListeners: ((docs: UnreadableDoc[]) => void)[] = [];
  let queue: Promise<void> = Promise.resolve();

  function saveKept(): void {
    const snapshot = [...kept.values()];
    queue = queue.then(() => putSetting(local, UNREADABLE_KEY, snapshot)).catch(() => undefined);
    for (const listener of unreadableListeners) listener(snapshot);
  }

  function saveIds(): void {
    const snapshot = [...ids];
    queue = queue.then(() => putSetting(local, KEY, snapshot)).catch(() => undefined);
    for (const listener of listeners) listener(ids.size);
  }

  function add(newIds: string[]): void {
    const before = ids.size;
    for (const id of newIds) if (ids.size < MAX_REMEMBERED) ids.add(id);
    if (ids.size !== before) saveIds();
  }

  return {
    async load() {
      const [stored, unreadable] = await Promise.all([getSetting<string[]>(local, KEY), getSetting<UnreadableDoc[]>(local, UNREADABLE_KEY)]);
      ids = new Set(Array.isArray(stored) ? stored : []);
      kept = new Map((Array.isArray(unreadable) ? unreadable : []).map((doc) => [doc.docId, doc]));
      for (const listener of listeners) listener(ids.size);
      for (const listener of unreadableListeners) listener([...kept.values()]);
    },
    count: () => ids.size,
    add,
    onChange(listener) {
      listeners.push(listener);
    },
    keep(docs) {
      if (docs.length === 0) return;
      for (const doc of docs) {
        kept.delete(doc.docId);
        kept.set(doc.docId, doc);
      }
      // Map order is insertion order: the oldest go first.
      for (const docId of kept.keys()) {
        if (kept.size <= MAX_UNREADABLE) break;
        kept.delete(docId);
      }
      saveKept();
      add(docs.map((doc) => doc.docId));
    },
    forget(readIds) {
      const gone = readIds.filter((id) => kept.delete(id));
      if (gone.length === 0) return;
      saveKept();
      // Read now, so no longer kept out: the count says what is still not on this PC.
      for (const id of gone) ids.delete(id);
      saveIds();
    },
    unreadable: () => [...kept.values()],
    onUnreadableChange(listener) {
      unreadableListeners.push(listener);
    },
  };
}
