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

/** Hours as the keeper writes them: "7.5", "8", never "7.50" or "8.0". */
export function formatHours(hours: number): string {
  return String(hours);
}
