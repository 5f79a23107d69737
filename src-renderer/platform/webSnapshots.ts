import { Dexie, type EntityTable } from 'dexie';
import type { SnapshotInfo, SnapshotWrite } from './api';

interface StoredSnapshot {
  info: SnapshotInfo;
  id: string;
  data: Uint8Array;
}

interface CounterRow {
  key: string;
  next: number;
}

type SnapshotDb = Dexie & {
  snapshots: EntityTable<StoredSnapshot, 'id'>;
  counters: EntityTable<CounterRow, 'key'>;
};

export const SNAPSHOT_DATABASE_NAME = 'station-ledger-snapshots';

/**
 * Web mode keeps automatic snapshots in a database of their own, apart from the ledger's: a damaged or
 * wrongly migrated ledger database leaves them untouched, and they can be listed, restored and pruned,
 * which a daily unasked download could not be. Clearing the site's data removes them too; the backup
 * page says so and offers 立即备份 to a file.
 */
export function createWebSnapshotStore(name: string = SNAPSHOT_DATABASE_NAME) {
  let db: SnapshotDb | null = null;
  const open = (): SnapshotDb => {
    if (db) return db;
    db = new Dexie(name) as SnapshotDb;
    db.version(1).stores({ snapshots: 'id', counters: 'key' });
    return db;
  };
  return {
    async list(): Promise<SnapshotInfo[]> {
      const rows = await open().snapshots.toArray();
      return rows.map((r) => r.info).sort((a, b) => a.sequence - b.sequence);
    },
    async write(request: SnapshotWrite): Promise<SnapshotInfo> {
      const store = open();
      // Counter and snapshot in one transaction: a failed write (a full disk) leaves neither.
      return store.transaction('rw', store.snapshots, store.counters, async () => {
        const sequence = (await store.counters.get('sequence'))?.next ?? 1;
        const id = `${sequence}-${request.meta.day}-${request.meta.reason}.slbackup`;
        const info: SnapshotInfo = { ...request.meta, id, sequence, bytes: request.data.byteLength };
        await store.snapshots.put({ id, info, data: request.data });
        await store.counters.put({ key: 'sequence', next: sequence + 1 });
        return info;
      });
    },
    async read(id: string): Promise<Uint8Array | null> {
      return (await open().snapshots.get(id))?.data ?? null;
    },
    async remove(id: string): Promise<void> {
      await open().snapshots.delete(id);
    },
  };
}
