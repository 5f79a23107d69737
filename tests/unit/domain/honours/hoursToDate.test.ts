import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serviceHoursToDate } from '../../../../src-renderer/domain/honours/hoursToDate';
import { starLevel } from '../../../../src-renderer/domain/honours/starLevel';

const activity = (date: string, people: Array<[string, number]>) => ({ date, people: people.map(([volunteerId, hours]) => ({ volunteerId, hours })) });

describe('serviceHoursToDate', () => {
  it('adds the volunteer’s activities and duty shifts up to and including the day, nobody else’s and nothing later', () => {
    const activities = [activity('2024-03-05', [['v1', 60], ['v2', 8]]), activity('2024-06-01', [['v1', 38.5]]), activity('2024-12-31', [['v1', 10]])];
    const shifts = [activity('2024-06-02', [['v1', 1.5], ['v2', 2]]), activity('2025-01-01', [['v1', 4]])];
    expect(serviceHoursToDate([...activities, ...shifts], 'v1', '2024-12-31')).toBe(110);
    // 98.5 h of activities alone is no star; the 1.5 h on duty makes it 100.
    expect(serviceHoursToDate(activities, 'v1', '2024-06-30')).toBe(98.5);
    expect(starLevel(serviceHoursToDate(activities, 'v1', '2024-06-30'))).toBe(0);
    expect(starLevel(serviceHoursToDate([...activities, ...shifts], 'v1', '2024-06-30'))).toBe(1);
    expect(serviceHoursToDate([...activities, ...shifts], 'v3', '2024-12-31')).toBe(0);
  });

  it('never goes down as the day moves later', () => {
    const arb = fc.array(
      fc.record({
        date: fc.constantFrom('2024-01-01', '2024-06-30', '2024-12-31'),
        people: fc.array(fc.record({ volunteerId: fc.constantFrom('v1', 'v2'), hours: fc.integer({ min: 0, max: 48 }).map((u) => u / 2) }), { maxLength: 3 }),
      }),
      { maxLength: 10 },
    );
    fc.assert(
      fc.property(arb, (services) => {
        const early = serviceHoursToDate(services, 'v1', '2024-06-30');
        const late = serviceHoursToDate(services, 'v1', '2024-12-31');
        expect(late).toBeGreaterThanOrEqual(early);
      }),
    );
  });
});
