import type { ShiftFields } from './shape';

type Attendance = ShiftFields['attendance'];

export type SignAction = 'signIn' | 'signOut';

/** The one keystroke's meaning: sign out someone signed in and not yet out; sign in anyone else. */
export function nextSignAction(attendance: Attendance, volunteerId: string): SignAction {
  return attendance.some((a) => a.volunteerId === volunteerId && a.signOut === '') ? 'signOut' : 'signIn';
}

/**
 * The sign-ins after one keystroke at `time` ('HH:mm'): a sign-out closes the person's latest open sign-in;
 * a sign-in adds a record (a second one is merged by the shift rules, never credited twice).
 */
export function applySign(attendance: Attendance, volunteerId: string, time: string): { action: SignAction; attendance: Attendance } {
  const action = nextSignAction(attendance, volunteerId);
  if (action === 'signIn') return { action, attendance: [...attendance, { volunteerId, signIn: time, signOut: '' }] };
  let open = -1;
  attendance.forEach((a, i) => {
    if (a.volunteerId === volunteerId && a.signOut === '') open = i;
  });
  return { action, attendance: attendance.map((a, i) => (i === open ? { ...a, signOut: time } : a)) };
}

/** The shift is over at `now` (a missing sign-out is then for the keeper to review, 待核实). */
export function shiftHasEnded(shift: Pick<ShiftFields, 'date' | 'endTime'>, today: string, time: string): boolean {
  return shift.date < today || (shift.date === today && time >= shift.endTime);
}

/**
 * The shift should show 待核实: a credit carries a review reason the keeper has not confirmed. A sign-out
 * still missing while the shift runs is not yet a problem, so until the end only other reasons count.
 */
export function awaitsReview(shift: Pick<ShiftFields, 'date' | 'endTime' | 'credits' | 'reviewConfirmed'>, today: string, time: string): boolean {
  if (shift.reviewConfirmed) return false;
  const ended = shiftHasEnded(shift, today, time);
  return shift.credits.some((c) => c.review.some((r) => ended || r !== 'missingSignOut'));
}
