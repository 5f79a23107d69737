import type { WriteContext } from '../domain/entities/common';
import type { StationDoc } from '../domain/entities/station';
import { createActivityRepository } from './activities/repository';
import { createLedgerDatabase, DEFAULT_DATABASE_NAME, type LedgerDatabase } from './database';
import { getDeviceId, LOCAL_DATABASE_NAME, openLocalDb, type LocalDb } from './local/localDb';
import { createProjectRepository } from './projects/repository';
import { createStationRepository } from './station/repository';
import type { LedgerStorage } from './storage';
import { createTeamRepository } from './teams/repository';
import { createVolunteerRepository } from './volunteers/repository';

/** Everything the screens use: the repositories of one station's database on this PC. */
export interface Ledger {
  readonly db: LedgerDatabase;
  readonly local: LocalDb;
  readonly ctx: WriteContext;
  readonly station: ReturnType<typeof createStationRepository>;
  readonly volunteers: ReturnType<typeof createVolunteerRepository>;
  readonly teams: ReturnType<typeof createTeamRepository>;
  readonly projects: ReturnType<typeof createProjectRepository>;
  readonly activities: ReturnType<typeof createActivityRepository>;
  /** First run: the profile's code becomes the stationId of every record written from now on. */
  setUpStation(input: unknown): Promise<StationDoc>;
  close(): Promise<void>;
}

export interface OpenLedgerOptions {
  storage: LedgerStorage;
  name?: string;
  localName?: string;
  /** An already open local database (the app opens it first to read the language). */
  local?: LocalDb;
  multiInstance?: boolean;
  now?: () => Date;
}

export async function openLedger(options: OpenLedgerOptions): Promise<Ledger> {
  const local = options.local ?? openLocalDb(options.localName ?? LOCAL_DATABASE_NAME);
  const db = await createLedgerDatabase({
    name: options.name ?? DEFAULT_DATABASE_NAME,
    storage: options.storage,
    multiInstance: options.multiInstance ?? false,
  });
  const deviceId = await getDeviceId(local);
  // Mutable on purpose: the station id is unknown until the first-run profile is saved.
  const ctx: WriteContext = { stationId: '', deviceId, now: options.now ?? (() => new Date()) };
  const station = createStationRepository(db, ctx);
  const profile = await station.get();
  if (profile) ctx.stationId = profile.code;

  return {
    db,
    local,
    ctx,
    station,
    volunteers: createVolunteerRepository(db, ctx),
    teams: createTeamRepository(db, ctx),
    projects: createProjectRepository(db, ctx),
    activities: createActivityRepository(db, ctx),
    async setUpStation(input) {
      const previous = ctx.stationId;
      if (!previous && typeof input === 'object' && input !== null && 'code' in input && typeof input.code === 'string') {
        ctx.stationId = input.code.trim();
      }
      try {
        return await station.save(input);
      } catch (error) {
        ctx.stationId = previous;
        throw error;
      }
    },
    async close() {
      await db.close();
      local.close();
    },
  };
}
