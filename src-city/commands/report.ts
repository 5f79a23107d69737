import { z } from 'zod';
import { SERVICE_FIELDS } from '../../src-renderer/domain/catalog';
import { catalog as catalogNames } from '../../src-renderer/i18n/zh-CN/catalog';
import { type CouchClient, docPath, query } from '../couch/client';
import { CityError } from '../couch/errors';
import { viewSchema } from '../couch/responses';
import { ROLLUP_VIEWS } from '../design/rollupDesign';
import { ROLLUP_DB, ROLLUP_DESIGN_ID } from '../layout';
import { messages } from '../messages';
import { formatHours, formatTable } from '../table';
import { listStationAccounts, requireServerAdmin } from './accounts';

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
  /** Volunteers who joined by the end of the year (deleted records not counted). */
  volunteersRegistered: number;
  /** Of those, the ones who joined during the year. */
  volunteersNew: number;
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
  total: Omit<StationFigures, 'code' | 'name' | 'county'>;
}

const sums = z.tuple([z.number(), z.number(), z.number()]);
const byStationView = viewSchema(z.tuple([z.string(), z.string()]), sums);
const byFieldMonthView = viewSchema(z.tuple([z.string(), z.string(), z.string()]), sums);
const volunteersView = viewSchema(z.tuple([z.string(), z.string()]), z.number());

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

/** The year's figures from the roll-up database's views: by station, and by service field and month. */
export async function collectYearReport(client: CouchClient, year: number): Promise<YearReport> {
  await requireServerAdmin(client);
  const view = (name: string, params: Parameters<typeof query>[0]) => `${docPath(ROLLUP_DB, ROLLUP_DESIGN_ID)}/_view/${name}${query(params)}`;
  const [byStation, byFieldMonth, volunteers, accounts] = await Promise.all([
    client.get(view(ROLLUP_VIEWS.activityByStation, { group_level: 2, ...yearRange(year) }), byStationView),
    client.get(view(ROLLUP_VIEWS.activityByFieldMonth, { group_level: 3, ...yearRange(year) }), byFieldMonthView),
    client.get(view(ROLLUP_VIEWS.volunteersByStation, { group_level: 2 }), volunteersView),
    listStationAccounts(client),
  ]);

  const stations = new Map<string, StationFigures>();
  const station = (code: string): StationFigures => {
    let entry = stations.get(code);
    if (entry === undefined) {
      entry = { code, name: '', county: '', sessions: 0, hours: 0, served: 0, volunteersRegistered: 0, volunteersNew: 0 };
      stations.set(code, entry);
    }
    return entry;
  };
  for (const account of accounts) Object.assign(station(account.stationLedger.code), { name: account.stationLedger.name, county: account.stationLedger.county });
  for (const row of byStation.rows) Object.assign(station(row.key[1]), figures(row.value));
  const yearText = String(year);
  for (const row of volunteers.rows) {
    const [code, joinYear] = row.key;
    // A missing join date sorts before every year: such volunteers count as registered, never as new.
    if (joinYear > yearText) continue;
    const entry = station(code);
    entry.volunteersRegistered += row.value;
    if (joinYear === yearText) entry.volunteersNew += row.value;
  }

  const stationList = [...stations.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const total = { sessions: 0, hours: 0, served: 0, volunteersRegistered: 0, volunteersNew: 0 };
  for (const s of stationList) {
    total.sessions += s.sessions;
    total.hours += s.hours;
    total.served += s.served;
    total.volunteersRegistered += s.volunteersRegistered;
    total.volunteersNew += s.volunteersNew;
  }
  return {
    year,
    stations: stationList,
    byFieldMonth: byFieldMonth.rows.map((row) => ({ field: row.key[1], month: row.key[2], ...figures(row.value) })),
    total,
  };
}

function fieldName(code: string): string {
  return (SERVICE_FIELDS as readonly string[]).includes(code) ? `${catalogNames.fields[code as (typeof SERVICE_FIELDS)[number]]} ${code}` : code;
}

export function formatYearReport(report: YearReport): string {
  const stationTable = formatTable(
    ['代码 Code', '站点 Station', '区县 County', '场次 Sessions', '服务时长 Hours', '服务人数 Served', '注册志愿者 Volunteers', '当年新增 New'],
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
      ],
    ],
    ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'right'],
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
    '',
    '按服务领域和月份 / By service field and month',
    report.byFieldMonth.length === 0 ? '（无活动 / no activities）' : fieldTable,
  ].join('\n');
}
