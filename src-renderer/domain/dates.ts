import dayjs from 'dayjs';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export interface DateRange {
  /** First day, inclusive, YYYY-MM-DD. */
  from: string;
  /** Last day, inclusive, YYYY-MM-DD. */
  to: string;
}

/** A real calendar date written YYYY-MM-DD: 2023-02-29 and 2023-13-01 are refused. */
export function isIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  // dayjs rolls impossible days over (02-30 → 03-02), so a date is real exactly when it formats back unchanged.
  const d = dayjs(s);
  return d.isValid() && d.format('YYYY-MM-DD') === s;
}

export function isIsoMonth(s: string): boolean {
  return ISO_MONTH.test(s);
}

/** Today on the station PC's own clock: records are kept in local time, never UTC. */
export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}

function assertIsoDate(date: string): void {
  if (!isIsoDate(date)) throw new RangeError('Expected a YYYY-MM-DD date');
}

export function monthOf(date: string): string {
  assertIsoDate(date);
  return date.slice(0, 7);
}

export function yearOf(date: string): number {
  assertIsoDate(date);
  return Number(date.slice(0, 4));
}

export function monthRange(month: string): DateRange {
  if (!isIsoMonth(month)) throw new RangeError('Expected a YYYY-MM month');
  const first = dayjs(`${month}-01`);
  return { from: first.format('YYYY-MM-DD'), to: first.endOf('month').format('YYYY-MM-DD') };
}

export function yearRange(year: number): DateRange {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError('Expected a four-digit year');
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}
