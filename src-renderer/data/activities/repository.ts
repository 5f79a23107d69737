import type { MangoQuerySelector } from 'rxdb';
import { map, type Observable } from 'rxjs';
import type { DateRange } from '../../domain/dates';
import type { WriteContext } from '../../domain/entities/common';
import { parseActivityInput, type ActivityDoc, type ActivityFields } from '../../domain/entities/activity';
import { findDailyOverflowsAcross } from '../../domain/duty/dailyLimit';
import type { PeriodDigest } from '../../domain/reports/digest';
import type { LedgerDatabase } from '../database';
import { DailyHoursExceededError, ValidationError } from '../errors';
import { createEntityStore, toPlain } from '../repository';
import { creditedHours } from '../../records/shift/dayCredits';
import { createShiftRepository } from '../../records/shift/repository';
import { createReportDigests } from './reportDigests';

export interface ActivityFilter {
  /** Inclusive YYYY-MM-DD bounds. */
  from: string;
  to: string;
  field?: string;
  teamId?: string;
  projectId?: string;
}

export type ActivityRepository = ReturnType<typeof createActivityRepository>;

function selectorFor(filter: ActivityFilter): MangoQuerySelector<ActivityDoc> {
  const selector: MangoQuerySelector<ActivityDoc> = { date: { $gte: filter.from, $lte: filter.to } };
  if (filter.field) selector.field = filter.field;
  if (filter.teamId) selector.teamId = filter.teamId;
  if (filter.projectId) selector.projectId = filter.projectId;
  return selector;
}

export function createActivityRepository(db: LedgerDatabase, ctx: WriteContext) {
  const store = createEntityStore<ActivityFields, ActivityDoc>(db.activities, 'activity', ctx);
  const digests = createReportDigests(db.activities, `${db.name}-report-digests`, db.storageToken);
  // A shift cut by the daily limit gets its hours back when an activity of its day shrinks or is removed.
  const shifts = createShiftRepository(db, ctx);
  db.onClose.push(() => digests.close());

  const filtered = (filter: ActivityFilter) =>
    db.activities.find({ selector: selectorFor(filter), sort: [{ date: 'desc' }, { id: 'desc' }] });

  /** Hours each volunteer already serves on `date` in activities other than `exceptId`. */
  async function hoursOnDate(date: string, exceptId?: string): Promise<Map<string, number>> {
    const sameDay = await db.activities.find({ selector: { date } }).exec();
    const hours = new Map<string, number>();
    for (const activity of sameDay) {
      if (activity.id === exceptId) continue;
      for (const p of activity.participants) hours.set(p.volunteerId, (hours.get(p.volunteerId) ?? 0) + p.hours);
    }
    return hours;
  }

  async function validate(input: unknown, exceptId?: string): Promise<ActivityFields> {
    const parsed = parseActivityInput(input);
    if (!parsed.ok) throw new ValidationError(parsed.issues);
    const { date, participants } = parsed.value;
    // Duty shifts count too: what each person's shifts that day were credited (records/shift).
    const shifts = await db.shifts.find({ selector: { date } }).exec();
    const overflows = findDailyOverflowsAcross(date, participants, await hoursOnDate(date, exceptId), creditedHours(shifts));
    if (overflows.length > 0) throw new DailyHoursExceededError(overflows);
    return parsed.value;
  }

  return {
    get: store.get,
    async remove(id: string): Promise<ActivityDoc> {
      const removed = await store.remove(id);
      await shifts.recreditDate(removed.date);
      return removed;
    },
    restore: store.restore,
    hoursOnDate,

    async create(input: unknown): Promise<ActivityDoc> {
      return store.insert(await validate(input));
    },

    async update(id: string, input: unknown): Promise<ActivityDoc> {
      const before = await store.get(id);
      const saved = await store.patch(id, await validate(input, id));
      await shifts.recreditDate(saved.date);
      if (before && before.date !== saved.date) await shifts.recreditDate(before.date);
      return saved;
    },

    query: async (filter: ActivityFilter): Promise<ActivityDoc[]> => (await filtered(filter).exec()).map(toPlain),
    query$: (filter: ActivityFilter): Observable<ActivityDoc[]> => filtered(filter).$.pipe(map((docs) => docs.map(toPlain))),

    /** The activity entered last (ids are time-ordered), for "copy last activity". */
    async latest(): Promise<ActivityDoc | null> {
      const doc = await db.activities.findOne({ selector: {}, sort: [{ id: 'desc' }] }).exec();
      return doc ? toPlain(doc) : null;
    },

    /** Every activity the volunteer served in, newest first. Participants are embedded, so this scans. */
    async forVolunteer(volunteerId: string): Promise<ActivityDoc[]> {
      const docs = await db.activities
        .find({ selector: { participants: { $elemMatch: { volunteerId } } }, sort: [{ date: 'desc' }, { id: 'desc' }] })
        .exec();
      return docs.map(toPlain);
    },

    /** Report digests of the ranges (see reportDigests.ts): the figures of a month or year without reading its activities. */
    reportDigests: (ranges: readonly DateRange[]): Promise<PeriodDigest[]> => digests.get(ranges),
    /** The same, kept current as activities change (from this PC or from sync). */
    reportDigests$: (ranges: readonly DateRange[]): Observable<PeriodDigest[]> => digests.watch(ranges),

    async count(): Promise<number> {
      return db.activities.count().exec();
    },
  };
}
