import { neutraliseCsvCell } from './csvCellGuard';
import type { SheetSpec, SpecValue } from './workbookSpec';

const BOM = '\uFEFF';
/** Excel would read these as a number and drop digits past the 15th (or a leading zero). */
const FRAGILE_DIGITS = /^(?:\d{12,}|0\d+)$/;
const NEEDS_QUOTES = /[",\r\n]/;

function text(value: SpecValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  return value.date;
}

function escape(raw: string): string {
  if (FRAGILE_DIGITS.test(raw)) return `="${raw}"`;
  const v = neutraliseCsvCell(raw);
  return NEEDS_QUOTES.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * One sheet as CSV that Excel opens correctly: UTF-8 with a byte-order mark (without it Chinese Excel
 * reads GBK and shows garbage), CRLF line ends, ID numbers kept as text. No title lines: a CSV is for
 * other programs too.
 */
export function writeCsv(sheet: SheetSpec): Uint8Array {
  const lines = [sheet.columns.map((c) => escape(c.header)).join(',')];
  for (const row of sheet.rows) lines.push(row.map((v) => escape(text(v))).join(','));
  return new TextEncoder().encode(BOM + lines.join('\r\n') + '\r\n');
}
