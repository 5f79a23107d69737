import { creditDay, type ShiftOfDay } from './dayCredits';
import { parseShiftInput, withCredits, type ShiftDoc } from './shape';
import { applySign, type SignAction } from './signing';

/** The form's fields of a stored shift, for an edit that changes one part of it. */
export function inputOf(shift: ShiftDoc) {
  const { postId, date, startTime, endTime, needed, signUps, attendance, reviewConfirmed } = shift;
  return { postId, date, startTime, endTime, needed, signUps, attendance, reviewConfirmed };
}

/**
 * The shift as one keystroke at the desk leaves it, worked out from what the desk already holds: the
 * sign applied, the credits by the shift rules, then cut to the day's limit across the person's other
 * shifts that day (`ofDay`, this one among them or not) and their activity hours that day. The
 * repository saves the same (sign → changeAttendance → updateFrom); the desk draws this at once, so the
 * keeper sees the new state and hours without waiting for the write. Null when the sign would be refused.
 */
export function signedShift(
  shift: ShiftDoc,
  volunteerId: string,
  time: string,
  ofDay: readonly ShiftOfDay[],
  activityHours: ReadonlyMap<string, number>,
): { action: SignAction; shift: ShiftDoc } | null {
  const { action, attendance } = applySign(shift.attendance, volunteerId, time);
  const parsed = parseShiftInput({ ...inputOf(shift), attendance, reviewConfirmed: false });
  if (!parsed.ok) return null;
  const fields = parsed.value;
  const others = ofDay.filter((s) => s.id !== shift.id);
  const own = creditDay(fields.date, [...others, { id: shift.id, startTime: fields.startTime, credits: fields.credits }], activityHours).get(shift.id);
  return { action, shift: { ...shift, ...(own ? withCredits(fields, own) : fields) } };
}
