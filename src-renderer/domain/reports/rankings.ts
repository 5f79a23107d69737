import { fromHalfHourUnits, toHalfHourUnits } from '../hours';

export const TOP_LIMIT = 10;

export interface VolunteerRank {
  volunteerId: string;
  hours: number;
  sessions: number;
}

export interface TeamRank {
  teamId: string;
  sessions: number;
  hours: number;
  /** Distinct volunteers who served in the team's activities. */
  volunteers: number;
}

interface Participation {
  participants: ReadonlyArray<{ volunteerId: string; hours: number }>;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The most active volunteers: most hours first, then most sessions, then by `tieKey` (the pinyin of the
 * name, so equal people are listed as a name list would be; the id when no key is given).
 */
export function topVolunteers(
  activities: Iterable<Participation>,
  limit: number = TOP_LIMIT,
  tieKey: (volunteerId: string) => string = (id) => id,
): VolunteerRank[] {
  const units = new Map<string, { units: number; sessions: number }>();
  for (const a of activities) {
    for (const p of a.participants) {
      const row = units.get(p.volunteerId) ?? { units: 0, sessions: 0 };
      row.units += toHalfHourUnits(p.hours);
      row.sessions += 1;
      units.set(p.volunteerId, row);
    }
  }
  return [...units]
    .sort(([idA, a], [idB, b]) => b.units - a.units || b.sessions - a.sessions || compareText(tieKey(idA), tieKey(idB)) || compareText(idA, idB))
    .slice(0, limit)
    .map(([volunteerId, r]) => ({ volunteerId, hours: fromHalfHourUnits(r.units), sessions: r.sessions }));
}

/**
 * The most active teams: most sessions first, then most hours, then by `tieKey`. Activities with no team
 * are left out; they are still in every other figure.
 */
export function topTeams(
  activities: Iterable<Participation & { teamId: string }>,
  limit: number = TOP_LIMIT,
  tieKey: (teamId: string) => string = (id) => id,
): TeamRank[] {
  const byTeam = new Map<string, { sessions: number; units: number; volunteers: Set<string> }>();
  for (const a of activities) {
    if (a.teamId === '') continue;
    const row = byTeam.get(a.teamId) ?? { sessions: 0, units: 0, volunteers: new Set<string>() };
    row.sessions += 1;
    for (const p of a.participants) {
      row.units += toHalfHourUnits(p.hours);
      row.volunteers.add(p.volunteerId);
    }
    byTeam.set(a.teamId, row);
  }
  return [...byTeam]
    .sort(([idA, a], [idB, b]) => b.sessions - a.sessions || b.units - a.units || compareText(tieKey(idA), tieKey(idB)) || compareText(idA, idB))
    .slice(0, limit)
    .map(([teamId, r]) => ({ teamId, sessions: r.sessions, hours: fromHalfHourUnits(r.units), volunteers: r.volunteers.size }));
}
