import Papa from 'papaparse';
import { isBlankRow, type SheetCell, type SheetGrid, type SheetRow } from './sheet';
import { MAX_COLUMNS, READ_LIMITS, SpreadsheetReadError, type FileProblem, type ReadLimits } from './readLimits';
import { decodeText, isMostlyReadable } from './textDecoding';

const CSV_CHUNK_CHARACTERS = 64 * 1024;

/**
 * A CSV (or tab-separated "Unicode text") file as one sheet of text cells. The record index is the row
 * number Excel would show, even when a quoted cell spans lines. Records are taken one at a time and the
 * parse stops as soon as the file has more rows or cells than may be imported, so a huge file is refused
 * without first being split into millions of strings.
 */
export function readCsv(bytes: Uint8Array, name: string, limits: ReadLimits = READ_LIMITS): SheetGrid {
  const text = decodeText(bytes);
  if (!isMostlyReadable(text)) throw new SpreadsheetReadError('notSpreadsheet');
  const rows: SheetRow[] = [];
  let index = 0;
  let cells = 0;
  let refused: FileProblem | null = null;
  // papaparse guesses the delimiter (comma, tab, semicolon…) from the first lines. In pieces: handed the
  // whole text, it keeps working through it after abort() (1.4 s for a million lines instead of 30 ms).
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    header: false,
    chunkSize: CSV_CHUNK_CHARACTERS,
    step(result, parser) {
      index += 1;
      const record: unknown = result.data;
      if (!Array.isArray(record)) return;
      const row: SheetCell[] = record
        .slice(0, MAX_COLUMNS)
        .map((value: unknown) => (typeof value === 'string' && value !== '' ? { kind: 'text', text: value } : null));
      if (isBlankRow(row)) return;
      cells += row.filter((c) => c !== null).length;
      if (rows.length >= limits.maxRows) refused = 'tooManyRows';
      else if (cells > limits.maxCells) refused = 'tooManyCells';
      if (refused !== null) {
        parser.abort();
        return;
      }
      rows.push({ number: index, cells: row });
    },
  });
  if (refused !== null) throw new SpreadsheetReadError(refused);
  return { name, hidden: false, rows, date1904: false };
}
