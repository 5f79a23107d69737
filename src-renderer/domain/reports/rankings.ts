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

/** One volunteer's service in a period: hours in half-hour units, and sessions served. */
export interface VolunteerWork {
  volunteerId: string;
  units: number;
  sessions: number;
}

/** One team's activities in a period. */
export interface TeamWork {
  teamId: string;
  sessions: number;
  units: number;
  /** Distinct volunteers who served in them. */
  volunteers: number;
}

interface Participation {
  participants: ReadonlyArray<{ volunteerId: string; hours: number }>;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every volunteer who served in the activities, with their hours and sessions (in no particular order). */
export function volunteerWork(activities: Iterable<Participation>): VolunteerWork[] {
  const byVolunteer = new Map<string, VolunteerWork>();
  for (const a of activities) {
    for (const p of a.participants) {
      let row = byVolunteer.get(p.volunteerId);
      if (!row) byVolunteer.set(p.volunteerId, (row = { volunteerId: p.volunteerId, units: 0, sessions: 0 }));
      row.units += toHalfHourUnits(p.hours);
      row.sessions += 1;
    }
  }
  return [...byVolunteer.values()];
}

/** Every team that ran activities (activities with no team are left out), with their figures. */
export function teamWork(activities: Iterable<Participation & { teamId: string }>): TeamWork[] {
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
  return [...byTeam].map(([teamId, r]) => ({ teamId, sessions: r.sessions, units: r.units, volunteers: r.volunteers.size }));
}

/**
 * The most active volunteers: most hours first, then most sessions, then by `tieKey` (the pinyin of the
 * name, so equal people are listed as a name list would be; the id when no key is given).
 */
export function rankVolunteers(
  work: readonly VolunteerWork[],
  limit: number = TOP_LIMIT,
  tieKey: (volunteerId: string) => string = (id) => id,
): VolunteerRank[] {
  return [...work]
    .sort((a, b) => b.units - a.units || b.sessions - a.sessions || compareText(tieKey(a.volunteerId), tieKey(b.volunteerId)) || compareText(a.volunteerId, b.volunteerId))
    .slice(0, limit)
    .map((r) => ({ volunteerId: r.volunteerId, hours: fromHalfHourUnits(r.units), sessions: r.sessions }));
}

/** The most active teams: most sessions first, then most hours, then by `tieKey`. */
export function rankTeams(work: readonly TeamWork[], limit: number = TOP_LIMIT, tieKey: (teamId: string) => string = (id) => id): TeamRank[] {
  return [...work]
    .sort((a, b) => b.sessions - a.sessions || b.units - a.units || compareText(tieKey(a.teamId), tieKey(b.teamId)) || compareText(a.teamId, b.teamId))
    .slice(0, limit)
    .map((r) => ({ teamId: r.teamId, sessions: r.sessions, hours: fromHalfHourUnits(r.units), volunteers: r.volunteers }));
}

/** The most active volunteers of the activities (see rankVolunteers). */
export function topVolunteers(
  activities: Iterable<Participation>,
  limit: number = TOP_LIMIT,
  tieKey?: (volunteerId: string) => string,
): VolunteerRank[] {
  return rankVolunteers(volunteerWork(activities), limit, tieKey);
}

/** The most active teams of the activities (see rankTeams). Activities with no team are still in every other figure. */
export function topTeams(activities: Iterable<Participation & { teamId: string }>, limit: number = TOP_LIMIT, tieKey?: (teamId: string) => string): TeamRank[] {
  return rankTeams(teamWork(activities), limit, tieKey);
}
