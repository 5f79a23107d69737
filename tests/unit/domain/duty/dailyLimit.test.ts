import { describe, expect, it } from 'vitest';
import { creditPersonDay, findDailyOverflowsAcross, type ShiftCreditOfDay } from '../../../../src-renderer/domain/duty/dailyLimit';

const date = '2024-07-15';
const shiftOf = (shiftId: string, startTime: string, hours: number): ShiftCreditOfDay => ({ shiftId, startTime, hours });

describe('creditPersonDay', () => {
  it('credits every shift in full when the day stays within 24 hours', () => {
    const day = creditPersonDay({ volunteerId: 'v1', date, activityHours: [3, 2.5], shifts: [shiftOf('s1', '08:00', 4), shiftOf('s2', '14:00', 4)] });
    expect(day).toEqual({
      activities: 5.5,
      shifts: [
        { shiftId: 's1', startTime: '08:00', hours: 4, credited: 4, cutByDailyLimit: false },
        { shiftId: 's2', startTime: '14:00', hours: 4, credited: 4, cutByDailyLimit: false },
      ],
      total: 13.5,
      activitiesOverLimit: false,
    });
  });

  it('allows exactly 24 hours', () => {
    const day = creditPersonDay({ volunteerId: 'v1', date, activityHours: [12], shifts: [shiftOf('s1', '00:00', 12)] });
    expect(day.shifts[0]).toMatchObject({ credited: 12, cutByDailyLimit: false });
    expect(day.total).toBe(24);
  });

  it('gives the shift that started later what the day has left, and flags it', () => {
    // Given out of order: s2 started at 06:00, s1 at 14:00. Activities 10 h, s2 10 h → 20 h, s1 gets 4 of its 8.
    const day = creditPersonDay({ volunteerId: 'v1', date, activityHours: [10], shifts: [shiftOf('s1', '14:00', 8), shiftOf('s2', '06:00', 10)] });
    expect(day.shifts).toEqual([
      { shiftId: 's1', startTime: '14:00', hours: 8, credited: 4, cutByDailyLimit: true },
      { shiftId: 's2', startTime: '06:00', hours: 10, credited: 10, cutByDailyLimit: false },
    ]);
    expect(day.total).toBe(24);
  });

  it('orders shifts starting at the same time by id, so every PC credits the same one', () => {
    const a = creditPersonDay({ volunteerId: 'v1', date, activityHours: [20], shifts: [shiftOf('s2', '08:00', 4), shiftOf('s1', '08:00', 4)] });
    expect(a.shifts.map((s) => [s.shiftId, s.credited])).toEqual([
      ['s2', 0],
      ['s1', 4],
    ]);
  });

  it('gives shifts nothing when the activities alone fill the day, and says the activities are over when they are', () => {
    expect(creditPersonDay({ volunteerId: 'v1', date, activityHours: [24], shifts: [shiftOf('s1', '08:00', 2)] })).toMatchObject({
      shifts: [{ credited: 0, cutByDailyLimit: true }],
      total: 24,
      activitiesOverLimit: false,
    });
    expect(creditPersonDay({ volunteerId: 'v1', date, activityHours: [16, 10], shifts: [shiftOf('s1', '08:00', 2)] })).toMatchObject({
      activities: 26,
      shifts: [{ credited: 0, cutByDailyLimit: true }],
      total: 26,
      activitiesOverLimit: true,
    });
  });

  it('does not drift on float noise in the hours it is given', () => {
    const day = creditPersonDay({ volunteerId: 'v1', date, activityHours: [0.1 + 0.2 + 23.2], shifts: [shiftOf('s1', '08:00', 0.5)] });
    expect(day).toMatchObject({ activities: 23.5, total: 24, shifts: [{ credited: 0.5, cutByDailyLimit: false }] });
  });

  it('is just the activities for a day without shifts', () => {
    expect(creditPersonDay({ volunteerId: 'v1', date, activityHours: [2], shifts: [] })).toEqual({ activities: 2, shifts: [], total: 2, activitiesOverLimit: false });
  });
});

describe('findDailyOverflowsAcross (the activity form’s check, shifts counted)', () => {
  it('refuses an activity that only overflows once the day’s shifts are counted', () => {
    const adding = [
      { volunteerId: 'v1', hours: 4 },
      { volunteerId: 'v2', hours: 4 },
    ];
    const activities = new Map([['v1', 10]]);
    const shifts = new Map([
      ['v1', 10.5],
      ['v2', 8],
    ]);
    expect(findDailyOverflowsAcross(date, adding, activities, shifts)).toEqual([{ volunteerId: 'v1', date, existing: 20.5, adding: 4, total: 24.5 }]);
    expect(findDailyOverflowsAcross(date, adding, activities, new Map())).toEqual([]);
  });

  it('counts shifts of someone with no other activity that day', () => {
    expect(findDailyOverflowsAcross(date, [{ volunteerId: 'v3', hours: 1 }], new Map(), new Map([['v3', 23.5]]))).toEqual([
      { volunteerId: 'v3', date, existing: 23.5, adding: 1, total: 24.5 },
    ]);
  });
});
