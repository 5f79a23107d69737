import type { ShiftDoc } from '../../records/shift/shape';
import { awaitsReview, shiftHasEnded } from '../../records/shift/signing';
import type { ClockReading } from './useClock';

export type ShiftStatus = 'review' | 'confirmed' | 'upcoming' | 'running' | 'done';

/** What a shift's tag says at `clock`: 待核实 first, as it asks the keeper to act. */
export function shiftStatus(shift: ShiftDoc, clock: ClockReading): ShiftStatus {
  if (awaitsReview(shift, clock.today, clock.time)) return 'review';
  if (shift.needsReview && shift.reviewConfirmed) return 'confirmed';
  if (shiftHasEnded(shift, clock.today, clock.time)) return 'done';
  const started = shift.date < clock.today || (shift.date === clock.today && clock.time >= shift.startTime);
  return started ? 'running' : 'upcoming';
}

export const STATUS_COLORS: Record<ShiftStatus, string> = {
  review: 'orange',
  confirmed: 'blue',
  upcoming: 'default',
  running: 'green',
  done: 'default',
};

/** People signed in and not (yet) out. */
export function onDutyCount(shift: Pick<ShiftDoc, 'attendance'>): number {
  return new Set(shift.attendance.filter((a) => a.signOut === '').map((a) => a.volunteerId)).size;
}
