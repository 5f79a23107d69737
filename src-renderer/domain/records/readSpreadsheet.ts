import { sniffFileKind } from './fileKind';
import { readCsv } from './readCsv';
import { MAX_FILE_BYTES, SpreadsheetReadError, type FileProblem } from './readLimits';
import { readXlsx } from './readXlsx';
import type { SheetGrid } from './sheet';

export type SpreadsheetRead = { ok: true; sheets: SheetGrid[] } | { ok: false; problem: FileProblem };

const NOT_TABLES: ReadonlySet<string> = new Set(['pdf', 'image', 'binary', 'zip']);

function sheetNameFor(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base) || 'CSV';
}

/**
 * Any file the keeper picks → its sheets, or the reason it cannot be imported. Never throws: a file that
 * is not a spreadsheet, a truncated download or an old .xls each get their own message.
 */
export async function readSpreadsheet(bytes: Uint8Array, fileName: string): Promise<SpreadsheetRead> {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, problem: 'tooLarge' };
  const kind = sniffFileKind(bytes);
  if (kind === 'empty') return { ok: false, problem: 'empty' };
  if (kind === 'ole') return { ok: false, problem: 'legacyExcel' };
  if (kind === 'ods') return { ok: false, problem: 'ods' };
  if (kind === 'html' || kind === 'xmlSpreadsheet') return { ok: false, problem: 'htmlTable' };
  if (NOT_TABLES.has(kind)) return { ok: false, problem: 'notSpreadsheet' };
  try {
    const sheets = kind === 'xlsx' ? await readXlsx(bytes) : [readCsv(bytes, sheetNameFor(fileName))];
    if (!sheets.some((s) => s.rows.length > 0)) return { ok: false, problem: 'noData' };
    return { ok: true, sheets };
  } catch (error) {
    if (error instanceof SpreadsheetReadError) return { ok: false, problem: error.problem };
    return { ok: false, problem: 'corrupt' };
  }
}
