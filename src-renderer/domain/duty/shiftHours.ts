import { isIsoDate } from '../dates';
import { isValidTime, parseTime, spanHours } from '../hours';
import type { FieldIssue } from '../issues';

/**
 * Hours credited for a duty shift (值班), from the times a volunteer actually signed in and out at the
 * station PC, by the rules activities use (hours.ts: half hours, a quarter hour or more rounds up).
 *
 * The shift's own times bound what is credited: the post is staffed from its start to its end, so arriving
 * early or staying on is not counted as duty (a briefing or a hand-over belongs to an activity if it is to be
 * credited). Credit is therefore never more than the shift lasts. When staying on would have earned more (the
 * actual span rounds to more hours than were credited) the credit is flagged for the keeper, who may lengthen
 * the shift; an arrival ten minutes early changes nothing and is not flagged. Shifts, like activities, do not
 * cross midnight: a night post is two shifts, one to 23:59 and one from 00:00.
 */

export interface Shift {
  /** YYYY-MM-DD. */
  date: string;
  /** 'HH:mm', start before end. */
  startTime: string;
  endTime: string;
  /** How many people the post needs. */
  needed: number;
  /** Volunteer ids of those who signed up. */
  signUps: readonly string[];
}

/** One person's sign-in on a shift; '' for a sign-out not (yet) made. */
export interface ShiftAttendance {
  volunteerId: string;
  signIn: string;
  signOut: string;
}

export const SHIFT_REVIEW_REASONS = [
  /** Never signed out: closed at the shift's end. */
  'missingSignOut',
  /** Signed out at or before signing in: nothing credited. */
  'signOutNotAfterSignIn',
  /** A time, of the sign-in, the sign-out or the shift, that is not 'HH:mm': nothing credited. */
  'invalidTime',
  /** Was there only before the shift started or after it ended: nothing credited. */
  'noOverlap',
  /** Stayed or came long enough outside the shift that the actual times would have earned more. */
  'outsideShift',
  /** Signed in more than once: the earliest sign-in and the latest sign-out were taken. */
  'duplicateSignIn',
] as const;
export type ShiftReviewReason = (typeof SHIFT_REVIEW_REASONS)[number];

export function shiftReviewKey(reason: ShiftReviewReason): string {
  return `serviceRules.duty.review.${reason}`;
}

export interface ShiftCredit {
  volunteerId: string;
  date: string;
  /** Half hours, 0 to the shift's span. */
  hours: number;
  /** The part of the shift credited, 'HH:mm' each, '' when nothing was. */
  from: string;
  to: string;
  /** Why the keeper should look at it; empty when nothing is odd. */
  review: ShiftReviewReason[];
}

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * Hours for one sign-in on one shift (see the file comment for what is and is not credited). A missing
 * sign-out is closed at the shift's end: while the shift is still running that is what the person will have
 * if they stay, and once it is over the flag asks the keeper to confirm.
 */
export function creditAttendance(shift: Shift, attendance: ShiftAttendance): ShiftCredit {
  const none = (review: ShiftReviewReason[]): ShiftCredit => ({ volunteerId: attendance.volunteerId, date: shift.date, hours: 0, from: '', to: '', review });
  const { startTime, endTime } = shift;
  const signedOut = attendance.signOut !== '';
  if (!isValidTime(startTime) || !isValidTime(endTime) || endTime <= startTime) return none(['invalidTime']);
  if (!isValidTime(attendance.signIn) || (signedOut && !isValidTime(attendance.signOut))) return none(['invalidTime']);

  const review: ShiftReviewReason[] = [];
  if (!signedOut) review.push('missingSignOut');
  const signOut = signedOut ? attendance.signOut : endTime;
  if (signedOut && signOut <= attendance.signIn) return none(['signOutNotAfterSignIn']);

  // 'HH:mm' strings of one day order as the times do.
  const from = later(attendance.signIn, startTime);
  const to = earlier(signOut, endTime);
  if (to <= from) return none([...review, 'noOverlap']);

  const hours = spanHours(from, to);
  if (signedOut && spanHours(attendance.signIn, signOut) > hours) review.push('outsideShift');
  return { volunteerId: attendance.volunteerId, date: shift.date, hours, from, to, review };
}

/**
 * One person's sign-ins on a shift taken together: a second sign-in (a double keystroke, or back after a
 * break) must not credit the shift twice, so one span stands for all of them, from the earliest sign-in to
 * the latest sign-out. Someone whose latest sign-in comes after every sign-out came back and has not signed
 * out again: their sign-out counts as missing. A break in between is credited; the keeper is asked to look.
 */
function mergeAttendances(records: readonly ShiftAttendance[]): ShiftAttendance {
  const first = records[0];
  if (first === undefined) throw new RangeError('Expected at least one sign-in');
  // A time that is not one cannot be ordered against the others: the whole credit is held for review.
  const damaged = records.find((r) => !isValidTime(r.signIn) || (r.signOut !== '' && !isValidTime(r.signOut)));
  if (damaged !== undefined) return damaged;
  let signIn = first.signIn;
  let lastSignIn = first.signIn;
  let signOut = first.signOut;
  for (const r of records.slice(1)) {
    signIn = earlier(signIn, r.signIn);
    lastSignIn = later(lastSignIn, r.signIn);
    if (r.signOut !== '') signOut = signOut === '' ? r.signOut : later(signOut, r.signOut);
  }
  const backOnDuty = signOut !== '' && lastSignIn >= signOut;
  return { volunteerId: first.volunteerId, signIn, signOut: backOnDuty ? '' : signOut };
}

/** Credits for everyone who signed in on the shift, one per person, in the order their first record comes. */
export function creditShift(shift: Shift, attendances: readonly ShiftAttendance[]): ShiftCredit[] {
  const byVolunteer = new Map<string, ShiftAttendance[]>();
  for (const a of attendances) {
    const list = byVolunteer.get(a.volunteerId);
    if (list) list.push(a);
    else byVolunteer.set(a.volunteerId, [a]);
  }
  return [...byVolunteer.values()].map((records) => {
    const credit = creditAttendance(shift, mergeAttendances(records));
    return records.length > 1 ? { ...credit, review: [...credit.review, 'duplicateSignIn'] } : credit;
  });
}

/** The most people a shift may ask for: larger crowds are several shifts or posts. */
export const MAX_NEEDED = 500;

export const SHIFT_PROBLEM_KEYS = {
  date: 'validation.date.invalid',
  time: 'validation.time.invalid',
  endBeforeStart: 'validation.time.endBeforeStart',
  needed: 'serviceRules.duty.problem.needed',
  duplicateSignUp: 'serviceRules.duty.problem.duplicateSignUp',
} as const;

/** What is wrong with a shift as planned, field by field; empty when it can be saved. */
export function shiftProblems(shift: Shift): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!isIsoDate(shift.date)) issues.push({ field: 'date', key: SHIFT_PROBLEM_KEYS.date });
  const start = parseTime(shift.startTime);
  const end = parseTime(shift.endTime);
  if (start === null) issues.push({ field: 'startTime', key: SHIFT_PROBLEM_KEYS.time });
  if (end === null) issues.push({ field: 'endTime', key: SHIFT_PROBLEM_KEYS.time });
  if (start !== null && end !== null && end <= start) issues.push({ field: 'endTime', key: SHIFT_PROBLEM_KEYS.endBeforeStart });
  if (!Number.isInteger(shift.needed) || shift.needed < 1 || shift.needed > MAX_NEEDED) {
    issues.push({ field: 'needed', key: SHIFT_PROBLEM_KEYS.needed, params: { max: MAX_NEEDED } });
  }
  if (new Set(shift.signUps).size !== shift.signUps.length) issues.push({ field: 'signUps', key: SHIFT_PROBLEM_KEYS.duplicateSignUp });
  return issues;
}

/** Places still to fill (0 once enough signed up; more may sign up as spares). */
export function openPlaces(shift: Pick<Shift, 'needed' | 'signUps'>): number {
  return Math.max(0, shift.needed - shift.signUps.length);
}
