import { SERVED_GROUPS, type ServedGroup } from '../catalog';
import { parseActivityInput, type ActivityDoc, type ActivityFields, type ActivityInput, type Participant } from '../entities/activity';
import { findDailyOverflowsAcross } from '../duty/dailyLimit';
import { isValidHours, spanHours, toHalfHourUnits, fromHalfHourUnits } from '../hours';
import { cellText } from './cellText';
import { quoted } from './cellRead';
import { readDate } from './cellDates';
import { requireDate } from './dateFields';
import { readNumber, readText, readTime, splitList } from './cellValues';
import { parseParticipantsCell } from './participantsCell';
import { PersonIndex } from './people';
import { readTeamRef } from './projectRules';
import { parseCollectingAll, type KindRules, type RowProblems, type RowReader } from './rowReader';
import type { LedgerSnapshot } from './snapshot';
import { readCode } from './volunteerRules';
import { allowedLabels, lookupCode, normalizeWord } from './vocabulary';

const isServedGroup = (g: string): g is ServedGroup => (SERVED_GROUPS as readonly string[]).includes(g);

export function activityKey(date: string, startTime: string, title: string): string {
  return `${date}|${startTime}|${normalizeWord(title)}`;
}

const STAND_INS = {
  title: '-',
  date: '2000-01-01',
  startTime: '00:00',
  endTime: '23:59',
  place: '-',
  field: '-',
  projectId: '',
  teamId: '',
  theme: '',
  participants: [],
  servedCount: 0,
  servedGroups: [],
  summary: '',
};

function inputOf(a: ActivityDoc): ActivityInput {
  return {
    title: a.title,
    date: a.date,
    startTime: a.startTime,
    endTime: a.endTime,
    place: a.place,
    field: a.field,
    projectId: a.projectId,
    teamId: a.teamId,
    theme: a.theme,
    participants: a.participants,
    servedCount: a.servedCount,
    servedGroups: a.servedGroups.filter(isServedGroup),
    summary: a.summary,
  };
}

/** Hours already served per volunteer per day, by activity, so an update can leave its own out. */
class DailyHours {
  private readonly byDate = new Map<string, { activityId: string; participants: readonly Participant[] }[]>();
  private readonly dateById = new Map<string, string>();

  constructor(activities: readonly ActivityDoc[]) {
    for (const a of activities) this.put(a.date, a.id, a.participants);
  }

  /** Records an activity's participants, replacing what the same activity had before (an update). */
  put(date: string, activityId: string, participants: readonly Participant[]): void {
    const previousDate = this.dateById.get(activityId);
    if (previousDate !== undefined) {
      const previous = this.byDate.get(previousDate) ?? [];
      this.byDate.set(previousDate, previous.filter((e) => e.activityId !== activityId));
    }
    this.dateById.set(activityId, date);
    const list = this.byDate.get(date);
    if (list) list.push({ activityId, participants });
    else this.byDate.set(date, [{ activityId, participants }]);
  }

  on(date: string, exceptId: string | undefined): Map<string, number> {
    const units = new Map<string, number>();
    for (const entry of this.byDate.get(date) ?? []) {
      if (entry.activityId === exceptId) continue;
      for (const p of entry.participants) units.set(p.volunteerId, (units.get(p.volunteerId) ?? 0) + toHalfHourUnits(p.hours));
    }
    return new Map([...units].map(([id, u]) => [id, fromHalfHourUnits(u)]));
  }
}

/** Each day's credited duty-shift hours by volunteer: the daily limit counts them with the activities. */
function shiftHoursByDate(shifts: NonNullable<LedgerSnapshot['shifts']>): Map<string, Map<string, number>> {
  const units = new Map<string, Map<string, number>>();
  for (const shift of shifts) {
    const day = units.get(shift.date) ?? new Map<string, number>();
    for (const c of shift.credits) day.set(c.volunteerId, (day.get(c.volunteerId) ?? 0) + toHalfHourUnits(c.hours));
    units.set(shift.date, day);
  }
  return new Map([...units].map(([date, day]) => [date, new Map([...day].map(([id, u]) => [id, fromHalfHourUnits(u)]))]));
}

function readParticipants(
  row: RowReader,
  problems: RowProblems,
  people: PersonIndex,
  span: number,
): Participant[] | undefined {
  const text = problems.take('participants', readText(row.cell('participants')));
  if (text === undefined) return undefined;
  const parsed = parseParticipantsCell(text);
  if (!parsed.ok) {
    problems.error('participants', 'importExport.issue.participantFormat', { text: quoted(parsed.text) });
    return undefined;
  }
  const participants: Participant[] = [];
  let failed = false;
  for (const token of parsed.tokens) {
    const match = people.match(token.who, token.idTail);
    if (!match.ok) {
      failed = true;
      if (match.reason === 'ambiguous') {
        problems.error('participants', 'importExport.issue.participantAmbiguous', { name: quoted(token.text), count: match.count ?? 2 });
      } else problems.error('participants', 'importExport.issue.participantUnknown', { name: quoted(token.text) });
      continue;
    }
    const hours = token.hours ?? span;
    if (!isValidHours(hours)) {
      failed = true;
      problems.error('participants', token.hours === null ? 'importExport.issue.participantNoHours' : 'importExport.issue.participantHours', {
        name: quoted(token.text),
      });
      continue;
    }
    participants.push({ volunteerId: match.person.id, hours });
  }
  return failed ? undefined : participants;
}

/**
 * Activities: identified by date, start time and title. Participants are matched to the roster (unknown
 * or ambiguous people are errors); nobody may pass 24 hours on one day, counting the ledger and the rows
 * above in the same file.
 */
export function activityRules(snapshot: LedgerSnapshot): KindRules<ActivityFields, ActivityDoc> {
  const byKey = new Map<string, ActivityDoc>();
  for (const a of snapshot.activities) {
    const key = activityKey(a.date, a.startTime, a.title);
    if (!byKey.has(key)) byKey.set(key, a);
  }
  const people = new PersonIndex(snapshot.volunteers);
  const nameById = new Map(snapshot.volunteers.map((v) => [v.id, v.name]));
  const teamByName = new Map(snapshot.teams.map((t) => [normalizeWord(t.name), t.id]));
  const projectByName = new Map(snapshot.projects.map((p) => [normalizeWord(p.name), p.id]));
  const daily = new DailyHours(snapshot.activities);
  const shiftHours = shiftHoursByDate(snapshot.shifts ?? []);
  let fileRow = 0;

  return {
    identityField: 'title',
    identify(row) {
      const date = readDate(row.cell('date'), row.date1904);
      const start = readTime(row.cell('startTime'));
      const title = cellText(row.cell('title'));
      if (!date.ok || !start.ok || date.value === '' || normalizeWord(title) === '') return null;
      return activityKey(date.value, start.value, title);
    },
    existing: (key) => byKey.get(key),
    label(row) {
      const date = readDate(row.cell('date'), row.date1904);
      const title = cellText(row.cell('title')).trim().slice(0, 30);
      return date.ok && date.value !== '' ? `${date.value} ${title}` : title;
    },

    check(row, existing, problems) {
      const input: Record<string, unknown> = existing ? { ...inputOf(existing) } : {};
      if (row.filled('title')) input.title = problems.take('title', readText(row.cell('title')));
      if (row.filled('date')) input.date = problems.take('date', readDate(row.cell('date'), row.date1904));
      else requireDate(row, problems, 'date', existing !== null);
      if (row.filled('startTime')) input.startTime = problems.take('startTime', readTime(row.cell('startTime')));
      if (row.filled('endTime')) input.endTime = problems.take('endTime', readTime(row.cell('endTime')));
      if (row.filled('place')) input.place = problems.take('place', readText(row.cell('place')));
      if (row.filled('field')) input.field = readCode(row, problems, 'field', 'fields');
      if (row.filled('projectId')) {
        const text = problems.take('projectId', readText(row.cell('projectId')));
        const id = text ? projectByName.get(normalizeWord(text)) : undefined;
        if (text && id === undefined) problems.error('projectId', 'importExport.issue.unknownProject', { name: quoted(text) });
        input.projectId = id;
      }
      if (row.filled('teamId')) input.teamId = readTeamRef(row, problems, 'teamId', teamByName);
      if (row.filled('theme')) input.theme = problems.take('theme', readText(row.cell('theme')));
      if (row.filled('participants')) {
        const span = spanHours(typeof input.startTime === 'string' ? input.startTime : '', typeof input.endTime === 'string' ? input.endTime : '');
        input.participants = readParticipants(row, problems, people, span);
      }
      if (row.filled('servedCount')) input.servedCount = problems.take('servedCount', readNumber(row.cell('servedCount'))) ?? undefined;
      if (row.filled('servedGroups')) {
        const text = problems.take('servedGroups', readText(row.cell('servedGroups')));
        const codes: string[] = [];
        for (const word of splitList(text ?? '')) {
          const code = lookupCode('servedGroups', word);
          if (code === null) problems.error('servedGroups', 'importExport.issue.unknownOption', { value: quoted(word), allowed: allowedLabels('servedGroups') });
          else if (!codes.includes(code)) codes.push(code);
        }
        input.servedGroups = codes;
      }
      if (row.filled('summary')) input.summary = problems.take('summary', readText(row.cell('summary')));

      const a = parseCollectingAll(parseActivityInput, input, problems, STAND_INS);
      if (a === null) return null;
      for (const o of findDailyOverflowsAcross(a.date, a.participants, daily.on(a.date, existing?.id), shiftHours.get(a.date) ?? new Map())) {
        problems.error('participants', 'validation.hours.dailyOverflow', { name: nameById.get(o.volunteerId) ?? '', date: o.date, total: o.total });
      }
      return problems.hasErrors() ? null : a;
    },

    accept(fields, existingId) {
      fileRow += 1;
      // A new activity of this file has no id yet; a unique stand-in keeps it apart from every other.
      daily.put(fields.date, existingId ?? `file-row-${fileRow}`, fields.participants);
    },
  };
}
