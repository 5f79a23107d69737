import { createRxDatabase, type RxCollection } from 'rxdb';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createLedgerStorage } from '../../../src-renderer/data/storage';
import { DOC_TYPES } from '../../../src-renderer/domain/ids';
import { PERSONAL_TYPES, RECORD_TYPE_LIST, RECORD_TYPES, ROLLUP_TYPES } from '../../../src-renderer/records/registry';
import { rxSchemaOf } from '../../../src-renderer/records/rxSchemaOf';
import { SYNCED_COLLECTIONS } from '../../../src-renderer/sync/collections';

interface SchemaNode {
  type?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
}

/** Field name → JSON type, nested objects and array items included, for comparing two schemas' shapes. */
function typesOf(node: SchemaNode, path = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    const at = path === '' ? name : `${path}.${name}`;
    out[at] = child.type ?? '?';
    Object.assign(out, typesOf(child, at));
    if (child.items) {
      out[`${at}[]`] = child.items.type ?? '?';
      Object.assign(out, typesOf(child.items, `${at}[]`));
    }
  }
  return out;
}

describe('the record types', () => {
  it('are one per id prefix, each with its own collection, and every one replicates', () => {
    expect(RECORD_TYPE_LIST.map((t) => t.docType).sort()).toEqual([...DOC_TYPES].sort());
    expect(new Set(RECORD_TYPE_LIST.map((t) => t.collection)).size).toBe(RECORD_TYPE_LIST.length);
    for (const type of RECORD_TYPE_LIST) expect(SYNCED_COLLECTIONS.some((s) => s.name === type.collection && s.docType === type.docType), type.docType).toBe(true);
  });

  it('the profile is filled in first and the conflict register last on a fresh PC', () => {
    expect(RECORD_TYPE_LIST[0]?.docType).toBe('station');
    expect(RECORD_TYPE_LIST.at(-1)?.docType).toBe('conflict');
  });

  it('nothing the city copies whole holds personal data', () => {
    for (const type of ROLLUP_TYPES) expect(PERSONAL_TYPES, type).not.toContain(type);
    // The types that name people stay in the station's database.
    for (const type of ['station', 'volunteer', 'certificate', 'conflict'] as const) expect(PERSONAL_TYPES).toContain(type);
  });

  it.each(RECORD_TYPE_LIST.map((t) => [t.docType, t] as const))('%s: the RxDB schema holds exactly the fields of the shape, with the same types', (_name, type) => {
    const derived = rxSchemaOf(type.shape, { title: type.docType, version: type.rxSchema.version });
    expect(typesOf(type.rxSchema as SchemaNode)).toEqual(typesOf(derived as SchemaNode));
    expect([...(type.rxSchema.required as string[])].sort()).toEqual([...(derived.required as string[])].sort());
    expect(type.rxSchema.primaryKey).toBe('id');
  });

  it.each(RECORD_TYPE_LIST.map((t) => [t.docType, t] as const))('%s: opening a link to a record leads to a page or to nothing, never to a broken path', (_name, type) => {
    const path = type.pathOf(`${type.docType}:0abc/def`);
    if (path !== null) {
      expect(path.startsWith('/')).toBe(true);
      expect(path).not.toContain('0abc/def');
    }
  });

  it('the profile and every record type but the register open where the keeper edits them', () => {
    expect(RECORD_TYPES.station.pathOf('station:JN-LX-001')).toBe('/settings');
    expect(RECORD_TYPES.volunteer.pathOf('volunteer:1')).toBe('/volunteers/volunteer%3A1');
    expect(RECORD_TYPES.conflict.pathOf('conflict:1')).toBeNull();
  });
});

describe('a schema derived from a shape', () => {
  const shape = z.object({
    id: z.string().min(3).max(64),
    stationId: z.string().min(1).max(40),
    kind: z.enum(['outstanding_volunteer', 'good_person']),
    year: z.number().int().min(1900).max(2100),
    hours: z.number().min(0),
    linked: z.array(z.string().max(64)).max(10),
    note: z.string().max(200).optional(),
    unknownFields: z.record(z.string(), z.unknown()).optional(),
  });

  it('keeps types, lengths, bounds and allowed values, and leaves optional fields out of required', () => {
    const schema = rxSchemaOf(shape, { title: 'honour', version: 0, indexes: ['kind', ['year', 'kind']] });
    expect(schema.properties).toEqual({
      id: { type: 'string', maxLength: 64 },
      stationId: { type: 'string', maxLength: 40 },
      kind: { type: 'string', maxLength: 'outstanding_volunteer'.length, enum: ['outstanding_volunteer', 'good_person'] },
      year: { type: 'integer', minimum: 1900, maximum: 2100, multipleOf: 1 },
      hours: { type: 'number', minimum: 0 },
      linked: { type: 'array', maxItems: 10, items: { type: 'string', maxLength: 64 } },
      note: { type: 'string', maxLength: 200 },
      unknownFields: { type: 'object' },
    });
    expect(schema.required).toEqual(['id', 'stationId', 'kind', 'year', 'hours', 'linked']);
    expect(schema.indexes).toEqual(['kind', ['year', 'kind']]);
  });

  it('is one RxDB accepts, indexes included, and stores a document of the shape', async () => {
    const db = await createRxDatabase<{ honours: RxCollection<z.output<typeof shape>> }>({ name: `derived-${process.pid}-${Date.now()}`, storage: await createLedgerStorage(), multiInstance: false });
    try {
      await db.addCollections({ honours: { schema: rxSchemaOf(shape, { title: 'honour', version: 0, indexes: ['kind', ['year', 'kind']] }) } });
      const honours = db.honours;
      await honours.insert({ id: 'honour:1', stationId: 'JN-LX-001', kind: 'good_person', year: 2025, hours: 1.5, linked: ['volunteer:1'] });
      const found = await honours.find({ selector: { year: 2025 }, sort: [{ year: 'asc' }, { kind: 'asc' }] }).exec();
      expect(found.map((d) => d.kind)).toEqual(['good_person']);
    } finally {
      await db.close();
    }
  });

  it('refuses a field with no single type rather than storing it unchecked', () => {
    const loose = z.object({ id: z.string().max(64), either: z.union([z.string(), z.number()]) });
    expect(() => rxSchemaOf(loose, { title: 'x', version: 0 })).toThrow(/either/);
  });
});
