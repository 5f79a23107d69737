import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RANGE_LOOKUP_MAX_SPREAD, RANGE_LOOKUP_MIN_KEYS, rangeLookupsMiddleware } from '../../../src-renderer/data/rangeLookups';

interface Row {
  id: string;
  n: number;
}

let counter = 0;
const opened: Dexie[] = [];

async function openTable(withMiddleware: boolean, stored: readonly Row[]): Promise<Dexie.Table<Row, string>> {
  counter += 1;
  const db = new Dexie(`range-lookups-${process.pid}-${counter}`);
  if (withMiddleware) db.use(rangeLookupsMiddleware);
  db.version(1).stores({ docs: 'id, n' });
  await db.open();
  opened.push(db);
  const table = db.table<Row, string>('docs');
  await table.bulkPut([...stored]);
  return table;
}

function id(i: number): string {
  return `activity:${String(i).padStart(6, '0')}`;
}

function rows(indexes: readonly number[]): Row[] {
  return indexes.map((i) => ({ id: id(i), n: i }));
}

function range(from: number, to: number, step = 1): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i += step) out.push(i);
  return out;
}

/** Looks the keys up with and without the middleware, counting the get() requests the middleware makes. */
async function compare(stored: readonly Row[], keys: readonly string[]) {
  const plain = await openTable(false, stored);
  const ranged = await openTable(true, stored);
  const expected = await plain.bulkGet([...keys]);
  const gets = vi.spyOn(IDBObjectStore.prototype, 'get');
  const actual = await ranged.bulkGet([...keys]);
  const getRequests = gets.mock.calls.length;
  gets.mockRestore();
  return { expected, actual, getRequests };
}

describe('many-key look-ups by range', () => {
  beforeEach(() => {
    opened.length = 0;
  });
  afterEach(() => {
    for (const db of opened) db.close();
  });

  it('answers a page of records the PC does not have without one request per record', async () => {
    const { expected, actual, getRequests } = await compare(rows(range(0, 500)), rows(range(1000, 2000)).map((r) => r.id));
    expect(actual).toEqual(expected);
    expect(actual.every((value) => value === undefined)).toBe(true);
    expect(getRequests).toBe(0);
  });

  it('finds the stored ones among neighbours, in the order asked, with missing ones left undefined', async () => {
    const stored = rows(range(0, 400, 2));
    const keys = range(0, 400).map(id).reverse();
    const { expected, actual, getRequests } = await compare(stored, keys);
    expect(actual).toEqual(expected);
    expect(actual.filter((value) => value !== undefined)).toHaveLength(200);
    expect(actual[0]).toBeUndefined();
    expect(actual[1]).toEqual({ id: id(398), n: 398 });
    expect(getRequests).toBe(0);
  });

  it('asks key by key when the range holds far more than was asked for', async () => {
    const stored = rows(range(0, 2000));
    const keys = range(0, 2000, 20).map(id);
    const { expected, actual, getRequests } = await compare(stored, keys);
    expect(keys.length * RANGE_LOOKUP_MAX_SPREAD).toBeLessThan(stored.length);
    expect(actual).toEqual(expected);
    expect(getRequests).toBe(keys.length);
  });

  it('leaves small look-ups and repeated keys as Dexie answers them', async () => {
    const stored = rows(range(0, 100));
    const few = range(0, RANGE_LOOKUP_MIN_KEYS - 1).map(id);
    const small = await compare(stored, few);
    expect(small.actual).toEqual(small.expected);
    expect(small.getRequests).toBe(few.length);

    const repeated = [...range(0, 60), ...range(0, 60)].map(id);
    const twice = await compare(stored, repeated);
    expect(twice.actual).toEqual(twice.expected);
    expect(twice.actual[60]).toEqual({ id: id(0), n: 0 });
  });
});
