import { describe, expect, it } from 'vitest';
import {
  HALF_HOUR,
  MAX_HOURS_PER_DAY,
  findDailyOverflows,
  isValidHours,
  isValidTime,
  parseTime,
  roundToHalfHour,
  spanHours,
  sumHours,
} from '../../../src-renderer/domain/hours';

describe('constants', () => {
  it('count in half hours, at most a day', () => {
    expect(HALF_HOUR).toBe(0.5);
    expect(MAX_HOURS_PER_DAY).toBe(24);
  });
});

describe('parseTime and isValidTime', () => {
  it.each([
    ['00:00', 0],
    ['09:30', 570],
    ['23:59', 1439],
  ])('%s is %i minutes', (s, minutes) => {
    expect(parseTime(s)).toBe(minutes);
    expect(isValidTime(s)).toBe(true);
  });

  it.each(['24:00', '9:30', '09:60', '09-30', '0930', '', ' 09:30', '09:30:00', 'ab:cd'])('refuses %j', (s) => {
    expect(parseTime(s)).toBeNull();
    expect(isValidTime(s)).toBe(false);
  });
});

describe('spanHours rounds to the nearest half hour', () => {
  it.each([
    ['08:00', '09:14', 1],
    ['08:00', '09:15', 1.5],
    ['08:00', '09:44', 1.5],
    ['08:00', '09:45', 2],
    ['08:00', '10:00', 2],
    ['08:10', '08:24', 0],
    ['08:10', '08:25', 0.5],
    ['14:30', '17:00', 2.5],
    ['00:00', '23:59', 24],
    ['00:00', '23:44', 23.5],
  ])('%s–%s → %s h', (start, end, hours) => {
    expect(spanHours(start, end)).toBe(hours);
  });

  it.each([
    ['equal times', '09:00', '09:00'],
    ['end before start (no crossing midnight)', '22:00', '02:00'],
    ['a start that is not a time', '9点', '10:00'],
    ['an end that is not a time', '09:00', '25:00'],
  ])('%s → 0', (_label, start, end) => {
    expect(spanHours(start, end)).toBe(0);
  });
});

describe('isValidHours', () => {
  it.each([0.5, 1, 1.5, 8, 23.5, 24])('%s is valid', (h) => {
    expect(isValidHours(h)).toBe(true);
  });

  it.each([0, -0.5, -1, 0.3, 1.25, 24.5, 25, Number.NaN, Number.POSITIVE_INFINITY, 0.1 + 0.2])('%s is not', (h) => {
    expect(isValidHours(h)).toBe(false);
  });
});

describe('roundToHalfHour', () => {
  it.each([
    [1.2, 1],
    [1.24, 1],
    [1.25, 1.5],
    [1.74, 1.5],
    [1.75, 2],
    [0.1 + 0.2, 0.5],
    [2, 2],
    [0, 0],
  ])('%s → %s', (h, rounded) => {
    expect(roundToHalfHour(h)).toBe(rounded);
  });
});

describe('sumHours', () => {
  it('adds 48 half hours to exactly 24', () => {
    expect(sumHours(Array.from({ length: 48 }, () => ({ hours: 0.5 })))).toBe(24);
  });

  it('adds thousands of entries exactly, in any order', () => {
    const participants = Array.from({ length: 3000 }, (_, i) => ({ hours: [0.5, 1.5, 2, 3.5][i % 4] ?? 0 }));
    expect(sumHours(participants)).toBe(5625);
    expect(sumHours([...participants].reverse())).toBe(5625);
  });

  it('removes float noise from imported values instead of carrying it', () => {
    expect(sumHours([{ hours: 0.1 + 0.2 + 0.2 }, { hours: 1.5000000001 }])).toBe(2);
  });

  it('is 0 for nobody', () => {
    expect(sumHours([])).toBe(0);
  });
});

describe('findDailyOverflows', () => {
  const date = '2024-03-05';

  it('reports a volunteer whose other activities that day plus this one exceed 24 hours', () => {
    const existing = new Map([
      ['v1', 20],
      ['v2', 16],
    ]);
    const adding = [
      { volunteerId: 'v1', hours: 4.5 },
      { volunteerId: 'v2', hours: 8 },
      { volunteerId: 'v3', hours: 3 },
    ];
    expect(findDailyOverflows(date, adding, existing)).toEqual([
      { volunteerId: 'v1', date, existing: 20, adding: 4.5, total: 24.5 },
    ]);
  });

  it('allows exactly 24 hours', () => {
    expect(findDailyOverflows(date, [{ volunteerId: 'v1', hours: 0.5 }], new Map([['v1', 23.5]]))).toEqual([]);
  });

  it('counts only this activity for someone with nothing else that day', () => {
    expect(findDailyOverflows(date, [{ volunteerId: 'v9', hours: 24 }], new Map())).toEqual([]);
  });

  it('adds up a volunteer listed twice in the same activity', () => {
    const adding = [
      { volunteerId: 'v1', hours: 12 },
      { volunteerId: 'v2', hours: 1 },
      { volunteerId: 'v1', hours: 12.5 },
    ];
    expect(findDailyOverflows(date, adding, new Map())).toEqual([
      { volunteerId: 'v1', date, existing: 0, adding: 24.5, total: 24.5 },
    ]);
  });

  it('keeps the order of the participant list and does not drift with floats', () => {
    const existing = new Map([
      ['a', 0.1 + 0.2 + 23.2],
      ['b', 23.5],
    ]);
    const adding = [
      { volunteerId: 'b', hours: 1 },
      { volunteerId: 'a', hours: 0.5 },
    ];
    expect(findDailyOverflows(date, adding, existing)).toEqual([
      { volunteerId: 'b', date, existing: 23.5, adding: 1, total: 24.5 },
    ]);
  });
});
