import { addRxPlugin, createRxDatabase, type RxCollection, type RxDatabase, type RxStorage } from 'rxdb';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import type { ActivityDoc } from '../domain/entities/activity';
import type { CatalogEntryDoc } from '../domain/entities/catalogEntry';
import type { CertificateDoc } from '../domain/entities/certificate';
import type { ConflictDoc } from '../domain/entities/conflict';
import type { ProjectDoc } from '../domain/entities/project';
import type { StationDoc } from '../domain/entities/station';
import type { TeamDoc } from '../domain/entities/team';
import type { VolunteerDoc } from '../domain/entities/volunteer';
import { activityMigrations, activitySchema } from './activities/schema';
import { catalogMigrations, catalogSchema } from './catalog/schema';
import { certificateMigrations, certificateSchema } from './certificates/schema';
import { createConflictHandler } from './conflicts/conflictHandler';
import { conflictMigrations, conflictSchema } from './conflicts/schema';
import { projectMigrations, projectSchema } from './projects/schema';
import { stationMigrations, stationSchema } from './station/schema';
import { teamMigrations, teamSchema } from './teams/schema';
import { volunteerMigrations, volunteerSchema } from './volunteers/schema';

export interface LedgerCollections {
  station: RxCollection<StationDoc>;
  volunteers: RxCollection<VolunteerDoc>;
  teams: RxCollection<TeamDoc>;
  projects: RxCollection<ProjectDoc>;
  activities: RxCollection<ActivityDoc>;
  conflicts: RxCollection<ConflictDoc>;
  certificates: RxCollection<CertificateDoc>;
  catalog: RxCollection<CatalogEntryDoc>;
}
export type LedgerDatabase = RxDatabase<LedgerCollections>;

/**
 * Collection name → schema and migrations. The free RxDB allows 13 open collections per process;
 * keep this list short and put local-only state in the plain Dexie database (data/local).
 */
export const COLLECTIONS = {
  station: { schema: stationSchema, migrationStrategies: stationMigrations },
  volunteers: { schema: volunteerSchema, migrationStrategies: volunteerMigrations },
  teams: { schema: teamSchema, migrationStrategies: teamMigrations },
  projects: { schema: projectSchema, migrationStrategies: projectMigrations },
  activities: { schema: activitySchema, migrationStrategies: activityMigrations },
  conflicts: { schema: conflictSchema, migrationStrategies: conflictMigrations },
  certificates: { schema: certificateSchema, migrationStrategies: certificateMigrations },
  catalog: { schema: catalogSchema, migrationStrategies: catalogMigrations },
} as const;

export const DEFAULT_DATABASE_NAME = 'station-ledger';

let pluginsAdded = false;
function addPlugins(): void {
  if (pluginsAdded) return;
  addRxPlugin(RxDBMigrationSchemaPlugin);
  pluginsAdded = true;
}

export interface OpenDatabaseOptions<Internals, Options> {
  name?: string;
  storage: RxStorage<Internals, Options>;
  /** Several tabs or windows on one database (web mode); the desktop has one window. */
  multiInstance?: boolean;
}

export async function createLedgerDatabase<Internals, Options>(
  options: OpenDatabaseOptions<Internals, Options>,
): Promise<LedgerDatabase> {
  addPlugins();
  const db = await createRxDatabase<LedgerCollections>({
    name: options.name ?? DEFAULT_DATABASE_NAME,
    storage: options.storage,
    multiInstance: options.multiInstance ?? false,
    eventReduce: true,
    closeDuplicates: true,
  });
  try {
    // Each collection resolves replication conflicts the same way everywhere and keeps the loser (sync).
    await db.addCollections({
      station: { ...COLLECTIONS.station, conflictHandler: createConflictHandler<StationDoc>('station', db) },
      volunteers: { ...COLLECTIONS.volunteers, conflictHandler: createConflictHandler<VolunteerDoc>('volunteers', db) },
      teams: { ...COLLECTIONS.teams, conflictHandler: createConflictHandler<TeamDoc>('teams', db) },
      projects: { ...COLLECTIONS.projects, conflictHandler: createConflictHandler<ProjectDoc>('projects', db) },
      activities: { ...COLLECTIONS.activities, conflictHandler: createConflictHandler<ActivityDoc>('activities', db) },
      conflicts: { ...COLLECTIONS.conflicts, conflictHandler: createConflictHandler<ConflictDoc>('conflicts', db) },
      certificates: { ...COLLECTIONS.certificates, conflictHandler: createConflictHandler<CertificateDoc>('certificates', db) },
      catalog: { ...COLLECTIONS.catalog, conflictHandler: createConflictHandler<CatalogEntryDoc>('catalog', db) },
    });
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
