import { SERVICE_FIELDS } from '../src-renderer/domain/catalog';
import { catalogEntryDocSchema, type CatalogEntryDoc } from '../src-renderer/domain/entities/catalogEntry';
import { catalog as catalogNames } from '../src-renderer/i18n/zh-CN/catalog';
import type { CouchDocument } from './couch/ensure';

/**
 * The ten service fields every station starts with. `updatedAt` is fixed so that seeding again finds the
 * same documents and writes nothing; the city changes an entry by publishing a new one.
 */
export const SEED_UPDATED_AT = '2024-01-01T00:00:00.000Z';

export function serviceFieldEntries(): CatalogEntryDoc[] {
  return SERVICE_FIELDS.map((code, index) =>
    catalogEntryDocSchema.parse({
      id: `field:${code}`,
      kind: 'field',
      code,
      name: catalogNames.fields[code],
      body: '',
      order: index + 1,
      updatedAt: SEED_UPDATED_AT,
    }),
  );
}

/** RxDB's CouchDB replication maps the primary key `id` to `_id`, and the body carries no `id`. */
export function toCouchDoc(entry: CatalogEntryDoc): CouchDocument {
  const { id, ...body } = entry;
  return { _id: id, ...body };
}
