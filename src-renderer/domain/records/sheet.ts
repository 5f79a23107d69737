/**
 * A spreadsheet as the import reads it, whatever the file was: plain values that survive a trip to a
 * Web Worker (structured clone) and that the row checks understand. Formulas arrive as their cached
 * result; merged cells as the value of their top-left cell.
 */
export type SheetCell =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  /** A date cell, as Excel stores it: a wall-clock time with no time zone, 'YYYY-MM-DDTHH:mm:ss'. */
  | { kind: 'date'; iso: string }
  | { kind: 'boolean'; value: boolean }
  /** '#N/A', '#REF!' …, or NO_FORMULA_RESULT when a formula was never calculated. */
  | { kind: 'error'; code: string }
  | null;

export const NO_FORMULA_RESULT = 'noResult';

export interface SheetRow {
  /** The row number Excel shows (1-based), so problems can be found in the keeper's own file. */
  number: number;
  cells: SheetCell[];
}

export interface SheetGrid {
  name: string;
  hidden: boolean;
  /** Non-empty rows only, in order. */
  rows: SheetRow[];
  /** Excel for Mac once counted days from 1904; serial numbers in such files mean other dates. */
  date1904: boolean;
}

export function isBlankCell(cell: SheetCell | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  return cell.kind === 'text' && cell.text.trim() === '';
}

export function isBlankRow(cells: readonly SheetCell[]): boolean {
  return cells.every((c) => isBlankCell(c));
}
