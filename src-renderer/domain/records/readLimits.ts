/** A station's biggest sheet is a few thousand volunteers or a year of activities; 50,000 rows is far beyond. */
export const MAX_ROWS = 50_000;
/**
 * Empty rows (a sheet formatted far down) cost memory too; more than twice the row limit of them is
 * nothing a keeper made by hand.
 */
export const MAX_ROW_ELEMENTS = 2 * MAX_ROWS;
/** Columns beyond this are ignored: no ledger sheet is that wide, and junk files can claim 16,384. */
export const MAX_COLUMNS = 200;
/**
 * Filled cells in the whole workbook. 50,000 rows of a 14-column roster are 700,000 cells; the spreadsheet
 * library holds each as an object, about 450 bytes, so this also bounds what reading may cost (~450 MB).
 */
export const MAX_CELLS = 1_000_000;
/** An .xlsx is compressed; pictures make it big without adding rows. */
export const MAX_FILE_BYTES = 40 * 1024 * 1024;
/** A CSV of 50,000 ledger rows is well under this; the text is decoded and split in memory. */
export const MAX_CSV_BYTES = 20 * 1024 * 1024;
/** What an .xlsx may unpack to: the 50,000-row roster above unpacks to about 50 MB. */
export const MAX_UNPACKED_BYTES = 120 * 1024 * 1024;
/** An .xlsx has a dozen parts, a few hundred with many pictures. */
export const MAX_ZIP_ENTRIES = 2_000;

export interface ReadLimits {
  maxRows: number;
  maxRowElements: number;
  maxCells: number;
  maxUnpackedBytes: number;
  maxZipEntries: number;
}

export const READ_LIMITS: ReadLimits = {
  maxRows: MAX_ROWS,
  maxRowElements: MAX_ROW_ELEMENTS,
  maxCells: MAX_CELLS,
  maxUnpackedBytes: MAX_UNPACKED_BYTES,
  maxZipEntries: MAX_ZIP_ENTRIES,
};

/** Why a file could not be read at all; each has a message `importExport.file.<reason>`. */
export type FileProblem =
  | 'empty'
  | 'tooLarge'
  | 'csvTooLarge'
  | 'unpackedTooLarge'
  | 'tooManyRows'
  | 'tooManyCells'
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
