import { Dexie } from 'dexie';
import {
  createRxDatabase,
  RXDB_VERSION,
  type RxCollection,
  type RxDatabase,
} from 'rxdb';
import { afterEach, describe, expect, it } from 'vitest';
import { createLedgerStorage } from '../../../src-renderer/data/storage';
import {
  DEXIE_ANY_RANGE,
  DEXIE_DOCS_TABLE_NAME,
  dexieKeyRange,
  dexieStateOf,
  INTERNALS_CHECKED_WITH,
  overStored,
  queryStored,
  unwrittenDocument,
  WRITE_TIME_PATH,
  WRITE_TIME_STEPS_PER_MS,
  writeTimeOf,
} from '../../../src-renderer/data/storageInternals';
import { ITEM_SCHEMA, type Item } from '../../support/itemStorage';

/**
 * Every assumption data/storageInternals.ts makes about RxDB's Dexie storage and Dexie's DBCore, checked
 * against the installed libraries. When one fails after an upgrade, re-read that file: the app would not
 * crash, it would stop pushing edits or list the wrong records.
 */

const SCHEMA = ITEM_SCHEMA;

let made = 0;
const closing: (() => Promise<unknown>)[] = [];

afterEach(async () => {
  await Promise.all(closing.splice(0).map((close) => close()));
});

async function openCollection(): Promise<RxCollection<Item>> {
  made += 1;
  const db: RxDatabase = await createRxDatabase({ name: `storage-internals-db-${process.pid}-${made}`, storage: await createLedgerStorage() });
  closing.push(() => db.close());
  const { items } = await db.addCollections({ items: { schema: SCHEMA } });
  return items as RxCollection<Item>;
}

function upgradeMessage(library: string, found: string, checked: string): string {
  return `${library} is ${found}, data/storageInternals.ts was checked with ${checked}: re-check each assumption there, then update INTERNALS_CHECKED_WITH`;
}

describe('the storage internals the app relies on', () => {
  it('were checked with the installed RxDB and Dexie', () => {
    expect(RXDB_VERSION, upgradeMessage('RxDB', RXDB_VERSION, INTERNALS_CHECKED_WITH.rxdb)).toBe(INTERNALS_CHECKED_WITH.rxdb);
    expect(Dexie.semVer, upgradeMessage('Dexie', Dexie.semVer, INTERNALS_CHECKED_WITH.dexie)).toBe(INTERNALS_CHECKED_WITH.dexie);
  });

  it('RxDB stores a last-write time on its 0.01 ms grid at the path we index, and an index on it exists', async () => {
    const items = await openCollection();
    await items.bulkInsert([{ id: 'a', n: 1 }, { id: 'b', n: 2 }]);
    const stored = await queryStored(items, { selector: {}, sort: [{ [WRITE_TIME_PATH]: 'asc' }, { id: 'asc' }] });
    expect(stored.map((d) => d.id)).toEqual(['a', 'b']);
    for (const doc of stored) {
      const lwt = writeTimeOf(doc);
      if (lwt === null) throw new Error(`no write time at ${WRITE_TIME_PATH}`);
      const steps = lwt * WRITE_TIME_STEPS_PER_MS;
      expect(Math.abs(steps - Math.round(steps))).toBeLessThan(1e-6);
    }
    // The clock middleware finds the write-time index by this path; without it, it silently does nothing.
    const state = await dexieStateOf(items.storageInstance);
    const paths = state.table.schema.indexes.map((index) => (Array.isArray(index.keyPath) ? index.keyPath : [index.keyPath]));
    expect(paths.some((path) => path[0] === WRITE_TIME_PATH)).toBe(true);
  });

  it('queryStored returns deleted records too (the report digests need their deletions)', async () => {
    const items = await openCollection();
    await items.bulkInsert([{ id: 'a', n: 1 }, { id: 'b', n: 2 }]);
    await items.findOne('a').remove();
    const stored = await queryStored(items, { selector: {}, sort: [{ id: 'asc' }] });
    expect(stored.map((d) => [d.id, d._deleted])).toEqual([
      ['a', true],
      ['b', false],
    ]);
  });

  it('the Dexie storage keeps its documents in the object store the one-request query reads', async () => {
    const items = await openCollection();
    await items.bulkInsert([{ id: 'x', n: 7 }]);
    const state = await dexieStateOf(items.storageInstance);
    expect(state.table.name).toBe(DEXIE_DOCS_TABLE_NAME);
    expect(state.keyRangeClass).toBeTypeOf('function');
    const count = await state.db.transaction('r', state.table, (tx) => {
      const request = tx.idbtrans.objectStore(DEXIE_DOCS_TABLE_NAME).count();
      return new Promise<number>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('count failed'));
      });
    });
    expect(count).toBe(1);
  });

  it("a collection's storage takes an unwritten document and gives it a revision and a write time", async () => {
    const items = await openCollection();
    const result = await items.storageInstance.bulkWrite([{ document: unwrittenDocument({ id: 'x', n: 7 }) }], 'test');
    expect(result.error).toEqual([]);
    const [stored] = await items.storageInstance.findDocumentsById(['x'], false);
    expect(stored?._rev).toMatch(/^1-/);
    expect(writeTimeOf(stored)).toBeGreaterThan(0);
    expect((await items.findOne('x').exec())?.n).toBe(7);
  });

  it('a bulk write over a stored document needs its revision and bookkeeping, which overStored gives', async () => {
    const items = await openCollection();
    const storage = items.storageInstance;
    await storage.bulkWrite([{ document: unwrittenDocument({ id: 'x', n: 1 }) }], 'test');
    const [first] = await storage.findDocumentsById(['x'], false);
    if (!first) throw new Error('not stored');
    expect((await storage.bulkWrite([{ previous: first, document: { ...first, n: 2 } }], 'test')).error).toEqual([]);
    const [second] = await storage.findDocumentsById(['x'], false);
    if (!second) throw new Error('not stored');
    // Written as if `first` were still stored: refused as a conflict, so a stale chunk cannot land.
    const stale = await storage.bulkWrite([{ previous: first, document: { ...first, n: 3 } }], 'test');
    expect(stale.error.map((e) => e.status)).toEqual([409]);
    const back = await storage.bulkWrite([{ previous: second, document: overStored(first, second) }], 'test');
    expect(back.error).toEqual([]);
    expect((await items.findOne('x').exec())?.n).toBe(1);
  });

  it("Dexie's DBCore range types are the numbers we use: a closed range and every key", async () => {
    made += 1;
    const seen: Record<string, unknown[]> = {};
    const db = new Dexie(`storage-internals-core-${process.pid}-${made}`);
    db.use({
      stack: 'dbcore',
      name: 'RangeProbe',
      create: (down) => ({
        ...down,
        table(name) {
          const table = down.table(name);
          return {
            ...table,
            async count(req) {
              const index = table.schema.primaryKey;
              seen.range = (await table.query({ trans: req.trans, values: false, query: { index, range: dexieKeyRange('b', 'd') } })).result;
              seen.any = (await table.query({ trans: req.trans, values: false, query: { index, range: DEXIE_ANY_RANGE } })).result;
              return table.count(req);
            },
          };
        },
      }),
    });
    db.version(1).stores({ docs: 'id' });
    closing.push(() => Promise.resolve(db.close()));
    const docs = db.table<{ id: string }, string>('docs');
    await docs.bulkPut(['a', 'b', 'c', 'd', 'e'].map((id) => ({ id })));
    await docs.count();
    expect(seen.range).toEqual(['b', 'c', 'd']);
    expect(seen.any).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
