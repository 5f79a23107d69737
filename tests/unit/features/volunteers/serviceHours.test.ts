import { describe, expect, it } from 'vitest';
import { formatHours, hoursInActivity, volunteerHoursByYear } from '../../../../src-renderer/features/volunteers/serviceHours';

const ME = 'volunteer:me';
const OTHER = 'volunteer:other';

const activity = (date: string, participants: Array<[string, number]>) => ({
  date,
  participants: participants.map(([volunteerId, hours]) => ({ volunteerId, hours })),
});

describe('volunteerHoursByYear', () => {
  it('counts sessions and hours per year, newest year first, and the overall total', () => {
    const result = volunteerHoursByYear(
      [
        activity('2024-03-05', [[ME, 2], [OTHER, 3]]),
        activity('2024-11-20', [[ME, 1.5]]),
        activity('2023-06-01', [[ME, 4]]),
        activity('2023-07-01', [[OTHER, 8]]),
      ],
      ME,
    );
    expect(result.years).toEqual([
      { year: 2024, sessions: 2, hours: 3.5 },
      { year: 2023, sessions: 1, hours: 4 },
    ]);
    expect(result.sessions).toBe(3);
    expect(result.hours).toBe(7.5);
  });

  it('gives zero for someone who never served', () => {
    expect(volunteerHoursByYear([activity('2024-01-01', [[OTHER, 2]])], ME)).toEqual({ years: [], sessions: 0, hours: 0 });
  });

  it('adds many half hours exactly', () => {
    const many = Array.from({ length: 1000 }, (_, i) => activity(`2024-01-${String((i % 28) + 1).padStart(2, '0')}`, [[ME, 0.5]]));
    const result = volunteerHoursByYear(many, ME);
    expect(result.hours).toBe(500);
    expect(result.years).toEqual([{ year: 2024, sessions: 1000, hours: 500 }]);
  });
});

describe('hoursInActivity', () => {
  it('is the volunteer own hours, not the activity total', () => {
    expect(hoursInActivity(activity('2024-01-01', [[ME, 2.5], [OTHER, 3]]), ME)).toBe(2.5);
    expect(hoursInActivity(activity('2024-01-01', [[OTHER, 3]]), ME)).toBe(0);
  });
});

describe('formatHours', () => {
  it('writes hours without trailing zeros', () => {
    expect(formatHours(7.5)).toBe('7.5');
    expect(formatHours(8)).toBe('8');
    expect(formatHours(0)).toBe('0');
  });
});
