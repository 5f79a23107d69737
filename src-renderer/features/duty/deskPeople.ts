import type { ShiftDoc } from '../../records/shift/shape';
import { nextSignAction } from '../../records/shift/signing';
import type { ClockReading } from './useClock';

export interface DeskPerson {
  volunteerId: string;
  name: string;
  state: 'in' | 'out' | 'none';
  /** Earliest sign-in and latest sign-out, 'HH:mm' or ''. */
  signIn: string;
  signOut: string;
  /** Credited at the last save; null before they signed in. */
  hours: number | null;
}

/** The shift's people for the desk: those signed up, then walk-ins, each with where they stand. */
export function deskPeople(shift: ShiftDoc, nameOf: (id: string) => string): DeskPerson[] {
  const ids = [...new Set([...shift.signUps, ...shift.attendance.map((a) => a.volunteerId)])];
  return ids.map((volunteerId) => {
    const own = shift.attendance.filter((a) => a.volunteerId === volunteerId);
    const signIns = own.map((a) => a.signIn).sort();
    const signOuts = own.map((a) => a.signOut).filter((s) => s !== '').sort();
    const state = own.length === 0 ? 'none' : nextSignAction(own, volunteerId) === 'signOut' ? 'in' : 'out';
    return {
      volunteerId,
      name: nameOf(volunteerId),
      state,
      signIn: signIns[0] ?? '',
      signOut: state === 'out' ? (signOuts.at(-1) ?? '') : '',
      hours: shift.credits.find((c) => c.volunteerId === volunteerId)?.hours ?? null,
    };
  });
}

/**
 * The desk's shift: the one the keeper chose; otherwise the first running now, else the next to start,
 * else the day's first one.
 */
export function pickShift(shifts: readonly ShiftDoc[], chosenId: string | null, clock: ClockReading): ShiftDoc | undefined {
  const chosen = shifts.find((s) => s.id === chosenId);
  if (chosen) return chosen;
  const today = shifts.filter((s) => s.date === clock.today);
  return (
    today.find((s) => s.startTime <= clock.time && clock.time < s.endTime) ??
    today.find((s) => s.startTime > clock.time) ??
    shifts[0]
  );
}
