import type { SummaryDraft } from './summaryDraft';

export interface SummaryTable {
  name: string;
  header: string[];
  rows: Array<Array<string | number>>;
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
  ];
}
