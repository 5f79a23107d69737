import ExcelJS from 'exceljs';
import type { CellValue } from 'exceljs';
import { zhCN } from '../../../src-renderer/i18n';
import type { Translate } from '../../../src-renderer/domain/records/exportSheets';
import { chooseSheet } from '../../../src-renderer/domain/records/headerRecognition';
import type { RecordKind } from '../../../src-renderer/domain/records/columns';
import { checkImport, type CheckOptions } from '../../../src-renderer/domain/records/dryRun';
import type { DuplicatePolicy, ImportPreview, PlannedWrite } from '../../../src-renderer/domain/records/importTypes';
import { readSpreadsheet } from '../../../src-renderer/domain/records/readSpreadsheet';
import type { LedgerSnapshot } from '../../../src-renderer/domain/records/snapshot';
import type { VolunteerFields } from '../../../src-renderer/domain/entities/volunteer';

function lookup(path: string): unknown {
  let node: unknown = zhCN;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** The Chinese messages, as the app shows them; a key that does not exist fails the test. */
export const zhT: Translate = (key, params = {}) => {
  const found = lookup(key);
  if (typeof found !== 'string') {
    if (typeof params.defaultValue === 'string') return params.defaultValue;
    throw new Error(`missing message ${key}`);
  }
  return found.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
};

export function messageExists(key: string): boolean {
  return typeof lookup(key) === 'string';
}

export const EMPTY_SNAPSHOT: LedgerSnapshot = { station: null, volunteers: [], teams: [], projects: [], activities: [] };

/** A workbook built in memory, one array of rows per sheet; `build` may style or merge cells. */
export async function workbookBytes(
  sheets: Array<{ name: string; rows: CellValue[][]; build?: (ws: ExcelJS.Worksheet) => void }>,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const row of s.rows) ws.addRow(row);
    s.build?.(ws);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export const noPause = () => Promise.resolve();

/** File bytes → the preview the keeper would see with the recognised mapping. */
export async function previewFile(
  kind: RecordKind,
  bytes: Uint8Array,
  snapshot: LedgerSnapshot,
  policy: DuplicatePolicy = 'skip',
  extra: Partial<CheckOptions> = {},
): Promise<ImportPreview> {
  const read = await readSpreadsheet(bytes, 'test.xlsx');
  if (!read.ok) throw new Error(`unreadable: ${read.problem}`);
  const choice = chooseSheet(kind, read.sheets);
  const sheet = read.sheets[choice.index];
  const guess = choice.guesses[choice.index];
  if (!sheet || !guess) throw new Error('no sheet');
  return checkImport(kind, { sheet, headerRowIndex: guess.rowIndex, mapping: guess.mapping }, snapshot, {
    duplicatePolicy: policy,
    pause: noPause,
    ...extra,
  });
}

/** Resident ID numbers with a correct check character. */
export function idNumber(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * (weights[i] ?? 0), 0);
  return first17 + '10X98765432'.charAt(sum % 11);
}

/** The i-th of many distinct, valid resident ID numbers (1,000 per birthday from 1980-01-01). */
export function manyIdNumber(i: number): string {
  const day = 1 + Math.floor(i / 1000);
  return idNumber(`37010219800${String(Math.floor((day - 1) / 28) + 1).padStart(1, '0')}${String(((day - 1) % 28) + 1).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`);
}

/** Gender as the ID number says it (17th digit odd = male). */
export function genderOf(id: string): 'male' | 'female' {
  return Number(id.charAt(16)) % 2 === 1 ? 'male' : 'female';
}

export function volunteerWrites(p: ImportPreview): PlannedWrite<VolunteerFields>[] {
  if (p.plan.kind !== 'volunteers') throw new Error(`expected a volunteer plan, got ${p.plan.kind}`);
  return p.plan.writes;
}
