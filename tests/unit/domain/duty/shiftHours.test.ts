import { describe, expect, it } from 'vitest';
import {
  MAX_NEEDED,
  SHIFT_PROBLEM_KEYS,
  creditAttendance,
  creditShift,
  openPlaces,
  shiftProblems,
  type Shift,
  type ShiftAttendance,
} from '../../../../src-renderer/domain/duty/shiftHours';

const shift: Shift = { date: '2024-07-15', startTime: '08:00', endTime: '12:00', needed: 10, signUps: [] };
const att = (signIn: string, signOut: string, volunteerId = 'v1'): ShiftAttendance => ({ volunteerId, signIn, signOut });

describe('creditAttendance within the shift', () => {
  it.each([
    ['the whole shift', 4, '08:00', '12:00'],
    ['late by 15 minutes (a quarter hour rounds up)', 4, '08:15', '12:00'],
    ['late by 16 minutes', 3.5, '08:16', '12:00'],
    ['left at 09:14', 1, '08:00', '09:14'],
    ['left at 09:15', 1.5, '08:00', '09:15'],
    ['10 minutes in the middle', 0, '10:00', '10:10'],
    ['15 minutes in the middle', 0.5, '10:00', '10:15'],
  ])('%s → %s h, nothing to review', (_label, hours, signIn, signOut) => {
    expect(creditAttendance(shift, att(signIn, signOut))).toEqual({ volunteerId: 'v1', date: '2024-07-15', hours, from: signIn, to: signOut, review: [] });
  });
});

describe('creditAttendance outside the shift: only the shift is credited', () => {
  it('does not count arriving early, and does not flag a few minutes', () => {
    expect(creditAttendance(shift, att('07:50', '12:00'))).toMatchObject({ hours: 4, from: '08:00', to: '12:00', review: [] });
  });

  it('does not count staying on, and flags it when the actual times would have earned more', () => {
    expect(creditAttendance(shift, att('08:00', '13:00'))).toMatchObject({ hours: 4, from: '08:00', to: '12:00', review: ['outsideShift'] });
    expect(creditAttendance(shift, att('07:00', '12:00'))).toMatchObject({ hours: 4, review: ['outsideShift'] });
  });

  it('does not flag a few minutes either side that would round away', () => {
    expect(creditAttendance(shift, att('07:55', '12:05'))).toMatchObject({ hours: 4, review: [] });
  });

  it.each([
    ['only before the shift', '06:00', '07:30'],
    ['only after the shift', '12:30', '14:00'],
    ['leaving exactly at the start', '07:00', '08:00'],
  ])('credits nothing for someone there %s', (_label, signIn, signOut) => {
    expect(creditAttendance(shift, att(signIn, signOut))).toMatchObject({ hours: 0, from: '', to: '', review: ['noOverlap'] });
  });
});

describe('creditAttendance with a missing sign-out', () => {
  it('closes it at the end of the shift and flags it', () => {
    expect(creditAttendance(shift, att('08:30', ''))).toEqual({ volunteerId: 'v1', date: '2024-07-15', hours: 3.5, from: '08:30', to: '12:00', review: ['missingSignOut'] });
  });

  it('credits nothing to a sign-in after the shift ended, and flags both', () => {
    expect(creditAttendance(shift, att('12:30', ''))).toMatchObject({ hours: 0, review: ['missingSignOut', 'noOverlap'] });
  });
});

describe('creditAttendance with times that cannot be right', () => {
  it.each([
    ['signed out before signing in', '10:00', '09:00'],
    ['signed out the same minute', '10:00', '10:00'],
  ])('%s: nothing credited, flagged', (_label, signIn, signOut) => {
    expect(creditAttendance(shift, att(signIn, signOut))).toMatchObject({ hours: 0, from: '', to: '', review: ['signOutNotAfterSignIn'] });
  });

  it.each([
    ['a sign-in that is not a time', att('8点', '12:00'), shift],
    ['a sign-out that is not a time', att('08:00', '25:00'), shift],
    ['a shift ending before it starts', att('08:00', '12:00'), { ...shift, startTime: '12:00', endTime: '08:00' }],
    ['a shift without an end', att('08:00', '12:00'), { ...shift, endTime: '' }],
  ])('%s: nothing credited, flagged', (_label, attendance, s) => {
    expect(creditAttendance(s, attendance)).toMatchObject({ hours: 0, review: ['invalidTime'] });
  });

  it('credits a shift to the last minute of the day as a full day', () => {
    expect(creditAttendance({ ...shift, startTime: '00:00', endTime: '23:59' }, att('00:00', '23:59')).hours).toBe(24);
  });
});

describe('creditShift', () => {
  it('a duty day with 10 volunteers, one of whom never signs out', () => {
    const attendances = Array.from({ length: 10 }, (_, i) => att(i < 5 ? '08:00' : '08:20', i === 9 ? '' : '11:50', `v${i}`));
    const credits = creditShift(shift, attendances);
    expect(credits.map((c) => c.volunteerId)).toEqual(attendances.map((a) => a.volunteerId));
    // 08:00–11:50 is 3h50m → 4 h; 08:20–11:50 is 3h30m → 3.5 h; 08:20 to the end (12:00) is 3h40m → 3.5 h.
    expect(credits.map((c) => c.hours)).toEqual([4, 4, 4, 4, 4, 3.5, 3.5, 3.5, 3.5, 3.5]);
    expect(credits.filter((c) => c.review.length > 0)).toEqual([
      { volunteerId: 'v9', date: '2024-07-15', hours: 3.5, from: '08:20', to: '12:00', review: ['missingSignOut'] },
    ]);
  });

  it('credits a person who signed in twice once, from the first sign-in to the last sign-out', () => {
    const credits = creditShift(shift, [att('08:00', '', 'v1'), att('09:00', '10:00', 'v2'), att('08:05', '11:00', 'v1')]);
    expect(credits).toEqual([
      { volunteerId: 'v1', date: '2024-07-15', hours: 3, from: '08:00', to: '11:00', review: ['duplicateSignIn'] },
      { volunteerId: 'v2', date: '2024-07-15', hours: 1, from: '09:00', to: '10:00', review: [] },
    ]);
  });

  it('treats someone who came back after signing out and did not sign out again as missing a sign-out', () => {
    const credits = creditShift(shift, [att('08:00', '09:00'), att('10:00', '')]);
    expect(credits).toEqual([{ volunteerId: 'v1', date: '2024-07-15', hours: 4, from: '08:00', to: '12:00', review: ['missingSignOut', 'duplicateSignIn'] }]);
  });

  it('holds the whole credit for review when one of a person’s sign-ins has a damaged time', () => {
    expect(creditShift(shift, [att('08:00', '12:00'), att('xx', '')])).toEqual([
      { volunteerId: 'v1', date: '2024-07-15', hours: 0, from: '', to: '', review: ['invalidTime', 'duplicateSignIn'] },
    ]);
  });

  it('is empty for a shift nobody signed in to', () => {
    expect(creditShift(shift, [])).toEqual([]);
  });
});

describe('shiftProblems', () => {
  it('has nothing to say about a good shift', () => {
    expect(shiftProblems({ ...shift, signUps: ['v1', 'v2'] })).toEqual([]);
  });

  it.each<[string, Partial<Shift>, string, string]>([
    ['a date that does not exist', { date: '2024-02-30' }, 'date', SHIFT_PROBLEM_KEYS.date],
    ['a start that is not a time', { startTime: '8:00' }, 'startTime', SHIFT_PROBLEM_KEYS.time],
    ['an end that is not a time', { endTime: '24:00' }, 'endTime', SHIFT_PROBLEM_KEYS.time],
    ['an end before the start (crossing midnight)', { startTime: '22:00', endTime: '06:00' }, 'endTime', SHIFT_PROBLEM_KEYS.endBeforeStart],
    ['an end equal to the start', { startTime: '08:00', endTime: '08:00' }, 'endTime', SHIFT_PROBLEM_KEYS.endBeforeStart],
    ['nobody needed', { needed: 0 }, 'needed', SHIFT_PROBLEM_KEYS.needed],
    ['half a person', { needed: 2.5 }, 'needed', SHIFT_PROBLEM_KEYS.needed],
    ['more than a shift may need', { needed: MAX_NEEDED + 1 }, 'needed', SHIFT_PROBLEM_KEYS.needed],
    ['someone signed up twice', { signUps: ['v1', 'v2', 'v1'] }, 'signUps', SHIFT_PROBLEM_KEYS.duplicateSignUp],
  ])('names %s', (_label, change, field, key) => {
    const issues = shiftProblems({ ...shift, ...change });
    expect(issues.map((i) => [i.field, i.key])).toEqual([[field, key]]);
  });
});

describe('openPlaces', () => {
  it.each([
    [3, 0, 3],
    [3, 2, 1],
    [3, 3, 0],
    [3, 5, 0],
  ])('%i needed, %i signed up → %i open', (needed, signed, open) => {
    expect(openPlaces({ needed, signUps: Array.from({ length: signed }, (_, i) => `v${i}`) })).toBe(open);
  });
});
