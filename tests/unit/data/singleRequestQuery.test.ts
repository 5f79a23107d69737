import { createRxDatabase, type MangoQuery, type RxCollection, type RxDatabase, type RxJsonSchema } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSingleRequestQueries } from '../../../src-renderer/data/singleRequestQuery';
import type { LedgerStorage } from '../../../src-renderer/data/storage';

interface Person {
  id: string;
  namePinyin: string;
  active: boolean;
  age: number;
  teamIds: string[];
}

const schema: RxJsonSchema<Person> = {
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 40 },
    namePinyin: { type: 'string', maxLength: 60 },
    active: { type: 'boolean' },
    age: { type: 'number', minimum: 0, maximum: 150, multipleOf: 1 },
    teamIds: { type: 'array', items: { type: 'string' } },
  },
  required: ['id', 'namePinyin', 'active', 'age', 'teamIds'],
  indexes: ['namePinyin', ['active', 'namePinyin']],
};

const SYLLABLES = ['zhang', 'wang', 'li', 'zhao', 'liu', 'chen', 'yang', 'huang', 'wu', 'zhou'];

function people(count: number): Person[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `person:${String(i).padStart(4, '0')}`,
    namePinyin: `${SYLLABLES[(i * 7) % SYLLABLES.length]}${SYLLABLES[(i * 3) % SYLLABLES.length]}${i % 13}`,
    active: i % 4 !== 0,
    age: 18 + ((i * 11) % 60),
    teamIds: i % 5 === 0 ? [] : [`team:${i % 3}`],
  }));
}

/** Queries a list screen or report makes: index ranges, filters the index cannot answer, sorts, pages. */
const QUERIES: { name: string; query: MangoQuery<Person> }[] = [
  { name: 'everything by name', query: { sort: [{ namePinyin: 'asc' }] } },
  { name: 'everything by name, backwards', query: { sort: [{ namePinyin: 'desc' }] } },
  { name: 'active ones by name', query: { selector: { active: true }, sort: [{ namePinyin: 'asc' }] } },
  { name: 'a name range', query: { selector: { namePinyin: { $gte: 'li', $lt: 'wu' } }, sort: [{ namePinyin: 'asc' }] } },
  { name: 'members of a team', query: { selector: { teamIds: { $elemMatch: { $eq: 'team:1' } } }, sort: [{ namePinyin: 'asc' }] } },
  { name: 'sorted on a field without index', query: { selector: { active: true }, sort: [{ age: 'desc' }, { id: 'asc' }] } },
  { name: 'one page', query: { sort: [{ namePinyin: 'asc' }], skip: 40, limit: 25 } },
  { name: 'one page of a filtered list', query: { selector: { age: { $gt: 40 } }, sort: [{ namePinyin: 'asc' }], skip: 5, limit: 10 } },
  { name: 'the first few', query: { sort: [{ namePinyin: 'asc' }], limit: 3 } },
  { name: 'nothing matches', query: { selector: { namePinyin: 'nobody' } } },
];

let counter = 0;

async function openWith(storage: LedgerStorage): Promise<{ db: RxDatabase; people: RxCollection<Person> }> {
  counter += 1;
  const db = await createRxDatabase({ name: `single-request-${process.pid}-${counter}`, storage, multiInstance: false });
  const collections = await db.addCollections({ people: { schema } });
  const collection = collections.people as RxCollection<Person>;
  await collection.bulkInsert(people(300));
  // Deleted documents stay in storage (replication needs them) and must never be answered.
  const removed = await collection.find({ selector: { id: { $in: ['person:0001', 'person:0002', 'person:0150'] } } }).exec();
  await Promise.all(removed.map((doc) => doc.remove()));
  return { db, people: collection };
}

describe('queries read in one request', () => {
  let cursor: Awaited<ReturnType<typeof openWith>>;
  let single: Awaited<ReturnType<typeof openWith>>;

  beforeAll(async () => {
    cursor = await openWith(getRxStorageDexie());
    single = await openWith(withSingleRequestQueries(getRxStorageDexie()));
  });

  afterAll(async () => {
    await cursor.db.close();
    await single.db.close();
  });

  it.each(QUERIES)('answer exactly as the Dexie storage does: $name', async ({ query }) => {
    const expected = (await cursor.people.find(query).exec()).map((doc) => doc.id);
    const actual = (await single.people.find(query).exec()).map((doc) => doc.id);
    expect(actual).toEqual(expected);
  });

  it('leave out deleted documents', async () => {
    const ids = (await single.people.find({ sort: [{ namePinyin: 'asc' }] }).exec()).map((doc) => doc.id);
    expect(ids).toHaveLength(297);
    expect(ids).not.toContain('person:0150');
  });

  it('see a change made after the first read', async () => {
    const query = single.people.find({ selector: { active: true }, sort: [{ namePinyin: 'asc' }] });
    const before = (await query.exec()).length;
    await single.people.insert({ id: 'person:new', namePinyin: 'aaa', active: true, age: 30, teamIds: [] });
    const after = await single.people.find({ selector: { active: true }, sort: [{ namePinyin: 'asc' }] }).exec();
    expect(after).toHaveLength(before + 1);
    expect(after[0]?.id).toBe('person:new');
  });
});
