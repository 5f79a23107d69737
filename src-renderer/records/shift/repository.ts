import type { RxDocument } from 'rxdb';
import { map, type Observable } from 'rxjs';
import type { DateRange } from '../../domain/dates';
import type { WriteContext } from '../../domain/entities/common';
import { fromHalfHourUnits, toHalfHourUnits } from '../../domain/hours';
import type { LedgerDatabase } from '../../data/database';
import { NotFoundError, ValidationError } from '../../data/errors';
import { createEntityStore, toPlain } from '../../data/repository';
import { creditDay, creditedHours } from './dayCredits';
import { runDates, type ShiftRun } from './run';
import { parseShiftInput, withCredits, type ShiftDoc, type ShiftFields } from './shape';
import { inputOf } from './signedShift';
import { applySign, type SignAction } from './signing';

export type ShiftRepository = ReturnType<typeof createShiftRepository>;

/** By date, then start time, then as entered. */
function byDateAndStart(a: ShiftDoc, b: ShiftDoc): number {
  return a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime) || a.id.localeCompare(b.id);
}

export function createShiftRepository(db: LedgerDatabase, ctx: WriteContext) {
  const collection = db.shifts;
  const store = createEntityStore<ShiftFields, ShiftDoc>(collection, 'shift', ctx);
  const sorted = (docs: RxDocument<ShiftDoc>[]): ShiftDoc[] => docs.map((d) => toPlain(d)).sort(byDateAndStart);

  const validate = (input: unknown): ShiftFields => {
    const parsed = parseShiftInput(input);
    if (!parsed.ok) throw new ValidationError(parsed.issues);
    return parsed.value;
  };

  /** Each volunteer's hours that day in activities (the daily limit counts them first). */
  async function activityHoursOn(date: string): Promise<Map<string, number>> {
    const units = new Map<string, number>();
    for (const activity of await db.activities.find({ selector: { date } }).exec()) {
      for (const p of activity.participants) units.set(p.volunteerId, (units.get(p.volunteerId) ?? 0) + toHalfHourUnits(p.hours));
    }
    return new Map([...units].map(([id, u]) => [id, fromHalfHourUnits(u)]));
  }

  /**
   * Applies the 24-hour limit to every shift of the day: saving one shift can change what another of the
   * same people's shifts that day is credited (an earlier one takes the room first).
   */
  async function recreditDate(date: string): Promise<void> {
    const shifts = await collection.find({ selector: { date } }).exec();
    const changed = creditDay(date, shifts, await activityHoursOn(date));
    for (const shift of shifts) {
      const credits = changed.get(shift.id);
      if (credits) await store.patch(shift.id, withCredits({}, credits));
    }
  }

  async function found(id: string): Promise<ShiftDoc> {
    const shift = await store.get(id);
    if (!shift) throw new NotFoundError(id);
    return shift;
  }

  /**
   * Saves a shift with its credits already cut to the day's limit, in one write: the sign-in desk does this
   * at every Enter, and a second write (fields, then credits) would double what the keeper waits for. Other
   * shifts of the day are written only when this one changes what they are credited.
   */
  async function updateFrom(before: ShiftDoc, input: unknown): Promise<ShiftDoc> {
    const fields = validate(input);
    const others = (await onDateQuery(fields.date).exec()).filter((s) => s.id !== before.id);
    const changed = creditDay(fields.date, [...others, { id: before.id, startTime: fields.startTime, credits: fields.credits }], await activityHoursOn(fields.date));
    const own = changed.get(before.id);
    const saved = await store.patch(before.id, own ? withCredits(fields, own) : fields);
    for (const other of others) {
      const credits = changed.get(other.id);
      if (credits) await store.patch(other.id, withCredits({}, credits));
    }
    if (before.date !== fields.date) await recreditDate(before.date);
    return saved;
  }

  async function update(id: string, input: unknown): Promise<ShiftDoc> {
    return updateFrom(await found(id), input);
  }

  /** A change to who signed in: the keeper's earlier confirmation no longer covers it. */
  async function changeAttendance(id: string, change: (shift: ShiftDoc) => ShiftDoc['attendance']): Promise<ShiftDoc> {
    const shift = await found(id);
    return updateFrom(shift, { ...inputOf(shift), attendance: change(shift), reviewConfirmed: false });
  }

  /** The last sign being saved (sign() waits for it). */
  let signing: Promise<unknown> = Promise.resolve();

  const creditedQuery = (volunteerId: string) => collection.find({ selector: { credits: { $elemMatch: { volunteerId } } } });
  const onDateQuery = (date: string) => collection.find({ selector: { date } });
  const inRangeQuery = (range: DateRange) => collection.find({ selector: { date: { $gte: range.from, $lte: range.to } } });

  return {
    store,
    get: store.get,
    restore: store.restore,
    async create(input: unknown): Promise<ShiftDoc> {
      const fields = validate(input);
      const shift = await store.insert(fields);
      await recreditDate(fields.date);
      return found(shift.id);
    },
    update,
    /** After an activity of `date` shrank or went: room it freed goes back to that day's cut shifts. */
    recreditDate,
    async remove(id: string): Promise<ShiftDoc> {
      const removed = await store.remove(id);
      // Room freed that day goes back to the person's other shifts.
      await recreditDate(removed.date);
      return removed;
    },

    /** One shift per day of the run, written together; refused whole if any day's shift would be. */
    async createRun(run: ShiftRun): Promise<ShiftDoc[]> {
      const days = runDates(run.from, run.to);
      if (!days.ok) throw new ValidationError([days.issue]);
      const { postId, startTime, endTime, needed } = run;
      const all = days.dates.map((date) => validate({ postId, date, startTime, endTime, needed }));
      const created: ShiftDoc[] = [];
      for (const fields of all) created.push(await store.insert(fields));
      return created;
    },

    /** Sign up (or take back) a volunteer for a shift. */
    async setSignedUp(id: string, volunteerId: string, signedUp: boolean): Promise<ShiftDoc> {
      const shift = await found(id);
      const others = shift.signUps.filter((v) => v !== volunteerId);
      return updateFrom(shift, { ...inputOf(shift), signUps: signedUp ? [...others, volunteerId] : others });
    },

    /**
     * The sign-in screen's keystroke: sign in, or sign out whoever is signed in, at `time` ('HH:mm'). Signs
     * are saved one after another: the desk shows each at once, so the keeper's next Enter can come before
     * the last one is written, and it must read the shift that one wrote, not lose it.
     */
    sign(id: string, volunteerId: string, time: string): Promise<{ action: SignAction; shift: ShiftDoc }> {
      const run = signing.then(async () => {
        let action: SignAction = 'signIn';
        const shift = await changeAttendance(id, (s) => {
          const next = applySign(s.attendance, volunteerId, time);
          action = next.action;
          return next.attendance;
        });
        return { action, shift };
      });
      signing = run.catch(() => undefined);
      return run;
    },

    /** The keeper's corrections to the sign-in times (the whole list, as the shift's page edits it). */
    setAttendance: (id: string, attendance: ShiftDoc['attendance']) => changeAttendance(id, () => attendance),

    /** The keeper looked at the flagged credits and lets them stand. */
    async confirmReview(id: string): Promise<ShiftDoc> {
      const shift = await found(id);
      return updateFrom(shift, { ...inputOf(shift), reviewConfirmed: true });
    },

    /** A post's shifts, by date and start. */
    ofPost$: (postId: string): Observable<ShiftDoc[]> => collection.find({ selector: { postId } }).$.pipe(map(sorted)),
    /** The shifts of one day (the sign-in screen). */
    onDate$: (date: string): Observable<ShiftDoc[]> => onDateQuery(date).$.pipe(map(sorted)),
    onDate: async (date: string): Promise<ShiftDoc[]> => sorted(await onDateQuery(date).exec()),
    /** Shifts dated inside the range (reports). */
    inRange$: (range: DateRange): Observable<ShiftDoc[]> => inRangeQuery(range).$.pipe(map(sorted)),
    inRange: async (range: DateRange): Promise<ShiftDoc[]> => sorted(await inRangeQuery(range).exec()),

    /** Each volunteer's activity hours on `date`, as the daily limit counts them (the desk's signedShift needs them). */
    activityHoursOn,

    /** Each volunteer's credited shift hours on `date` (the activity form's daily limit adds them). */
    async creditedOn(date: string): Promise<Map<string, number>> {
      return creditedHours(await collection.find({ selector: { date } }).exec());
    },

    /** The shifts a volunteer was credited on, newest first. Credits are embedded, so this scans. */
    forVolunteer: async (volunteerId: string): Promise<ShiftDoc[]> => sorted(await creditedQuery(volunteerId).exec()).reverse(),
    /** The same, kept current (the volunteer's page shows their duty hours as they sign out). */
    forVolunteer$: (volunteerId: string): Observable<ShiftDoc[]> => creditedQuery(volunteerId).$.pipe(map((docs) => sorted(docs).reverse())),
  };
}
