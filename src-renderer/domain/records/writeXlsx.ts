import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import { isoDateToExcelDate } from './excelDates';
import { safeSheetName, type SheetSpec, type SpecValue, type WorkbookSpec } from './workbookSpec';

const DATE_FORMAT = 'yyyy-mm-dd';
/** "@" keeps what the keeper types later as text: ID numbers would otherwise lose digits. */
const TEXT_FORMAT = '@';
const HEADER_FILL = 'FFF2F2F2';
const TITLE_FONT_SIZE = 14;
const MAX_CHOICES_LENGTH = 255;

function cellValue(value: SpecValue): string | number | Date | null {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  return isoDateToExcelDate(value.date);
}

function writeSheet(ws: Worksheet, spec: SheetSpec): void {
  const width = Math.max(1, spec.columns.length);
  spec.titleLines.forEach((line, i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = line;
    if (width > 1) ws.mergeCells(i + 1, 1, i + 1, width);
    row.getCell(1).font = i === 0 ? { bold: true, size: TITLE_FONT_SIZE } : { color: { argb: 'FF666666' } };
    row.getCell(1).alignment = { horizontal: i === 0 ? 'center' : 'left', vertical: 'middle' };
    if (i === 0) row.height = 24;
  });

  const headerRowNumber = spec.titleLines.length + 1;
  spec.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width;
    if (c.format === 'date') column.numFmt = DATE_FORMAT;
    else if (c.keepText) column.numFmt = TEXT_FORMAT;
  });
  const header = ws.getRow(headerRowNumber);
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = { bottom: { style: 'thin' } };
  });
  ws.views = [{ state: 'frozen', ySplit: headerRowNumber }];

  for (const values of spec.rows) ws.addRow(values.map(cellValue));

  const choiceRows = spec.choiceRows ?? 0;
  spec.columns.forEach((c, i) => {
    const joined = c.choices?.join(',') ?? '';
    if (joined === '' || joined.length > MAX_CHOICES_LENGTH) return;
    for (let r = 1; r <= choiceRows; r += 1) {
      ws.getRow(headerRowNumber + r).getCell(i + 1).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${joined}"`],
      };
    }
  });
}

/** A workbook spec → .xlsx bytes. */
export async function writeXlsx(spec: WorkbookSpec): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Station Ledger';
  const taken = new Set<string>();
  for (const sheet of spec.sheets) {
    const name = safeSheetName(sheet.name, taken);
    taken.add(name);
    writeSheet(workbook.addWorksheet(name), sheet);
  }
  // Inline strings: a third faster to write for 10,000 rows, and Excel and WPS read them alike.
  const buffer = await workbook.xlsx.writeBuffer({ useSharedStrings: false });
  return new Uint8Array(buffer);
}
