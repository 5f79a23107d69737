import { SERVICE_FIELDS } from '../../src-renderer/domain/catalog';
import { catalog as catalogNames } from '../../src-renderer/i18n/zh-CN/catalog';
import { serviceRules as serviceRuleNames } from '../../src-renderer/i18n/zh-CN/serviceRules';
import { readYearReport } from '../../src-renderer/domain/cityReport/readYearReport';
import { type ReadView, viewQueryParams } from '../../src-renderer/domain/cityReport/rollupViews';
import { dutyLine, requestsLine, satisfactionText } from '../../src-renderer/domain/cityReport/serviceLines';
import type { DutyCounts, HonourCount, RequestCounts, YearReport } from '../../src-renderer/domain/cityReport/yearReport';
import { type CouchClient, docPath } from '../couch/client';
import { CityError } from '../couch/errors';
import { countyNames, ROLLUP_DB, ROLLUP_DESIGN_ID } from '../layout';
import { countiesOnRecord } from './countyRollup';
import { messages, say } from '../messages';
import { formatHours, formatTable } from '../table';
import { todayIso } from '../../src-renderer/domain/dates';
import { requireServerAdmin } from './accounts';
import { stationsOnRecord } from './registry';

export type { DutyCounts, FieldMonthFigures, Figures, HonourCount, RequestCounts, StationFigures, YearReport } from '../../src-renderer/domain/cityReport/yearReport';
export { addDuty, addRequests, noDuty, noRequests } from '../../src-renderer/domain/cityReport/yearReport';

export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new CityError(messages.badYear(value), 2);
  return Number(value);
}

/** One grouped read of a roll-up database's view with the admin's client (the dashboard reads the same views with its own). */
export function rollupViewReader(client: CouchClient, database: string): ReadView {
  return (view, params, schema) => client.get(`${docPath(database, ROLLUP_DESIGN_ID)}/_view/${view}?${new URLSearchParams(viewQueryParams(params)).toString()}`, schema);
}

export interface ReportScope {
  /**
   * One county only: its figures come from the county's own roll-up (countyRollup.ts), whose views hold
   * only its stations, so field-and-month figures and distinct people are the county's own.
   */
  county?: string;
  /** The day a request's wanted date is compared with to call it overdue; today on this computer's clock by default. */
  asOf?: string;
}

/**
 * The year's figures from the roll-up database's views (readYearReport, which the city's dashboard runs too).
 * Only stations the city trusts (registry and station role) appear, under the registry's names; volunteers
 * come from the stations' summaries (`rollup refresh`, which `report` runs first).
 */
export async function collectYearReport(client: CouchClient, year: number, scope: ReportScope = {}): Promise<YearReport> {
  await requireServerAdmin(client);
  const county = scope.county === undefined ? null : countyNames(scope.county);
  if (county !== null && !(await countiesOnRecord(client)).includes(county.county)) throw new CityError(messages.countyRollupMissing(county.county), 2);
  const database = county === null ? ROLLUP_DB : county.database;
  const record = await stationsOnRecord(client);
  const stations = record.trusted.map((s) => s.entry).filter((entry) => county === null || entry.county.trim() === county.county);
  return readYearReport(rollupViewReader(client, database), year, stations, scope.asOf ?? todayIso());
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
    `其中在册 / Of them active: ${report.total.peopleActive}`,
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
