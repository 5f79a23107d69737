import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import {
  isIsoDate,
  isIsoMonth,
  monthOf,
  monthRange,
  todayIso,
  yearOf,
  yearRange,
} from '../../../src-renderer/domain/dates';

describe('isIsoDate', () => {
  it.each([
    ['2024-03-05', true],
    ['2000-02-29', true],
    ['2024-02-29', true],
    ['1900-02-29', false],
    ['2023-02-29', false],
    ['2023-02-30', false],
    ['2023-04-31', false],
    ['2023-13-01', false],
    ['2023-00-10', false],
    ['2023-01-00', false],
    ['2023-1-5', false],
    ['2023/01/05', false],
    ['2023-01-05T00:00', false],
    [' 2023-01-05', false],
    ['', false],
  ])('%s → %s', (s, expected) => {
    expect(isIsoDate(s)).toBe(expected);
  });
});

describe('isIsoMonth', () => {
  it.each([
    ['2024-01', true],
    ['2024-12', true],
    ['2024-13', false],
    ['2024-00', false],
    ['2024-1', false],
  ])('%s → %s', (s, expected) => {
    expect(isIsoMonth(s)).toBe(expected);
  });
});

describe('todayIso', () => {
  it("is today's local date", () => {
    const today = todayIso();
    expect(isIsoDate(today)).toBe(true);
    expect(today).toBe(dayjs().format('YYYY-MM-DD'));
  });
});

describe('monthOf and yearOf', () => {
  it('read the month and year of a date', () => {
    expect(monthOf('2024-03-05')).toBe('2024-03');
    expect(yearOf('2024-03-05')).toBe(2024);
  });

  it('refuse something that is not a date', () => {
    expect(() => monthOf('2024-02-30')).toThrow(RangeError);
    expect(() => yearOf('24-03-05')).toThrow(RangeError);
  });
});

describe('monthRange', () => {
  it.each([
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['1900-02', '1900-02-01', '1900-02-28'],
    ['2000-02', '2000-02-01', '2000-02-29'],
    ['2024-04', '2024-04-01', '2024-04-30'],
    ['2024-12', '2024-12-01', '2024-12-31'],
  ])('%s → %s … %s', (month, from, to) => {
    expect(monthRange(month)).toEqual({ from, to });
  });

  it('refuses a month that does not exist', () => {
    expect(() => monthRange('2024-13')).toThrow(RangeError);
  });
});

describe('yearRange', () => {
  it('covers the whole year, inclusive', () => {
    expect(yearRange(2024)).toEqual({ from: '2024-01-01', to: '2024-12-31' });
  });

  it.each([24, 2024.5, Number.NaN, 10000])('refuses %s', (y) => {
    expect(() => yearRange(y)).toThrow(RangeError);
  });
});
