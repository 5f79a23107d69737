import { cellText } from './cellText';
import { columnFor, columnHeaderKey, type RecordKind } from './columns';
import type { Translate } from './exportSheets';
import type { ColumnMapping } from './headerRecognition';
import type { RowIssue } from './importTypes';
import { MAX_COLUMNS } from './readLimits';
import type { SheetCell, SheetGrid } from './sheet';
import type { SheetSpecColumn, SpecValue, WorkbookSpec } from './workbookSpec';

export interface RefusedRowsSource {
  sheet: SheetGrid;
  headerRowIndex: number;
  mapping: ColumnMapping;
}

const COLUMN_WIDTH = 14;
const REASON_WIDTH = 60;
/** Excel's 1900 date system shows a time-only cell as that day. */
const TIME_ONLY_DAYS = new Set(['1899-12-30', '1899-12-31']);
const KEEP_TEXT_FIELDS = new Set(['idNumber', 'phone', 'volunteerNo']);

/** A cell of the keeper's sheet, written back as it was read: text, number, date, or the time shown. */
function specValue(cell: SheetCell | undefined, dateColumn: boolean): SpecValue {
  if (cell === null || cell === undefined) return null;
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'number':
      return cell.value;
    case 'date': {
      const day = cell.iso.slice(0, 10);
      if (TIME_ONLY_DAYS.has(day)) return cell.iso.slice(11, 16);
      return dateColumn ? { date: day } : cellText(cell);
    }
    case 'boolean':
      return cellText(cell);
    case 'error':
      return cell.code.startsWith('#') ? cell.code : null;
  }
}

/** Why a row was not imported, in one cell: "身份证号：…；出生年月：…" (errors first, then warnings). */
function reasonText(kind: RecordKind, issues: readonly RowIssue[], t: Translate): string {
  const ordered = [...issues.filter((i) => i.severity === 'error'), ...issues.filter((i) => i.severity === 'warning')];
  return ordered
    .map((issue) => {
      const column = issue.column || (issue.field ? t(columnHeaderKey(kind, issue.field)) : '');
      const message = t(issue.key, issue.params);
      return column ? t('importExport.refused.reasonPart', { column, message }) : message;
    })
    .join(t('importExport.refused.reasonSeparator'));
}

/**
 * The rows the dry run refused, as a workbook the keeper can correct and import again: the sheet's own
 * header and columns, each refused row as it was, and a last column saying why. The reason column's
 * header is one the import recognises and leaves alone. null when no row was refused.
 */
export function buildRefusedRowsWorkbook(kind: RecordKind, source: RefusedRowsSource, issues: readonly RowIssue[], t: Translate): WorkbookSpec | null {
  const byRow = new Map<number, RowIssue[]>();
  for (const issue of issues) {
    if (issue.severity === 'note') continue;
    const list = byRow.get(issue.row);
    if (list) list.push(issue);
    else byRow.set(issue.row, [issue]);
  }
  const refused = source.sheet.rows.filter((row) => byRow.get(row.number)?.some((i) => i.severity === 'error'));
  if (refused.length === 0) return null;

  const header = source.sheet.rows[source.headerRowIndex]?.cells ?? [];
  const width = Math.min(MAX_COLUMNS, Math.max(header.length, ...refused.map((r) => r.cells.length)));
  const columns: SheetSpecColumn[] = Array.from({ length: width }, (_, col) => {
    const field = source.mapping[String(col)];
    const spec = field === undefined ? undefined : columnFor(kind, field);
    return {
      header: cellText(header[col]).trim(),
      width: COLUMN_WIDTH,
      format: spec?.format === 'date' ? 'date' : 'text',
      keepText: field !== undefined && KEEP_TEXT_FIELDS.has(field),
    };
  });
  columns.push({ header: t('importExport.refused.reasonColumn'), width: REASON_WIDTH, format: 'text' });
  const rows = refused.map((row) => [
    ...Array.from({ length: width }, (_, col) => specValue(row.cells[col], columns[col]?.format === 'date')),
    reasonText(kind, byRow.get(row.number) ?? [], t),
  ]);
  return {
    sheets: [{ name: source.sheet.name, titleLines: [t('importExport.refused.title', { count: refused.length })], columns, rows }],
  };
}
