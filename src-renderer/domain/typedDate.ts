import { toHalfWidth } from './halfWidth';

/**
 * A date as a keeper types it, read only once the typing is over (Enter, Tab, leaving the field): read
 * while typing, "2026-11-2" is already a date and the "0" that follows is lost.
 *
 * Accepted, always year first: 2026-11-20, 2026/11/20, 2026.11.20, 2026 11 20, 2026-1-2 (one separator
 * throughout), 20261120, 2026年11月20日 (日 may be left off). Refused: a two-digit year (26-11-20), the
 * year last (20/11/2026 is 20 Nov in China but 11 Dec elsewhere), a day that does not exist (2026-02-30)
 * and years outside 1900–2100, which in a station's ledger are typos.
 */

export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;
/** Longer text is not a date; checking the length first keeps the patterns below cheap on pasted essays. */
const MAX_TYPED_LENGTH = 24;

export type TypedDateProblem = 'format' | 'noSuchDay' | 'yearRange';
export type TypedDate = { ok: true; iso: string } | { ok: false; problem: TypedDateProblem };

export const TYPED_DATE_MESSAGE_KEYS: Readonly<Record<TypedDateProblem, string>> = {
  format: 'validation.typedDate.format',
  noSuchDay: 'validation.typedDate.noSuchDay',
  yearRange: 'validation.typedDate.yearRange',
};

const SEPARATED = /^(\d{4})([-/. ])(\d{1,2})\2(\d{1,2})$/;
const DIGITS_ONLY = /^(\d{4})(\d{2})(\d{2})$/;
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; Date.UTC keeps the PC's time zone out of it.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** The year, month and day written in `text`, before checking they make a real date. */
function parts(text: string): [number, number, number] | null {
  const separated = SEPARATED.exec(text);
  if (separated !== null) return [Number(separated[1]), Number(separated[3]), Number(separated[4])];
  const written = CHINESE.exec(text) ?? DIGITS_ONLY.exec(text);
  return written === null ? null : [Number(written[1]), Number(written[2]), Number(written[3])];
}

/** Reads a typed date; the result is 'YYYY-MM-DD' or the reason it cannot be one. */
export function parseTypedDate(raw: string): TypedDate {
  const text = toHalfWidth(raw).trim();
  if (text.length > MAX_TYPED_LENGTH) return { ok: false, problem: 'format' };
  const found = parts(text);
  if (found === null) return { ok: false, problem: 'format' };
  const [year, month, day] = found;
  if (year < FIRST_YEAR || year > LAST_YEAR) return { ok: false, problem: 'yearRange' };
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { ok: false, problem: 'noSuchDay' };
  return { ok: true, iso: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}
