import { toHalfWidth } from '../halfWidth';
import { cellText } from './cellText';
import { COLUMNS_BY_KIND, type RecordKind } from './columns';
import type { SheetGrid } from './sheet';

/** Column index (as a string, 0-based) → field; a column left out is not imported. */
export type ColumnMapping = Record<string, string>;

/** Headers sit in the first rows, under a merged title row or two. */
const HEADER_SCAN_ROWS = 30;
const DECORATION = /[\s*:：]/g;

/**
 * Drops every "(…)" as /\([^)]*\)/g would, in one pass: that pattern rescans to the end from each "(" of
 * a cell full of them, and this runs on every mapped cell of every row (repeated header rows).
 */
function withoutParentheses(text: string): string {
  let kept = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('(', from);
    if (open < 0) break;
    const close = text.indexOf(')', open + 1);
    // No ")" after this "(" means none after any later "(" either.
    if (close < 0) break;
    kept += text.slice(from, open);
    from = close + 1;
  }
  return kept + text.slice(from);
}

/** "身份证号码（必填）", "* 姓 名", "手机号:" → the words that name the column. */
export function normalizeHeader(text: string): string {
  return withoutParentheses(toHalfWidth(text)).replace(DECORATION, '').toLowerCase();
}

const aliasIndex = new Map<RecordKind, Map<string, string>>();

function aliasesOf(kind: RecordKind): Map<string, string> {
  let index = aliasIndex.get(kind);
  if (!index) {
    index = new Map();
    for (const column of COLUMNS_BY_KIND[kind]) {
      for (const alias of column.aliases) {
        const key = normalizeHeader(alias);
        if (!index.has(key)) index.set(key, column.field);
      }
    }
    aliasIndex.set(kind, index);
  }
  return index;
}

/**
 * The column the file of refused rows adds (importExport.refused.reasonColumn) and similar notes columns:
 * recognised as nothing to import, so the corrected file goes straight to the check.
 */
const REASON_HEADERS: ReadonlySet<string> = new Set(['未导入原因', '原因', '问题', '导入问题', 'whynotimported', 'reason']);

export function isReasonHeader(header: string): boolean {
  return REASON_HEADERS.has(normalizeHeader(header));
}

/** The field a header names for this kind of record, or null. */
export function recognizeHeader(kind: RecordKind, header: string): string | null {
  const key = normalizeHeader(header);
  return key === '' ? null : (aliasesOf(kind).get(key) ?? null);
}

export interface HeaderGuess {
  /** Index into the sheet's rows of the header row. */
  rowIndex: number;
  /** Header text per column, '' for blank. */
  headers: string[];
  mapping: ColumnMapping;
  /** Distinct fields recognised. */
  recognized: number;
  /** Columns with a header that names no field, or a field another column already took. */
  unrecognized: number[];
}

function guessFromRow(kind: RecordKind, grid: SheetGrid, rowIndex: number): HeaderGuess {
  const headers = (grid.rows[rowIndex]?.cells ?? []).map((c) => cellText(c).trim());
  const mapping: ColumnMapping = {};
  const taken = new Set<string>();
  const unrecognized: number[] = [];
  headers.forEach((header, col) => {
    if (header === '' || isReasonHeader(header)) return;
    const field = recognizeHeader(kind, header);
    if (field === null || taken.has(field)) {
      unrecognized.push(col);
      return;
    }
    taken.add(field);
    mapping[String(col)] = field;
  });
  return { rowIndex, headers, mapping, recognized: taken.size, unrecognized };
}

/**
 * The header row is the one among the first rows that names the most known columns: a title row
 * ("某某社区志愿者名册", merged across the sheet) names none. With nothing recognised anywhere, the first
 * row is taken as the header and the keeper maps the columns by hand.
 */
export function findHeaderRow(kind: RecordKind, grid: SheetGrid): HeaderGuess {
  let best = guessFromRow(kind, grid, 0);
  const last = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  for (let i = 1; i < last; i += 1) {
    const guess = guessFromRow(kind, grid, i);
    if (guess.recognized > best.recognized) best = guess;
  }
  return best;
}

export interface SheetChoice {
  /** The sheet to use: the one whose headers name the most known columns (visible sheets first). */
  index: number;
  guesses: HeaderGuess[];
}

export function chooseSheet(kind: RecordKind, sheets: readonly SheetGrid[]): SheetChoice {
  const guesses = sheets.map((sheet) => findHeaderRow(kind, sheet));
  let index = 0;
  const score = (i: number) => {
    const sheet = sheets[i];
    const guess = guesses[i];
    if (!sheet || !guess || sheet.rows.length === 0) return -1;
    // A hidden sheet (often the drop-down lists of a template) only wins when nothing visible is recognised.
    return guess.recognized * 2 + (sheet.hidden ? 0 : 1);
  };
  for (let i = 1; i < sheets.length; i += 1) if (score(i) > score(index)) index = i;
  return { index, guesses };
}

/** Same headers in the same order → the same remembered mapping. FNV-1a keeps the key short. */
export function headerFingerprint(kind: RecordKind, headers: readonly string[]): string {
  const text = headers.map(normalizeHeader).join('\u001f');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${kind}:${headers.length}:${hash.toString(16).padStart(8, '0')}`;
}

export interface MappingProblems {
  /** Fields that two columns are mapped to. */
  duplicated: string[];
  /** Required fields no column is mapped to: new records would all be refused. */
  missingRequired: string[];
}

export function mappingProblems(kind: RecordKind, mapping: ColumnMapping): MappingProblems {
  const counts = new Map<string, number>();
  for (const field of Object.values(mapping)) counts.set(field, (counts.get(field) ?? 0) + 1);
  const duplicated = [...counts].filter(([, n]) => n > 1).map(([f]) => f);
  const missingRequired = COLUMNS_BY_KIND[kind].filter((c) => c.required && !counts.has(c.field)).map((c) => c.field);
  return { duplicated, missingRequired };
}

/** Only importable fields of this kind survive: a remembered or hand-made mapping may name others. */
export function sanitizeMapping(kind: RecordKind, mapping: ColumnMapping, columnCount: number): ColumnMapping {
  const allowed = new Set(COLUMNS_BY_KIND[kind].map((c) => c.field));
  const clean: ColumnMapping = {};
  for (const [col, field] of Object.entries(mapping)) {
    const index = Number(col);
    if (Number.isInteger(index) && index >= 0 && index < columnCount && allowed.has(field)) clean[String(index)] = field;
  }
  return clean;
}
