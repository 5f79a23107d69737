import type { DateRange } from '../dates';
import { fromHalfHourUnits, toHalfHourUnits } from '../hours';

interface ServiceActivity {
  date: string;
  title: string;
  field: string;
  participants: ReadonlyArray<{ volunteerId: string; hours: number }>;
}

export interface FieldService {
  field: string;
  sessions: number;
  hours: number;
}

export interface VolunteerService {
  /** Total service hours in the period (what the certificate certifies). */
  hours: number;
  /** Activities taken part in. */
  sessions: number;
  /** Fields served in, most sessions first (then most hours, then code). */
  fields: FieldService[];
  /** Distinct activity titles, in the order first served. */
  titles: string[];
  /** First and last day of service in the period, '' when none. */
  firstDate: string;
  lastDate: string;
}

/**
 * One volunteer's service in a period (inclusive dates), from the activity records: the hours and
 * sessions a 志愿服务记录证明 states, and the fields and titles its content is drafted from.
 */
export function summarizeVolunteerService(activities: Iterable<ServiceActivity>, volunteerId: string, range: DateRange): VolunteerService {
  const served = [...activities]
    .filter((a) => a.date >= range.from && a.date <= range.to)
    .map((a) => ({ a, units: a.participants.filter((p) => p.volunteerId === volunteerId).reduce((s, p) => s + toHalfHourUnits(p.hours), 0) }))
    .filter((x) => x.a.participants.some((p) => p.volunteerId === volunteerId))
    .sort((x, y) => (x.a.date < y.a.date ? -1 : x.a.date > y.a.date ? 1 : 0));

  const byField = new Map<string, { sessions: number; units: number }>();
  const titles: string[] = [];
  const seenTitles = new Set<string>();
  let units = 0;
  for (const { a, units: u } of served) {
    units += u;
    const f = byField.get(a.field) ?? { sessions: 0, units: 0 };
    f.sessions += 1;
    f.units += u;
    byField.set(a.field, f);
    const title = a.title.trim();
    if (title !== '' && !seenTitles.has(title)) {
      seenTitles.add(title);
      titles.push(title);
    }
  }
  const fields = [...byField]
    .sort(([fa, a], [fb, b]) => b.sessions - a.sessions || b.units - a.units || (fa < fb ? -1 : fa > fb ? 1 : 0))
    .map(([field, f]) => ({ field, sessions: f.sessions, hours: fromHalfHourUnits(f.units) }));

  return {
    hours: fromHalfHourUnits(units),
    sessions: served.length,
    fields,
    titles,
    firstDate: served[0]?.a.date ?? '',
    lastDate: served[served.length - 1]?.a.date ?? '',
  };
}
