import { describe, expect, it } from 'vitest';
import { ledgerFromSearch, ledgerToSearch, periodFromSearch, switchPeriodKind } from '../../../src-renderer/features/reports/reportSearch';
import { safeFileName } from '../../../src-renderer/ui/print/fileName';

describe('report period in the URL', () => {
  it('defaults to this year and reads a month or a year', () => {
    expect(periodFromSearch(new URLSearchParams(''), '2024-06-15')).toEqual({ kind: 'year', year: 2024 });
    expect(periodFromSearch(new URLSearchParams('p=2023-11'), '2024-06-15')).toEqual({ kind: 'month', month: '2023-11' });
    expect(periodFromSearch(new URLSearchParams('p=junk'), '2024-06-15')).toEqual({ kind: 'year', year: 2024 });
  });

  it('keeps the year when switching between monthly and yearly', () => {
    expect(switchPeriodKind({ kind: 'month', month: '2022-05' }, 'year', '2024-06-15')).toEqual({ kind: 'year', year: 2022 });
    expect(switchPeriodKind({ kind: 'year', year: 2024 }, 'month', '2024-06-15')).toEqual({ kind: 'month', month: '2024-06' });
    expect(switchPeriodKind({ kind: 'year', year: 2022 }, 'month', '2024-06-15')).toEqual({ kind: 'month', month: '2022-01' });
  });
});

describe('ledger period in the URL', () => {
  it('defaults to this month and refuses a reversed range', () => {
    expect(ledgerFromSearch(new URLSearchParams(''), '2024-02-10')).toEqual({ from: '2024-02-01', to: '2024-02-29', field: '', full: false });
    expect(ledgerFromSearch(new URLSearchParams('from=2024-03-01&to=2024-01-01'), '2024-02-10').from).toBe('2024-02-01');
    expect(ledgerFromSearch(new URLSearchParams('from=2024-01-01&to=2024-03-31&field=health'), '2024-02-10')).toEqual({
      from: '2024-01-01',
      to: '2024-03-31',
      field: 'health',
      full: false,
    });
  });

  it('keeps the choice to print names and write-ups in full', () => {
    const search = { from: '2024-01-01', to: '2024-03-31', field: '', full: true };
    expect(ledgerToSearch(search).toString()).toBe('from=2024-01-01&to=2024-03-31&detail=full');
    expect(ledgerFromSearch(ledgerToSearch(search), '2024-02-10')).toEqual(search);
    expect(ledgerFromSearch(new URLSearchParams('detail=yes'), '2024-02-10').full).toBe(false);
  });
});

describe('safeFileName', () => {
  it('keeps Chinese names and replaces what Windows refuses', () => {
    expect(safeFileName('幸福里社区-2024年度统计报表')).toBe('幸福里社区-2024年度统计报表');
    expect(safeFileName('台账 2024/01/01至2024/03/31')).toBe('台账 2024-01-01至2024-03-31');
    expect(safeFileName('a:b*c?"d<e>f|g\u0007h')).toBe('a-b-c-d-e-f-g-h');
    expect(safeFileName('  ...  ')).toBe('document');
  });
});
