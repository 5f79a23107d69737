import { describe, expect, it } from 'vitest';
import {
  defaultListFilter,
  hasNarrowingFilters,
  listFilterFromSearch,
  listFilterToSearch,
  listPathForDate,
  switchPeriodKind,
  toActivityFilter,
} from '../../../../src-renderer/features/activities/listFilter';

const TODAY = '2024-03-15';

describe('activity list filters', () => {
  it('shows this month by default', () => {
    expect(toActivityFilter(defaultListFilter(TODAY))).toEqual({ from: '2024-03-01', to: '2024-03-31' });
  });

  it('turns a whole year with field, team and project into a repository filter', () => {
    const filter = toActivityFilter({ period: { kind: 'year', year: 2023 }, field: 'health', teamId: 'team:1', projectId: 'project:9' });
    expect(filter).toEqual({ from: '2023-01-01', to: '2023-12-31', field: 'health', teamId: 'team:1', projectId: 'project:9' });
  });

  it('ends February on its last day, leap years included', () => {
    expect(toActivityFilter({ ...defaultListFilter(TODAY), period: { kind: 'month', month: '2024-02' } }).to).toBe('2024-02-29');
  });

  it('round-trips through the address', () => {
    const state = { period: { kind: 'month', month: '2023-11' }, field: 'aid', teamId: 'team:x', projectId: '' } as const;
    const params = listFilterToSearch(state);
    expect(params.toString()).toBe('month=2023-11&field=aid&team=team%3Ax');
    expect(listFilterFromSearch(params, TODAY)).toEqual(state);
    expect(listFilterFromSearch(new URLSearchParams('year=2022'), TODAY).period).toEqual({ kind: 'year', year: 2022 });
  });

  it('falls back to this month for an address it cannot read', () => {
    expect(listFilterFromSearch(new URLSearchParams('month=2024-13&year=abc'), TODAY)).toEqual(defaultListFilter(TODAY));
  });

  it('goes back to the month of a saved activity', () => {
    expect(listPathForDate('2023-10-09')).toBe('/activities?month=2023-10');
  });

  it('keeps the year when switching between month and year', () => {
    const year = switchPeriodKind({ kind: 'month', month: '2022-07' }, 'year', TODAY);
    expect(year).toEqual({ kind: 'year', year: 2022 });
    expect(switchPeriodKind(year, 'month', TODAY)).toEqual({ kind: 'month', month: '2022-01' });
    expect(switchPeriodKind({ kind: 'year', year: 2024 }, 'month', TODAY)).toEqual({ kind: 'month', month: '2024-03' });
  });

  it('knows when field, team or project narrow the list', () => {
    expect(hasNarrowingFilters(defaultListFilter(TODAY))).toBe(false);
    expect(hasNarrowingFilters({ ...defaultListFilter(TODAY), teamId: 'team:1' })).toBe(true);
  });
});
