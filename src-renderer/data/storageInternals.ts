import type { DBCore, DBCoreKeyRange, DBCoreTable, IndexableType, Middleware } from 'dexie';
import {
  normalizeMangoQuery,
  prepareQuery,
  type DexieSettings,
  type DexieStorageInternals,
  type MangoQuery,
  type RxCollection,
  type RxDocumentData,
  type RxStorageInstance,
} from 'rxdb';
import {
  DEXIE_DOCS_TABLE_NAME,
  dexieReplaceIfStartsWithPipe,
  fromDexieToStorage,
  getKeyRangeByQueryPlan,
  getRxStorageDexie,
} from 'rxdb/plugins/storage-dexie';

/**
 * Everything the app relies on about how RxDB's Dexie storage and Dexie's DBCore work inside, beyond
 * their documented APIs, in one place. The middlewares (rangeLookups, clock/monotonicWriteTimes), the
 * one-request query, the report digests' change reads and the import's atomic chunks use only this.
 * Written for the versions below: tests/unit/data/storageInternals.test.ts checks every assumption
 * against the installed libraries and fails, naming this file, when an upgrade changes one. A silent
 * change here would not crash: it would stop pushing edits or return wrong lists.
 */
export const INTERNALS_CHECKED_WITH = { rxdb: '17.6.0', dexie: '4.4.2' } as const;

export { DEXIE_DOCS_TABLE_NAME, dexieReplaceIfStartsWithPipe, fromDexieToStorage, getKeyRangeByQueryPlan, getRxStorageDexie };

/** Dexie's DBCoreRangeType (a const enum its build does not export as a value). */
export const DEXIE_RANGE_TYPE = { range: 2, any: 3 } as const;

/** A closed key range [lower, upper] for a DBCore query. */
export function dexieKeyRange(lower: IndexableType, upper: IndexableType): DBCoreKeyRange {
  return { type: DEXIE_RANGE_TYPE.range, lower, upper, lowerOpen: false, upperOpen: false };
}

/** Every key of an index. */
export const DEXIE_ANY_RANGE: DBCoreKeyRange = { type: DEXIE_RANGE_TYPE.any, lower: -Infinity, lowerOpen: false, upper: [[]], upperOpen: false };

/**
 * A Dexie middleware that changes each table's DBCore methods, below Dexie's transaction cache (level -1),
 * which then caches what the changed methods return as it would Dexie's own; so it changes only what
 * reaches IndexedDB.
 */
export function tableMiddleware(name: string, change: (table: DBCoreTable) => DBCoreTable): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name,
    level: -2,
    create: (down) => ({ ...down, table: (tableName) => change(down.table(tableName)) }),
  };
}

/** Where RxDB keeps a stored document's last-write time; its Dexie storage indexes it ([_meta.lwt+id]) in every table. */
export const WRITE_TIME_PATH = '_meta.lwt';
/** RxDB's time grid: its now() counts in hundredths of a millisecond. */
export const WRITE_TIME_STEPS_PER_MS = 100;

interface WithWriteTime {
  _meta?: { lwt?: unknown };
}

/** The stored last-write time of a document as the storage keeps it, or null when it has none. */
export function writeTimeOf(value: unknown): number | null {
  const lwt = (value as WithWriteTime | null)?._meta?.lwt;
  return typeof lwt === 'number' && Number.isFinite(lwt) ? lwt : null;
}

/** The same stored document with another last-write time. */
export function withWriteTime<T extends WithWriteTime>(value: T, lwt: number): T {
  return { ...value, _meta: { ...value._meta, lwt } };
}

/** A new document as a storage bulk write takes it: RxDB's storage wrapper sets the real revision and time. */
export function unwrittenDocument<Doc extends object>(doc: Doc): RxDocumentData<Doc> {
  return { ...doc, _deleted: false, _attachments: {}, _rev: '', _meta: { lwt: 0 } };
}

/** `content` written over `current`: the storage accepts it only with the stored revision and bookkeeping. */
export function overStored<Doc>(content: RxDocumentData<Doc>, current: RxDocumentData<Doc>): RxDocumentData<Doc> {
  return { ...content, _rev: current._rev, _meta: current._meta };
}

/**
 * Stored documents matching a query, deleted ones included, read from the storage instance below RxDB's
 * document cache (no RxDocument per row, no query cache kept alive). Sorting by WRITE_TIME_PATH is
 * allowed: the storage indexes it.
 */
export async function queryStored<Doc>(collection: RxCollection<Doc>, query: MangoQuery<Doc>): Promise<RxDocumentData<Doc>[]> {
  return queryInstance(collection.storageInstance, query);
}

/** The same, on a storage instance of its own (a collection's data at an older schema, before migration). */
export async function queryInstance<Doc>(instance: Pick<RxStorageInstance<Doc, unknown, unknown>, 'schema' | 'query'>, query: MangoQuery<Doc>): Promise<RxDocumentData<Doc>[]> {
  const schema = instance.schema;
  return (await instance.query(prepareQuery(schema, normalizeMangoQuery<Doc>(schema, query)))).documents;
}

type DexieInstance<Doc> = RxStorageInstance<Doc, DexieStorageInternals, DexieSettings>;


/** What a Dexie storage instance holds inside: its Dexie database, table name, boolean indexes and key-range class. */
export async function dexieStateOf(instance: Pick<DexieInstance<unknown>, 'internals'>) {
  const state = await instance.internals;
  return {
    db: state.dexieDb,
    table: state.dexieTable,
    booleanIndexes: state.booleanIndexes,
    keyRangeClass: state.dexieDb._options.IDBKeyRange,
  };
}
