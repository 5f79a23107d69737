import Papa from 'papaparse';
import { isBlankRow, type SheetCell, type SheetGrid, type SheetRow } from './sheet';
import { MAX_COLUMNS, MAX_ROWS, SpreadsheetReadError } from './readLimits';
import { decodeText, isMostlyReadable } from './textDecoding';

/**
 * A CSV (or tab-separated "Unicode text") file as one sheet of text cells. The record index is the row
 * number Excel would show, even when a quoted cell spans lines.
 */
export function readCsv(bytes: Uint8Array, name: string): SheetGrid {
  const text = decodeText(bytes);
  if (!isMostlyReadable(text)) throw new SpreadsheetReadError('notSpreadsheet');
  // papaparse guesses the delimiter (comma, tab, semicolon…) from the first lines.
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, header: false });
  const rows: SheetRow[] = [];
  parsed.data.forEach((record, index) => {
    if (!Array.isArray(record)) return;
    const cells: SheetCell[] = record
      .slice(0, MAX_COLUMNS)
      .map((value) => (typeof value === 'string' && value !== '' ? { kind: 'text', text: value } : null));
    if (isBlankRow(cells)) return;
    if (rows.length >= MAX_ROWS) throw new SpreadsheetReadError('tooManyRows');
    rows.push({ number: index + 1, cells });
  });
  return { name, hidden: false, rows, date1904: false };
}
