import { sniffFileKind } from './fileKind';
import { readCsv } from './readCsv';
import { MAX_CSV_BYTES, MAX_FILE_BYTES, READ_LIMITS, SpreadsheetReadError, type FileProblem, type ReadLimits } from './readLimits';
import { readXlsx } from './readXlsx';
import type { SheetGrid } from './sheet';
import { precheckXlsx } from './xlsxPrecheck';

export type SpreadsheetRead = { ok: true; sheets: SheetGrid[] } | { ok: false; problem: FileProblem };

const NOT_TABLES: ReadonlySet<string> = new Set(['pdf', 'image', 'binary', 'zip']);

function sheetNameFor(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base) || 'CSV';
}

async function readKnownKind(bytes: Uint8Array, kind: 'xlsx' | 'text', fileName: string, limits: ReadLimits): Promise<SpreadsheetRead> {
  if (kind === 'text') {
    if (bytes.length > MAX_CSV_BYTES) return { ok: false, problem: 'csvTooLarge' };
    return { ok: true, sheets: [readCsv(bytes, sheetNameFor(fileName), limits)] };
  }
  const refused = await precheckXlsx(bytes, limits);
  if (refused !== null) return { ok: false, problem: refused };
  return { ok: true, sheets: await readXlsx(bytes) };
}

/**
 * Any file the keeper picks → its sheets, or the reason it cannot be imported. Never throws: a file that
 * is not a spreadsheet, a truncated download or an old .xls each get their own message, and a file too
 * big to read safely is refused by its size, its unpacked size and its row and cell counts before it is
 * parsed at all.
 */
export async function readSpreadsheet(bytes: Uint8Array, fileName: string, limits: ReadLimits = READ_LIMITS): Promise<SpreadsheetRead> {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, problem: 'tooLarge' };
  const kind = sniffFileKind(bytes);
  if (kind === 'empty') return { ok: false, problem: 'empty' };
  if (kind === 'ole') return { ok: false, problem: 'legacyExcel' };
  if (kind === 'ods') return { ok: false, problem: 'ods' };
  if (kind === 'html' || kind === 'xmlSpreadsheet') return { ok: false, problem: 'htmlTable' };
  if (NOT_TABLES.has(kind) || (kind !== 'xlsx' && kind !== 'text')) return { ok: false, problem: 'notSpreadsheet' };
  try {
    const read = await readKnownKind(bytes, kind, fileName, limits);
    if (read.ok && !read.sheets.some((s) => s.rows.length > 0)) return { ok: false, problem: 'noData' };
    return read;
  } catch (error) {
    if (error instanceof SpreadsheetReadError) return { ok: false, problem: error.problem };
    return { ok: false, problem: 'corrupt' };
  }
}
