import type { DateRange } from '../dates';
import { maskPhone } from '../phone';
import { exportedColumns, ROW_NUMBER_FIELD, type RecordKind } from './columns';
import type { ExportOptions, Translate } from './exportSheets';
import { PersonLookup } from './personLookup';
import { activityRefText } from './requestFlowCells';
import { serviceLabelKey, type ServiceWordGroup } from './serviceVocabulary';
import { NO_SERVICE_RECORDS, type LedgerSnapshot } from './snapshot';
import type { SpecValue } from './workbookSpec';

/**
 * The rows of the honours, requests, duty posts and shifts sheets, in the columns their import reads back:
 * people named as the import finds them again (张三, or 张三[0011] where names repeat), a resident's phone
 * masked unless the keeper asked for full numbers, as volunteers' are.
 */

const dateValue = (iso: string): SpecValue => (iso === '' ? null : { date: iso });
const inRange = (date: string, range: DateRange | undefined) => !range || (date >= range.from && date <= range.to);

function rowsOf(kind: RecordKind, records: ReadonlyArray<Record<string, SpecValue>>): SpecValue[][] {
  const columns = exportedColumns(kind);
  return records.map((values, i) => columns.map((c) => (c.field === ROW_NUMBER_FIELD ? i + 1 : (values[c.field] ?? null))));
}

interface Names {
  person: (id: string) => string;
  team: (id: string) => string;
  word: (group: ServiceWordGroup, code: string) => string;
}

function names(s: LedgerSnapshot, t: Translate): Names {
  const people = new PersonLookup(s.volunteers);
  const byId = new Map(s.volunteers.map((v) => [v.id, v]));
  const teams = new Map(s.teams.map((x) => [x.id, x.name]));
  return {
    person: (id) => {
      const v = byId.get(id);
      return v ? people.label(v) : '';
    },
    team: (id) => teams.get(id) ?? '',
    word: (group, code) => (code === '' ? '' : t(serviceLabelKey(group, code))),
  };
}

export function honourRows(s: LedgerSnapshot, t: Translate): SpecValue[][] {
  const n = names(s, t);
  const projects = new Map(s.projects.map((p) => [p.id, p.name]));
  const linkText = (kind: string, id: string, name: string) =>
    kind === 'volunteer' ? n.person(id) : kind === 'team' ? n.team(id) : kind === 'project' ? (projects.get(id) ?? '') : name;
  return rowsOf(
    'honours',
    (s.service ?? NO_SERVICE_RECORDS).honours.map((h) => ({
      kind: n.word('honourKind', h.kind),
      title: h.title,
      level: n.word('honourLevel', h.level),
      year: h.year,
      batch: h.batch,
      linkKind: n.word('honourLink', h.linkKind),
      link: linkText(h.linkKind, h.linkId, h.linkName),
      awardedBy: h.awardedBy,
      awardedDate: dateValue(h.awardedDate),
      notes: h.notes,
    })),
  );
}

function requestsInRange(s: LedgerSnapshot, range: DateRange | undefined) {
  return [...(s.service ?? NO_SERVICE_RECORDS).requests]
    .filter((r) => inRange(r.receivedDate, range))
    .sort((a, b) => a.receivedDate.localeCompare(b.receivedDate) || a.createdAt.localeCompare(b.createdAt));
}

export function requestRows(s: LedgerSnapshot, o: ExportOptions, t: Translate): SpecValue[][] {
  const n = names(s, t);
  const activities = new Map(s.activities.map((a) => [a.id, a]));
  return rowsOf(
    'requests',
    requestsInRange(s, o.range).map((r) => {
      const activity = activities.get(r.activityId);
      return {
        receivedDate: dateValue(r.receivedDate),
        residentName: r.residentName,
        villageGroup: r.villageGroup,
        phone: o.fullIdNumbers || r.phone === '' ? r.phone : maskPhone(r.phone),
        need: r.need,
        field: r.field === '' ? '' : t(`catalog.fields.${r.field}`, { defaultValue: r.field }),
        urgency: n.word('urgency', r.urgency),
        wantedDate: dateValue(r.wantedDate),
        state: n.word('requestState', r.state),
        teamId: n.team(r.teamId),
        volunteerIds: r.volunteerIds.map(n.person).filter(Boolean).join('、'),
        activityId: activity ? activityRefText(activity) : '',
        doneDate: dateValue(r.doneDate),
        rating: r.rating > 0 ? r.rating : null,
        ratingRemark: r.ratingRemark,
        endReason: r.endReason,
      };
    }),
  );
}

export function dutyPostRows(s: LedgerSnapshot, t: Translate): SpecValue[][] {
  return rowsOf(
    'dutyPosts',
    (s.service ?? NO_SERVICE_RECORDS).dutyPosts.map((p) => ({
      name: p.name,
      place: p.place,
      field: p.field === '' ? '' : t(`catalog.fields.${p.field}`, { defaultValue: p.field }),
      active: t(serviceLabelKey('postActive', String(p.active))),
      notes: p.notes,
    })),
  );
}

function shiftsInRange(s: LedgerSnapshot, range: DateRange | undefined) {
  return [...(s.service ?? NO_SERVICE_RECORDS).shifts]
    .filter((x) => inRange(x.date, range))
    .sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime));
}

export function shiftRows(s: LedgerSnapshot, o: ExportOptions, t: Translate): SpecValue[][] {
  const n = names(s, t);
  const posts = new Map((s.service ?? NO_SERVICE_RECORDS).dutyPosts.map((p) => [p.id, p.name]));
  return rowsOf(
    'shifts',
    shiftsInRange(s, o.range).map((x) => ({
      postId: posts.get(x.postId) ?? '',
      date: dateValue(x.date),
      startTime: x.startTime,
      endTime: x.endTime,
      needed: x.needed,
      signUps: x.signUps.map(n.person).filter(Boolean).join('、'),
      signedIn: new Set(x.attendance.map((a) => a.volunteerId)).size,
      totalHours: x.totalHours,
    })),
  );
}

/** How many records the export of one of these kinds will hold. */
export function serviceExportCount(s: LedgerSnapshot, kind: 'honours' | 'requests' | 'dutyPosts' | 'shifts', range: DateRange | undefined): number {
  const service = s.service ?? NO_SERVICE_RECORDS;
  switch (kind) {
    case 'honours':
      return service.honours.length;
    case 'requests':
      return requestsInRange(s, range).length;
    case 'dutyPosts':
      return service.dutyPosts.length;
    case 'shifts':
      return shiftsInRange(s, range).length;
  }
}
