import type { Transaction } from 'dexie';
import { getQueryMatcher, getSortComparator } from 'rxdb';
import type { DexieSettings, DexieStorageInternals, PreparedQuery, RxStorage, RxStorageInstance, RxStorageQueryResult } from 'rxdb';
import { DEXIE_DOCS_TABLE_NAME, dexieReplaceIfStartsWithPipe, dexieStateOf, fromDexieToStorage, getKeyRangeByQueryPlan } from './storageInternals';

type DexieStorage = RxStorage<DexieStorageInternals, DexieSettings>;
type DexieInstance<RxDocType> = RxStorageInstance<RxDocType, DexieStorageInternals, DexieSettings>;
// IndexedDB's own types, named through Dexie's: this file is also compiled for Node (tests) without DOM types.
type NativeIndex = ReturnType<ReturnType<Transaction['idbtrans']['objectStore']>['index']>;
type NativeKeyRange = Parameters<NativeIndex['getAll']>[0];

function isDataError(error: unknown): boolean {
  return error instanceof Error && error.name === 'DataError';
}

function getAll(index: NativeIndex, range: NativeKeyRange, count: number | undefined): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = index.getAll(range, count);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB getAll failed'));
  });
}

/**
 * The Dexie storage's query, reading its index range with one getAll() request instead of a cursor. A
 * cursor hands over one document per browser task: the 2,000 volunteers of a big station took thousands
 * of tasks, queued behind whatever else the page was doing at start-up. Same plan, same key range, same
 * filtering, sorting, skip and limit as RxDB's own dexieQuery().
 */
export async function queryInOneRequest<RxDocType>(
  instance: DexieInstance<RxDocType>,
  preparedQuery: PreparedQuery<RxDocType>,
): Promise<RxStorageQueryResult<RxDocType>> {
  const state = await dexieStateOf(instance);
  const { query, queryPlan } = preparedQuery;
  const skip = query.skip ?? 0;
  const limit = typeof query.limit === 'number' ? query.limit : Infinity;
  const end = skip + limit;
  const matcher = queryPlan.selectorSatisfiedByIndex ? null : getQueryMatcher(instance.schema, query);
  let range: NativeKeyRange;
  try {
    range = getKeyRangeByQueryPlan(state.booleanIndexes, queryPlan, state.keyRangeClass) as NativeKeyRange;
  } catch (error) {
    if (isDataError(error)) return { documents: [] };
    throw error;
  }
  const indexName = `[${queryPlan.index.map((field) => dexieReplaceIfStartsWithPipe(field)).join('+')}]`;
  // With nothing left to filter or sort, the first skip + limit entries of the index are the answer.
  const count = !matcher && queryPlan.sortSatisfiedByIndex && Number.isFinite(end) && end > 0 ? end : undefined;
  let stored: unknown[] = [];
  await state.db.transaction('r', state.table, async (tx) => {
    stored = await getAll(tx.idbtrans.objectStore(DEXIE_DOCS_TABLE_NAME).index(indexName), range, count);
  });
  let rows = stored.map((doc) => fromDexieToStorage<RxDocType>(state.booleanIndexes, doc));
  if (matcher) rows = rows.filter((row) => matcher(row));
  if (!queryPlan.sortSatisfiedByIndex) rows.sort(getSortComparator(instance.schema, query));
  return { documents: rows.slice(skip, end) };
}

/** The Dexie storage with queryInOneRequest() as every collection's query. */
export function withSingleRequestQueries(storage: DexieStorage): DexieStorage {
  return {
    name: storage.name,
    rxdbVersion: storage.rxdbVersion,
    async createStorageInstance(params) {
      const instance = await storage.createStorageInstance(params);
      const ownQuery = instance.query.bind(instance);
      // A closed instance keeps its own query, which reports the closing as RxDB expects.
      instance.query = (preparedQuery) =>
        'closed' in instance && instance.closed ? ownQuery(preparedQuery) : queryInOneRequest(instance, preparedQuery);
      return instance;
    },
  };
}
