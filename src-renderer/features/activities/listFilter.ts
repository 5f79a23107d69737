import type { ActivityFilter } from '../../data/activities/repository';
import { isIsoDate, isIsoMonth, monthOf, monthRange, yearRange } from '../../domain/dates';

/** The period the list shows: one month (the default) or a whole year. */
export type ListPeriod = { kind: 'month'; month: string } | { kind: 'year'; year: number };

/** What the keeper chose above the activity list; '' means "all". */
export interface ListFilterState {
  period: ListPeriod;
  field: string;
  teamId: string;
  projectId: string;
}

export function defaultListFilter(today: string): ListFilterState {
  return { period: { kind: 'month', month: monthOf(today) }, field: '', teamId: '', projectId: '' };
}

export function toActivityFilter(state: ListFilterState): ActivityFilter {
  const range = state.period.kind === 'month' ? monthRange(state.period.month) : yearRange(state.period.year);
  const filter: ActivityFilter = { from: range.from, to: range.to };
  if (state.field) filter.field = state.field;
  if (state.teamId) filter.teamId = state.teamId;
  if (state.projectId) filter.projectId = state.projectId;
  return filter;
}

const YEAR = /^\d{4}$/;

/**
 * The filters live in the address (?month=2024-03&field=health, or ?year=2024), so going to an activity
 * and back, or saving one, returns to the same list. Anything unreadable falls back to the default.
 */
export function listFilterFromSearch(params: URLSearchParams, today: string): ListFilterState {
  const fallback = defaultListFilter(today);
  const month = params.get('month') ?? '';
  const year = params.get('year') ?? '';
  let period = fallback.period;
  if (isIsoMonth(month)) period = { kind: 'month', month };
  else if (YEAR.test(year)) period = { kind: 'year', year: Number(year) };
  return {
    period,
    field: params.get('field') ?? '',
    teamId: params.get('team') ?? '',
    projectId: params.get('project') ?? '',
  };
}

export function listFilterToSearch(state: ListFilterState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.period.kind === 'month') params.set('month', state.period.month);
  else params.set('year', String(state.period.year));
  if (state.field) params.set('field', state.field);
  if (state.teamId) params.set('team', state.teamId);
  if (state.projectId) params.set('project', state.projectId);
  return params;
}

/** The list address that shows the month an activity on `date` belongs to (where to go after saving it). */
export function listPathForDate(date: string): string {
  if (!isIsoDate(date)) return '/activities';
  return `/activities?${listFilterToSearch({ period: { kind: 'month', month: monthOf(date) }, field: '', teamId: '', projectId: '' }).toString()}`;
}

export function hasNarrowingFilters(state: ListFilterState): boolean {
  return state.field !== '' || state.teamId !== '' || state.projectId !== '';
}

/** Switching between month and year keeps the year the keeper was looking at. */
export function switchPeriodKind(period: ListPeriod, kind: ListPeriod['kind'], today: string): ListPeriod {
  if (kind === 'year') return period.kind === 'year' ? period : { kind: 'year', year: Number(period.month.slice(0, 4)) };
  if (period.kind === 'month') return period;
  const thisMonth = monthOf(today);
  // Back to months: this month when the year is the current one, else January of that year.
  return { kind: 'month', month: thisMonth.startsWith(`${period.year}-`) ? thisMonth : `${period.year}-01` };
}
