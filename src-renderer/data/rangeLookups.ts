import { cmp, type DBCoreGetManyRequest, type DBCoreTable } from 'dexie';
import { dexieKeyRange, tableMiddleware } from './storageInternals';

/** Fewer keys than this are looked up one by one: a range read would not pay for its count. */
export const RANGE_LOOKUP_MIN_KEYS = 50;
/** A range holding more than this many stored records per key asked for is read key by key instead. */
export const RANGE_LOOKUP_MAX_SPREAD = 2;

function lookUpByRange(table: DBCoreTable) {
  return async (req: DBCoreGetManyRequest): Promise<unknown[]> => {
    const { keys, trans } = req;
    const extractKey = table.schema.primaryKey.extractKey;
    if (keys.length < RANGE_LOOKUP_MIN_KEYS || !extractKey || !keys.every((key) => typeof key === 'string')) {
      return table.getMany(req);
    }
    let lower = keys[0] as string;
    let upper = lower;
    for (const key of keys) {
      if (cmp(key, lower) < 0) lower = key;
      if (cmp(key, upper) > 0) upper = key;
    }
    const query = { index: table.schema.primaryKey, range: dexieKeyRange(lower, upper) };
    const stored = await table.count({ trans, query });
    if (stored === 0) return keys.map(() => undefined);
    if (stored > keys.length * RANGE_LOOKUP_MAX_SPREAD) return table.getMany(req);
    const { result } = await table.query({ trans, values: true, query });
    const byKey = new Map<string, unknown>();
    for (const value of result) byKey.set(extractKey(value) as string, value);
    return keys.map((key: string) => byKey.get(key));
  };
}

/**
 * Dexie middleware: a look-up of many records by primary key reads their key range with one count and at
 * most one getAll when the range holds little else, instead of one IndexedDB request per key.
 *
 * RxDB's Dexie storage looks each pulled record up four times (the replication reads the PC's copy and its
 * bookkeeping copy, then each write reads them again), so a first pull of 20,000 records issued 80,000
 * get() requests, nearly all for records the PC does not have yet. The records of a pulled page are
 * neighbours by id, so their range is usually empty on a fresh PC and small afterwards. Same answer as
 * Dexie's own getMany: one entry per key, in the order asked, undefined where nothing is stored.
 */
export const rangeLookupsMiddleware = tableMiddleware('StationLedgerRangeLookups', (table) => ({ ...table, getMany: lookUpByRange(table) }));
