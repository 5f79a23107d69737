import { createRxDatabase, type RxCollection } from 'rxdb';
import { afterEach, describe, expect, it } from 'vitest';
import { activitySchemaV0, type ActivityDocV0 } from '../../../src-renderer/data/activities/schema.v0';
import { snapshotBeforeMigration } from '../../../src-renderer/data/backup/autoSnapshot';
import { readBackup } from '../../../src-renderer/data/backup/readBackup';
import { restoreBackup } from '../../../src-renderer/data/backup/restoreBackup';
import { openLocalDb, type LocalDb } from '../../../src-renderer/data/local/localDb';
import { MigrationFailedError } from '../../../src-renderer/data/migration/migrationFailed';
import type { PendingMigration } from '../../../src-renderer/data/migration/pendingMigrations';
import type { Ledger } from '../../../src-renderer/data/session';
import { createLedgerStorage } from '../../../src-renderer/data/storage';
import { fromStorageToDexie } from 'rxdb/plugins/storage-dexie';
import { dexieStateOf } from '../../../src-renderer/data/storageInternals';
import { activityV0Fields } from '../../support/activityV0';
import { memorySnapshotStore } from './memorySnapshotStore';
import { openTestLedger, TEST_STATION } from '../../support/testLedger';

const OLD: ActivityDocV0 = { id: 'activity:old0000001', ...activityV0Fields() };
const OLD_DELETED: ActivityDocV0 = { id: 'activity:old0000002', ...activityV0Fields({ title: '已删的活动' }) };

let counter = 0;
const locals: LocalDb[] = [];

/** The local database openTestLedger gives a ledger of this name, opened for the hook (the ledger is not open yet). */
function ledgerLocal(name: string): LocalDb {
  const local = openLocalDb(`${name}-local`);
  locals.push(local);
  return local;
}

/** A station database as the previous app version left it: activities at schema 0, one of them deleted. */
async function databaseOfPreviousVersion(damaged: ActivityDocV0[] = []): Promise<string> {
  counter += 1;
  const name = `before-migration-${process.pid}-${counter}`;
  const old = await createRxDatabase<{ activities: RxCollection<ActivityDocV0> }>({ name, storage: await createLedgerStorage() });
  await old.addCollections({ activities: { schema: activitySchemaV0 } });
  await old.activities.bulkInsert([OLD, OLD_DELETED]);
  await (await old.activities.findOne(OLD_DELETED.id).exec())?.remove();
  if (damaged.length > 0) {
    // Damaged records (what a disk error or an old bug leaves) go straight into IndexedDB, past the schema check that would refuse them.
    const { table, booleanIndexes } = await dexieStateOf(old.activities.storageInstance.originalStorageInstance as Parameters<typeof dexieStateOf>[0]);
    const stored = damaged.map((doc): unknown => fromStorageToDexie(booleanIndexes, { ...doc, _deleted: false, _rev: '1-damaged', _attachments: {}, _meta: { lwt: Date.now() } }));
    await table.bulkPut(stored);
  }
  await old.close();
  return name;
}

/** What the previous version's storage still holds, opened the way that version would open it. */
async function storedAtPreviousVersion(name: string): Promise<string[]> {
  const old = await createRxDatabase<{ activities: RxCollection<ActivityDocV0> }>({ name, storage: await createLedgerStorage(), closeDuplicates: true });
  await old.addCollections({ activities: { schema: activitySchemaV0 } });
  const ids = (await old.activities.find().exec()).map((d) => d.id);
  await old.close();
  return ids;
}

describe('the snapshot before an update’s migration', () => {
  const open: Ledger[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((l) => l.close()));
    for (const local of locals.splice(0)) local.close();
  });

  it('is taken from the data as the previous version stored it, before any record changes, and restores into a fresh PC as the migrated records', async () => {
    const name = await databaseOfPreviousVersion();
    const store = memorySnapshotStore();
    const seen: PendingMigration[][] = [];
    const ledger = await openTestLedger({
      name,
      beforeMigration: async (db, pending) => {
        seen.push([...pending]);
        return snapshotBeforeMigration(db, ledgerLocal(name), pending, store, '0.2.0', () => new Date('2026-12-04T09:00:00'));
      },
    });
    open.push(ledger);
    expect(seen).toEqual([[{ collection: 'activities', fromVersion: 0, toVersion: expect.any(Number) as number }]]);
    // The app opened on the migrated records.
    expect(await ledger.activities.get(OLD.id)).toMatchObject({ totalHours: 3.5, participantCount: 2 });

    const [snapshot] = await store.listSnapshots();
    expect(snapshot).toMatchObject({ reason: 'update', appVersion: '0.2.0', records: 1 });
    const backup = await readBackup(store.read(snapshot?.id ?? '') ?? new Uint8Array());
    expect(backup.header.counts.activities).toEqual({ live: 1, deleted: 1 });
    expect(backup.header.schemaVersions.activities).toBe(0);
    // As stored before the update: no totals yet, the participants as they were.
    const kept = backup.body.collections.activities?.find((r) => r._id === OLD.id);
    expect(kept).toMatchObject({ title: OLD.title, participants: OLD.participants });
    expect(kept).not.toHaveProperty('totalHours');

    // The app's collections fill RxDB's open-collection limit: one ledger open at a time.
    await ledger.close();
    open.splice(0);
    const fresh = await openTestLedger();
    open.push(fresh);
    await restoreBackup(fresh, backup);
    expect(await fresh.activities.get(OLD.id)).toMatchObject({ title: OLD.title, totalHours: 3.5, participantCount: 2 });
    expect(await fresh.activities.get(OLD_DELETED.id)).toBeNull();
  });

  it('is not taken when nothing migrates', async () => {
    const ledger = await openTestLedger();
    open.push(ledger);
    await ledger.setUpStation(TEST_STATION);
    const name = ledger.db.name;
    await ledger.close();
    open.splice(0);
    let called = 0;
    const again = await openTestLedger({
      name,
      beforeMigration: () => {
        called += 1;
        return Promise.resolve(null);
      },
    });
    open.push(again);
    expect(called).toBe(0);
  });

  it('when a migration fails, names the collection and the snapshot, and the previous version’s records are still stored', async () => {
    // A record the new version's migration cannot read (participants missing): its strategy throws.
    const broken = { ...OLD, id: 'activity:broken00001', participants: null } as unknown as ActivityDocV0;
    const name = await databaseOfPreviousVersion([broken]);
    const store = memorySnapshotStore();
    const failure = await openTestLedger({
      name,
      beforeMigration: (db, pending) => snapshotBeforeMigration(db, ledgerLocal(name), pending, store, '0.2.0'),
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MigrationFailedError);
    const error = failure as MigrationFailedError;
    expect(error.step.collection).toBe('activities');
    expect(error.snapshot).toMatchObject({ reason: 'update', records: 2 });
    expect((await storedAtPreviousVersion(name)).sort()).toEqual([OLD.id, broken.id].sort());
  });

  it('when the snapshot cannot be written, migrates nothing and the previous version’s records stay as they were', async () => {
    const name = await databaseOfPreviousVersion();
    const store = memorySnapshotStore();
    store.failNext(new Error('ENOSPC: no space left on device'));
    const failure = await openTestLedger({
      name,
      beforeMigration: (db, pending) => snapshotBeforeMigration(db, ledgerLocal(name), pending, store, '0.2.0'),
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(String(failure)).toContain('ENOSPC');
    expect(await storedAtPreviousVersion(name)).toEqual([OLD.id]);
  });
});
