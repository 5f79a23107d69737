import { activityRules } from './activityRules';
import { dutyPostRules } from './dutyPostRules';
import { honourRules } from './honourRules';
import { requestRules } from './requestRules';
import { shiftRules } from './shiftRules';
import { cellText } from './cellText';
import { COLUMNS_BY_KIND, type RecordKind } from './columns';
import { mappingProblems, normalizeHeader, type ColumnMapping } from './headerRecognition';
import type { DuplicatePolicy, ImportPlan, ImportPreview, PlannedWrite, RowIssue } from './importTypes';
import { projectRules } from './projectRules';
import { RowProblems, RowReader, type KindRules } from './rowReader';
import { isBlankCell, type SheetGrid, type SheetRow } from './sheet';
import type { LedgerSnapshot } from './snapshot';
import { teamRules } from './teamRules';
import { MASKED_ID_NUMBER_KEY, volunteerRules } from './volunteerRules';
import { normalizeWord } from './vocabulary';

export interface ImportSource {
  sheet: SheetGrid;
  /** Index into sheet.rows of the header row; data starts below it. */
  headerRowIndex: number;
  mapping: ColumnMapping;
}

export interface CheckOptions {
  duplicatePolicy: DuplicatePolicy;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  /** Rows checked between two pauses; the screen stays responsive for 20,000-row files. */
  batchSize?: number;
  /** Gives the event loop a turn; the default is a zero-delay timer. */
  pause?: () => Promise<void>;
}

const DEFAULT_BATCH = 250;
const TOTAL_ROW_WORDS = new Set(['合计', '总计', '小计', '共计', 'total']);
const defaultPause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface RunResult<F> {
  writes: PlannedWrite<F>[];
  issues: RowIssue[];
  totalRows: number;
  errorRows: number;
  skippedDuplicates: number;
  duplicatesInFile: number;
  maskedIdRows: number;
}

function firstText(row: SheetRow): string {
  const cell = row.cells.find((c) => !isBlankCell(c));
  return normalizeWord(cellText(cell));
}

async function run<F, E extends { id: string }>(rules: KindRules<F, E>, kind: RecordKind, source: ImportSource, options: CheckOptions): Promise<RunResult<F>> {
  const importable = new Set(COLUMNS_BY_KIND[kind].filter((c) => c.importable).map((c) => c.field));
  const columns = new Map<string, number>();
  for (const [col, field] of Object.entries(source.mapping)) {
    if (importable.has(field) && !columns.has(field)) columns.set(field, Number(col));
  }
  const headerCells = source.sheet.rows[source.headerRowIndex]?.cells ?? [];
  const headerOf = (field: string) => {
    const col = columns.get(field);
    return col === undefined ? '' : cellText(headerCells[col]).trim();
  };
  const headerKeys = [...columns.values()].map((col) => normalizeHeader(cellText(headerCells[col])));

  const rows = source.sheet.rows.slice(source.headerRowIndex + 1);
  const batch = options.batchSize ?? DEFAULT_BATCH;
  const pause = options.pause ?? defaultPause;
  const result: RunResult<F> = { writes: [], issues: [], totalRows: 0, errorRows: 0, skippedDuplicates: 0, duplicatesInFile: 0, maskedIdRows: 0 };
  const firstRowByKey = new Map<string, number>();

  for (let i = 0; i < rows.length; i += 1) {
    if (i > 0 && i % batch === 0) {
      options.onProgress?.(i, rows.length);
      await pause();
      options.signal?.throwIfAborted();
    }
    const sheetRow = rows[i];
    if (!sheetRow) continue;
    const mappedCells = [...columns.values()].map((col) => sheetRow.cells[col]);
    if (mappedCells.every((c) => isBlankCell(c))) continue;
    // Printed ledgers repeat the header on every page and end with a 合计 row: neither is a record.
    if ([...columns.values()].every((col, k) => normalizeHeader(cellText(sheetRow.cells[col])) === headerKeys[k])) continue;
    if (TOTAL_ROW_WORDS.has(firstText(sheetRow))) {
      result.issues.push({ row: sheetRow.number, field: '', column: '', key: 'importExport.issue.totalRowSkipped', severity: 'note', label: '' });
      continue;
    }

    result.totalRows += 1;
    const row = new RowReader(sheetRow.cells, columns, source.sheet.date1904);
    const label = rules.label(row);
    const problems = new RowProblems();
    const key = rules.identify(row);
    const firstRow = key === null ? undefined : firstRowByKey.get(key);
    let fields: F | null = null;
    let existing: E | undefined;

    if (firstRow !== undefined) {
      problems.error(rules.identityField ?? 'name', 'importExport.issue.duplicateInFile', { row: firstRow });
      result.duplicatesInFile += 1;
    } else {
      if (key !== null) firstRowByKey.set(key, sheetRow.number);
      existing = key === null ? undefined : rules.existing(key);
      if (existing && options.duplicatePolicy === 'skip') {
        result.skippedDuplicates += 1;
        continue;
      }
      fields = rules.check(row, existing ?? null, problems);
    }

    for (const issue of problems.list) {
      result.issues.push({ ...issue, row: sheetRow.number, column: headerOf(issue.field), label });
    }
    if (problems.list.some((issue) => issue.key === MASKED_ID_NUMBER_KEY)) result.maskedIdRows += 1;
    if (fields === null || problems.hasErrors()) {
      result.errorRows += 1;
      continue;
    }
    rules.accept?.(fields, existing?.id);
    result.writes.push(existing ? { row: sheetRow.number, op: 'update', id: existing.id, fields } : { row: sheetRow.number, op: 'insert', fields });
  }
  options.onProgress?.(rows.length, rows.length);
  return result;
}

function preview<F>(plan: ImportPlan, r: RunResult<F>, missingRequired: string[], mappedFields: number): ImportPreview {
  const updates = plan.writes.filter((w) => w.op === 'update').length;
  return {
    plan,
    issues: r.issues,
    totalRows: r.totalRows,
    errorRows: r.errorRows,
    inserts: plan.writes.length - updates,
    updates,
    skippedDuplicates: r.skippedDuplicates,
    duplicatesInFile: r.duplicatesInFile,
    maskedIdRows: r.maskedIdRows,
    missingRequired,
    nothingMapped: mappedFields === 0,
  };
}

/**
 * The dry run: every row checked with the same rules as the forms, against the ledger as it is and the
 * rows above it in the file. Nothing is written; the preview lists each problem by row and column, and the
 * plan holds exactly the rows that may be written. Cancelled through `signal` (throws its reason).
 */
export async function checkImport(kind: RecordKind, source: ImportSource, snapshot: LedgerSnapshot, options: CheckOptions): Promise<ImportPreview> {
  const { missingRequired } = mappingProblems(kind, source.mapping);
  const importable = new Set(COLUMNS_BY_KIND[kind].filter((c) => c.importable).map((c) => c.field));
  const mapped = new Set(Object.values(source.mapping).filter((f) => importable.has(f))).size;
  switch (kind) {
    case 'volunteers': {
      const r = await run(volunteerRules(snapshot), kind, source, options);
      return preview({ kind, writes: r.writes }, r, missingRequired, mapped);
    }
    case 'teams': {
      const r = await run(teamRules(snapshot), kind, source, options);
      return preview({ kind, writes: r.writes }, r, missingRequired, mapped);
    }
    case 'projects': {
      const r = await run(projectRules(snapshot), kind, source, options);
      return preview({ kind, writes: r.writes }, r, missingRequired, mapped);
    }
    case 'activities': {
      const r = await run(activityRules(snapshot), kind, source, options);
      return preview({ kind, writes: r.writes }, r, missingRequired, mapped);
    }
    case 'honours': {
      const r = await run(honourRules(snapshot), kind, source, options);
      return preview({ kind, writes: r.writes }, r, missingRequired, mapped);
    }
    case 'requests': {
      const r = await run(requestRules(snapshot), kind, source, options);
      return preview({ kind, writes: r.writes }, r, missingRequired, mapped);
    }
    case 'dutyPosts': {
      const r = await run(dutyPostRules(snapshot), kind, source, options);
      return preview({ kind, writes: r.writes }, r, missingRequired, mapped);
    }
    case 'shifts': {
      const r = await run(shiftRules(snapshot), kind, source, options);
      return preview({ kind, writes: r.writes }, r, missingRequired, mapped);
    }
  }
}

export type PreviewHeadline = 'nothingMapped' | 'noRows' | 'allValid' | 'someInvalid' | 'noneValid' | 'nothingToWrite' | 'skippedAndInvalid';

/** The one sentence the preview opens with (`importExport.preview.headline.<value>`). */
export function previewHeadline(p: ImportPreview): PreviewHeadline {
  if (p.nothingMapped) return 'nothingMapped';
  if (p.totalRows === 0) return 'noRows';
  if (p.plan.writes.length === 0) {
    if (p.errorRows === 0) return 'nothingToWrite';
    return p.skippedDuplicates > 0 ? 'skippedAndInvalid' : 'noneValid';
  }
  return p.errorRows > 0 ? 'someInvalid' : 'allValid';
}
