import { getSetting, putSetting, type LocalDb } from '../data/local/localDb';
import type { RejectedRecord } from './status';

const KEY = 'sync.rejected';

/** A refused record and what the server held for it then, so a fixed version is compared with that. */
export interface RejectedEntry extends RejectedRecord {
  /** The server's version when it refused ours (null: it had none); JSON to keep the settings row plain. */
  serverState: string | null;
}

export interface RejectedStore {
  load(): Promise<void>;
  list(): RejectedRecord[];
  get(docId: string): RejectedEntry | undefined;
  add(entry: RejectedEntry): Promise<void>;
  remove(docId: string): Promise<void>;
  onChange(listener: (records: RejectedRecord[]) => void): void;
}

/** Kept in the PC's local settings, so the list survives a restart until each record is accepted. */
export function createRejectedStore(local: LocalDb): RejectedStore {
  let entries = new Map<string, RejectedEntry>();
  const listeners: ((records: RejectedRecord[]) => void)[] = [];
  // Writes go one after another so a quick add-then-remove cannot land in the wrong order.
  let queue: Promise<void> = Promise.resolve();

  const list = (): RejectedRecord[] =>
    [...entries.values()].map(({ collection, docId, reason, status, at }) => ({ collection, docId, reason, status, at }));

  const persist = () => {
    const snapshot = [...entries.values()];
    queue = queue.then(() => putSetting(local, KEY, snapshot)).catch(() => undefined);
    for (const listener of listeners) listener(list());
    return queue;
  };

  return {
    async load() {
      const stored = await getSetting<RejectedEntry[]>(local, KEY);
      entries = new Map((Array.isArray(stored) ? stored : []).map((e) => [e.docId, e]));
      for (const listener of listeners) listener(list());
    },
    list,
    get: (docId) => entries.get(docId),
    add(entry) {
      entries.set(entry.docId, entry);
      return persist();
    },
    remove(docId) {
      if (!entries.delete(docId)) return Promise.resolve();
      return persist();
    },
    onChange(listener) {
      listeners.push(listener);
    },
  };
}
