import type { DutyCounts, RequestCounts } from './yearReport';
import { satisfactionText } from './serviceLines';
import type { SummaryDraft } from './summaryDraft';

export interface SummaryTable {
  name: string;
  header: string[];
  rows: Array<Array<string | number>>;
}

/** 群众点单 and duty columns: the same in the table by county below and on the .xlsx's station sheet. */
export const SERVICE_HEADER = ['受理点单', '办结', '满意率', '逾期', '值守岗位', '值守班次', '值守时长'];

export function serviceCells(row: { requests: RequestCounts; duty: DutyCounts }): Array<string | number> {
  const { requests, duty } = row;
  return [requests.received, requests.done, satisfactionText(requests) ?? '—', requests.overdue, duty.posts, duty.shifts, duty.hours];
}

function hasService(row: { requests: RequestCounts; duty: DutyCounts }): boolean {
  return row.requests.received + row.requests.done + row.requests.overdue + row.duty.shifts > 0;
}

/** The tables behind the drafted paragraphs, by county and by service field, with last year beside: one source for the .xlsx and the .docx. */
export function summaryTables(draft: SummaryDraft): SummaryTable[] {
  const y = String(draft.year);
  const ly = String(draft.year - 1);
  return [
    {
      name: '按区县',
      header: ['区县', '实践中心', '实践所', '实践站', '示范站', `${y}场次`, `${y}服务时长`, `${y}服务人次`, '注册志愿者', '证明', `${ly}场次`, `${ly}服务时长`, `${ly}服务人次`],
      rows: draft.byCounty.map((c) => [c.county, c.centers, c.institutes, c.stations, c.demonstrationStations, c.sessions, c.hours, c.served, c.volunteersRegistered, c.certificates, c.lastYear.sessions, c.lastYear.hours, c.lastYear.served]),
    },
    {
      name: '按服务领域',
      header: ['服务领域', '代码', `${y}场次`, `${y}服务时长`, `${y}服务人次`, `${ly}场次`, `${ly}服务时长`, `${ly}服务人次`],
      rows: draft.byField.map((f) => [f.fieldName, f.field, f.sessions, f.hours, f.served, f.lastYear.sessions, f.lastYear.hours, f.lastYear.served]),
    },
    // A table of its own rather than seven more columns on the county table, which would not fit a page.
    ...(draft.byCounty.some(hasService)
      ? [{ name: '群众点单与值守', header: ['区县', ...SERVICE_HEADER], rows: draft.byCounty.map((c) => [c.county, ...serviceCells(c)]) }]
      : []),
  ];
}
