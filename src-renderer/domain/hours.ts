/**
 * Service hours (服务时长) are counted in half hours. Sums are done in whole half-hour units so that
 * thousands of 0.5s add up exactly, whatever order a report adds them in.
 */
export const HALF_HOUR = 0.5;
export const MAX_HOURS_PER_DAY = 24;
const UNITS_PER_HOUR = 2;
const MINUTES_PER_UNIT = 30;
const MINUTES_PER_HOUR = 60;
const MAX_UNITS_PER_DAY = MAX_HOURS_PER_DAY * UNITS_PER_HOUR;

export const HOURS_INVALID_KEY = 'validation.hours.invalid';
export const HOURS_DAILY_OVERFLOW_KEY = 'validation.hours.dailyOverflow';
export const TIME_INVALID_KEY = 'validation.time.invalid';
export const TIME_END_BEFORE_START_KEY = 'validation.time.endBeforeStart';

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight for a 'HH:mm' time (00:00–23:59), or null when it is not one. */
export function parseTime(s: string): number | null {
  const m = TIME.exec(s);
  if (m === null) return null;
  return Number(m[1]) * MINUTES_PER_HOUR + Number(m[2]);
}

export function isValidTime(s: string): boolean {
  return parseTime(s) !== null;
}

/** Hours → whole half-hour units, rounding to the nearest one (ties up). */
export function toHalfHourUnits(hours: number): number {
  return Math.round(hours * UNITS_PER_HOUR);
}

export function fromHalfHourUnits(units: number): number {
  return units / UNITS_PER_HOUR;
}

export function roundToHalfHour(hours: number): number {
  return fromHalfHourUnits(toHalfHourUnits(hours));
}

/**
 * Hours between two times of one day, to the nearest half hour (a quarter hour or more rounds up:
 * 1h14m → 1, 1h15m → 1.5). Activities do not cross midnight, so an end at or before the start gives 0;
 * so does a time that is not 'HH:mm'.
 */
export function spanHours(start: string, end: string): number {
  const from = parseTime(start);
  const to = parseTime(end);
  if (from === null || to === null || to <= from) return 0;
  const minutes = to - from;
  return fromHalfHourUnits(Math.floor((minutes + MINUTES_PER_UNIT / 2) / MINUTES_PER_UNIT));
}

/** A positive whole number of half hours, at most one day. */
export function isValidHours(hours: number): boolean {
  return Number.isFinite(hours) && hours > 0 && hours <= MAX_HOURS_PER_DAY && Number.isInteger(hours * UNITS_PER_HOUR);
}

/**
 * Total hours of the given participants. Stored hours are validated multiples of 0.5, so the rounding
 * of each to the half hour only removes float noise from imported spreadsheets.
 */
export function sumHours(participants: ReadonlyArray<{ hours: number }>): number {
  let units = 0;
  for (const p of participants) units += toHalfHourUnits(p.hours);
  return fromHalfHourUnits(units);
}

export interface DailyHoursOverflow {
  volunteerId: string;
  date: string;
  /** Hours that day in other activities. */
  existing: number;
  /** Hours in the activity being saved. */
  adding: number;
  total: number;
}

/**
 * Nobody serves more than 24 hours a day: for each participant of the activity being saved, adds the
 * hours they already have that day in OTHER activities (the caller leaves this activity out when editing)
 * and reports everyone over the limit, in the order they appear. A volunteer listed twice counts once,
 * with both entries added.
 */
export function findDailyOverflows(
  date: string,
  adding: ReadonlyArray<{ volunteerId: string; hours: number }>,
  existingByVolunteer: ReadonlyMap<string, number>,
): DailyHoursOverflow[] {
  const addingUnits = new Map<string, number>();
  for (const p of adding) addingUnits.set(p.volunteerId, (addingUnits.get(p.volunteerId) ?? 0) + toHalfHourUnits(p.hours));

  const overflows: DailyHoursOverflow[] = [];
  for (const [volunteerId, units] of addingUnits) {
    const existingUnits = toHalfHourUnits(existingByVolunteer.get(volunteerId) ?? 0);
    const totalUnits = existingUnits + units;
    if (totalUnits > MAX_UNITS_PER_DAY) {
      overflows.push({
        volunteerId,
        date,
        existing: fromHalfHourUnits(existingUnits),
        adding: fromHalfHourUnits(units),
        total: fromHalfHourUnits(totalUnits),
      });
    }
  }
  return overflows;
}
