import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitImport } from '../../../src-renderer/data/imports/commitImport';
import { loadLedgerSnapshot } from '../../../src-renderer/data/imports/ledgerSnapshot';
import type { Ledger } from '../../../src-renderer/data/session';
import { COLUMNS_BY_KIND, RECORD_KINDS, columnHeaderKey, type RecordKind } from '../../../src-renderer/domain/records/columns';
import { checkImport } from '../../../src-renderer/domain/records/dryRun';
import { chooseSheet } from '../../../src-renderer/domain/records/headerRecognition';
import { MAX_CSV_BYTES, MAX_FILE_BYTES, READ_LIMITS, fileProblemKey, type FileProblem } from '../../../src-renderer/domain/records/readLimits';
import { readSpreadsheet } from '../../../src-renderer/domain/records/readSpreadsheet';
import { precheckXlsx } from '../../../src-renderer/domain/records/xlsxPrecheck';
import {
  bigCsv,
  emptyRowsXlsx,
  EXCEL_CELL_LIMIT,
  hostileCellTexts,
  manyCellsXlsx,
  manyPartsXlsx,
  manyRowsCsv,
  manyRowsXlsx,
  zipBombXlsx,
} from '../../support/hostileFiles';
import { openTestLedger, TEST_STATION } from '../../support/testLedger';
import { messageExists, noPause, zhT } from './support';

/**
 * Files made to hurt the importer: every one is refused with its own message before it is parsed, or
 * parsed and checked row by row with every row refused; either way the ledger is exactly as before.
 * Nothing here measures time (the benchmark's P13 does); a reader that backtracked or unpacked a bomb
 * would not finish within the test's limit.
 */

let ledger: Ledger;

async function ledgerCounts(): Promise<number[]> {
  const db = ledger.db;
  return Promise.all([db.volunteers.count().exec(), db.teams.count().exec(), db.projects.count().exec(), db.activities.count().exec()]);
}

type Outcome = { refused: FileProblem } | { checked: { rows: number; refusedRows: number; written: number } };

/** What the import screen does with a picked file: read, check with the recognised columns, write what may be written. */
async function importAsTheScreenDoes(bytes: Uint8Array, name: string, kind: RecordKind): Promise<Outcome> {
  const read = await readSpreadsheet(bytes, name);
  if (!read.ok) return { refused: read.problem };
  const choice = chooseSheet(kind, read.sheets);
  const sheet = read.sheets[choice.index];
  const guess = choice.guesses[choice.index];
  if (!sheet || !guess) throw new Error('no sheet');
  const preview = await checkImport(kind, { sheet, headerRowIndex: guess.rowIndex, mapping: guess.mapping }, await loadLedgerSnapshot(ledger), {
    duplicatePolicy: 'skip',
    pause: noPause,
  });
  for (const issue of preview.issues) expect(messageExists(issue.key), issue.key).toBe(true);
  const result = await commitImport(ledger, preview.plan, { pause: noPause });
  return { checked: { rows: preview.totalRows, refusedRows: preview.errorRows, written: result.written } };
}

async function expectRefused(bytes: Uint8Array, name: string, problem: FileProblem): Promise<void> {
  const before = await ledgerCounts();
  expect(await importAsTheScreenDoes(bytes, name, 'volunteers')).toEqual({ refused: problem });
  expect(messageExists(fileProblemKey(problem))).toBe(true);
  expect(await ledgerCounts()).toEqual(before);
}

describe('hostile files', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    ledger = await openTestLedger();
    await ledger.setUpStation(TEST_STATION);
  });

  afterAll(async () => {
    await ledger.close();
  });

  it('refuses a zip bomb by the size its directory declares, without unpacking it', async () => {
    const bomb = zipBombXlsx({ megabytes: 200 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expectRefused(bomb, 'bomb.xlsx', 'unpackedTooLarge');
    // Overlapping parts: the same compressed bytes claimed by 200 sheets, 40 GB in all.
    await expectRefused(zipBombXlsx({ megabytes: 200, overlapping: 200 }), 'overlap.xlsx', 'unpackedTooLarge');
  });

  it('refuses a zip bomb that lies about its size as soon as it unpacks more than it declared', async () => {
    await expectRefused(zipBombXlsx({ megabytes: 200, declaredBytes: 100_000 }), 'liar.xlsx', 'corrupt');
    await expectRefused(zipBombXlsx({ megabytes: 200, overlapping: 50, declaredBytes: 1_000_000 }), 'liars.xlsx', 'corrupt');
  });

  it('refuses a sheet of a million rows, or of a million empty rows, while counting them', async () => {
    await expectRefused(manyRowsXlsx(1_000_000), 'million.xlsx', 'tooManyRows');
    await expectRefused(emptyRowsXlsx(1_000_000), 'formatted.xlsx', 'tooManyRows');
  });

  it('refuses a workbook of more than a million cells, and a zip of thousands of parts', async () => {
    await expectRefused(manyCellsXlsx(40_000, 30), 'wide.xlsx', 'tooManyCells');
    await expectRefused(manyPartsXlsx(5_000), 'parts.xlsx', 'unpackedTooLarge');
  });

  it('refuses a 40 MB CSV by its size and a million-line CSV while counting its rows', async () => {
    await expectRefused(bigCsv(MAX_FILE_BYTES), 'big.csv', 'csvTooLarge');
    await expectRefused(bigCsv(MAX_FILE_BYTES + 1), 'bigger.csv', 'tooLarge');
    await expectRefused(bigCsv(MAX_CSV_BYTES + 1), 'just-over.csv', 'csvTooLarge');
    await expectRefused(manyRowsCsv(1_000_000), 'million.csv', 'tooManyRows');
    await expectRefused(new TextEncoder().encode('a,b\n' + `${'1,'.repeat(40)}1\n`.repeat(30_000)), 'wide.csv', 'tooManyCells');
  });

  it('lets through, at each limit, what is within it', async () => {
    const limits = { ...READ_LIMITS, maxRows: 100, maxRowElements: 200, maxCells: 1_000 };
    expect(await precheckXlsx(manyRowsXlsx(100), limits)).toBeNull();
    expect(await precheckXlsx(manyRowsXlsx(101), limits)).toBe('tooManyRows');
    expect(await precheckXlsx(emptyRowsXlsx(200), limits)).toBeNull();
    expect(await precheckXlsx(emptyRowsXlsx(201), limits)).toBe('tooManyRows');
    expect(await precheckXlsx(manyCellsXlsx(50, 20), limits)).toBeNull();
    expect(await precheckXlsx(manyCellsXlsx(50, 21), limits)).toBe('tooManyCells');
    expect(await precheckXlsx(zipBombXlsx({ megabytes: 1 }), { ...limits, maxUnpackedBytes: 2 * 1024 * 1024 })).toBeNull();
  });

  it.each(RECORD_KINDS)('checks a %s sheet whose every cell is 32,767 hostile characters, refusing every row', async (kind) => {
    const hostile = hostileCellTexts();
    const headers = COLUMNS_BY_KIND[kind].filter((c) => c.importable).map((c) => zhT(columnHeaderKey(kind, c.field)));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表');
    ws.addRow(headers);
    // Every hostile text in every column, shifted row by row.
    for (let r = 0; r < hostile.length; r += 1) ws.addRow(headers.map((_, c) => hostile[(r + c) % hostile.length] ?? ''));
    const before = await ledgerCounts();
    const outcome = await importAsTheScreenDoes(new Uint8Array(await wb.xlsx.writeBuffer()), 'hostile.xlsx', kind);
    expect(outcome).toEqual({ checked: { rows: hostile.length, refusedRows: hostile.length, written: 0 } });
    expect(await ledgerCounts()).toEqual(before);
  });

  it('checks a CSV of full-length hostile cells the same way', async () => {
    const hostile = hostileCellTexts().map((t) => `"${t.replace(/"/g, '""')}"`);
    const header = ['活动名称', '活动日期', '开始时间', '结束时间', '活动地点', '服务领域', '参与志愿者及服务时长', '服务人数'];
    const lines = hostile.map((_, r) => header.map((__, c) => hostile[(r + c) % hostile.length]).join(','));
    const csv = new TextEncoder().encode([header.join(','), ...lines].join('\r\n'));
    expect(hostile.every((h) => h.length >= EXCEL_CELL_LIMIT - 20)).toBe(true);
    const before = await ledgerCounts();
    expect(await importAsTheScreenDoes(csv, 'hostile.csv', 'activities')).toEqual({ checked: { rows: hostile.length, refusedRows: hostile.length, written: 0 } });
    expect(await ledgerCounts()).toEqual(before);
  });
});
