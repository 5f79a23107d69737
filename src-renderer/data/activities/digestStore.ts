import { Dexie, type EntityTable } from 'dexie';
import type { PeriodDigest } from '../../domain/reports/digest';
import type { DayFigures } from '../../domain/reports/fieldTables';

/** A point in the activities' change order: RxDB's last-write time, then the id (what replication uses). */
export interface ChangeCheckpoint {
  id: string;
  lwt: number;
}

/** The digests of one calendar year and its twelve months, and what they were made from. */
export interface YearRow {
  /** 'YYYY'. */
  year: string;
  /** Every activity write up to this checkpoint is in the digests (later ones may be too). */
  basis: ChangeCheckpoint;
  /** Ids of the activities dated in the year when the digests were made. */
  members: string[];
  /** Changes whenever the digests are remade, so a copy kept in memory can tell it is still the same. */
  madeAs: string;
}

export interface DigestRow {
  /** 'YYYY' for the year, 'YYYY-MM' for a month. */
  key: string;
  /** The year row's madeAs when this digest was made with it. */
  madeAs: string;
  digest: PeriodDigest;
}

/**
 * A digest as stored: the long lists (a big station's year has thousands of volunteers and hundreds of
 * days) as columns of plain values, which IndexedDB copies several times faster than as many small objects.
 */
interface StoredDigest extends Pick<PeriodDigest, 'groups' | 'groupOverlaps' | 'projects' | 'teams'> {
  /** One entry per date and field. */
  dayDates: string[];
  dayFields: string[];
  daySessions: number[];
  dayUnits: number[];
  dayServed: number[];
  volunteerIds: string[];
  volunteerUnits: number[];
  volunteerSessions: number[];
}

interface StoredDigestRow {
  key: string;
  madeAs: string;
  digest: StoredDigest;
}

export function encodeDigest({ days, volunteers, groups, groupOverlaps, projects, teams }: PeriodDigest): StoredDigest {
  const cells = days.flatMap((day) => Object.entries(day.byField).map(([field, sums]) => ({ date: day.date, field, ...sums })));
  return {
    dayDates: cells.map((c) => c.date),
    dayFields: cells.map((c) => c.field),
    daySessions: cells.map((c) => c.sessions),
    dayUnits: cells.map((c) => c.units),
    dayServed: cells.map((c) => c.served),
    volunteerIds: volunteers.map((v) => v.volunteerId),
    volunteerUnits: volunteers.map((v) => v.units),
    volunteerSessions: volunteers.map((v) => v.sessions),
    groups,
    groupOverlaps,
    projects,
    teams,
  };
}

export function decodeDigest(stored: StoredDigest): PeriodDigest {
  const days: DayFigures[] = [];
  stored.dayDates.forEach((date, i) => {
    let day = days.at(-1);
    if (day?.date !== date) days.push((day = { date, byField: {} }));
    day.byField[stored.dayFields[i] ?? ''] = { sessions: stored.daySessions[i] ?? 0, units: stored.dayUnits[i] ?? 0, served: stored.dayServed[i] ?? 0 };
  });
  return {
    days,
    groups: stored.groups,
    groupOverlaps: stored.groupOverlaps,
    projects: stored.projects,
    volunteers: stored.volunteerIds.map((volunteerId, i) => ({ volunteerId, units: stored.volunteerUnits[i] ?? 0, sessions: stored.volunteerSessions[i] ?? 0 })),
    teams: stored.teams,
  };
}

/** Which database the digests were made from; anything else in the store is thrown away. */
interface MetaRow {
  key: 'meta';
  source: string;
  /** A checkpoint no later than the newest change (null: nothing made yet). */
  latest: ChangeCheckpoint | null;
}

type DigestDb = Dexie & {
  years: EntityTable<YearRow, 'year'>;
  digests: EntityTable<StoredDigestRow, 'key'>;
  meta: EntityTable<MetaRow, 'key'>;
};

export interface YearBundle {
  row: YearRow;
  digests: DigestRow[];
}

/**
 * The local-only store of report digests: a plain Dexie database beside the station's RxDB database, never
 * replicated (each PC derives its own). Everything in it can be rebuilt from the activities.
 */
export interface DigestStore {
  /** The checkpoint of the last refresh; null when the store is empty (new, or from another source). */
  latest: ChangeCheckpoint | null;
  /** The rows of `years`, then the digests `pick` asks for once it has seen them, in one transaction. */
  read(years: readonly string[], pick: (rows: ReadonlyMap<string, YearRow>) => string[]): Promise<{ rows: Map<string, YearRow>; digests: Map<string, DigestRow> }>;
  /** Writes whole years and updated rows in one transaction, with the new `latest`. */
  write(bundles: readonly YearBundle[], rows: readonly YearRow[], latest: ChangeCheckpoint): Promise<void>;
  close(): void;
}

/** `source` names the database the digests come from; a store holding another source's digests is emptied. */
export async function openDigestStore(name: string, source: string): Promise<DigestStore> {
  const db = new Dexie(name) as DigestDb;
  db.version(1).stores({ years: 'year', digests: 'key', meta: 'key' });
  const meta = await db.meta.get('meta');
  let latest: ChangeCheckpoint | null = meta?.source === source ? meta.latest : null;
  if (meta?.source !== source) {
    await db.transaction('rw', db.years, db.digests, db.meta, async () => {
      await Promise.all([db.years.clear(), db.digests.clear()]);
      await db.meta.put({ key: 'meta', source, latest: null });
    });
  }
  return {
    get latest() {
      return latest;
    },
    async read(years, pick) {
      return db.transaction('r', db.years, db.digests, async () => {
        const rows = new Map((await db.years.bulkGet([...years])).flatMap((r) => (r ? [[r.year, r] as const] : [])));
        const digests = await db.digests.bulkGet(pick(rows));
        return { rows, digests: new Map(digests.flatMap((d) => (d ? [[d.key, { ...d, digest: decodeDigest(d.digest) }] as const] : []))) };
      });
    },
    async write(bundles, rows, next) {
      await db.transaction('rw', db.years, db.digests, db.meta, async () => {
        await Promise.all([
          db.years.bulkPut([...bundles.map((b) => b.row), ...rows]),
          db.digests.bulkPut(bundles.flatMap((b) => b.digests.map((d) => ({ ...d, digest: encodeDigest(d.digest) })))),
          db.meta.put({ key: 'meta', source, latest: next }),
        ]);
      });
      latest = next;
    },
    close() {
      db.close();
    },
  };
}
