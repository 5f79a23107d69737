import dayjs from 'dayjs';
import { isIsoDate, todayIso, type DateRange } from '../../domain/dates';
import { formatPeriod, parsePeriod, type ReportPeriod } from '../../domain/reports/period';

/** The report shown is in the URL (?p=2024 or ?p=2024-03), so a link or a reload shows the same one. */
export function periodFromSearch(params: URLSearchParams, today: string = todayIso()): ReportPeriod {
  return parsePeriod(params.get('p') ?? '') ?? { kind: 'year', year: Number(today.slice(0, 4)) };
}

export function periodToSearch(period: ReportPeriod): URLSearchParams {
  return new URLSearchParams({ p: formatPeriod(period) });
}

/** Switching between a monthly and a yearly report keeps the year (and the month, when there is one). */
export function switchPeriodKind(period: ReportPeriod, kind: ReportPeriod['kind'], today: string = todayIso()): ReportPeriod {
  if (period.kind === kind) return period;
  if (kind === 'year') return { kind: 'year', year: Number(period.kind === 'month' ? period.month.slice(0, 4) : today.slice(0, 4)) };
  const year = period.kind === 'year' ? period.year : Number(today.slice(0, 4));
  const month = String(year) === today.slice(0, 4) ? today.slice(5, 7) : '01';
  return { kind: 'month', month: `${year}-${month}` };
}

/**
 * The ledger's period, field and detail in the URL (?from=…&to=…&field=…&detail=full); this month, every
 * field, names and write-ups shortened by default.
 */
export interface LedgerSearch extends DateRange {
  field: string;
  /** Every participant's name and the whole write-up in each row, instead of the first few and an excerpt. */
  full: boolean;
}

const FULL_DETAIL = 'full';

export function ledgerFromSearch(params: URLSearchParams, today: string = todayIso()): LedgerSearch {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const field = params.get('field') ?? '';
  const full = params.get('detail') === FULL_DETAIL;
  if (isIsoDate(from) && isIsoDate(to) && from <= to) return { from, to, field, full };
  const month = dayjs(today);
  return { from: month.startOf('month').format('YYYY-MM-DD'), to: month.endOf('month').format('YYYY-MM-DD'), field, full };
}

export function ledgerToSearch(search: LedgerSearch): URLSearchParams {
  const params = new URLSearchParams({ from: search.from, to: search.to });
  if (search.field) params.set('field', search.field);
  if (search.full) params.set('detail', FULL_DETAIL);
  return params;
}
