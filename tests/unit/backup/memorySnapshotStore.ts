import type { SnapshotStore } from '../../../src-renderer/data/backup/autoSnapshot';
import type { SnapshotInfo } from '../../../src-renderer/platform/api';

/** The desktop's folder and the browser's database behave alike for this: a list, a counter, the bytes. */
export function memorySnapshotStore() {
  const kept = new Map<string, { info: SnapshotInfo; data: Uint8Array }>();
  let next = 1;
  let failWith: Error | null = null;
  const store: SnapshotStore & { read(id: string): Uint8Array | undefined; failNext(error: Error): void } = {
    listSnapshots: () => Promise.resolve([...kept.values()].map((k) => k.info)),
    writeSnapshot(request) {
      if (failWith) {
        const error = failWith;
        failWith = null;
        return Promise.reject(error);
      }
      const sequence = next++;
      const info: SnapshotInfo = { ...request.meta, id: `${sequence}-${request.meta.day}-${request.meta.reason}.slbackup`, sequence, bytes: request.data.byteLength };
      kept.set(info.id, { info, data: request.data });
      return Promise.resolve(info);
    },
    deleteSnapshot(id) {
      kept.delete(id);
      return Promise.resolve();
    },
    read: (id) => kept.get(id)?.data,
    failNext(error) {
      failWith = error;
    },
  };
  return store;
}
