import type { RecordKind } from '../../domain/records/columns';
import {
  chooseSheet,
  findHeaderRow,
  mappingProblems,
  sanitizeMapping,
  type ColumnMapping,
  type HeaderGuess,
} from '../../domain/records/headerRecognition';
import type { SheetGrid } from '../../domain/records/sheet';

/** A file the keeper picked, with the sheet, header row and column mapping the import will use. */
export interface LoadedFile {
  name: string;
  sheets: SheetGrid[];
  sheetIndex: number;
  headerRowIndex: number;
  headers: string[];
  mapping: ColumnMapping;
  /** Columns whose header named nothing known. */
  unrecognized: number[];
  /** The mapping came from an earlier import of a sheet with the same headers. */
  remembered: boolean;
}

function fromGuess(name: string, sheets: SheetGrid[], sheetIndex: number, guess: HeaderGuess): LoadedFile {
  return {
    name,
    sheets,
    sheetIndex,
    headerRowIndex: guess.rowIndex,
    headers: guess.headers,
    mapping: guess.mapping,
    unrecognized: guess.unrecognized,
    remembered: false,
  };
}

export function detectFile(kind: RecordKind, name: string, sheets: SheetGrid[]): LoadedFile {
  const choice = chooseSheet(kind, sheets);
  const guess = choice.guesses[choice.index] ?? findHeaderRow(kind, sheets[choice.index] ?? sheets[0] ?? { name: '', hidden: false, rows: [], date1904: false });
  return fromGuess(name, sheets, choice.index, guess);
}

export function withSheet(kind: RecordKind, file: LoadedFile, sheetIndex: number): LoadedFile {
  const sheet = file.sheets[sheetIndex];
  return sheet ? fromGuess(file.name, file.sheets, sheetIndex, findHeaderRow(kind, sheet)) : file;
}

export function withRemembered(kind: RecordKind, file: LoadedFile, remembered: ColumnMapping | null): LoadedFile {
  if (!remembered) return file;
  return { ...file, mapping: sanitizeMapping(kind, remembered, file.headers.length), unrecognized: [], remembered: true };
}

export function columnCount(file: LoadedFile): number {
  const sheet = file.sheets[file.sheetIndex];
  const widest = Math.max(0, ...(sheet?.rows.slice(file.headerRowIndex, file.headerRowIndex + 50).map((r) => r.cells.length) ?? [0]));
  return Math.max(file.headers.length, widest);
}

/**
 * The mapping step is skipped when every header was recognised (or remembered) and nothing is ambiguous;
 * the preview names the sheet used and can always go back to it.
 */
export function needsMappingStep(kind: RecordKind, file: LoadedFile): boolean {
  const problems = mappingProblems(kind, file.mapping);
  return file.unrecognized.length > 0 || problems.duplicated.length > 0 || Object.keys(file.mapping).length === 0;
}
