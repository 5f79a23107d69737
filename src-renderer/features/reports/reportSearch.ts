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

/** The ledger's period and field in the URL (?from=…&to=…&field=…); this month by default. */
export interface LedgerSearch extends DateRange {
  field: string;
}

export function ledgerFromSearch(params: URLSearchParams, today: string = todayIso()): LedgerSearch {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const field = params.get('field') ?? '';
  if (isIsoDate(from) && isIsoDate(to) && from <= to) return { from, to, field };
  const month = dayjs(today);
  return { from: month.startOf('month').format('YYYY-MM-DD'), to: month.endOf('month').format('YYYY-MM-DD'), field };
}

export function ledgerToSearch(search: LedgerSearch): URLSearchParams {
  const params = new URLSearchParams({ from: search.from, to: search.to });
  if (search.field) params.set('field', search.field);
  return params;
}
