import type { RxJsonSchema } from 'rxdb';
import type { CatalogEntryDoc } from '../../domain/entities/catalogEntry';
import { idProperty } from '../schemaParts';

export const catalogSchema: RxJsonSchema<CatalogEntryDoc> = {
  title: 'catalog',
  // 1: the wire carries a version stamp (domain/entities/wireFormat.ts); the stored shape is unchanged.
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idProperty,
    kind: { type: 'string', maxLength: 20 },
    code: { type: 'string', maxLength: 40 },
    name: { type: 'string', maxLength: 200 },
    body: { type: 'string', maxLength: 5000 },
    order: { type: 'integer', minimum: 0, maximum: 1_000_000, multipleOf: 1 },
    updatedAt: { type: 'string', maxLength: 40 },
  },
  required: ['id', 'kind', 'code', 'name', 'body', 'order', 'updatedAt'],
  indexes: [['kind', 'order']],
};

/** Append-only: each key migrates a document from the version before it. */
export const catalogMigrations = { 1: (old: CatalogEntryDoc): CatalogEntryDoc => old };
