import ExcelJS from 'exceljs';
import type { CellFormulaValue, CellValue, RichText, Worksheet } from 'exceljs';
import { NO_FORMULA_RESULT, isBlankRow, type SheetCell, type SheetGrid, type SheetRow } from './sheet';
import { MAX_COLUMNS, MAX_ROWS, SpreadsheetReadError } from './readLimits';

type FormulaResult = CellFormulaValue['result'];

const MS_PER_SECOND = 1000;

/** Excel times are fractions of a day, so 09:00 often comes back as 08:59:59.999: round to the second. */
function fromDate(date: Date): SheetCell {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return { kind: 'error', code: '#VALUE!' };
  const rounded = new Date(Math.round(ms / MS_PER_SECOND) * MS_PER_SECOND);
  const year = rounded.getUTCFullYear();
  if (year < 1 || year > 9999) return { kind: 'error', code: '#NUM!' };
  return { kind: 'date', iso: rounded.toISOString().slice(0, 19) };
}

function fromResult(result: FormulaResult): SheetCell {
  if (result === undefined || result === null) return { kind: 'error', code: NO_FORMULA_RESULT };
  if (typeof result === 'object' && !(result instanceof Date)) return { kind: 'error', code: result.error };
  return fromExcelValue(result);
}

function richTextOf(value: { richText: RichText[] }): string {
  return value.richText.map((r) => r.text).join('');
}

/** One exceljs cell value → a plain cell; formulas give their cached result (what Excel showed). */
export function fromExcelValue(value: CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'error', code: '#NUM!' };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return fromDate(value);
  if ('error' in value) return { kind: 'error', code: value.error };
  if ('formula' in value || 'sharedFormula' in value) return fromResult(value.result);
  if ('richText' in value) return { kind: 'text', text: richTextOf(value) };
  if ('hyperlink' in value) {
    // exceljs types the text as a string, but a styled link carries rich text there.
    const text: unknown = value.text;
    if (typeof text === 'string') return { kind: 'text', text };
    if (typeof text === 'object' && text !== null && 'richText' in text && Array.isArray(text.richText)) {
      return { kind: 'text', text: richTextOf({ richText: text.richText as RichText[] }) };
    }
    return { kind: 'text', text: value.hyperlink };
  }
  return { kind: 'error', code: '#VALUE!' };
}

function readWorksheet(sheet: Worksheet, date1904: boolean): SheetGrid {
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: SheetCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (col > MAX_COLUMNS) return;
      while (cells.length < col - 1) cells.push(null);
      cells[col - 1] = fromExcelValue(cell.value);
    });
    if (!isBlankRow(cells)) {
      if (rows.length >= MAX_ROWS) throw new SpreadsheetReadError('tooManyRows');
      rows.push({ number: rowNumber, cells });
    }
  });
  return { name: sheet.name, hidden: sheet.state !== 'visible', rows, date1904 };
}

/** Every worksheet of an .xlsx file, as plain rows. Throws SpreadsheetReadError('corrupt') when it cannot be read. */
export async function readXlsx(bytes: Uint8Array): Promise<SheetGrid[]> {
  const workbook = new ExcelJS.Workbook();
  // A private copy: exceljs may hold on to the buffer, and the caller's may be shared or transferred.
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  try {
    await workbook.xlsx.load(copy.buffer);
  } catch {
    throw new SpreadsheetReadError('corrupt');
  }
  const date1904 = workbook.properties.date1904;
  try {
    return workbook.worksheets.map((sheet) => readWorksheet(sheet, date1904));
  } catch (error) {
    if (error instanceof SpreadsheetReadError) throw error;
    throw new SpreadsheetReadError('corrupt');
  }
}
