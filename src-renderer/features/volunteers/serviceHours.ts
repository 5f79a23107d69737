import { fromHalfHourUnits, toHalfHourUnits } from '../../domain/hours';

interface ServedActivity {
  date: string;
  participants: ReadonlyArray<{ volunteerId: string; hours: number }>;
}

export interface YearHours {
  year: number;
  sessions: number;
  hours: number;
}

export interface VolunteerHours {
  /** Newest year first; only years in which the volunteer served. */
  years: YearHours[];
  sessions: number;
  hours: number;
}

/** The volunteer's own hours in one activity (0 when they were not in it). */
export function hoursInActivity(activity: ServedActivity, volunteerId: string): number {
  let units = 0;
  for (const p of activity.participants) if (p.volunteerId === volunteerId) units += toHalfHourUnits(p.hours);
  return fromHalfHourUnits(units);
}

/**
 * Sessions (场次) and service hours of one volunteer by calendar year and overall, summed in half-hour
 * units so that the yearly rows add up exactly to the total shown under them.
 */
export function volunteerHoursByYear(activities: Iterable<ServedActivity>, volunteerId: string): VolunteerHours {
  const byYear = new Map<number, { sessions: number; units: number }>();
  for (const activity of activities) {
    if (!activity.participants.some((p) => p.volunteerId === volunteerId)) continue;
    const year = Number(activity.date.slice(0, 4));
    const row = byYear.get(year) ?? { sessions: 0, units: 0 };
    row.sessions += 1;
    row.units += toHalfHourUnits(hoursInActivity(activity, volunteerId));
    byYear.set(year, row);
  }
  const years = [...byYear]
    .sort(([a], [b]) => b - a)
    .map(([year, row]): YearHours => ({ year, sessions: row.sessions, hours: fromHalfHourUnits(row.units) }));
  let sessions = 0;
  let units = 0;
  for (const row of byYear.values()) {
    sessions += row.sessions;
    units += row.units;
  }
  return { years, sessions, hours: fromHalfHourUnits(units) };
}

/** What the volunteer's page needs of a duty shift: its date and who was credited how many hours. */
interface CreditedShift {
  date: string;
  credits: ReadonlyArray<{ volunteerId: string; hours: number }>;
}

export interface YearHoursWithDuty extends YearHours {
  /** Of `hours`, what duty shifts were credited. */
  dutyHours: number;
}

export interface VolunteerHoursWithDuty extends VolunteerHours {
  years: YearHoursWithDuty[];
  /** Of `hours` (activities and duty together), what duty shifts were credited, and on how many shifts. */
  dutyHours: number;
  dutyShifts: number;
}

/**
 * The volunteer's hours with their duty shifts counted: `hours` is activities and shifts together, as stars
 * and certificates count them; `sessions` stays the activities' (场次), and the duty part is given apart.
 */
export function volunteerHoursWithDuty(activities: Iterable<ServedActivity>, shifts: Iterable<CreditedShift>, volunteerId: string): VolunteerHoursWithDuty {
  const served = volunteerHoursByYear(activities, volunteerId);
  const dutyByYear = new Map<number, number>();
  let dutyShifts = 0;
  for (const shift of shifts) {
    const units = toHalfHourUnits(hoursInActivity({ date: shift.date, participants: shift.credits }, volunteerId));
    if (units === 0) continue;
    dutyShifts += 1;
    const year = Number(shift.date.slice(0, 4));
    dutyByYear.set(year, (dutyByYear.get(year) ?? 0) + units);
  }
  const years = new Map<number, YearHoursWithDuty>(served.years.map((y) => [y.year, { ...y, dutyHours: 0 }]));
  for (const [year, units] of dutyByYear) {
    const row = years.get(year) ?? { year, sessions: 0, hours: 0, dutyHours: 0 };
    years.set(year, { ...row, dutyHours: fromHalfHourUnits(units), hours: fromHalfHourUnits(toHalfHourUnits(row.hours) + units) });
  }
  let dutyUnits = 0;
  for (const units of dutyByYear.values()) dutyUnits += units;
  return {
    years: [...years.values()].sort((a, b) => b.year - a.year),
    sessions: served.sessions,
    hours: fromHalfHourUnits(toHalfHourUnits(served.hours) + dutyUnits),
    dutyHours: fromHalfHourUnits(dutyUnits),
    dutyShifts,
  };
}

/** Hours as the keeper writes them: "7.5", "8", never "7.50" or "8.0". */
export function formatHours(hours: number): string {
  return String(hours);
}
