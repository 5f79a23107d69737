import type { z } from 'zod';
import { COLLECTIONS, type LedgerCollections } from '../data/database';
import { activityDocSchema } from '../domain/entities/activity';
import { catalogEntryDocSchema } from '../domain/entities/catalogEntry';
import { certificateDocSchema } from '../domain/entities/certificate';
import { conflictDocSchema } from '../domain/entities/conflict';
import { projectDocSchema } from '../domain/entities/project';
import { stationDocSchema } from '../domain/entities/station';
import { teamDocSchema } from '../domain/entities/team';
import { volunteerDocSchema } from '../domain/entities/volunteer';
import { WIRE_FORMATS } from '../domain/entities/wireFormat';
import { docTypeOf, type DocType } from '../domain/ids';
import { wireMigrations, type WireShape } from './wireVersion';

export type SyncedCollectionName = keyof LedgerCollections;

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
}

type SpecBase = Omit<SyncedCollectionSpec, 'wire'>;

/** The wire shape follows the collection's RxDB schema and migrations, so the two cannot drift apart. */
function spec(base: SpecBase): SyncedCollectionSpec {
  const { schema, migrationStrategies } = COLLECTIONS[base.name];
  const format = WIRE_FORMATS[base.docType ?? 'catalog'];
  return { ...base, wire: { schemaVersion: schema.version, major: format.major, migrations: wireMigrations(migrationStrategies) } };
}

/** What replicates and how; the order is the order a fresh PC fills up in. */
export const SYNCED_COLLECTIONS: readonly SyncedCollectionSpec[] = [
  spec({ name: 'station', docType: 'station', docSchema: stationDocSchema, source: 'station' }),
  spec({ name: 'teams', docType: 'team', docSchema: teamDocSchema, source: 'station' }),
  spec({ name: 'projects', docType: 'project', docSchema: projectDocSchema, source: 'station' }),
  spec({ name: 'volunteers', docType: 'volunteer', docSchema: volunteerDocSchema, source: 'station' }),
  spec({ name: 'activities', docType: 'activity', docSchema: activityDocSchema, source: 'station' }),
  spec({ name: 'certificates', docType: 'certificate', docSchema: certificateDocSchema, source: 'station' }),
  spec({ name: 'conflicts', docType: 'conflict', docSchema: conflictDocSchema, source: 'station' }),
  spec({ name: 'catalog', docType: null, docSchema: catalogEntryDocSchema, source: 'catalog' }),
];

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
  const type = docTypeOf(id);
  return type === null ? spec.docType === 'station' : type === spec.docType;
}
