import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { volunteerHoursByYear, volunteerHoursWithDuty } from '../../../../src-renderer/features/volunteers/serviceHours';

const ME = 'volunteer:me';
const OTHER = 'volunteer:other';

const activity = (date: string, hours: number) => ({ date, participants: [{ volunteerId: ME, hours }] });
const shift = (date: string, credits: Array<[string, number]>) => ({ date, credits: credits.map(([volunteerId, hours]) => ({ volunteerId, hours })) });

describe('a volunteer’s hours with their duty shifts', () => {
  it('adds credited shift hours to the year and the total, apart as duty, and leaves the sessions the activities’', () => {
    const result = volunteerHoursWithDuty(
      [activity('2024-03-05', 2), activity('2023-06-01', 4)],
      [shift('2024-04-01', [[ME, 2], [OTHER, 2]]), shift('2024-04-02', [[ME, 1.5]]), shift('2022-01-01', [[ME, 3]]), shift('2024-04-03', [[OTHER, 2]])],
      ME,
    );
    expect(result.years).toEqual([
      { year: 2024, sessions: 1, hours: 5.5, dutyHours: 3.5 },
      { year: 2023, sessions: 1, hours: 4, dutyHours: 0 },
      { year: 2022, sessions: 0, hours: 3, dutyHours: 3 },
    ]);
    expect(result).toMatchObject({ sessions: 2, hours: 12.5, dutyHours: 6.5, dutyShifts: 3 });
  });

  it('a shift credited nothing (never overlapping, cut to 0) is no duty shift', () => {
    expect(volunteerHoursWithDuty([], [shift('2024-04-01', [[ME, 0]])], ME)).toEqual({ years: [], sessions: 0, hours: 0, dutyHours: 0, dutyShifts: 0 });
  });

  it('the total is always the activities’ hours plus the duty hours, and the years add up to it', () => {
    const half = fc.integer({ min: 1, max: 48 }).map((u) => u / 2);
    const date = fc.tuple(fc.integer({ min: 2020, max: 2025 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}-01`);
    fc.assert(
      fc.property(fc.array(fc.tuple(date, half)), fc.array(fc.tuple(date, half)), (acts, shifts) => {
        const activities = acts.map(([d, h]) => activity(d, h));
        const result = volunteerHoursWithDuty(activities, shifts.map(([d, h]) => shift(d, [[ME, h]])), ME);
        const duty = shifts.reduce((sum, [, h]) => sum + h, 0);
        expect(result.dutyHours).toBe(duty);
        expect(result.hours).toBe(volunteerHoursByYear(activities, ME).hours + duty);
        expect(result.years.reduce((sum, y) => sum + y.hours, 0)).toBe(result.hours);
      }),
    );
  });
});
