import fc from 'fast-check';
import {
  createRevision,
  type DexieSettings,
  type DexieStorageInternals,
  fillWithDefaultSettings,
  getChangedDocumentsSince,
  type RxDocumentData,
  type RxStorageDefaultCheckpoint,
  type RxStorageInstance,
} from 'rxdb';
import { afterEach, describe, expect, it } from 'vitest';
import { createLedgerStorage } from '../../../src-renderer/data/storage';
import { DAY_MS, YEAR_MS } from '../../support/shiftedWriteTimes';
import { ITEM_SCHEMA, type Item } from '../../support/itemStorage';

const SCHEMA = ITEM_SCHEMA;

const TOKEN = 'clock-test';
let made = 0;
type Items = RxStorageInstance<Item, DexieStorageInternals, DexieSettings>;
const open: Items[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((instance) => instance.close()));
});

async function openItems(): Promise<Items> {
  made += 1;
  const storage = await createLedgerStorage();
  const instance = await storage.createStorageInstance<Item>({
    databaseInstanceToken: TOKEN,
    databaseName: `clock-write-times-${process.pid}-${made}`,
    collectionName: 'items',
    schema: fillWithDefaultSettings(SCHEMA),
    options: {},
    multiInstance: false,
    devMode: false,
  });
  open.push(instance);
  return instance;
}

/**
 * Writes `ids` in one bulk write stamped `lwt`, as RxDB does: every row of a write gets the same time,
 * whatever the PC's clock says at that moment (after a restart it may be far behind).
 */
async function write(instance: Items, ids: readonly string[], lwt: number, n: number): Promise<void> {
  const previous = new Map((await instance.findDocumentsById([...ids], true)).map((doc) => [doc.id, doc]));
  const rows = ids.map((id) => {
    const before = previous.get(id);
    const document: RxDocumentData<Item> = { id, n, _deleted: false, _attachments: {}, _meta: { lwt }, _rev: createRevision(TOKEN, before) };
    return before ? { previous: before, document } : { document };
  });
  const result = await instance.bulkWrite(rows, 'clock-test');
  expect(result.error).toEqual([]);
}

/** The Dexie storage's checkpoints are RxDB's default ones; its declared type leaves them open. */
function asCheckpoint(value: unknown): RxStorageDefaultCheckpoint {
  const { id, lwt } = (value ?? {}) as Partial<RxStorageDefaultCheckpoint>;
  if (typeof id !== 'string' || typeof lwt !== 'number') throw new Error(`not a checkpoint: ${JSON.stringify(value)}`);
  return { id, lwt };
}

/** What the push reads: the documents changed since `checkpoint`, in write order, and the checkpoint after them. */
async function changedSince(instance: Items, checkpoint?: RxStorageDefaultCheckpoint) {
  const result = await getChangedDocumentsSince(instance, 10_000, checkpoint);
  return { documents: result.documents, checkpoint: asCheckpoint(result.checkpoint) };
}

describe('stored write times stay in write order whatever the clock says', () => {
  it('a write made after a restart under a clock set back a day, then a year, is still after the push checkpoint', async () => {
    const items = await openItems();
    const today = Date.UTC(2025, 5, 1, 9, 0, 0);
    await write(items, ['a', 'b'], today, 1);
    // What the push has sent: everything up to here.
    const { checkpoint } = await changedSince(items);

    await write(items, ['a', 'c'], today - DAY_MS, 2);
    await write(items, ['d'], today - YEAR_MS, 3);
    const after = await changedSince(items, checkpoint);
    expect(after.documents.map((doc) => `${doc.id}${doc.n}`)).toEqual(['a2', 'c2', 'd3']);

    // The clock put right again: later writes still come after, in the order they were made.
    await write(items, ['b'], Date.UTC(2025, 5, 1, 9, 5, 0), 4);
    expect((await changedSince(items, after.checkpoint)).documents.map((doc) => `${doc.id}${doc.n}`)).toEqual(['b4']);
  });

  it('times that are already later are stored as they are', async () => {
    const items = await openItems();
    await write(items, ['a'], 1_700_000_000_000.25, 1);
    await write(items, ['b'], 1_700_000_000_500.5, 2);
    const stored = await items.findDocumentsById(['a', 'b'], true);
    expect(stored.map((doc) => doc._meta.lwt).sort()).toEqual([1_700_000_000_000.25, 1_700_000_000_500.5]);
  });

  it('for any clock, the changes since a checkpoint are exactly the writes made after it', async () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const batch = fc.record({
      ids: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: ids.length }),
      // Anywhere from two years back to a year ahead of a fixed day, in RxDB's 0.01 ms steps.
      lwt: fc.integer({ min: -2 * (YEAR_MS / 10), max: YEAR_MS / 10 }).map((tenths) => Date.UTC(2025, 0, 1) + tenths * 10 + 0.25),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(batch, { minLength: 1, maxLength: 8 }), async (batches) => {
        const items = await openItems();
        const checkpoints: RxStorageDefaultCheckpoint[] = [];
        /** For each id, the index of the batch that wrote its current version. */
        const lastWrite = new Map<string, number>();
        for (const [i, { ids: written, lwt }] of batches.entries()) {
          checkpoints.push((await changedSince(items)).checkpoint);
          await write(items, written, lwt, i);
          for (const id of written) lastWrite.set(id, i);
        }
        for (const [k, checkpoint] of checkpoints.entries()) {
          const since = await changedSince(items, k === 0 ? undefined : checkpoint);
          const expected = [...lastWrite].filter(([, i]) => i >= k).map(([id]) => id);
          expect(since.documents.map((doc) => doc.id).sort()).toEqual(expected.sort());
        }
        const all = (await changedSince(items)).documents.map((doc) => doc._meta.lwt);
        for (let i = 1; i < all.length; i++) expect(all[i]).toBeGreaterThanOrEqual(all[i - 1] ?? 0);
        await items.close();
        open.splice(open.indexOf(items), 1);
      }),
      { numRuns: 40 },
    );
  });
});
