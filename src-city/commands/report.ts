import { z } from 'zod';
import { SERVICE_FIELDS } from '../../src-renderer/domain/catalog';
import { catalog as catalogNames } from '../../src-renderer/i18n/zh-CN/catalog';
import { serviceRules as serviceRuleNames } from '../../src-renderer/i18n/zh-CN/serviceRules';
import { HONOUR_KINDS, HONOUR_LEVELS, type HonourKind, type HonourLevel } from '../../src-renderer/domain/honours/honourKinds';
import { type CouchClient, docPath, query } from '../couch/client';
import { CityError } from '../couch/errors';
import { viewSchema } from '../couch/responses';
import { ROLLUP_VIEWS } from '../design/rollupDesign';
import { countyNames, ROLLUP_DB, ROLLUP_DESIGN_ID } from '../layout';
import { countiesOnRecord } from './countyRollup';
import { messages, say } from '../messages';
import { dutyLine, requestsLine, satisfactionText } from './serviceLines';
import { formatHours, formatTable } from '../table';
import { todayIso } from '../../src-renderer/domain/dates';
import { fromHalfHourUnits, toHalfHourUnits } from '../../src-renderer/domain/hours';
import { requireServerAdmin } from './accounts';
import { stationsOnRecord } from './registry';

export interface Figures {
  /** 场次: activities held. */
  sessions: number;
  /** Volunteer service hours. */
  hours: number;
  /** People served. */
  served: number;
}

export interface StationFigures extends Figures {
  code: string;
  name: string;
  county: string;
  /** The 新时代文明实践中心 and 实践所 the station belongs to, as registered. */
  center: string;
  institute: string;
  /** Volunteers who joined by the end of the year (deleted records not counted). */
  volunteersRegistered: number;
  /** Of those, the ones who joined during the year. */
  volunteersNew: number;
  /** Of those registered, the ones marked 在册 (active) now: the flag has no history. */
  volunteersActive: number;
  /** Teams founded by the end of the year (or with no founding date). */
  teams: number;
  /** Projects started during the year. */
  projectsStarted: number;
  /** Certificates issued during the year and not revoked. */
  certificates: number;
  /** Honours of the year on record (表彰: volunteers, teams, projects, families, communities). */
  honours: number;
  /** Residents' requests (群众点单) of the year, counted as the station's own report counts them. */
  requests: RequestCounts;
  /** Duty posts and shifts of the year: credited hours by the same rules as the volunteer's page. */
  duty: DutyCounts;
  /** A 示范站 (demonstration site), as its own profile says. */
  demonstration: boolean;
}

export interface RequestCounts {
  /** 收到: logged in the year. */
  received: number;
  /** 办结: served in the year; of those, rated, and rated 4 or 5 stars (满意). */
  done: number;
  rated: number;
  satisfied: number;
  /** Received in the year, still open, wanted before the report's day. */
  overdue: number;
}

export interface DutyCounts {
  /** Posts with a credited shift in the year. */
  posts: number;
  shifts: number;
  hours: number;
}

export interface HonourCount {
  kind: string;
  level: string;
  count: number;
}

export interface FieldMonthFigures extends Figures {
  field: string;
  /** '01' … '12'. */
  month: string;
}

export interface YearReport {
  year: number;
  stations: StationFigures[];
  byFieldMonth: FieldMonthFigures[];
  /** The year's honours by kind and level, across the stations reported. */
  honoursByKind: HonourCount[];
  /** The day overdue requests were judged by (YYYY-MM-DD). */
  asOf: string;
  total: Omit<StationFigures, 'code' | 'name' | 'county' | 'center' | 'institute' | 'demonstration'> & {
    /** Distinct people registered by the end of the year: one person at two stations counts once. */
    people: number;
    stations: number;
    demonstrationStations: number;
  };
}

const sums = z.tuple([z.number(), z.number(), z.number()]);
const byStationView = viewSchema(z.tuple([z.string(), z.string()]), sums);
const byFieldMonthView = viewSchema(z.tuple([z.string(), z.string(), z.string()]), sums);
const volunteersView = viewSchema(z.tuple([z.string(), z.string()]), z.tuple([z.number(), z.number()]));
const peopleView = viewSchema(z.tuple([z.string(), z.string()]), z.number());
const countView = viewSchema(z.tuple([z.string(), z.string()]), z.number());
const honoursView = viewSchema(z.tuple([z.string(), z.string(), z.string(), z.string()]), z.number());
const requestsView = viewSchema(z.tuple([z.string(), z.string()]), z.tuple([z.number(), z.number(), z.number(), z.number()]));
const openRequestsView = viewSchema(z.tuple([z.string(), z.string(), z.string()]), z.number());
const dutyView = viewSchema(z.tuple([z.string(), z.string()]), z.tuple([z.number(), z.number(), z.number()]));
const directoryView = viewSchema(z.tuple([z.string(), z.string(), z.string(), z.string()]), z.tuple([z.number(), z.number()]));

export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new CityError(messages.badYear(value), 2);
  return Number(value);
}

function yearRange(year: number) {
  return { startkey: [String(year)], endkey: [String(year), {}] };
}

function figures(values: z.infer<typeof sums>): Figures {
  return { sessions: values[0], hours: values[1], served: values[2] };
}

/** Distinct people (by person key) registered at any trusted station by the end of `year`. */
async function distinctPeople(client: CouchClient, year: number, database: string): Promise<number> {
  const path = `${docPath(database, ROLLUP_DESIGN_ID)}/_view/${ROLLUP_VIEWS.peopleByJoinYear}${query({ group_level: 2, endkey: [String(year), {}] })}`;
  const rows = (await client.get(path, peopleView)).rows;
  return new Set(rows.map((row) => row.key[1])).size;
}

/**
 * The year's figures from the roll-up database's views: by station, and by service field and month. Only
 * stations the city trusts (registry and station role) appear, under the registry's names; volunteers come
 * from the stations' summaries (`rollup refresh`, which `report` runs first), people once however many
 * stations they are registered at.
 */
export interface ReportScope {
  /**
   * One county only: its figures come from the county's own roll-up (countyRollup.ts), whose views hold
   * only its stations, so field-and-month figures and distinct people are the county's own.
   */
  county?: string;
  /** The day a request's wanted date is compared with to call it overdue; today on this computer's clock by default. */
  asOf?: string;
}

export function noRequests(): RequestCounts {
  return { received: 0, done: 0, rated: 0, satisfied: 0, overdue: 0 };
}

export function noDuty(): DutyCounts {
  return { posts: 0, shifts: 0, hours: 0 };
}

export function addRequests(into: RequestCounts, more: RequestCounts): void {
  into.received += more.received;
  into.done += more.done;
  into.rated += more.rated;
  into.satisfied += more.satisfied;
  into.overdue += more.overdue;
}

export function addDuty(into: DutyCounts, more: DutyCounts): void {
  into.posts += more.posts;
  into.shifts += more.shifts;
  into.hours = fromHalfHourUnits(toHalfHourUnits(into.hours) + toHalfHourUnits(more.hours));
}

export async function collectYearReport(client: CouchClient, year: number, scope: ReportScope = {}): Promise<YearReport> {
  await requireServerAdmin(client);
  const county = scope.county === undefined ? null : countyNames(scope.county);
  if (county !== null && !(await countiesOnRecord(client)).includes(county.county)) throw new CityError(messages.countyRollupMissing(county.county), 2);
  const database = county === null ? ROLLUP_DB : county.database;
  const view = (name: string, params: Parameters<typeof query>[0]) => `${docPath(database, ROLLUP_DESIGN_ID)}/_view/${name}${query(params)}`;
  const asOf = scope.asOf ?? todayIso();
  const [byStation, byFieldMonth, volunteers, people, record, teams, projects, certificates, directory, honours, requests, openRequests, duty] = await Promise.all([
    client.get(view(ROLLUP_VIEWS.activityByStation, { group_level: 2, ...yearRange(year) }), byStationView),
    client.get(view(ROLLUP_VIEWS.activityByFieldMonth, { group_level: 3, ...yearRange(year) }), byFieldMonthView),
    client.get(view(ROLLUP_VIEWS.volunteersByStation, { group_level: 2 }), volunteersView),
    distinctPeople(client, year, database),
    stationsOnRecord(client),
    client.get(view(ROLLUP_VIEWS.teamsByStation, { group_level: 2 }), countView),
    client.get(view(ROLLUP_VIEWS.projectsByYear, { group_level: 2, ...yearRange(year) }), countView),
    client.get(view(ROLLUP_VIEWS.certificatesByYear, { group_level: 2, ...yearRange(year) }), countView),
    client.get(view(ROLLUP_VIEWS.stationDirectory, { group_level: 4 }), directoryView),
    client.get(view(ROLLUP_VIEWS.honoursByYear, { group_level: 4, ...yearRange(year) }), honoursView),
    client.get(view(ROLLUP_VIEWS.requestsByYear, { group_level: 2, ...yearRange(year) }), requestsView),
    client.get(view(ROLLUP_VIEWS.openRequestsByYear, { group_level: 3, ...yearRange(year) }), openRequestsView),
    client.get(view(ROLLUP_VIEWS.dutyByYear, { group_level: 2, ...yearRange(year) }), dutyView),
  ]);

  const stations = new Map<string, StationFigures>();
  for (const { entry } of record.trusted) {
    if (county !== null && entry.county.trim() !== county.county) continue;
    stations.set(entry.code, {
      code: entry.code,
      name: entry.name,
      county: entry.county,
      center: entry.center,
      institute: entry.institute,
      sessions: 0,
      hours: 0,
      served: 0,
      volunteersRegistered: 0,
      volunteersNew: 0,
      volunteersActive: 0,
      teams: 0,
      projectsStarted: 0,
      certificates: 0,
      honours: 0,
      requests: noRequests(),
      duty: noDuty(),
      demonstration: false,
    });
  }
  for (const row of teams.rows) {
    const [code, founded] = row.key;
    const entry = stations.get(code);
    // No founding date: counted as existing, like a volunteer without a join date.
    if (entry && founded <= String(year)) entry.teams += row.value;
  }
  for (const row of projects.rows) {
    const entry = stations.get(row.key[1]);
    if (entry) entry.projectsStarted += row.value;
  }
  for (const row of certificates.rows) {
    const entry = stations.get(row.key[1]);
    if (entry) entry.certificates += row.value;
  }
  const byKind = new Map<string, HonourCount>();
  for (const row of honours.rows) {
    const [, code, kind, level] = row.key;
    const entry = stations.get(code);
    if (!entry) continue;
    entry.honours += row.value;
    const at = `${kind}|${level}`;
    byKind.set(at, { kind, level, count: (byKind.get(at)?.count ?? 0) + row.value });
  }
  for (const row of requests.rows) {
    const entry = stations.get(row.key[1]);
    const [received, done, rated, satisfied] = row.value;
    if (entry) addRequests(entry.requests, { received, done, rated, satisfied, overdue: 0 });
  }
  for (const row of openRequests.rows) {
    const [, code, wantedDate] = row.key;
    const entry = stations.get(code);
    if (entry && wantedDate < asOf) entry.requests.overdue += row.value;
  }
  for (const row of duty.rows) {
    const entry = stations.get(row.key[1]);
    const [posts, shifts, hours] = row.value;
    if (entry) addDuty(entry.duty, { posts, shifts, hours });
  }
  for (const row of directory.rows) {
    const entry = stations.get(row.key[3]);
    if (entry) entry.demonstration = row.value[1] > 0;
  }
  for (const row of byStation.rows) {
    const entry = stations.get(row.key[1]);
    if (entry) Object.assign(entry, figures(row.value));
  }
  const yearText = String(year);
  for (const row of volunteers.rows) {
    const [code, joinYear] = row.key;
    const entry = stations.get(code);
    // A missing join date sorts before every year: such volunteers count as registered, never as new.
    if (!entry || joinYear > yearText) continue;
    entry.volunteersRegistered += row.value[0];
    entry.volunteersActive += row.value[1];
    if (joinYear === yearText) entry.volunteersNew += row.value[0];
  }

  const stationList = [...stations.values()];
  const total = {
    sessions: 0,
    hours: 0,
    served: 0,
    volunteersRegistered: 0,
    volunteersNew: 0,
    volunteersActive: 0,
    teams: 0,
    projectsStarted: 0,
    certificates: 0,
    honours: 0,
    requests: noRequests(),
    duty: noDuty(),
    people,
    stations: stationList.length,
    demonstrationStations: stationList.filter((s) => s.demonstration).length,
  };
  for (const s of stationList) {
    total.volunteersActive += s.volunteersActive;
    total.teams += s.teams;
    total.projectsStarted += s.projectsStarted;
    total.certificates += s.certificates;
    total.honours += s.honours;
    addRequests(total.requests, s.requests);
    addDuty(total.duty, s.duty);
    total.sessions += s.sessions;
    total.hours += s.hours;
    total.served += s.served;
    total.volunteersRegistered += s.volunteersRegistered;
    total.volunteersNew += s.volunteersNew;
  }
  return {
    year,
    asOf,
    stations: stationList,
    byFieldMonth: byFieldMonth.rows.map((row) => ({ field: row.key[1], month: row.key[2], ...figures(row.value) })),
    honoursByKind: [...byKind.values()].sort((a, b) => HONOUR_KINDS.indexOf(a.kind as HonourKind) - HONOUR_KINDS.indexOf(b.kind as HonourKind) || HONOUR_LEVELS.indexOf(a.level as HonourLevel) - HONOUR_LEVELS.indexOf(b.level as HonourLevel)),
    total,
  };
}

function fieldName(code: string): string {
  return (SERVICE_FIELDS as readonly string[]).includes(code) ? `${catalogNames.fields[code as (typeof SERVICE_FIELDS)[number]]} ${code}` : code;
}

/** The kind's and level's Chinese names (the app's own words), with the code for a kind this CLI does not know. */
function honourTable(rows: readonly HonourCount[]): string {
  const names = serviceRuleNames.honours;
  const name = <K extends string>(list: Readonly<Record<K, string>>, code: string): string => (Object.hasOwn(list, code) ? list[code as K] : code);
  return formatTable(
    ['表彰类别 Kind', '级别 Level', '数量 Count'],
    rows.map((r) => [name(names.kind, r.kind), name(names.level, r.level), String(r.count)]),
    ['left', 'left', 'right'],
  );
}

/** Per station: 群众点单 received, done, satisfaction and overdue; duty posts, shifts and hours; then the total. */
function serviceTable(report: YearReport): string {
  const row = (requests: RequestCounts, duty: DutyCounts) => [
    String(requests.received),
    String(requests.done),
    satisfactionText(requests) ?? '—',
    String(requests.overdue),
    String(duty.posts),
    String(duty.shifts),
    formatHours(duty.hours),
  ];
  return formatTable(
    ['代码 Code', '站点 Station', '受理 Received', '办结 Done', '满意率 Satisfied', '逾期 Overdue', '值守岗位 Posts', '班次 Shifts', '值守时长 Hours'],
    [...report.stations.map((s) => [s.code, s.name, ...row(s.requests, s.duty)]), ['合计 Total', '', ...row(report.total.requests, report.total.duty)]],
    ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
}

export function formatYearReport(report: YearReport): string {
  const stationTable = formatTable(
    ['代码 Code', '站点 Station', '区县 County', '场次 Sessions', '服务时长 Hours', '服务人数 Served', '注册志愿者 Volunteers', '当年新增 New', '在册 Active', '队伍 Teams', '新项目 Projects', '证明 Certificates', '表彰 Honours'],
    [
      ...report.stations.map((s) => [
        s.code,
        s.name,
        s.county,
        String(s.sessions),
        formatHours(s.hours),
        String(s.served),
        String(s.volunteersRegistered),
        String(s.volunteersNew),
        String(s.volunteersActive),
        String(s.teams),
        String(s.projectsStarted),
        String(s.certificates),
        String(s.honours),
      ]),
      [
        '合计 Total',
        '',
        '',
        String(report.total.sessions),
        formatHours(report.total.hours),
        String(report.total.served),
        String(report.total.volunteersRegistered),
        String(report.total.volunteersNew),
        String(report.total.volunteersActive),
        String(report.total.teams),
        String(report.total.projectsStarted),
        String(report.total.certificates),
        String(report.total.honours),
      ],
    ],
    ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
  const fieldTable = formatTable(
    ['服务领域 Field', '月份 Month', '场次 Sessions', '服务时长 Hours', '服务人数 Served'],
    report.byFieldMonth.map((r) => [fieldName(r.field), r.month, String(r.sessions), formatHours(r.hours), String(r.served)]),
    ['left', 'left', 'right', 'right', 'right'],
  );
  return [
    `${report.year} 年度汇总 / Figures for ${report.year}`,
    '',
    '按站点 / By station',
    stationTable,
    `全市志愿者（同一人在多个站点注册只计一次）/ Distinct volunteers across the city: ${report.total.people}`,
    `实践站 ${report.total.stations} 个，其中示范站 ${report.total.demonstrationStations} 个 / Stations: ${report.total.stations}, of which demonstration sites: ${report.total.demonstrationStations}`,
    '',
    '按服务领域和月份 / By service field and month',
    report.byFieldMonth.length === 0 ? '（无活动 / no activities）' : fieldTable,
    '',
    `群众点单与值守（逾期按 ${report.asOf} 计）/ Residents' requests and duty (overdue as of ${report.asOf})`,
    serviceTable(report),
    say(requestsLine(report.total.requests)),
    say(dutyLine(report.total.duty)),
    '',
    '表彰荣誉 / Honours',
    report.honoursByKind.length === 0 ? '（无 / none）' : honourTable(report.honoursByKind),
  ].join('\n');
}
