import type { RxCollection, RxDocumentData, RxJsonSchema } from 'rxdb';
import { getOldCollectionMeta } from 'rxdb/plugins/migration-schema';
import { queryInstance } from '../storageInternals';

/** A collection whose stored documents are at an older schema than this app's: RxDB migrates them on open. */
export interface PendingMigration {
  collection: string;
  fromVersion: number;
  toVersion: number;
}

/** What a collection held before its migration: the stored documents (deleted ones too) and their schema version. */
export interface StoredBeforeMigration {
  docs: RxDocumentData<Record<string, unknown>>[];
  schemaVersion: number;
}

type AnyCollection = RxCollection<Record<string, unknown>>;

async function oldSchemaOf(collection: AnyCollection): Promise<RxJsonSchema<RxDocumentData<Record<string, unknown>>> | null> {
  const meta = await getOldCollectionMeta(collection.getMigrationState());
  return meta ? (meta.data.schema as RxJsonSchema<RxDocumentData<Record<string, unknown>>>) : null;
}

/** The collections that will migrate, oldest schema first within registry order. */
export async function pendingMigrations(collections: readonly AnyCollection[]): Promise<PendingMigration[]> {
  const pending: PendingMigration[] = [];
  for (const collection of collections) {
    if (!(await collection.migrationNeeded())) continue;
    const old = await oldSchemaOf(collection);
    if (old) pending.push({ collection: collection.name, fromVersion: old.version, toVersion: collection.schema.version });
  }
  return pending;
}

/**
 * A collection's documents as the previous app stored them, read through a storage instance at the old
 * schema, the way RxDB's own migration reads them. Read-only: the migration that follows finds them untouched.
 */
export async function readBeforeMigration(collection: AnyCollection): Promise<StoredBeforeMigration> {
  const schema = await oldSchemaOf(collection);
  if (!schema) throw new Error(`${collection.name} has no older data to read`);
  const db = collection.database;
  const instance = await db.storage.createStorageInstance<Record<string, unknown>>({
    databaseName: db.name,
    collectionName: collection.name,
    databaseInstanceToken: db.token,
    multiInstance: false,
    options: {},
    schema,
    devMode: false,
  });
  try {
    const docs = await queryInstance(instance, { selector: {}, sort: [{ id: 'asc' }] });
    return { docs, schemaVersion: schema.version };
  } finally {
    await instance.close();
  }
}
