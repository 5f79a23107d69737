import type { ActivityDoc } from '../entities/activity';
import { NOT_RATED } from '../requests/requestFlow';
import type { RequestState } from '../requests/requestStates';
import { readDate } from './cellDates';
import { quoted } from './cellRead';
import { cellText } from './cellText';
import { readText } from './cellValues';
import { readPeople, type PersonLookup } from './personLookup';
import type { ImportedFlow } from './requestReplay';
import type { RowProblems, RowReader } from './rowReader';
import { readRating } from './serviceCells';
import { readNamedRef, readServiceCode } from './serviceRowFields';
import { serviceLabel } from './serviceVocabulary';
import { normalizeWord } from './vocabulary';

/** 2024-03-05 学雷锋义诊进社区, or the title alone: what the export writes in 关联活动 and a keeper types. */
const DATED_TITLE = /^(\d{4}-\d{1,2}-\d{1,2}|\d{4}\/\d{1,2}\/\d{1,2}|\d{4}\.\d{1,2}\.\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)\s*(.+)$/;

export interface FlowLookups {
  people: PersonLookup;
  teamByName: ReadonlyMap<string, string>;
  activitiesByTitle: ReadonlyMap<string, readonly ActivityDoc[]>;
}

export function activitiesByTitle(activities: readonly ActivityDoc[]): Map<string, ActivityDoc[]> {
  const map = new Map<string, ActivityDoc[]>();
  for (const a of activities) {
    const key = normalizeWord(a.title);
    const list = map.get(key);
    if (list) list.push(a);
    else map.set(key, [a]);
  }
  return map;
}

/** How the export names an activity so that the import finds it again. */
export function activityRefText(a: Pick<ActivityDoc, 'date' | 'title'>): string {
  return `${a.date} ${a.title}`;
}

function readActivity(row: RowReader, problems: RowProblems, byTitle: FlowLookups['activitiesByTitle']): ActivityDoc | undefined {
  const text = problems.take('activityId', readText(row.cell('activityId')));
  if (text === undefined || text === '') return undefined;
  const dated = DATED_TITLE.exec(text);
  const date = dated?.[1] === undefined ? null : readDate({ kind: 'text', text: dated[1] }, false);
  const title = date?.ok ? (dated?.[2] ?? text) : text;
  let candidates = byTitle.get(normalizeWord(title)) ?? [];
  if (date?.ok) candidates = candidates.filter((a) => a.date === date.value);
  const [only] = candidates;
  if (candidates.length === 1 && only) return only;
  if (candidates.length === 0) problems.error('activityId', 'importExport.issue.unknownActivity', { name: quoted(text) });
  else problems.error('activityId', 'importExport.issue.activityAmbiguous', { name: quoted(text), count: candidates.length });
  return undefined;
}

/** The flow's columns a state does not use: written there, they are left out with a warning. */
const USED_BY: Readonly<Record<string, readonly RequestState[]>> = {
  teamId: ['dispatched', 'accepted', 'done', 'rated', 'refused', 'cancelled'],
  volunteerIds: ['dispatched', 'accepted', 'done', 'rated', 'refused', 'cancelled'],
  activityId: ['done', 'rated'],
  rating: ['rated'],
  ratingRemark: ['rated'],
  endReason: ['refused', 'cancelled'],
};

/** With 办理状态 blank, the furthest state the row's other columns show. null when they cannot tell. */
function inferState(row: RowReader): RequestState | null {
  if (row.filled('rating')) return 'rated';
  if (row.filled('activityId')) return 'done';
  if (row.filled('endReason')) return null;
  if (row.filled('teamId') || row.filled('volunteerIds')) return 'dispatched';
  return 'pending';
}

/**
 * Where a request stands, as its row says: 办理状态 (or what the other columns show), whom it went to, the
 * activity that served it and the resident's rating, each read and checked; undefined when the row cannot say.
 */
export function readRequestFlow(row: RowReader, problems: RowProblems, lookups: FlowLookups): ImportedFlow | undefined {
  let state: RequestState | undefined;
  if (row.filled('state')) state = readServiceCode(row, problems, 'state', 'requestState') as RequestState | undefined;
  else {
    const inferred = inferState(row);
    if (inferred === null) problems.error('state', 'importExport.issue.requestStateNeeded');
    else if (inferred !== 'pending') problems.note('state', 'importExport.note.stateInferred', { label: serviceLabel('requestState', inferred) });
    state = inferred ?? undefined;
  }
  if (state === undefined) return undefined;

  const flow: ImportedFlow = { state, teamId: '', volunteerIds: [], activityId: '', doneDate: '', rating: NOT_RATED, ratingRemark: '', endReason: '' };
  for (const [field, states] of Object.entries(USED_BY)) {
    if (row.filled(field) && !states.includes(state)) problems.warn(field, 'importExport.warn.notForState', { state: serviceLabel('requestState', state) });
  }
  const uses = (field: string) => row.filled(field) && (USED_BY[field] ?? []).includes(state);
  if (uses('teamId')) flow.teamId = readNamedRef(row, problems, 'teamId', lookups.teamByName, 'importExport.issue.unknownTeam') ?? '';
  if (uses('volunteerIds')) {
    const text = problems.take('volunteerIds', readText(row.cell('volunteerIds'))) ?? '';
    const people = readPeople(text, lookups.people);
    if (people.ok) flow.volunteerIds = people.ids;
    else for (const p of people.problems) problems.error('volunteerIds', p.key, p.params);
  }
  if (uses('activityId')) {
    const activity = readActivity(row, problems, lookups.activitiesByTitle);
    if (activity) Object.assign(flow, { activityId: activity.id, doneDate: activity.date });
  }
  if (uses('rating')) {
    const rating = problems.take('rating', readRating(row.cell('rating')));
    if (rating?.fromWord) problems.note('rating', 'importExport.note.ratingAs', { value: quoted(cellText(row.cell('rating'))), stars: rating.stars });
    if (rating) flow.rating = rating.stars;
  }
  if (uses('ratingRemark')) flow.ratingRemark = problems.take('ratingRemark', readText(row.cell('ratingRemark'))) ?? '';
  if (uses('endReason')) flow.endReason = problems.take('endReason', readText(row.cell('endReason'))) ?? '';
  return flow;
}
