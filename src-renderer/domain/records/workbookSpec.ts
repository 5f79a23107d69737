import type { ColumnFormat } from './columns';

/** A workbook to write, as plain data: built on the main thread, written to bytes (in a worker when there is one). */
export type SpecValue = string | number | { date: string } | null;

export interface SheetSpecColumn {
  header: string;
  width: number;
  format: ColumnFormat;
  /** Excel text format ("@"): what is typed into the column later keeps every digit. */
  keepText?: boolean;
  /** Drop-down choices (templates), at most 255 characters joined. */
  choices?: readonly string[];
}

export interface SheetSpec {
  name: string;
  /** Lines above the header (station, range, export time), each merged across the columns. */
  titleLines: string[];
  columns: SheetSpecColumn[];
  rows: SpecValue[][];
  /** How many empty rows get the drop-downs (templates). */
  choiceRows?: number;
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
}

/** Excel refuses sheet names over 31 characters or with : \ / ? * [ ]. */
export function safeSheetName(name: string, taken: ReadonlySet<string>): string {
  const base = name.replace(/[:\\/?*[\]]/g, ' ').trim().slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${base.slice(0, 28)}(${n})`;
  return candidate;
}
