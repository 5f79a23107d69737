/** A station's biggest sheet is a few thousand volunteers or a year of activities; 50,000 rows is far beyond. */
export const MAX_ROWS = 50_000;
/** Columns beyond this are ignored: no ledger sheet is that wide, and junk files can claim 16,384. */
export const MAX_COLUMNS = 200;
export const MAX_FILE_BYTES = 40 * 1024 * 1024;

/** Why a file could not be read at all; each has a message `importExport.file.<reason>`. */
export type FileProblem =
  | 'empty'
  | 'tooLarge'
  | 'tooManyRows'
  | 'notSpreadsheet'
  | 'legacyExcel'
  | 'ods'
  | 'htmlTable'
  | 'corrupt'
  | 'noData';

export class SpreadsheetReadError extends Error {
  constructor(readonly problem: FileProblem) {
    super(`spreadsheet not readable: ${problem}`);
    this.name = 'SpreadsheetReadError';
  }
}

export function fileProblemKey(problem: FileProblem): string {
  return `importExport.file.${problem}`;
}
