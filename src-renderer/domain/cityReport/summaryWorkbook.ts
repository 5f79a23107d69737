import ExcelJS from 'exceljs';
import type { YearReport } from './yearReport';
import type { SummaryDraft } from './summaryDraft';
import { SERVICE_HEADER, serviceCells, summaryTables } from './summaryTables';

/**
 * The summary draft as an .xlsx the city's writer works from: 基本情况 (the drafted paragraphs, ready to
 * paste into the year's Word document), then the rows behind every figure in it — by county, by service
 * field, by field and month, by station — each with last year beside it where the draft compares.
 */
export function summaryWorkbook(draft: SummaryDraft, report: YearReport): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  const basics = book.addWorksheet('基本情况');
  basics.getColumn(1).width = 100;
  basics.addRow([draft.title]).font = { bold: true, size: 14 };
  basics.addRow(['一、基本情况']).font = { bold: true };
  for (const paragraph of draft.basics) basics.addRow([paragraph]).alignment = { wrapText: true };

  const table = (name: string, header: string[], rows: Array<Array<string | number>>) => {
    const sheet = book.addWorksheet(name);
    sheet.addRow(header).font = { bold: true };
    for (const row of rows) sheet.addRow(row);
    header.forEach((_, i) => (sheet.getColumn(i + 1).width = i === 0 ? 24 : 14));
  };
  for (const t of summaryTables(draft)) table(t.name, t.header, t.rows);
  table(
    '按领域和月份',
    ['服务领域', '月份', '场次', '服务时长', '服务人次'],
    report.byFieldMonth.map((r) => [r.field, r.month, r.sessions, r.hours, r.served]),
  );
  table(
    '按站点',
    ['代码', '站点', '区县', '实践中心', '实践所', '示范站', '场次', '服务时长', '服务人次', '注册志愿者', '当年新增', '在册', '队伍', '新项目', '证明', ...SERVICE_HEADER],
    report.stations.map((s) => [
      s.code,
      s.name,
      s.county,
      s.center,
      s.institute,
      s.demonstration ? '是' : '否',
      s.sessions,
      s.hours,
      s.served,
      s.volunteersRegistered,
      s.volunteersNew,
      s.volunteersActive,
      s.teams,
      s.projectsStarted,
      s.certificates,
      ...serviceCells(s),
    ]),
  );
  return book;
}
