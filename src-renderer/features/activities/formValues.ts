import { SERVED_GROUPS, type ServedGroup } from '../../domain/catalog';
import type { ActivityDoc, ActivityInput } from '../../domain/entities/activity';
import { rowsFromParticipants, type ParticipantRow } from './participants';

/**
 * What the activity form holds. Dates and times stay 'YYYY-MM-DD' / 'HH:mm' strings (the pickers convert
 * at the field), so the names and values match the domain input and repository issues land on the right
 * field.
 */
export interface ActivityFormValues {
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  field: string;
  /** undefined when a select is cleared. */
  projectId: string | undefined;
  teamId: string | undefined;
  theme: string;
  participants: ParticipantRow[];
  servedCount: number | null;
  servedGroups: string[];
  summary: string;
}

export function blankFormValues(today: string): ActivityFormValues {
  return {
    title: '',
    date: today,
    startTime: '',
    endTime: '',
    place: '',
    field: '',
    projectId: undefined,
    teamId: undefined,
    theme: '',
    participants: [],
    servedCount: 0,
    servedGroups: [],
    summary: '',
  };
}

type SavedActivity = Pick<
  ActivityDoc,
  | 'title'
  | 'date'
  | 'startTime'
  | 'endTime'
  | 'place'
  | 'field'
  | 'projectId'
  | 'teamId'
  | 'theme'
  | 'participants'
  | 'servedCount'
  | 'servedGroups'
  | 'summary'
>;

/** The form for editing a saved activity. */
export function formValuesFromActivity(a: SavedActivity): ActivityFormValues {
  return {
    title: a.title,
    date: a.date,
    startTime: a.startTime,
    endTime: a.endTime,
    place: a.place,
    field: a.field,
    projectId: a.projectId || undefined,
    teamId: a.teamId || undefined,
    theme: a.theme,
    participants: rowsFromParticipants(a.participants, a.startTime, a.endTime),
    servedCount: a.servedCount,
    servedGroups: [...a.servedGroups],
    summary: a.summary,
  };
}

/** "Copy last activity": everything but the date, which becomes today. */
export function copyOfActivity(a: SavedActivity, today: string): ActivityFormValues {
  return { ...formValuesFromActivity(a), date: today };
}

const KNOWN_SERVED_GROUPS = new Set<string>(SERVED_GROUPS);

/** A served-group code this version knows; others (from a newer catalogue) cannot be saved by it. */
function isServedGroup(code: string): code is ServedGroup {
  return KNOWN_SERVED_GROUPS.has(code);
}

/** What the repository receives. Empty boxes become values the domain rules report in Chinese. */
export function toActivityInput(v: ActivityFormValues): ActivityInput {
  return {
    title: v.title,
    date: v.date,
    startTime: v.startTime,
    endTime: v.endTime,
    place: v.place,
    field: v.field,
    projectId: v.projectId ?? '',
    teamId: v.teamId ?? '',
    theme: v.theme,
    participants: v.participants.map((p) => ({ volunteerId: p.volunteerId, hours: p.hours ?? 0 })),
    servedCount: v.servedCount ?? 0,
    servedGroups: v.servedGroups.filter(isServedGroup),
    summary: v.summary,
  };
}
