import { toHalfWidth } from './halfWidth';

/**
 * A time of day as a keeper types it, read once the typing is over. Accepted: 9:30, 09:30, 9.30,
 * 0930, 930, 9点, 9点30, 9点30分, 9点半, 9时30分 (full-width digits and colon too). Refused with a reason:
 * anything else, and hours past 23 or minutes past 59 (25:00 is a typo, not tomorrow: activities do not
 * cross midnight). A minute must have two digits, so 9:3 is not guessed to be 9:03 or 9:30.
 */

const MAX_TYPED_LENGTH = 16;
const MINUTES_PER_HOUR = 60;
const HOURS_PER_DAY = 24;
const HALF_PAST = 30;

export type TypedTimeProblem = 'format' | 'outOfRange';
export type TypedTime = { ok: true; time: string } | { ok: false; problem: TypedTimeProblem };

export const TYPED_TIME_MESSAGE_KEYS: Readonly<Record<TypedTimeProblem, string>> = {
  format: 'validation.typedTime.format',
  outOfRange: 'validation.typedTime.outOfRange',
};

const SEPARATED = /^(\d{1,2})[:.](\d{2})$/;
const DIGITS_ONLY = /^(\d{1,2})(\d{2})$/;
const CHINESE = /^(\d{1,2})\s*[点时]\s*(?:(\d{1,2})\s*分?|(半))?$/;

function parts(text: string): [number, number] | null {
  const m = SEPARATED.exec(text) ?? DIGITS_ONLY.exec(text);
  if (m !== null) return [Number(m[1]), Number(m[2])];
  const c = CHINESE.exec(text);
  if (c === null) return null;
  return [Number(c[1]), c[3] !== undefined ? HALF_PAST : Number(c[2] ?? 0)];
}

/** Reads a typed time; the result is 'HH:mm' or the reason it cannot be one. */
export function parseTypedTime(raw: string): TypedTime {
  const text = toHalfWidth(raw).trim();
  if (text.length > MAX_TYPED_LENGTH) return { ok: false, problem: 'format' };
  const found = parts(text);
  if (found === null) return { ok: false, problem: 'format' };
  const [hour, minute] = found;
  if (hour >= HOURS_PER_DAY || minute >= MINUTES_PER_HOUR) return { ok: false, problem: 'outOfRange' };
  return { ok: true, time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` };
}
