import { SERVICE_FIELDS } from '../catalog';
import { catalog as catalogNames } from '../../i18n/zh-CN/catalog';
import { addDuty, addRequests, formatHours, noDuty, noRequests, type DutyCounts, type Figures, type RequestCounts, type StationFigures, type YearReport } from './yearReport';
import { dutyLine, requestsLine } from './serviceLines';

/**
 * The yearly summary's first part, 一、基本情况, drafted from the year's figures in the words the city's
 * summaries use, with last year beside them; and the tables behind it, by county and by service field. Every
 * number comes from the same YearReport the `report` command prints, so the draft and the report agree.
 */
export interface CountyRow {
  county: string;
  centers: number;
  institutes: number;
  stations: number;
  demonstrationStations: number;
  sessions: number;
  hours: number;
  served: number;
  volunteersRegistered: number;
  certificates: number;
  /** 群众点单 and duty of the year, summed over the county's stations. */
  requests: RequestCounts;
  duty: DutyCounts;
  /** The same figures a year earlier. */
  lastYear: { sessions: number; hours: number; served: number };
}

export interface FieldRow extends Figures {
  field: string;
  fieldName: string;
  lastYear: Figures;
}

/** Sessions (场次) in one month, over every service field, with the same month a year earlier. */
export interface MonthRow {
  /** 1 … 12. */
  month: number;
  sessions: number;
  lastYear: number;
}

export interface SummaryDraft {
  year: number;
  title: string;
  /** 一、基本情况: the paragraphs, in order. */
  basics: string[];
  byCounty: CountyRow[];
  byField: FieldRow[];
  /** Twelve rows, January first: the month chart's figures. */
  byMonth: MonthRow[];
}

function fieldName(code: string): string {
  return (SERVICE_FIELDS as readonly string[]).includes(code) ? catalogNames.fields[code as (typeof SERVICE_FIELDS)[number]] : code;
}

function distinct(values: readonly string[]): number {
  return new Set(values.filter((v) => v.trim() !== '')).size;
}

/** 'up 12.5%', 'down 3%' against last year, in the summary's Chinese; nothing when last year had none. */
export function change(now: number, before: number): string {
  if (before <= 0) return '';
  const percent = Math.round(((now - before) / before) * 1000) / 10;
  if (percent === 0) return '，与上年持平';
  return percent > 0 ? `，同比增长${percent}%` : `，同比下降${-percent}%`;
}

function sumFigures(rows: ReadonlyArray<Figures>): Figures {
  return rows.reduce((a, r) => ({ sessions: a.sessions + r.sessions, hours: a.hours + r.hours, served: a.served + r.served }), { sessions: 0, hours: 0, served: 0 });
}

function serviceSums(rows: readonly StationFigures[]): { requests: RequestCounts; duty: DutyCounts } {
  const requests = noRequests();
  const duty = noDuty();
  for (const s of rows) {
    addRequests(requests, s.requests);
    addDuty(duty, s.duty);
  }
  return { requests, duty };
}

function countyRows(report: YearReport, lastYear: YearReport): CountyRow[] {
  const counties = [...new Set(report.stations.map((s) => s.county))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return counties.map((county) => {
    const here = report.stations.filter((s) => s.county === county);
    const before = lastYear.stations.filter((s) => s.county === county);
    const sum = (rows: readonly StationFigures[], key: 'volunteersRegistered' | 'certificates') => rows.reduce((a, s) => a + s[key], 0);
    return {
      county,
      centers: distinct(here.map((s) => s.center)),
      institutes: distinct(here.map((s) => `${s.center}/${s.institute}`)),
      stations: here.length,
      demonstrationStations: here.filter((s) => s.demonstration).length,
      ...sumFigures(here),
      volunteersRegistered: sum(here, 'volunteersRegistered'),
      certificates: sum(here, 'certificates'),
      ...serviceSums(here),
      lastYear: sumFigures(before),
    };
  });
}

function fieldRows(report: YearReport, lastYear: YearReport): FieldRow[] {
  const byField = (r: YearReport, field: string) => sumFigures(r.byFieldMonth.filter((row) => row.field === field));
  const fields = [...new Set([...report.byFieldMonth, ...lastYear.byFieldMonth].map((r) => r.field))];
  const order = (f: string) => {
    const i = (SERVICE_FIELDS as readonly string[]).indexOf(f);
    return i === -1 ? SERVICE_FIELDS.length : i;
  };
  return fields
    .sort((a, b) => order(a) - order(b) || (a < b ? -1 : 1))
    .map((field) => ({ field, fieldName: fieldName(field), ...byField(report, field), lastYear: byField(lastYear, field) }));
}

/** Sessions in each month over every service field; a month key that is not 01 … 12 counts in none. */
function sessionsByMonth(report: YearReport): number[] {
  const months = Array.from({ length: 12 }, () => 0);
  for (const row of report.byFieldMonth) {
    const month = Number(row.month);
    if (Number.isInteger(month) && month >= 1 && month <= 12) months[month - 1] = (months[month - 1] ?? 0) + row.sessions;
  }
  return months;
}

function monthRows(report: YearReport, lastYear: YearReport): MonthRow[] {
  const before = sessionsByMonth(lastYear);
  return sessionsByMonth(report).map((sessions, i) => ({ month: i + 1, sessions, lastYear: before[i] ?? 0 }));
}

/** The draft for `report`'s year, `lastYear` being the report of the year before; `city` names the city (may be empty). */
export function draftSummary(report: YearReport, lastYear: YearReport, city: string): SummaryDraft {
  const t = report.total;
  const where = city.trim() === '' ? '全市' : `${city.trim()}`;
  const centers = distinct(report.stations.map((s) => `${s.county}/${s.center}`));
  const institutes = distinct(report.stations.map((s) => `${s.county}/${s.center}/${s.institute}`));
  const fields = fieldRows(report, lastYear).filter((f) => f.sessions > 0);
  const top = [...fields].sort((a, b) => b.sessions - a.sessions).slice(0, 3);
  const basics = [
    `${report.year}年，${where}共建成新时代文明实践中心${centers}个、实践所${institutes}个、实践站${t.stations}个，其中示范站${t.demonstrationStations}个。`,
    `全年开展志愿服务活动${t.sessions}场次${change(t.sessions, lastYear.total.sessions)}；服务时长${formatHours(t.hours)}小时${change(t.hours, lastYear.total.hours)}；服务群众${t.served}人次${change(t.served, lastYear.total.served)}。`,
    `注册志愿者${t.people}人（同一人在多个站点注册只计一次），其中在册${t.peopleActive}人，当年新增${t.volunteersNew}人次；志愿服务队伍${t.teams}支，当年新启动志愿服务项目${t.projectsStarted}个，开具志愿服务证明${t.certificates}份。`,
  ];
  if (t.honours > 0) basics.push(`全年登记各级表彰${t.honours}项。`);
  // Only where stations kept them: a city without 群众点单 or duty is not told it had none.
  const service = [
    ...(t.requests.received + t.requests.done > 0 ? [requestsLine(t.requests).zh] : []),
    ...(t.duty.shifts > 0 ? [dutyLine(t.duty).zh] : []),
  ];
  if (service.length > 0) basics.push(`全年${service.join('；')}。`);
  if (top.length > 0) {
    basics.push(`从服务领域看，${top.map((f) => `${f.fieldName}${f.sessions}场次`).join('、')}位居前列。`);
  }
  return { year: report.year, title: `${where}${report.year}年度新时代文明实践志愿服务工作总结`, basics, byCounty: countyRows(report, lastYear), byField: fieldRows(report, lastYear), byMonth: monthRows(report, lastYear) };
}
