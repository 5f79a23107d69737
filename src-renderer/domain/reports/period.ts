import dayjs from 'dayjs';
import { isIsoMonth, monthRange, yearRange, type DateRange } from '../dates';

/** A station report covers one calendar month or one calendar year. */
export type ReportPeriod = { kind: 'year'; year: number } | { kind: 'month'; month: string };

export function periodRange(period: ReportPeriod): DateRange {
  return period.kind === 'year' ? yearRange(period.year) : monthRange(period.month);
}

/** The year of the period, for titles and certificate numbering. */
export function periodYear(period: ReportPeriod): number {
  return period.kind === 'year' ? period.year : Number(period.month.slice(0, 4));
}

/** The same month or year one year earlier: what the comparison column is measured against. */
export function samePeriodLastYear(period: ReportPeriod): ReportPeriod {
  if (period.kind === 'year') return { kind: 'year', year: period.year - 1 };
  const year = Number(period.month.slice(0, 4)) - 1;
  return { kind: 'month', month: `${String(year).padStart(4, '0')}${period.month.slice(4)}` };
}

/**
 * The time slots the "by time" chart and table use: the 12 months of a year ('2024-01' … '2024-12'),
 * or the days of a month ('2024-02-01' … '2024-02-29').
 */
export function periodBuckets(period: ReportPeriod): string[] {
  if (period.kind === 'year') {
    return Array.from({ length: 12 }, (_, i) => `${period.year}-${String(i + 1).padStart(2, '0')}`);
  }
  const { from } = monthRange(period.month);
  const days = dayjs(from).daysInMonth();
  return Array.from({ length: days }, (_, i) => `${period.month}-${String(i + 1).padStart(2, '0')}`);
}

/** Which slot of periodBuckets() a YYYY-MM-DD date falls in. */
export function bucketOf(period: ReportPeriod, date: string): string {
  return period.kind === 'year' ? date.slice(0, 7) : date;
}

/** Reads a period from its URL form ('2024' or '2024-03'); null for anything else. */
export function parsePeriod(text: string): ReportPeriod | null {
  if (/^\d{4}$/.test(text)) return { kind: 'year', year: Number(text) };
  if (isIsoMonth(text)) return { kind: 'month', month: text };
  return null;
}

export function formatPeriod(period: ReportPeriod): string {
  return period.kind === 'year' ? String(period.year) : period.month;
}
