import { MAX_HOURS_PER_DAY, findDailyOverflows, fromHalfHourUnits, toHalfHourUnits, type DailyHoursOverflow } from '../hours';

/**
 * The 24-hour daily limit across everything a person did in a day: activities and duty shifts together.
 * The limit itself is decided in one place, findDailyOverflows in hours.ts (the activity form's check); this
 * file only feeds it both kinds of hours.
 *
 * Two directions:
 * - saving an activity: its participants' hours are checked against their other activities AND their shift
 *   credits that day (findDailyOverflowsAcross); over the limit, the save is refused, as today.
 * - crediting shifts: a sign-out is never refused (the person did stand at the post), so the shifts of a day
 *   are credited in the order they started with what the day has left after the activities, and a shift cut
 *   short is flagged for review (creditPersonDay). Activities come first because the keeper typed them and
 *   they were checked against the limit when saved; shift credits follow from sign-in times.
 */

/** A shift's credit for one person on one day, before the daily limit. */
export interface ShiftCreditOfDay {
  shiftId: string;
  /** 'HH:mm': shifts are credited in this order, then by id. */
  startTime: string;
  hours: number;
}

export interface CreditedShiftOfDay extends ShiftCreditOfDay {
  /** What the day had room for, in half hours: at most `hours`. */
  credited: number;
  /** True when the limit cut this shift's credit: the keeper should review it. */
  cutByDailyLimit: boolean;
}

export interface PersonDay {
  volunteerId: string;
  /** YYYY-MM-DD. */
  date: string;
  /** Their hours in each activity of the day. */
  activityHours: readonly number[];
  shifts: readonly ShiftCreditOfDay[];
}

export interface PersonDayHours {
  activities: number;
  /** In the order given. */
  shifts: CreditedShiftOfDay[];
  /** Activities plus credited shifts: at most 24 unless the activities alone already were. */
  total: number;
  /**
   * The activities alone exceed the limit: possible only when two PCs each saved some of them offline. Shifts
   * then get nothing, and the keeper must correct the activities.
   */
  activitiesOverLimit: boolean;
}

function byStart(a: ShiftCreditOfDay, b: ShiftCreditOfDay): number {
  if (a.startTime !== b.startTime) return a.startTime < b.startTime ? -1 : 1;
  if (a.shiftId === b.shiftId) return 0;
  return a.shiftId < b.shiftId ? -1 : 1;
}

/** The review note of a shift cut by the limit; param credited (hours). */
export const CUT_BY_DAILY_LIMIT_KEY = 'serviceRules.duty.review.cutByDailyLimit';

const DAY_UNITS = toHalfHourUnits(MAX_HOURS_PER_DAY);

/** One person's day: what each of their shifts is credited once their activities and earlier shifts count. */
export function creditPersonDay(day: PersonDay): PersonDayHours {
  let activityUnits = 0;
  for (const hours of day.activityHours) activityUnits += toHalfHourUnits(hours);
  const activities = fromHalfHourUnits(activityUnits);
  const overLimit = (soFarUnits: number, hours: number) =>
    findDailyOverflows(day.date, [{ volunteerId: day.volunteerId, hours }], new Map([[day.volunteerId, fromHalfHourUnits(soFarUnits)]])).length > 0;

  let soFarUnits = activityUnits;
  const credited = new Array<CreditedShiftOfDay>(day.shifts.length);
  const order = day.shifts.map((shift, index) => ({ shift, index })).sort((a, b) => byStart(a.shift, b.shift));
  for (const { shift, index } of order) {
    const units = Math.max(0, toHalfHourUnits(shift.hours));
    // Over the limit, the shift gets what is left of the day, which may be nothing.
    const given = overLimit(soFarUnits, fromHalfHourUnits(units)) ? Math.max(0, Math.min(units, DAY_UNITS - soFarUnits)) : units;
    soFarUnits += given;
    credited[index] = { ...shift, credited: fromHalfHourUnits(given), cutByDailyLimit: given < units };
  }
  return { activities, shifts: credited, total: fromHalfHourUnits(soFarUnits), activitiesOverLimit: overLimit(0, activities) };
}

/**
 * The activity form's check with shift credits counted: the hours each participant already has that day in
 * other activities plus what their shifts that day were credited. Both maps are by volunteer id.
 */
export function findDailyOverflowsAcross(
  date: string,
  adding: ReadonlyArray<{ volunteerId: string; hours: number }>,
  activityHoursByVolunteer: ReadonlyMap<string, number>,
  shiftHoursByVolunteer: ReadonlyMap<string, number>,
): DailyHoursOverflow[] {
  const existing = new Map(activityHoursByVolunteer);
  for (const [volunteerId, hours] of shiftHoursByVolunteer) existing.set(volunteerId, (existing.get(volunteerId) ?? 0) + hours);
  return findDailyOverflows(date, adding, existing);
}
