import { toHalfWidth } from './halfWidth';
import { MAX_HOURS_PER_DAY, spanHours, toHalfHourUnits } from './hours';

/**
 * Service hours as typed for one person, and what the form asks before saving them. Nothing is rounded
 * or clamped on the way: 25 stays 25 and is refused by name, rather than quietly becoming 24.
 */

const MAX_TYPED_LENGTH = 12;
/** 3, 3.5, .5, 3.50, and the same followed by 小时, h or 时 (full-width digits too). */
const TYPED_HOURS = /^(\d{0,3}(?:\.\d{1,2})?)\s*(?:小时|时|h)?$/i;

/** The number typed, or null when it is not one (empty, letters, two dots). */
export function parseTypedHours(raw: string): number | null {
  const text = toHalfWidth(raw).trim();
  if (text.length > MAX_TYPED_LENGTH) return null;
  const m = TYPED_HOURS.exec(text);
  const digits = m?.[1] ?? '';
  if (digits === '' || digits === '.') return null;
  const n = Number(digits);
  return Number.isFinite(n) ? n : null;
}

export type HoursProblem = 'empty' | 'notHalfHour' | 'overDay';

export const HOURS_PROBLEM_KEYS: Readonly<Record<HoursProblem, string>> = {
  empty: 'validation.typedHours.empty',
  notHalfHour: 'validation.typedHours.notHalfHour',
  overDay: 'validation.typedHours.overDay',
};

/** Why one person's hours cannot be saved at all, or null when they can. */
export function hoursProblem(hours: number | null): HoursProblem | null {
  if (hours === null || !Number.isFinite(hours) || hours <= 0) return 'empty';
  if (hours > MAX_HOURS_PER_DAY) return 'overDay';
  return Number.isInteger(hours * 2) ? null : 'notHalfHour';
}

/**
 * More hours than the activity itself lasted (24 h for a 08:30–11:30 morning): allowed, since someone may
 * have prepared or stayed on, but only once the keeper confirms. False while the times are incomplete.
 */
export function exceedsActivitySpan(hours: number, startTime: string, endTime: string): boolean {
  const span = spanHours(startTime, endTime);
  return span > 0 && toHalfHourUnits(hours) > toHalfHourUnits(span);
}
