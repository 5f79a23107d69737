import { addRxPlugin, createRxDatabase, type RxCollection, type RxCollectionCreator, type RxDatabase, type RxStorage } from 'rxdb';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import type { CatalogEntryDoc } from '../domain/entities/catalogEntry';
import type { Migrations } from '../records/recordType';
import { RECORD_TYPE_LIST, type RecordCollections } from '../records/registry';
import { catalogMigrations, catalogSchema } from './catalog/schema';
import { createConflictHandler } from './conflicts/conflictHandler';
import { MigrationFailedError } from './migration/migrationFailed';
import { pendingMigrations, type PendingMigration } from './migration/pendingMigrations';

/** The station's record types (records/registry.ts) and the city catalogue, pulled from its own database. */
export type LedgerCollections = RecordCollections & { catalog: RxCollection<CatalogEntryDoc> };
export type LedgerDatabase = RxDatabase<LedgerCollections>;
export type LedgerCollectionName = keyof LedgerCollections;

export interface CollectionSetup {
  schema: RxCollectionCreator['schema'];
  migrationStrategies: Migrations;
}

/**
 * Collection name → schema and migrations. The free RxDB allows 13 open collections per process;
 * keep this list short and put local-only state in the plain Dexie database (data/local).
 */
export const COLLECTIONS: ReadonlyMap<LedgerCollectionName, CollectionSetup> = new Map<LedgerCollectionName, CollectionSetup>([
  ...RECORD_TYPE_LIST.map((t): [LedgerCollectionName, CollectionSetup] => [t.collection, { schema: t.rxSchema, migrationStrategies: t.migrations }]),
  ['catalog', { schema: catalogSchema, migrationStrategies: catalogMigrations }],
]);

export function collectionSetup(name: LedgerCollectionName): CollectionSetup {
  const setup = COLLECTIONS.get(name);
  if (!setup) throw new Error(`no collection ${name}`);
  return setup;
}

export const DEFAULT_DATABASE_NAME = 'station-ledger';

let pluginsAdded = false;
function addPlugins(): void {
  if (pluginsAdded) return;
  addRxPlugin(RxDBMigrationSchemaPlugin);
  pluginsAdded = true;
}

export interface OpenDatabaseOptions<Internals, Options> {
  name?: string;
  storage: RxStorage<Internals, Options>;
  /** Several tabs or windows on one database (web mode); the desktop has one window. */
  multiInstance?: boolean;
  /**
   * Called when stored data is at an older schema (an app update), before RxDB migrates any of it: the
   * update snapshot is taken here, from the data as the previous version left it. If it throws, nothing is
   * migrated and the database is not opened.
   */
  beforeMigration?: (db: LedgerDatabase, pending: readonly PendingMigration[]) => Promise<unknown>;
}

export async function createLedgerDatabase<Internals, Options>(
  options: OpenDatabaseOptions<Internals, Options>,
): Promise<LedgerDatabase> {
  addPlugins();
  const db = await createRxDatabase<LedgerCollections>({
    name: options.name ?? DEFAULT_DATABASE_NAME,
    storage: options.storage,
    multiInstance: options.multiInstance ?? false,
    eventReduce: true,
    closeDuplicates: true,
  });
  try {
    // Each collection resolves replication conflicts the same way everywhere and keeps the loser (sync).
    const creators: Record<string, RxCollectionCreator> = Object.fromEntries(
      [...COLLECTIONS].map(([name, setup]) => [name, { ...setup, autoMigrate: false, conflictHandler: createConflictHandler(name, db) }]),
    );
    await db.addCollections(creators);
    await migrate(db, options.beforeMigration);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/**
 * Migrations run here, one collection after another, instead of automatically on open: only so that the
 * snapshot can be taken before the first document changes. A failed migration leaves the old data where
 * it was (RxDB deletes it only once a collection has finished) and is named, with the snapshot, to the keeper.
 */
async function migrate(db: LedgerDatabase, beforeMigration: OpenDatabaseOptions<unknown, unknown>['beforeMigration']): Promise<void> {
  const collections = [...COLLECTIONS.keys()].map((name) => collectionOf(db, name) as RxCollection<Record<string, unknown>>);
  const pending = await pendingMigrations(collections);
  if (pending.length === 0) return;
  const taken = beforeMigration ? await beforeMigration(db, pending) : undefined;
  for (const step of pending) {
    try {
      await collectionOf(db, step.collection as LedgerCollectionName).migratePromise();
    } catch (error) {
      throw new MigrationFailedError(step, error, taken);
    }
  }
}

/** A collection by name, whatever its document type (for code that treats every collection alike). */
export function collectionOf(db: LedgerDatabase, name: LedgerCollectionName): RxCollection {
  return db.collections[name];
}
