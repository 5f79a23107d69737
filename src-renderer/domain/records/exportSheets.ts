import type { DateRange } from '../dates';
import { maskIdNumber } from '../idNumber';
import { maskPhone } from '../phone';
import { fromHalfHourUnits, toHalfHourUnits } from '../hours';
import { COLUMNS_BY_KIND, columnHeaderKey, exportedColumns, ROW_NUMBER_FIELD, type ColumnSpec, type RecordKind } from './columns';
import { formatParticipantsCell } from './participantsCell';
import { PersonIndex } from './people';
import { dutyPostRows, honourRows, requestRows, serviceExportCount, shiftRows } from './serviceExportSheets';
import type { LedgerSnapshot } from './snapshot';
import type { SheetSpec, SheetSpecColumn, SpecValue, WorkbookSpec } from './workbookSpec';

export const EXPORT_KINDS = ['volunteers', 'teams', 'projects', 'activities', 'hours', 'honours', 'requests', 'dutyPosts', 'shifts'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** Kinds whose export is limited to a date range (the activity's, request's or shift's date). */
export const RANGED_EXPORTS: ReadonlySet<ExportKind> = new Set(['activities', 'hours', 'requests', 'shifts']);

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface ExportOptions {
  kind: ExportKind;
  /** Activities and hours: inclusive activity dates. */
  range?: DateRange;
  /** Full ID and phone numbers only when the keeper asked for them (and confirmed); otherwise masked. */
  fullIdNumbers: boolean;
  /** The export time printed in the title, 'YYYY-MM-DD HH:mm' on the station PC's clock. */
  exportedAt: string;
  /**
   * Activities: add a sheet with one row per person per activity. Off by default: ten years of a big
   * station is 200,000 rows, and the participants cell of the main sheet already lists everyone.
   */
  participantDetail?: boolean;
}

const DETAIL_WIDTHS = { date: 12, title: 28, name: 10, idNumber: 22, hours: 10 } as const;

const dateValue = (iso: string): SpecValue => (iso === '' ? null : { date: iso });

function columnsOf(kind: RecordKind, t: Translate): SheetSpecColumn[] {
  return exportedColumns(kind).map((c: ColumnSpec) => ({
    header: t(columnHeaderKey(kind, c.field)),
    width: c.width,
    format: c.format,
    keepText: c.keepText,
  }));
}

function label(t: Translate, group: string, code: string): string {
  return code === '' ? '' : t(`catalog.${group}.${code}`, { defaultValue: code });
}

/** Catalogue labels looked up once per code: an export of 10,000 activities asks for the same few thousands of times. */
function labelCache(t: Translate): (group: string, code: string) => string {
  const cache = new Map<string, string>();
  return (group, code) => {
    const key = `${group}.${code}`;
    let value = cache.get(key);
    if (value === undefined) {
      value = label(t, group, code);
      cache.set(key, value);
    }
    return value;
  };
}

function titleLines(snapshot: LedgerSnapshot, options: ExportOptions, t: Translate): string[] {
  const station = snapshot.station?.name ?? '';
  const title = t(`importExport.export.sheetTitle.${options.kind}`, { station });
  const sub =
    options.range && RANGED_EXPORTS.has(options.kind)
      ? t('importExport.export.subtitleRange', { from: options.range.from, to: options.range.to, time: options.exportedAt })
      : t('importExport.export.subtitle', { time: options.exportedAt });
  return [title, sub];
}

function inRange(date: string, range: DateRange | undefined): boolean {
  return !range || (date >= range.from && date <= range.to);
}

function volunteerRows(s: LedgerSnapshot, o: ExportOptions, t: Translate): SpecValue[][] {
  const teamName = new Map(s.teams.map((x) => [x.id, x.name]));
  return s.volunteers.map((v, i) => {
    const values: Record<string, SpecValue> = {
      [ROW_NUMBER_FIELD]: i + 1,
      name: v.name,
      gender: label(t, 'gender', v.gender),
      idType: label(t, 'idType', v.idType),
      idNumber: o.fullIdNumbers ? v.idNumber : maskIdNumber(v.idNumber),
      birthDate: dateValue(v.birthDate),
      // Masked like the ID number unless the keeper asked for full numbers: both identify the person.
      phone: o.fullIdNumbers ? v.phone : maskPhone(v.phone),
      politicalStatus: label(t, 'political', v.politicalStatus),
      teamIds: v.teamIds.map((id) => teamName.get(id) ?? '').filter(Boolean).join('、'),
      skills: v.skills.join('、'),
      joinDate: dateValue(v.joinDate),
      volunteerNo: v.volunteerNo,
      active: t(v.active ? 'importExport.export.active' : 'importExport.export.inactive'),
      notes: v.notes,
    };
    return COLUMNS_BY_KIND.volunteers.map((c) => values[c.field] ?? null);
  });
}

function teamRows(s: LedgerSnapshot, t: Translate): SpecValue[][] {
  const people = new PersonIndex(s.volunteers);
  const byId = new Map(s.volunteers.map((v) => [v.id, v]));
  const members = new Map<string, number>();
  for (const v of s.volunteers) for (const id of v.teamIds) members.set(id, (members.get(id) ?? 0) + 1);
  return s.teams.map((team, i) => {
    const leader = byId.get(team.leaderId);
    const values: Record<string, SpecValue> = {
      [ROW_NUMBER_FIELD]: i + 1,
      name: team.name,
      field: label(t, 'fields', team.field),
      leaderId: leader ? people.label(leader) : '',
      foundedDate: dateValue(team.foundedDate),
      memberCount: members.get(team.id) ?? 0,
      description: team.description,
    };
    return COLUMNS_BY_KIND.teams.map((c) => values[c.field] ?? null);
  });
}

function projectRows(s: LedgerSnapshot, t: Translate): SpecValue[][] {
  const teamName = new Map(s.teams.map((x) => [x.id, x.name]));
  return s.projects.map((p, i) => {
    const values: Record<string, SpecValue> = {
      [ROW_NUMBER_FIELD]: i + 1,
      name: p.name,
      field: label(t, 'fields', p.field),
      ownerTeamId: teamName.get(p.ownerTeamId) ?? '',
      startDate: dateValue(p.startDate),
      endDate: dateValue(p.endDate),
      status: label(t, 'projectStatus', p.status),
      brand: p.brand,
      awards: p.awards,
      description: p.description,
    };
    return COLUMNS_BY_KIND.projects.map((c) => values[c.field] ?? null);
  });
}

function activitiesInRange(s: LedgerSnapshot, range: DateRange | undefined) {
  return s.activities
    .filter((a) => inRange(a.date, range))
    .sort((a, b) => (a.date === b.date ? a.startTime.localeCompare(b.startTime) : a.date.localeCompare(b.date)));
}

function activitySheets(s: LedgerSnapshot, o: ExportOptions, t: Translate): { main: SpecValue[][]; detail: SpecValue[][] } {
  const people = new PersonIndex(s.volunteers);
  const byId = new Map(s.volunteers.map((v) => [v.id, v]));
  const personLabel = new Map<string, string>();
  const labelOf = (volunteerId: string): string => {
    let value = personLabel.get(volunteerId);
    if (value === undefined) {
      const v = byId.get(volunteerId);
      value = v ? people.label(v) : volunteerId;
      personLabel.set(volunteerId, value);
    }
    return value;
  };
  const catalogLabel = labelCache(t);
  const teamName = new Map(s.teams.map((x) => [x.id, x.name]));
  const projectName = new Map(s.projects.map((x) => [x.id, x.name]));
  const main: SpecValue[][] = [];
  const detail: SpecValue[][] = [];
  for (const [i, a] of activitiesInRange(s, o.range).entries()) {
    const values: Record<string, SpecValue> = {
      [ROW_NUMBER_FIELD]: i + 1,
      title: a.title,
      date: dateValue(a.date),
      startTime: a.startTime,
      endTime: a.endTime,
      place: a.place,
      field: catalogLabel('fields', a.field),
      projectId: projectName.get(a.projectId) ?? '',
      teamId: teamName.get(a.teamId) ?? '',
      theme: a.theme,
      participants: formatParticipantsCell(a.participants.map((p) => ({ label: labelOf(p.volunteerId), hours: p.hours }))),
      participantCount: a.participantCount,
      totalHours: a.totalHours,
      servedCount: a.servedCount,
      servedGroups: a.servedGroups.map((g) => catalogLabel('servedGroups', g)).join('、'),
      summary: a.summary,
    };
    main.push(COLUMNS_BY_KIND.activities.map((c) => values[c.field] ?? null));
    if (!o.participantDetail) continue;
    for (const p of a.participants) {
      const v = byId.get(p.volunteerId);
      detail.push([
        detail.length + 1,
        dateValue(a.date),
        a.title,
        v?.name ?? '',
        v ? (o.fullIdNumbers ? v.idNumber : maskIdNumber(v.idNumber)) : '',
        p.hours,
      ]);
    }
  }
  return { main, detail };
}

function hoursSheet(s: LedgerSnapshot, o: ExportOptions, t: Translate): SheetSpec {
  const units = new Map<string, number>();
  const sessions = new Map<string, number>();
  for (const a of activitiesInRange(s, o.range)) {
    for (const p of a.participants) {
      units.set(p.volunteerId, (units.get(p.volunteerId) ?? 0) + toHalfHourUnits(p.hours));
      sessions.set(p.volunteerId, (sessions.get(p.volunteerId) ?? 0) + 1);
    }
  }
  const teamName = new Map(s.teams.map((x) => [x.id, x.name]));
  const rows: SpecValue[][] = [];
  let totalUnits = 0;
  let totalSessions = 0;
  for (const v of s.volunteers) {
    const u = units.get(v.id);
    if (u === undefined) continue;
    totalUnits += u;
    totalSessions += sessions.get(v.id) ?? 0;
    rows.push([
      rows.length + 1,
      v.name,
      o.fullIdNumbers ? v.idNumber : maskIdNumber(v.idNumber),
      v.teamIds.map((id) => teamName.get(id) ?? '').filter(Boolean).join('、'),
      sessions.get(v.id) ?? 0,
      fromHalfHourUnits(u),
    ]);
  }
  rows.push([t('importExport.export.total'), null, null, null, totalSessions, fromHalfHourUnits(totalUnits)]);
  const h = (field: string) => t(columnHeaderKey('hours', field));
  return {
    name: t('importExport.kinds.hours'),
    titleLines: titleLines(s, o, t),
    columns: [
      { header: h('rowNo'), width: 6, format: 'number' },
      { header: h('name'), width: 10, format: 'text' },
      { header: h('idNumber'), width: 22, format: 'text', keepText: true },
      { header: h('teams'), width: 24, format: 'text' },
      { header: h('sessions'), width: 10, format: 'number' },
      { header: h('hours'), width: 12, format: 'number' },
    ],
    rows,
  };
}

/**
 * One ledger as a workbook: Chinese headers (through `t`), a title with the station, range and export
 * time, dates as dates. Sheets list what the import reads back, in the same columns.
 */
export function buildExport(snapshot: LedgerSnapshot, options: ExportOptions, t: Translate): WorkbookSpec {
  const titles = titleLines(snapshot, options, t);
  const sheet = (kind: RecordKind, rows: SpecValue[][]): SheetSpec => ({
    name: t(`importExport.kinds.${kind}`),
    titleLines: titles,
    columns: columnsOf(kind, t),
    rows,
  });
  switch (options.kind) {
    case 'volunteers':
      return { sheets: [sheet('volunteers', volunteerRows(snapshot, options, t))] };
    case 'teams':
      return { sheets: [sheet('teams', teamRows(snapshot, t))] };
    case 'projects':
      return { sheets: [sheet('projects', projectRows(snapshot, t))] };
    case 'activities': {
      const { main, detail } = activitySheets(snapshot, options, t);
      if (!options.participantDetail) return { sheets: [sheet('activities', main)] };
      const h = (field: string) => t(columnHeaderKey('hours', field));
      return {
        sheets: [
          sheet('activities', main),
          {
            name: t('importExport.export.detailSheet'),
            titleLines: titles,
            columns: [
              { header: h('rowNo'), width: 6, format: 'number' },
              { header: h('date'), width: DETAIL_WIDTHS.date, format: 'date' },
              { header: h('activity'), width: DETAIL_WIDTHS.title, format: 'text' },
              { header: h('name'), width: DETAIL_WIDTHS.name, format: 'text' },
              { header: h('idNumber'), width: DETAIL_WIDTHS.idNumber, format: 'text', keepText: true },
              { header: h('hours'), width: DETAIL_WIDTHS.hours, format: 'number' },
            ],
            rows: detail,
          },
        ],
      };
    }
    case 'hours':
      return { sheets: [hoursSheet(snapshot, options, t)] };
    case 'honours':
      return { sheets: [sheet('honours', honourRows(snapshot, t))] };
    case 'requests':
      return { sheets: [sheet('requests', requestRows(snapshot, options, t))] };
    case 'dutyPosts':
      return { sheets: [sheet('dutyPosts', dutyPostRows(snapshot, t))] };
    case 'shifts':
      return { sheets: [sheet('shifts', shiftRows(snapshot, options, t))] };
  }
}

/** How many records an export will hold, for the screen before it runs. */
export function exportCount(snapshot: LedgerSnapshot, kind: ExportKind, range: DateRange | undefined): number {
  switch (kind) {
    case 'volunteers':
      return snapshot.volunteers.length;
    case 'teams':
      return snapshot.teams.length;
    case 'projects':
      return snapshot.projects.length;
    case 'activities':
      return snapshot.activities.filter((a) => inRange(a.date, range)).length;
    case 'hours': {
      const ids = new Set<string>();
      for (const a of snapshot.activities) if (inRange(a.date, range)) for (const p of a.participants) ids.add(p.volunteerId);
      return ids.size;
    }
    case 'honours':
    case 'requests':
    case 'dutyPosts':
    case 'shifts':
      return serviceExportCount(snapshot, kind, range);
  }
}

/** "幸福里社区新时代文明实践站-志愿者-20240305.xlsx", with characters Windows refuses in names replaced. */
export function exportFileName(stationName: string, kindName: string, date: string, extension: 'xlsx' | 'csv'): string {
  const safe = (s: string) => s.replace(/[\\/:*?"<>|\r\n]+/g, ' ').trim();
  return `${[safe(stationName), safe(kindName), date.replace(/-/g, '')].filter(Boolean).join('-')}.${extension}`;
}
