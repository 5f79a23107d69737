import type { WriteContext } from '../domain/entities/common';
import type { StationDoc } from '../domain/entities/station';
import { createActivityRepository } from './activities/repository';
import { highestStoredStamp } from './clock/storedStamps';
import { openWriteClock, type WriteClock } from './clock/writeClock';
import { createLedgerDatabase, DEFAULT_DATABASE_NAME, type LedgerDatabase, type OpenDatabaseOptions } from './database';
import { getDeviceId, getSetting, LOCAL_DATABASE_NAME, openLocalDb, putSetting, type LocalDb } from './local/localDb';
import { createProjectRepository } from './projects/repository';
import { createStationRepository } from './station/repository';
import type { LedgerStorage } from './storage';
import { createTeamRepository } from './teams/repository';
import { createHonourRepository } from '../records/honour/repository';
import { createDutyPostRepository } from '../records/dutyPost/repository';
import { createShiftRepository } from '../records/shift/repository';
import { createRequestRepository } from '../records/request/repository';
import { createVolunteerRepository } from './volunteers/repository';
import { adoptStationCode, resumeCodeAdoption } from './station/adoptCode';
import { photoDatabaseName } from '../photos/store/photoDb';
import { openPhotoStore, type OpenedPhotoStore } from '../photos/store/photoStore';

/** Everything the screens use: the repositories of one station's database on this PC. */
export interface Ledger {
  readonly db: LedgerDatabase;
  readonly local: LocalDb;
  readonly ctx: WriteContext;
  /** What `ctx.now()` stamps writes with; `behindMs()` tells when the PC clock is behind what it has seen. */
  readonly clock: WriteClock;
  readonly station: ReturnType<typeof createStationRepository>;
  readonly volunteers: ReturnType<typeof createVolunteerRepository>;
  readonly teams: ReturnType<typeof createTeamRepository>;
  readonly honours: ReturnType<typeof createHonourRepository>;
  readonly projects: ReturnType<typeof createProjectRepository>;
  readonly activities: ReturnType<typeof createActivityRepository>;
  readonly dutyPosts: ReturnType<typeof createDutyPostRepository>;
  readonly shifts: ReturnType<typeof createShiftRepository>;
  readonly requests: ReturnType<typeof createRequestRepository>;
  /** The station's evidence photos, in a database of their own beside this one (photos/store). */
  readonly photos: OpenedPhotoStore;
  /** First run: the profile's code becomes the stationId of every record written from now on. */
  setUpStation(input: unknown): Promise<StationDoc>;
  /**
   * First run of a station's second PC: its records (and its profile) come from the city server, so the
   * station is known by its code before any profile exists here. Sync can start; the first pull brings
   * the profile the first PC made, instead of this PC making a second one that would conflict with it.
   */
  joinStation(code: string): Promise<void>;
  /**
   * A station that started on a provisional code takes the city's code from its set-up file: every record
   * is re-stamped (station/adoptCode.ts). Only from a provisional code, which no server accepts.
   */
  adoptStationCode(code: string): Promise<void>;
  close(): Promise<void>;
}

/** The station a second PC joined by its set-up file, until its profile arrives from the server. */
const JOINED_STATION_KEY = 'station.joined';

export interface OpenLedgerOptions {
  storage: LedgerStorage;
  name?: string;
  localName?: string;
  /** An already open local database (the app opens it first to read the language). */
  local?: LocalDb;
  multiInstance?: boolean;
  /** The PC's wall clock (tests pin it); writes are stamped by a write clock over it (clock/writeClock.ts). */
  now?: () => Date;
  /** Before an update's migration changes stored records (the update snapshot; data/database.ts). */
  beforeMigration?: OpenDatabaseOptions<unknown, unknown>['beforeMigration'];
}

export async function openLedger(options: OpenLedgerOptions): Promise<Ledger> {
  const local = options.local ?? openLocalDb(options.localName ?? LOCAL_DATABASE_NAME);
  const db = await createLedgerDatabase({
    name: options.name ?? DEFAULT_DATABASE_NAME,
    storage: options.storage,
    multiInstance: options.multiInstance ?? false,
    beforeMigration: options.beforeMigration,
  });
  const deviceId = await getDeviceId(local);
  const clock = await openWriteClock(local, options.now ?? (() => new Date()), () => highestStoredStamp(db));
  // Every record stored here, whoever wrote it (this PC, a pull, a resolved conflict, another window), moves
  // the clock on: an edit made after this PC saw a version is stamped after it. RxDB emits a write's events
  // before the write resolves, so the next stamp already knows it.
  const observing = db.eventBulks$.subscribe((bulk) => {
    for (const event of bulk.events) clock.observe((event.documentData as { updatedAt?: unknown }).updatedAt);
  });
  // Mutable on purpose: the station id is unknown until the first-run profile is saved.
  const ctx: WriteContext = { stationId: '', deviceId, now: () => clock.now() };
  const station = createStationRepository(db, ctx);
  const photos = openPhotoStore({ name: photoDatabaseName(options.name ?? DEFAULT_DATABASE_NAME), context: () => ctx });
  // A PC closed while taking the city's code finishes that first.
  await resumeCodeAdoption(db, local);
  const profile = await station.get();
  if (profile) ctx.stationId = profile.code;
  else ctx.stationId = (await getSetting<string>(local, JOINED_STATION_KEY)) ?? '';

  return {
    db,
    local,
    ctx,
    clock,
    station,
    volunteers: createVolunteerRepository(db, ctx),
    teams: createTeamRepository(db, ctx),
    honours: createHonourRepository(db, ctx),
    projects: createProjectRepository(db, ctx),
    activities: createActivityRepository(db, ctx),
    dutyPosts: createDutyPostRepository(db, ctx),
    shifts: createShiftRepository(db, ctx),
    requests: createRequestRepository(db, ctx),
    photos,
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
    async joinStation(code) {
      const wanted = code.trim();
      if (ctx.stationId !== '' && ctx.stationId !== wanted) {
        throw new Error(`this PC already keeps station ${ctx.stationId}, not ${wanted}`);
      }
      // Kept, so that a PC closed before the profile arrived still knows which station it joined.
      await putSetting(local, JOINED_STATION_KEY, wanted);
      ctx.stationId = wanted;
    },
    async adoptStationCode(code) {
      await adoptStationCode(db, local, ctx.stationId, code);
      ctx.stationId = code.trim();
    },
    async close() {
      observing.unsubscribe();
      await db.close();
      await clock.flush();
      photos.close();
      local.close();
    },
  };
}
