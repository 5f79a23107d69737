import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dutyFigures, dutyLines, hasDuty } from '../../../../src-renderer/domain/duty/dutyFigures';

const MARCH = { from: '2024-03-01', to: '2024-03-31' };
const shift = (date: string, credits: Array<[string, number]>) => ({ date, credits: credits.map(([volunteerId, hours]) => ({ volunteerId, hours })) });

describe('duty figures of a period', () => {
  it('count the shifts someone was credited on, their hours and the distinct people, inside the range only', () => {
    const figures = dutyFigures(
      [
        shift('2024-03-01', [['a', 2], ['b', 1.5]]),
        shift('2024-03-31', [['a', 2]]),
        // Nobody credited (all missed it): no shift to count.
        shift('2024-03-15', [['c', 0]]),
        shift('2024-04-01', [['d', 8]]),
        shift('2024-02-29', [['d', 8]]),
      ],
      MARCH,
    );
    expect(figures).toEqual({ shifts: 2, hours: 5.5, volunteers: 2 });
  });

  it('adds thousands of half hours exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 48 }), { maxLength: 2000 }), (units) => {
        const figures = dutyFigures(units.map((u, i) => shift('2024-03-10', [[`v${i}`, u / 2]])), MARCH);
        expect(figures.hours * 2).toBe(units.reduce((a, b) => a + b, 0));
      }),
    );
  });

  it('give the report its 值守时长 line and the hours of activities and duty together, against last year', () => {
    const lines = dutyLines({ current: 7.5, previous: 0 }, { current: { shifts: 2, hours: 4, volunteers: 2 }, lastYear: { shifts: 0, hours: 0, volunteers: 0 } });
    expect(lines).toEqual({ dutyHours: { current: 4, previous: 0, ratio: null }, allHours: { current: 11.5, previous: 0, ratio: null } });
    expect(hasDuty(lines)).toBe(true);
    expect(hasDuty(dutyLines({ current: 7.5, previous: 3 }, { current: { shifts: 0, hours: 0, volunteers: 0 }, lastYear: { shifts: 0, hours: 0, volunteers: 0 } }))).toBe(false);
  });
});
