import type { TeamDoc } from '../../domain/entities/team';

export interface TeamRow {
  id: string;
  name: string;
  namePinyin: string;
  field: string;
  leaderId: string;
  /** '' when no leader is named or the leader's record is gone. */
  leaderName: string;
  memberCount: number;
  foundedDate: string;
}

interface MemberFacts {
  id: string;
  name: string;
  teamIds: readonly string[];
}

/** Members live on the volunteers (teamIds); one pass over them gives every team's count and leader name. */
export function teamRows(teams: readonly TeamDoc[], volunteers: readonly MemberFacts[]): TeamRow[] {
  const counts = new Map<string, number>();
  const names = new Map<string, string>();
  for (const v of volunteers) {
    names.set(v.id, v.name);
    for (const teamId of new Set(v.teamIds)) counts.set(teamId, (counts.get(teamId) ?? 0) + 1);
  }
  return teams.map((team) => ({
    id: team.id,
    name: team.name,
    namePinyin: team.namePinyin,
    field: team.field,
    leaderId: team.leaderId,
    leaderName: team.leaderId ? (names.get(team.leaderId) ?? '') : '',
    memberCount: counts.get(team.id) ?? 0,
    foundedDate: team.foundedDate,
  }));
}
