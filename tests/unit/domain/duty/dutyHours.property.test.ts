import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { creditPersonDay } from '../../../../src-renderer/domain/duty/dailyLimit';
import { creditAttendance, creditShift, type Shift } from '../../../../src-renderer/domain/duty/shiftHours';
import { MAX_HOURS_PER_DAY, spanHours } from '../../../../src-renderer/domain/hours';

/** Shift hours and the daily limit over every time of day and any mix of activities and shifts. */

const MINUTES_PER_DAY = 24 * 60;
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const time = fc.integer({ min: 0, max: MINUTES_PER_DAY - 1 }).map(hhmm);
const shiftArb: fc.Arbitrary<Shift> = fc
  .tuple(fc.integer({ min: 0, max: MINUTES_PER_DAY - 2 }), fc.integer({ min: 1, max: MINUTES_PER_DAY - 1 }))
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => ({ date: '2024-07-15', startTime: hhmm(Math.min(a, b)), endTime: hhmm(Math.max(a, b)), needed: 5, signUps: [] }));
const signOut = fc.oneof({ arbitrary: time, weight: 4 }, { arbitrary: fc.constant(''), weight: 1 });
const attendance = fc.record({ volunteerId: fc.constantFrom('v1', 'v2', 'v3'), signIn: time, signOut });
const halfHours = (max: number) => fc.integer({ min: 0, max: max * 2 }).map((units) => units / 2);

describe('shift credits', () => {
  test('are whole half hours, never negative and never more than the shift lasts', () => {
    fc.assert(
      fc.property(shiftArb, attendance, (shift, a) => {
        const credit = creditAttendance(shift, a);
        expect(credit.hours).toBeGreaterThanOrEqual(0);
        expect(credit.hours).toBeLessThanOrEqual(spanHours(shift.startTime, shift.endTime));
        expect(Number.isInteger(credit.hours * 2)).toBe(true);
      }),
    );
  });

  test('come from within the shift, and are the activity rounding of that span', () => {
    fc.assert(
      fc.property(shiftArb, attendance, (shift, a) => {
        const credit = creditAttendance(shift, a);
        if (credit.from === '') {
          expect(credit.hours).toBe(0);
          expect(credit.review.length).toBeGreaterThan(0);
          return;
        }
        expect(credit.from >= shift.startTime && credit.to <= shift.endTime && credit.from < credit.to).toBe(true);
        expect(credit.hours).toBe(spanHours(credit.from, credit.to));
        expect(credit.review.includes('missingSignOut')).toBe(a.signOut === '');
      }),
    );
  });

  test('give each person one credit per shift however often they signed in, within the shift', () => {
    fc.assert(
      fc.property(shiftArb, fc.array(attendance, { maxLength: 12 }), (shift, attendances) => {
        const credits = creditShift(shift, attendances);
        expect(credits.map((c) => c.volunteerId)).toEqual([...new Set(attendances.map((a) => a.volunteerId))]);
        for (const credit of credits) expect(credit.hours).toBeLessThanOrEqual(spanHours(shift.startTime, shift.endTime));
      }),
    );
  });
});

describe('the daily limit across activities and shifts', () => {
  const day = fc.record({
    volunteerId: fc.constant('v1'),
    date: fc.constant('2024-07-15'),
    activityHours: fc.array(halfHours(12), { maxLength: 4 }),
    shifts: fc.array(fc.record({ shiftId: fc.constantFrom('s1', 's2', 's3', 's4'), startTime: time, hours: halfHours(24) }), { maxLength: 5 }),
  });

  test('never lets the day exceed 24 hours once the activities are within it', () => {
    fc.assert(
      fc.property(day, (d) => {
        const result = creditPersonDay(d);
        expect(result.total).toBeLessThanOrEqual(Math.max(MAX_HOURS_PER_DAY, result.activities));
        const credited = result.shifts.reduce((sum, s) => sum + s.credited, 0);
        expect(result.total).toBe(result.activities + credited);
        if (result.activities > MAX_HOURS_PER_DAY) expect(credited).toBe(0);
      }),
    );
  });

  test('credits each shift between nothing and its own hours, and cuts only when the day is full', () => {
    fc.assert(
      fc.property(day, (d) => {
        const result = creditPersonDay(d);
        const shiftHours = d.shifts.reduce((a, s) => a + s.hours, 0);
        const requested = d.activityHours.reduce((a, b) => a + b, 0) + shiftHours;
        result.shifts.forEach((s, i) => {
          expect(s.shiftId).toBe(d.shifts[i]?.shiftId);
          expect(s.credited).toBeGreaterThanOrEqual(0);
          expect(s.credited).toBeLessThanOrEqual(s.hours);
          expect(s.cutByDailyLimit).toBe(s.credited < s.hours);
        });
        const cut = result.shifts.some((s) => s.cutByDailyLimit);
        expect(cut).toBe(shiftHours > 0 && requested > MAX_HOURS_PER_DAY);
        if (cut && result.activities <= MAX_HOURS_PER_DAY) expect(result.total).toBe(MAX_HOURS_PER_DAY);
      }),
    );
  });
});
