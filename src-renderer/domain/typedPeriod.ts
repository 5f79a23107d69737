import { toHalfWidth } from './halfWidth';
import { FIRST_YEAR, LAST_YEAR } from './typedDate';

/**
 * A month or a year as a keeper types it into a report's or a list's period field, read once the typing
 * is over, like typed dates (typedDate.ts). Always year first, the year written in full.
 *
 * Months: 2026-11, 2026/11, 2026.11, 2026 11, 2026-1, 202611, 2026年11月 (月 may be left off).
 * Years: 2026, 2026年.
 */

const MAX_TYPED_LENGTH = 16;

export type TypedPeriodProblem = 'format' | 'noSuchMonth' | 'yearRange';
export type TypedMonth = { ok: true; month: string } | { ok: false; problem: TypedPeriodProblem };
export type TypedYear = { ok: true; year: number } | { ok: false; problem: TypedPeriodProblem };

export const TYPED_PERIOD_MESSAGE_KEYS: Readonly<Record<TypedPeriodProblem, string>> = {
  format: 'validation.typedPeriod.format',
  noSuchMonth: 'validation.typedPeriod.noSuchMonth',
  yearRange: 'validation.typedPeriod.yearRange',
};

const SEPARATED_MONTH = /^(\d{4})[-/. ](\d{1,2})$/;
const DIGITS_MONTH = /^(\d{4})(\d{2})$/;
const CHINESE_MONTH = /^(\d{4})\s*年\s*(\d{1,2})\s*月?$/;
const YEAR = /^(\d{4})\s*年?$/;

const inRange = (year: number) => year >= FIRST_YEAR && year <= LAST_YEAR;

/** Reads a typed month; the result is 'YYYY-MM' or the reason it cannot be one. */
export function parseTypedMonth(raw: string): TypedMonth {
  const text = toHalfWidth(raw).trim();
  if (text.length > MAX_TYPED_LENGTH) return { ok: false, problem: 'format' };
  const m = SEPARATED_MONTH.exec(text) ?? CHINESE_MONTH.exec(text) ?? DIGITS_MONTH.exec(text);
  if (m === null) return { ok: false, problem: 'format' };
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (!inRange(year)) return { ok: false, problem: 'yearRange' };
  if (month < 1 || month > 12) return { ok: false, problem: 'noSuchMonth' };
  return { ok: true, month: `${year}-${String(month).padStart(2, '0')}` };
}

/** Reads a typed year: four digits, 年 allowed after them. */
export function parseTypedYear(raw: string): TypedYear {
  const text = toHalfWidth(raw).trim();
  if (text.length > MAX_TYPED_LENGTH) return { ok: false, problem: 'format' };
  const m = YEAR.exec(text);
  if (m === null) return { ok: false, problem: 'format' };
  const year = Number(m[1]);
  return inRange(year) ? { ok: true, year } : { ok: false, problem: 'yearRange' };
}

export type PeriodKind = 'month' | 'year';
export type TypedPeriod = { ok: true; value: string } | { ok: false; problem: TypedPeriodProblem };

/** A typed month or year as a period field holds it: 'YYYY-MM' or 'YYYY'. */
export function parseTypedPeriod(kind: PeriodKind, text: string): TypedPeriod {
  if (kind === 'month') {
    const m = parseTypedMonth(text);
    return m.ok ? { ok: true, value: m.month } : m;
  }
  const y = parseTypedYear(text);
  return y.ok ? { ok: true, value: String(y.year) } : y;
}
