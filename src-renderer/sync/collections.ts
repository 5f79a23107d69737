import type { z } from 'zod';
import { collectionSetup, type LedgerCollectionName } from '../data/database';
import { catalogEntryDocSchema } from '../domain/entities/catalogEntry';
import { FIRST_MAJOR, type WireFormat } from '../domain/entities/wireFormat';
import { docTypeOf, type DocType } from '../domain/ids';
import { RECORD_TYPE_LIST } from '../records/registry';
import { wireMigrations, type WireShape } from './wireVersion';
import { PHOTO_ID_PREFIX } from '../photos/sync/photoDoc';

export type SyncedCollectionName = LedgerCollectionName;

export interface SyncedCollectionSpec {
  name: SyncedCollectionName;
  /** The id prefix of this collection's documents; null for the city catalogue (its own database). */
  docType: DocType | null;
  /** Every pulled document must pass this (after migration) before it may enter the collection. */
  docSchema: z.ZodObject;
  /** 'station': the station's own database, both ways. 'catalog': the city catalogue, pull only. */
  source: 'station' | 'catalog';
  /** Version stamp and migrations of its documents on the wire. */
  wire: WireShape;
  /** Its ids are the same on every PC of the station (RecordType.sharedIds). */
  sharedIds: boolean;
}

/** The city catalogue's documents on the wire (it is no station record type). */
const CATALOG_WIRE: WireFormat = { major: FIRST_MAJOR, since: {} };

/** The wire shape follows the collection's RxDB schema and migrations, so the two cannot drift apart. */
function spec(base: Omit<SyncedCollectionSpec, 'wire' | 'sharedIds'>, format: WireFormat, sharedIds = false): SyncedCollectionSpec {
  const { schema, migrationStrategies } = collectionSetup(base.name);
  return { ...base, sharedIds, wire: { schemaVersion: schema.version, major: format.major, migrations: wireMigrations(migrationStrategies) } };
}

/** What replicates and how: every record type in the registry's order, then the city catalogue. */
export const SYNCED_COLLECTIONS: readonly SyncedCollectionSpec[] = [
  ...RECORD_TYPE_LIST.map((t) => spec({ name: t.collection, docType: t.docType, docSchema: t.shape, source: 'station' }, t.wire, t.sharedIds === true)),
  spec({ name: 'catalog', docType: null, docSchema: catalogEntryDocSchema, source: 'catalog' }, CATALOG_WIRE),
];

/** The wire format of a record type, or of the catalogue (null). */
export function wireFormatOf(docType: DocType | null): WireFormat {
  return RECORD_TYPE_LIST.find((t) => t.docType === docType)?.wire ?? CATALOG_WIRE;
}

export function specOf(name: SyncedCollectionName): SyncedCollectionSpec {
  const found = SYNCED_COLLECTIONS.find((c) => c.name === name);
  if (!found) throw new Error(`no synced collection ${name}`);
  return found;
}

export function pushes(spec: SyncedCollectionSpec): boolean {
  return spec.source === 'station';
}

/**
 * Which collection a change in the station database belongs to: the one of its id's type. Changes of no
 * known type (design documents, anything malformed) go to the station profile's, which counts them as
 * dropped.
 */
export function ownsStationChange(consumer: string, id: string): boolean {
  const spec = SYNCED_COLLECTIONS.find((c) => c.name === consumer);
  if (!spec || spec.source !== 'station') return false;
  // Photos travel on their own channel (photos/sync), never into a record collection.
  if (id.startsWith(PHOTO_ID_PREFIX)) return false;
  const type = docTypeOf(id);
  return type === null ? spec.docType === 'station' : type === spec.docType;
}
