import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitImport, type CommitResult } from '../../../src-renderer/data/imports/commitImport';
import { loadLedgerSnapshot } from '../../../src-renderer/data/imports/ledgerSnapshot';
import type { Ledger } from '../../../src-renderer/data/session';
import { activityDocSchema } from '../../../src-renderer/domain/entities/activity';
import { projectDocSchema } from '../../../src-renderer/domain/entities/project';
import { teamDocSchema } from '../../../src-renderer/domain/entities/team';
import { volunteerDocSchema } from '../../../src-renderer/domain/entities/volunteer';
import type { RecordKind } from '../../../src-renderer/domain/records/columns';
import { checkImport, previewHeadline } from '../../../src-renderer/domain/records/dryRun';
import { chooseSheet, sanitizeMapping } from '../../../src-renderer/domain/records/headerRecognition';
import type { DuplicatePolicy, ImportPreview } from '../../../src-renderer/domain/records/importTypes';
import { fileProblemKey } from '../../../src-renderer/domain/records/readLimits';
import { readSpreadsheet } from '../../../src-renderer/domain/records/readSpreadsheet';
import type { SheetGrid } from '../../../src-renderer/domain/records/sheet';
import type { LedgerSnapshot } from '../../../src-renderer/domain/records/snapshot';
import { openTestLedger, TEST_STATION } from '../../support/testLedger';
import { generateCsv, generateSheet, SEED, toGridCell, type GeneratedSheet } from './fuzz/cases';
import { Random } from './fuzz/random';
import { genderOf, manyIdNumber, messageExists, noPause, workbookBytes } from './support';

/**
 * Generated malformed files and rows, from fixed seeds: every case must end in a message (a file-level
 * reason or a preview headline, each problem a real message), and the ledger must hold exactly what the
 * import reports as written. Counts are sized to run in well under a minute.
 */
const COUNTS = { randomBytes: 260, zipLike: 80, damagedXlsx: 180, xlsx: 150, csv: 280, grids: 220 };
const BASE_SEED = 20240305;

const COLLECTION = { volunteers: 'volunteers', teams: 'teams', projects: 'projects', activities: 'activities' } as const;
const DOC_SCHEMAS = { volunteers: volunteerDocSchema, teams: teamDocSchema, projects: projectDocSchema, activities: activityDocSchema };
/** The kinds these generated files are for (cases.ts picks among them). */
type FuzzedKind = keyof typeof COLLECTION;

let ledger: Ledger;
let snapshot: LedgerSnapshot;
let idCounter = 100_000;
const nextId = () => manyIdNumber(idCounter++);
let cases = 0;
let written = 0;

async function counts(): Promise<Record<FuzzedKind, number>> {
  const db = ledger.db;
  const [volunteers, teams, projects, activities] = await Promise.all([
    db.volunteers.count().exec(),
    db.teams.count().exec(),
    db.projects.count().exec(),
    db.activities.count().exec(),
  ]);
  return { volunteers, teams, projects, activities };
}

function expectMessages(preview: ImportPreview): void {
  expect(messageExists(`importExport.preview.headline.${previewHeadline(preview)}`)).toBe(true);
  for (const issue of preview.issues) {
    expect(messageExists(issue.key), issue.key).toBe(true);
    expect(Number.isInteger(issue.row) && issue.row > 0).toBe(true);
  }
  expect(preview.plan.writes.length + preview.errorRows + preview.skippedDuplicates).toBe(preview.totalRows);
}

/** Check, commit (sometimes cancelled part-way), and compare the ledger before and after. */
async function checkAndCommit(r: Random, kind: RecordKind, grid: SheetGrid): Promise<void> {
  const choice = chooseSheet(kind, [grid]);
  const guess = choice.guesses[0];
  if (!guess) throw new Error('no guess');
  let mapping = guess.mapping;
  // Keepers map the odd column by hand, sometimes wrongly.
  if (r.chance(0.2)) mapping = sanitizeMapping(kind, { ...mapping, [String(r.int(0, 12))]: r.pick(['name', 'idNumber', 'title', 'date', 'field', 'notes']) }, guess.headers.length);
  const policy: DuplicatePolicy = r.chance(0.3) ? 'update' : 'skip';
  const preview = await checkImport(kind, { sheet: grid, headerRowIndex: guess.rowIndex, mapping }, snapshot, { duplicatePolicy: policy, pause: noPause });
  expectMessages(preview);
  if (preview.plan.writes.length === 0) return;

  const before = await counts();
  const controller = new AbortController();
  const cancelAt = r.chance(0.15) ? r.int(0, preview.plan.writes.length) : Infinity;
  const result: CommitResult = await commitImport(ledger, preview.plan, {
    pause: noPause,
    signal: controller.signal,
    chunkSize: 50,
    onProgress: (done) => done >= cancelAt && controller.abort(),
  });
  const after = await counts();
  expect(result.written === preview.plan.writes.length || result.cancelled || result.failure !== undefined).toBe(true);
  expect(result.written % 50 === 0 || result.written === preview.plan.writes.length).toBe(true);
  for (const k of Object.keys(COLLECTION) as FuzzedKind[]) {
    expect(after[k] - before[k], k).toBe(k === kind ? result.inserted : 0);
  }
  if (result.failure) expect(messageExists(`importExport.summary.${result.failure === 'stale' ? 'stale' : 'writeError'}`)).toBe(true);
  written += result.written;
  if (result.written > 0) snapshot = await loadLedgerSnapshot(ledger);
}

function gridOf(sheet: GeneratedSheet): SheetGrid {
  return {
    name: 'S',
    hidden: false,
    date1904: false,
    rows: sheet.rows.map((row, i) => ({ number: i + 1, cells: row.map(toGridCell) })).filter((row) => row.cells.some((c) => c !== null)),
  };
}

async function importFile(r: Random, bytes: Uint8Array, kind: RecordKind, name: string): Promise<void> {
  cases += 1;
  const read = await readSpreadsheet(bytes, name);
  if (!read.ok) {
    expect(messageExists(fileProblemKey(read.problem)), read.problem).toBe(true);
    return;
  }
  const choice = chooseSheet(kind, read.sheets);
  const sheet = read.sheets[choice.index];
  if (!sheet) throw new Error('chosen sheet missing');
  await checkAndCommit(r, kind, sheet);
}

// Generous per-test limits: the cases take ~15 s of CPU in all, but a busy machine stretches the wall time.
describe('import fuzz', { timeout: 90_000 }, () => {
  let baseXlsx: Uint8Array[] = [];

  beforeAll(async () => {
    ledger = await openTestLedger();
    await ledger.setUpStation(TEST_STATION);
    const teams = await Promise.all(SEED.teams.map((name) => ledger.teams.create({ name, field: 'aid' })));
    for (const [i, name] of [...SEED.people, '李四'].entries()) {
      const id = manyIdNumber(i);
      await ledger.volunteers.create({ name, gender: genderOf(id), idNumber: id, politicalStatus: 'masses', joinDate: '2020-01-01', teamIds: [teams[0]?.id ?? ''] });
    }
    await ledger.projects.create({ name: SEED.project, field: 'aid', startDate: '2020-01-01', status: 'running' });
    snapshot = await loadLedgerSnapshot(ledger);
    const r = new Random(BASE_SEED);
    baseXlsx = await Promise.all(Array.from({ length: 6 }, () => workbookBytes([{ name: '表', rows: generateSheet(r, nextId, true).rows }])));
  });

  afterAll(async () => {
    await ledger.close();
  });

  it(`turns ${COUNTS.randomBytes} random byte strings and ${COUNTS.zipLike} fake zips into file messages`, async () => {
    const r = new Random(BASE_SEED + 1);
    for (let i = 0; i < COUNTS.randomBytes; i += 1) await importFile(r, r.bytes(r.int(0, 3000)), 'volunteers', 'x.xlsx');
    for (let i = 0; i < COUNTS.zipLike; i += 1) {
      const body = r.bytes(r.int(0, 2000));
      const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode(r.chance(0.5) ? 'xl/workbook.xml' : ''), ...body]);
      await importFile(r, bytes, 'volunteers', 'x.xlsx');
    }
  });

  it(`survives ${COUNTS.damagedXlsx} truncated or bit-flipped .xlsx files`, async () => {
    const r = new Random(BASE_SEED + 2);
    for (let i = 0; i < COUNTS.damagedXlsx; i += 1) {
      const base = r.pick(baseXlsx);
      let bytes = base.slice(0, r.chance(0.6) ? r.int(0, base.length) : base.length);
      if (r.chance(0.5)) {
        bytes = new Uint8Array(bytes);
        for (let k = 0; k < r.int(1, 20) && bytes.length > 0; k += 1) bytes[r.int(0, bytes.length - 1)] = r.int(0, 255);
      }
      await importFile(r, bytes, r.pick(['volunteers', 'activities'] as const), 'x.xlsx');
    }
  });

  it(`checks and imports ${COUNTS.xlsx} generated .xlsx sheets with broken cells, headers and formulas`, async () => {
    const r = new Random(BASE_SEED + 3);
    for (let i = 0; i < COUNTS.xlsx; i += 1) {
      const sheet = generateSheet(r, nextId, true);
      const wb = new ExcelJS.Workbook();
      if (r.chance(0.2)) wb.addWorksheet('说明').addRow(['填表说明']);
      const ws = wb.addWorksheet(r.chance(0.1) ? junkNameFor(r) : '表');
      for (const row of sheet.rows) ws.addRow(row);
      if (r.chance(0.2) && sheet.rows.length > 1) ws.mergeCells(1, 1, 1, 4);
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await wb.xlsx.writeBuffer());
      } catch {
        // exceljs cannot write every junk value; such a file cannot reach a keeper either.
        continue;
      }
      await importFile(r, bytes, sheet.kind, 'x.xlsx');
    }
  });

  it(`reads ${COUNTS.csv} generated CSV files in any delimiter, encoding and state of repair`, async () => {
    const r = new Random(BASE_SEED + 4);
    for (let i = 0; i < COUNTS.csv; i += 1) {
      const sheet = generateSheet(r, nextId, false);
      await importFile(r, generateCsv(r, sheet), sheet.kind, 'x.csv');
    }
  });

  it(`checks ${COUNTS.grids} generated sheets row by row, some long enough to be cancelled part-way`, async () => {
    const r = new Random(BASE_SEED + 5);
    for (let i = 0; i < COUNTS.grids; i += 1) {
      cases += 1;
      const sheet = generateSheet(r, nextId, false);
      if (r.chance(0.1)) {
        // A long sheet: repeat its data rows so the commit runs several chunks.
        const data = sheet.rows.slice(1);
        if (data.length > 0) for (let k = 0; k < 30; k += 1) sheet.rows.push(...data.map((row) => row.map((v) => (v === null ? v : v))));
      }
      await checkAndCommit(r, sheet.kind, gridOf(sheet));
    }
  });

  it('leaves a ledger in which every record is valid and no ID number is registered twice', async () => {
    expect(cases).toBeGreaterThanOrEqual(1000);
    expect(written).toBeGreaterThan(0);
    const final = await loadLedgerSnapshot(ledger);
    for (const kind of Object.keys(DOC_SCHEMAS) as FuzzedKind[]) {
      for (const doc of final[kind]) expect(DOC_SCHEMAS[kind].safeParse(doc).success, `${kind} ${doc.id}`).toBe(true);
    }
    const ids = final.volunteers.map((v) => v.idNumber);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

function junkNameFor(r: Random): string {
  return `表${r.int(0, 99)}[1]`.replace(/[[\]]/g, '');
}
