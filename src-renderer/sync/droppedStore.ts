import { getSetting, putSetting, type LocalDb } from '../data/local/localDb';

const KEY = 'sync.dropped';

/** Remembering ids (not a running total) keeps the count true when the same page is pulled again. */
const MAX_REMEMBERED = 10_000;

export interface DroppedStore {
  load(): Promise<void>;
  count(): number;
  add(ids: string[]): void;
  onChange(listener: (count: number) => void): void;
}

/** Documents from the server that never entered a collection (design documents, malformed ones). */
export function createDroppedStore(local: LocalDb): DroppedStore {
  let ids = new Set<string>();
  const listeners: ((count: number) => void)[] = [];
  let queue: Promise<void> = Promise.resolve();

  return {
    async load() {
      const stored = await getSetting<string[]>(local, KEY);
      ids = new Set(Array.isArray(stored) ? stored : []);
      for (const listener of listeners) listener(ids.size);
    },
    count: () => ids.size,
    add(newIds) {
      const before = ids.size;
      for (const id of newIds) if (ids.size < MAX_REMEMBERED) ids.add(id);
      if (ids.size === before) return;
      const snapshot = [...ids];
      queue = queue.then(() => putSetting(local, KEY, snapshot)).catch(() => undefined);
      for (const listener of listeners) listener(ids.size);
    },
    onChange(listener) {
      listeners.push(listener);
    },
  };
}
