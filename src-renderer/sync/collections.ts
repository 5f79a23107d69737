import type { z } from 'zod';
import type { LedgerCollections } from '../data/database';
import { activityDocSchema } from '../domain/entities/activity';
import { catalogEntryDocSchema } from '../domain/entities/catalogEntry';
import { certificateDocSchema } from '../domain/entities/certificate';
import { conflictDocSchema } from '../domain/entities/conflict';
import { projectDocSchema } from '../domain/entities/project';
import { stationDocSchema } from '../domain/entities/station';
import { teamDocSchema } from '../domain/entities/team';
import { volunteerDocSchema } from '../domain/entities/volunteer';
import { docTypeOf, type DocType } from '../domain/ids';

export type SyncedCollectionName = keyof LedgerCollections;

export interface SyncedCollectionSpec {
  name: SyncedCollectionName;
  /** The id prefix of this collection's documents; null for the city catalogue (its own database). */
  docType: DocType | null;
  /** Every pulled document must pass this before it may enter the collection. */
  docSchema: z.ZodType<Record<string, unknown>>;
  /** 'station': the station's own database, both ways. 'catalog': the city catalogue, pull only. */
  source: 'station' | 'catalog';
}

/** What replicates and how; the order is the order a fresh PC fills up in. */
export const SYNCED_COLLECTIONS: readonly SyncedCollectionSpec[] = [
  { name: 'station', docType: 'station', docSchema: stationDocSchema, source: 'station' },
  { name: 'teams', docType: 'team', docSchema: teamDocSchema, source: 'station' },
  { name: 'projects', docType: 'project', docSchema: projectDocSchema, source: 'station' },
  { name: 'volunteers', docType: 'volunteer', docSchema: volunteerDocSchema, source: 'station' },
  { name: 'activities', docType: 'activity', docSchema: activityDocSchema, source: 'station' },
  { name: 'certificates', docType: 'certificate', docSchema: certificateDocSchema, source: 'station' },
  { name: 'conflicts', docType: 'conflict', docSchema: conflictDocSchema, source: 'station' },
  { name: 'catalog', docType: null, docSchema: catalogEntryDocSchema, source: 'catalog' },
];

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
