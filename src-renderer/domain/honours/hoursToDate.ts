import { fromHalfHourUnits, toHalfHourUnits } from '../hours';

interface DatedService {
  date: string;
  /** An activity's participants, or a shift's credits (the hours after the daily limit). */
  people: ReadonlyArray<{ volunteerId: string; hours: number }>;
}

/**
 * A volunteer's cumulative service hours up to and including `upTo`: every activity they took part in and
 * every duty shift they were credited on, summed in half-hour units as every hours sum is. What a star level
 * (星级) is computed from on a given day, such as the day a certificate is issued.
 */
export function serviceHoursToDate(services: Iterable<DatedService>, volunteerId: string, upTo: string): number {
  let units = 0;
  for (const service of services) {
    if (service.date > upTo) continue;
    for (const p of service.people) if (p.volunteerId === volunteerId) units += toHalfHourUnits(p.hours);
  }
  return fromHalfHourUnits(units);
}
