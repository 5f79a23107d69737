import { creditPersonDay, type ShiftCreditOfDay } from '../../domain/duty/dailyLimit';
import { fromHalfHourUnits, toHalfHourUnits } from '../../domain/hours';
import type { CreditReviewReason, StoredCredit } from './shape';

/** What the daily limit needs of one shift of the day. */
export interface ShiftOfDay {
  id: string;
  startTime: string;
  credits: readonly StoredCredit[];
}

const CUT: CreditReviewReason = 'cutByDailyLimit';

/**
 * The credits of every shift of one day once each person's 24-hour limit is applied across their activities
 * (by volunteer id, hours that day) and all their shifts of the day (creditPersonDay: earlier shifts first).
 * Returns only the shifts whose credits change, with their new credits.
 */
export function creditDay(date: string, shifts: readonly ShiftOfDay[], activityHours: ReadonlyMap<string, number>): Map<string, StoredCredit[]> {
  const byPerson = new Map<string, ShiftCreditOfDay[]>();
  for (const shift of shifts) {
    for (const c of shift.credits) {
      const list = byPerson.get(c.volunteerId) ?? [];
      list.push({ shiftId: shift.id, startTime: shift.startTime, hours: c.shiftHours });
      byPerson.set(c.volunteerId, list);
    }
  }
  // shift id → volunteer id → what the day leaves them
  const given = new Map<string, Map<string, { credited: number; cut: boolean }>>();
  for (const [volunteerId, own] of byPerson) {
    const day = creditPersonDay({ volunteerId, date, activityHours: [activityHours.get(volunteerId) ?? 0], shifts: own });
    for (const s of day.shifts) {
      const of = given.get(s.shiftId) ?? new Map<string, { credited: number; cut: boolean }>();
      of.set(volunteerId, { credited: s.credited, cut: s.cutByDailyLimit });
      given.set(s.shiftId, of);
    }
  }
  const changed = new Map<string, StoredCredit[]>();
  for (const shift of shifts) {
    let differs = false;
    const credits = shift.credits.map((c): StoredCredit => {
      const g = given.get(shift.id)?.get(c.volunteerId);
      if (g === undefined) return c;
      const review = c.review.filter((r) => r !== CUT);
      if (g.cut) review.push(CUT);
      if (g.credited !== c.hours || review.length !== c.review.length || review.some((r, i) => r !== c.review[i])) differs = true;
      return { ...c, hours: g.credited, review };
    });
    if (differs) changed.set(shift.id, credits);
  }
  return changed;
}

/** Credited hours by volunteer over some shifts (those of one day, for the daily limit), summed in half hours. */
export function creditedHours(shifts: Iterable<{ credits: ReadonlyArray<{ volunteerId: string; hours: number }> }>): Map<string, number> {
  const units = new Map<string, number>();
  for (const shift of shifts) for (const c of shift.credits) units.set(c.volunteerId, (units.get(c.volunteerId) ?? 0) + toHalfHourUnits(c.hours));
  return new Map([...units].map(([id, u]) => [id, fromHalfHourUnits(u)]));
}
