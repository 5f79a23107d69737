import type { TeamDoc, TeamInput } from '../../domain/entities/team';

/** The team form as antd holds it; `memberIds` is stored on the volunteers, not on the team. */
export interface TeamFormValues {
  name: string;
  field: string | undefined;
  /** '' when no leader is named yet. */
  leaderId: string;
  memberIds: string[];
  /** 'YYYY-MM-DD', '' when empty, or refused text the field's rule reports (DateInput). */
  foundedDate: string;
  description: string;
}

export type TeamFormDraft = Partial<TeamFormValues>;

export function newTeamForm(): TeamFormValues {
  return { name: '', field: undefined, leaderId: '', memberIds: [], foundedDate: '', description: '' };
}

export function teamFormFromDoc(team: TeamDoc, memberIds: readonly string[]): TeamFormValues {
  return {
    name: team.name,
    field: team.field,
    leaderId: team.leaderId,
    memberIds: [...memberIds],
    foundedDate: team.foundedDate,
    description: team.description,
  };
}

export function toTeamInput(draft: TeamFormDraft): TeamInput {
  return {
    name: (draft.name ?? '').trim(),
    field: draft.field ?? '',
    leaderId: draft.leaderId ?? '',
    foundedDate: draft.foundedDate ?? '',
    description: (draft.description ?? '').trim(),
  };
}

/** The leader belongs to the team too: the members saved always include them, once. */
export function membersWithLeader(memberIds: readonly string[], leaderId: string): string[] {
  const ids = [...new Set(memberIds)];
  return leaderId && !ids.includes(leaderId) ? [...ids, leaderId] : ids;
}

/** Who joins and who leaves when the form is saved, for the confirmation the keeper reads. */
export function memberChanges(currentIds: readonly string[], wantedIds: readonly string[]): { added: string[]; removed: string[] } {
  const current = new Set(currentIds);
  const wanted = new Set(wantedIds);
  return {
    added: [...wanted].filter((id) => !current.has(id)),
    removed: [...current].filter((id) => !wanted.has(id)),
  };
}
