import type { DateRange } from '../dates';
import { fromHalfHourUnits, toHalfHourUnits } from '../hours';
import { metricChange, type MetricChange } from '../reports/comparison';

/** What a report needs of a duty shift: its date and the hours each person was credited. */
export interface CreditedShift {
  date: string;
  credits: ReadonlyArray<{ volunteerId: string; hours: number }>;
}

export interface DutyFigures {
  /** Shifts dated in the period on which someone was credited. */
  shifts: number;
  /** Credited hours, summed in half hours. */
  hours: number;
  /** Distinct people credited. */
  volunteers: number;
}

/** The duty figures of the shifts dated inside `range` (others are ignored). */
export function dutyFigures(shifts: Iterable<CreditedShift>, range: DateRange): DutyFigures {
  let count = 0;
  let units = 0;
  const people = new Set<string>();
  for (const shift of shifts) {
    if (shift.date < range.from || shift.date > range.to) continue;
    let shiftUnits = 0;
    for (const c of shift.credits) {
      const u = toHalfHourUnits(c.hours);
      if (u <= 0) continue;
      shiftUnits += u;
      people.add(c.volunteerId);
    }
    if (shiftUnits === 0) continue;
    count += 1;
    units += shiftUnits;
  }
  return { shifts: count, hours: fromHalfHourUnits(units), volunteers: people.size };
}

/** The report's two duty lines against the same period last year: 值守时长, and all service hours with it. */
export interface DutyLines {
  dutyHours: MetricChange;
  allHours: MetricChange;
}

export function dutyLines(activityHours: { current: number; previous: number }, duty: { current: DutyFigures; lastYear: DutyFigures }): DutyLines {
  const add = (a: number, b: number) => fromHalfHourUnits(toHalfHourUnits(a) + toHalfHourUnits(b));
  return {
    dutyHours: metricChange(duty.current.hours, duty.lastYear.hours),
    allHours: metricChange(add(activityHours.current, duty.current.hours), add(activityHours.previous, duty.lastYear.hours)),
  };
}

/** A report shows the duty lines only where there was duty, this period or last year's. */
export function hasDuty(lines: DutyLines): boolean {
  return lines.dutyHours.current > 0 || lines.dutyHours.previous > 0;
}
