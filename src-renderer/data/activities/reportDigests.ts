import type { MangoQuerySelector, RxCollection, RxDocumentData } from 'rxdb';
import { Observable } from 'rxjs';
import { isIsoMonth, monthRange, yearRange, type DateRange } from '../../domain/dates';
import type { ActivityDoc } from '../../domain/entities/activity';
import { digestActivities, type PeriodDigest } from '../../domain/reports/digest';
import { queryStored, WRITE_TIME_PATH } from '../storageInternals';
import { openDigestStore, type ChangeCheckpoint, type DigestRow, type DigestStore, type YearBundle, type YearRow } from './digestStore';

/**
 * Bump when PeriodDigest changes shape or meaning: stored digests of another format are rebuilt.
 * 2: digests made before write times were kept increasing across restarts (clock/monotonicWriteTimes.ts)
 * may have missed activities written under a clock set back; they are made again once.
 */
const DIGEST_FORMAT = 2;
/** Digests kept in memory, so going back to a period shown recently reads nothing but the check. */
const MEMORY_LIMIT = 64;
/** Answers kept until the next activity change, for a repeated request (a screen subscribing after prefetching). */
const ANSWERS_LIMIT = 8;
const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));

type StoredActivity = RxDocumentData<ActivityDoc>;

/**
 * Report digests (domain/reports/digest.ts) of date ranges. A calendar year or month is read from a local
 * store of per-year and per-month digests (digestStore.ts) instead of from the activities themselves, so
 * the yearly report of a big station reads a few small records rather than two thousand activities; any
 * other range is digested from its activities.
 *
 * Stored digests are derived data and stay right whoever wrote the activities (a screen, an import,
 * replication, another window, a crash half-way through): each year's digests carry the change checkpoint
 * they were made at (RxDB's last-write time and id, what replication pushes from) and the ids they were
 * made from. A read asks RxDB for the activities written since that checkpoint (usually none) and remakes
 * a year from its activities only if one of them is dated in it or was one of its members. This relies
 * on stored write times increasing, which the storage keeps true whatever the PC's clock does, across
 * restarts too (clock/monotonicWriteTimes.ts); nothing here reads the clock. An answer is reused until the
 * collection reports its next change. A store that is new, or was made from another database, is filled
 * in one pass over all activities the first time a report is asked for.
 */
export interface ReportDigests {
  /** The digests of `ranges`, in order, as of now. */
  get(ranges: readonly DateRange[]): Promise<PeriodDigest[]>;
  /**
   * The same, again whenever activities change. A digest that did not change is the same object. The
   * first read starts when the observable is made, so a screen's render and the read overlap.
   */
  watch(ranges: readonly DateRange[]): Observable<PeriodDigest[]>;
  /** Waits for the work under way, then closes the store. */
  close(): Promise<void>;
}

interface CacheKey {
  year: string;
  /** 'YYYY' or 'YYYY-MM'. */
  key: string;
}

function sameRange(a: DateRange, b: DateRange): boolean {
  return a.from === b.from && a.to === b.to;
}

function within(range: DateRange) {
  return (a: { date: string }) => a.date >= range.from && a.date <= range.to;
}

/** The calendar year a date string falls in, as the year's range compares it; null if none. */
function yearOf(date: string): string | null {
  const year = date.slice(0, 4);
  return /^\d{4}$/.test(year) && Number(year) >= 1000 && within(yearRange(Number(year)))({ date }) ? year : null;
}

/** The stored digest a range is, when it is exactly a calendar year or month. */
export function cacheKeyOf(range: DateRange): CacheKey | null {
  const year = yearOf(range.from);
  if (year === null) return null;
  if (sameRange(range, yearRange(Number(year)))) return { year, key: year };
  const month = range.from.slice(0, 7);
  if (isIsoMonth(month) && sameRange(range, monthRange(month))) return { year, key: month };
  return null;
}

function isAfter(doc: StoredActivity, checkpoint: ChangeCheckpoint): boolean {
  const lwt = doc._meta.lwt;
  return lwt > checkpoint.lwt || (lwt === checkpoint.lwt && doc.id > checkpoint.id);
}

function earliest(checkpoints: readonly ChangeCheckpoint[]): ChangeCheckpoint | undefined {
  let min: ChangeCheckpoint | undefined;
  for (const c of checkpoints) if (!min || c.lwt < min.lwt || (c.lwt === min.lwt && c.id < min.id)) min = c;
  return min;
}

function sameCheckpoint(a: ChangeCheckpoint, b: ChangeCheckpoint): boolean {
  return a.lwt === b.lwt && a.id === b.id;
}

/** Tells this run's digests from those of any other run (not the time: a clock set back could repeat it). */
const RUN_TOKEN = crypto.randomUUID().slice(0, 8);
let bundlesMade = 0;

/** A year's digests, from the activities dated in it (none deleted). */
function bundleOf(year: string, activities: readonly StoredActivity[], basis: ChangeCheckpoint): YearBundle {
  bundlesMade += 1;
  const madeAs = `${RUN_TOKEN}-${bundlesMade}`;
  const digest = (key: string, list: readonly StoredActivity[]): DigestRow => ({ key, madeAs, digest: digestActivities(list) });
  return {
    row: { year, basis, members: activities.map((a) => a.id), madeAs },
    digests: [digest(year, activities), ...MONTHS.map((m) => digest(`${year}-${m}`, activities.filter(within(monthRange(`${year}-${m}`)))))],
  };
}

/** Whether a change since the year's digests were made touches the year: dated in it now, or in it then. */
function isStale(row: YearRow, changes: readonly StoredActivity[]): boolean {
  let members: Set<string> | undefined;
  for (const doc of changes) {
    if (!isAfter(doc, row.basis)) continue;
    if (!doc._deleted && yearOf(doc.date) === row.year) return true;
    members ??= new Set(row.members);
    if (members.has(doc.id)) return true;
  }
  return false;
}

/** `storeName` names the local store; `storageToken` tells this database from any other of that name. */
export function createReportDigests(collection: RxCollection<ActivityDoc>, storeName: string, storageToken: Promise<string>): ReportDigests {
  let store: Promise<DigestStore> | null = null;
  let closed = false;
  let warned = false;
  /** One refresh at a time, each after the previous one's write, so writes keep their order. */
  let queue: Promise<unknown> = Promise.resolve();
  const memory = new Map<string, DigestRow>();
  /** Answers given since the last activity change: the same request gets the same answer until then. */
  const answers = new Map<string, Promise<Map<string, PeriodDigest>>>();
  const changeWatch = collection.eventBulks$.subscribe(() => answers.clear());

  function warnOnce(message: string, error: unknown): void {
    if (!warned && !closed) console.warn(message, error);
    warned = true;
  }

  function serially(work: () => Promise<{ found: Map<string, PeriodDigest>; written: Promise<void> }>): Promise<Map<string, PeriodDigest>> {
    const run = queue.then(work);
    queue = run.then(
      // A digest not stored is made again next time; only the time is lost.
      ({ written }) => written.catch((error: unknown) => warnOnce('Report digests could not be stored.', error)),
      () => undefined,
    );
    return run.then(({ found }) => found);
  }

  function openStore(): Promise<DigestStore> {
    store ??= storageToken.then((token) => openDigestStore(storeName, `${token}/activities-v${collection.schema.version}/digest-v${DIGEST_FORMAT}`));
    return store;
  }

  async function changedWhere(selector: MangoQuerySelector<StoredActivity>): Promise<StoredActivity[]> {
    return queryStored(collection, { selector, sort: [{ [WRITE_TIME_PATH]: 'asc' }, { id: 'asc' }] });
  }

  /**
   * The activities written after `since` (deleted ones too), oldest first, and the checkpoint after them.
   * Two exact ranges of RxDB's [_meta.lwt+id] index: RxDB's own getChangedDocumentsSince() also reads
   * every activity written at the checkpoint's time, and one bulk write gives a whole batch the same time.
   */
  async function changesSince(since: ChangeCheckpoint): Promise<{ documents: StoredActivity[]; checkpoint: ChangeCheckpoint }> {
    const [sameTime, later] = await Promise.all([
      changedWhere({ [WRITE_TIME_PATH]: { $eq: since.lwt }, id: { $gt: since.id } }),
      changedWhere({ [WRITE_TIME_PATH]: { $gt: since.lwt } }),
    ]);
    const documents = [...sameTime, ...later];
    const last = documents.at(-1);
    return { documents, checkpoint: last ? { id: last.id, lwt: last._meta.lwt } : since };
  }

  async function activitiesIn(range: DateRange): Promise<StoredActivity[]> {
    const query = collection.find({ selector: { date: { $gte: range.from, $lte: range.to } }, sort: [{ date: 'asc' }, { id: 'asc' }] });
    return (await collection.storageInstance.query(query.getPreparedQuery())).documents;
  }

  function remember(row: DigestRow): PeriodDigest {
    memory.delete(row.key);
    memory.set(row.key, row);
    for (const oldest of memory.keys()) {
      if (memory.size <= MEMORY_LIMIT) break;
      memory.delete(oldest);
    }
    return row.digest;
  }

  /**
   * Every activity in one read (a snapshot): the digests of every year with activities. The newest write
   * among them is the checkpoint; an activity written later but deleted before the read changes no digest,
   * so seeing it again as a change later is harmless.
   */
  async function fill(digestStore: DigestStore): Promise<void> {
    const activities = await activitiesIn({ from: '', to: '\uffff' });
    let checkpoint: ChangeCheckpoint = { id: '', lwt: 0 };
    const byYear = new Map<string, StoredActivity[]>();
    for (const doc of activities) {
      if (isAfter(doc, checkpoint)) checkpoint = { id: doc.id, lwt: doc._meta.lwt };
      const year = yearOf(doc.date);
      if (year === null) continue;
      const list = byYear.get(year);
      if (list) list.push(doc);
      else byYear.set(year, [doc]);
    }
    await digestStore.write([...byYear].map(([year, docs]) => bundleOf(year, docs, checkpoint)), [], checkpoint);
  }

  async function refresh(keys: readonly CacheKey[]): Promise<{ found: Map<string, PeriodDigest>; written: Promise<void> }> {
    const digestStore = await openStore();
    if (!digestStore.latest) await fill(digestStore);
    const latest = digestStore.latest ?? missing('checkpoint');
    const years = [...new Set(keys.map((k) => k.year))];
    const wanted = [...new Set(keys.map((k) => k.key))];
    // The rows' checkpoints are normally the latest one, so the changes are read alongside them.
    const [{ rows, digests }, sinceLatest] = await Promise.all([
      digestStore.read(years, (found) => wanted.filter((key) => memory.get(key)?.madeAs !== found.get(key.slice(0, 4))?.madeAs)),
      changesSince(latest),
    ]);
    const since = earliest([...[...rows.values()].map((r) => r.basis), latest]) ?? latest;
    const { documents: changes, checkpoint: now } = sameCheckpoint(since, latest) ? sinceLatest : await changesSince(since);
    const current = (key: string, row: YearRow) => [memory.get(key), digests.get(key)].find((d) => d?.madeAs === row.madeAs);

    const found = new Map<string, PeriodDigest>();
    const restamped: YearRow[] = [];
    const toRemake: string[] = [];
    for (const year of years) {
      const row = rows.get(year);
      const ofYear = wanted.filter((key) => key.startsWith(year));
      if (!row || !ofYear.every((key) => current(key, row)) || isStale(row, changes)) {
        toRemake.push(year);
        continue;
      }
      for (const key of ofYear) found.set(key, remember(current(key, row) ?? missing(key)));
      // Moving the checkpoint on keeps later checks to the changes made after this one.
      if (!sameCheckpoint(row.basis, now)) restamped.push({ ...row, basis: now });
    }
    const remade = await Promise.all(toRemake.map(async (year) => bundleOf(year, await activitiesIn(yearRange(Number(year))), now)));
    for (const row of remade.flatMap((bundle) => bundle.digests)) if (wanted.includes(row.key)) found.set(row.key, remember(row));
    // The answer does not wait for the write; the next refresh does (see serially).
    const written = remade.length > 0 || restamped.length > 0 || !sameCheckpoint(latest, now) ? digestStore.write(remade, restamped, now) : Promise.resolve();
    return { found, written };
  }

  /** The stored digests of `keys`; an empty answer when the store cannot be used (the caller reads activities). */
  function answer(keys: readonly CacheKey[]): Promise<Map<string, PeriodDigest>> {
    const request = keys.map((k) => k.key).join(' ');
    const known = answers.get(request);
    if (known) return known;
    const fresh: Promise<Map<string, PeriodDigest>> = serially(() => refresh(keys)).catch((error: unknown) => {
      if (answers.get(request) === fresh) answers.delete(request);
      if (closed) throw error;
      // Derived data only: without it the report is still right, just read the slow way.
      warnOnce('Report digests are unavailable; reading the activities instead.', error);
      const failed = store;
      store = null;
      failed?.then((s) => s.close()).catch(() => undefined);
      return new Map<string, PeriodDigest>();
    });
    answers.set(request, fresh);
    for (const oldest of answers.keys()) {
      if (answers.size <= ANSWERS_LIMIT) break;
      answers.delete(oldest);
    }
    return fresh;
  }

  async function get(ranges: readonly DateRange[]): Promise<PeriodDigest[]> {
    if (closed) throw new Error('The report digests are closed.');
    const keys = ranges.map(cacheKeyOf);
    const stored = keys.filter((k): k is CacheKey => k !== null);
    const found = stored.length > 0 ? await answer(stored) : new Map<string, PeriodDigest>();
    return Promise.all(
      ranges.map(async (range, i) => {
        const key = keys[i];
        return (key && found.get(key.key)) ?? digestActivities(await activitiesIn(range));
      }),
    );
  }

  function watch(ranges: readonly DateRange[]): Observable<PeriodDigest[]> {
    get(ranges).catch(() => undefined);
    return new Observable<PeriodDigest[]>((subscriber) => {
      let last: PeriodDigest[] | undefined;
      let running = false;
      let again = false;
      const update = async () => {
        if (running) {
          again = true;
          return;
        }
        running = true;
        try {
          do {
            again = false;
            const next = await get(ranges);
            if (!subscriber.closed && (!last || next.some((d, i) => d !== last?.[i]))) {
              last = next;
              subscriber.next(next);
            }
          } while (again && !subscriber.closed);
        } catch (error) {
          // Closing the database ends every screen's subscription; that is not an error to report.
          if (closed) subscriber.complete();
          else subscriber.error(error);
        } finally {
          running = false;
        }
      };
      const changes = collection.eventBulks$.subscribe(() => void update());
      void update();
      return () => changes.unsubscribe();
    });
  }

  return {
    get,
    watch,
    async close() {
      closed = true;
      changeWatch.unsubscribe();
      answers.clear();
      await queue;
      const opened = await store?.catch(() => null);
      opened?.close();
      memory.clear();
    },
  };
}

function missing(key: string): never {
  throw new Error(`The report digest ${key} was not made.`);
}
