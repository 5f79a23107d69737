import { isIsoDate } from '../../domain/dates';
import type { FieldIssue } from '../../domain/issues';

/** A post's shifts over a date range, the same hours each day: a 30-day post is one form. */
export interface ShiftRun {
  postId: string;
  /** Inclusive, YYYY-MM-DD. */
  from: string;
  to: string;
  startTime: string;
  endTime: string;
  needed: number;
}

/** A run longer than a year is a mistyped date more likely than a plan. */
export const MAX_RUN_DAYS = 366;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The days of the run, or the issue with its range. Dates are counted in UTC, so no clock change skips a day. */
export function runDates(from: string, to: string): { ok: true; dates: string[] } | { ok: false; issue: FieldIssue } {
  if (!isIsoDate(from)) return { ok: false, issue: { field: 'from', key: 'validation.date.invalid' } };
  if (!isIsoDate(to)) return { ok: false, issue: { field: 'to', key: 'validation.date.invalid' } };
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  const days = Math.round((end - start) / DAY_MS) + 1;
  if (days < 1) return { ok: false, issue: { field: 'to', key: 'duty.problem.runBackwards' } };
  if (days > MAX_RUN_DAYS) return { ok: false, issue: { field: 'to', key: 'duty.problem.runTooLong', params: { max: MAX_RUN_DAYS } } };
  return { ok: true, dates: Array.from({ length: days }, (_, i) => new Date(start + i * DAY_MS).toISOString().slice(0, 10)) };
}
