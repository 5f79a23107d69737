import { describe, expect, it } from 'vitest';
import { bucketOf, parsePeriod, periodBuckets, periodRange, samePeriodLastYear } from '../../../src-renderer/domain/reports/period';

describe('report periods', () => {
  it('ranges a month and a year inclusively', () => {
    expect(periodRange({ kind: 'month', month: '2024-02' })).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodRange({ kind: 'year', year: 2023 })).toEqual({ from: '2023-01-01', to: '2023-12-31' });
  });

  it('goes back one year for the comparison', () => {
    expect(samePeriodLastYear({ kind: 'month', month: '2024-02' })).toEqual({ kind: 'month', month: '2023-02' });
    expect(samePeriodLastYear({ kind: 'year', year: 2024 })).toEqual({ kind: 'year', year: 2023 });
  });

  it('slots a year by month and a month by day (leap February has 29)', () => {
    expect(periodBuckets({ kind: 'year', year: 2024 })).toHaveLength(12);
    expect(periodBuckets({ kind: 'month', month: '2024-02' })).toHaveLength(29);
    expect(periodBuckets({ kind: 'month', month: '2023-02' }).at(-1)).toBe('2023-02-28');
    expect(bucketOf({ kind: 'year', year: 2024 }, '2024-07-15')).toBe('2024-07');
    expect(bucketOf({ kind: 'month', month: '2024-07' }, '2024-07-15')).toBe('2024-07-15');
  });

  it('reads the URL form of a period and refuses anything else', () => {
    expect(parsePeriod('2024')).toEqual({ kind: 'year', year: 2024 });
    expect(parsePeriod('2024-03')).toEqual({ kind: 'month', month: '2024-03' });
    expect(parsePeriod('2024-13')).toBeNull();
    expect(parsePeriod('24')).toBeNull();
  });
});
