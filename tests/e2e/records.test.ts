import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AppShell } from './pages/AppShell';
import { HomePage } from './pages/HomePage';
import { RecordsPage } from './pages/RecordsPage';
import { SetupPage, type StationProfileInput } from './pages/SetupPage';
import { VolunteersPage } from './pages/VolunteersPage';
import { appUrl, useAppSession } from './support/appSession';
import { ARTIFACTS_DIR, collectProblems, newAppContext, saveScreenshot } from './support/browser';
import { residentId, withWrongCheckChar } from './support/residentIds';
import { poll, WAIT_MS } from './support/waits';

/**
 * A station moves its old volunteer sheet in and its ledger out, in Chromium: a 50-row .xlsx with four
 * bad rows of four kinds and one wrong phone number is checked (the preview names those rows by their
 * Excel row numbers), the 46 importable rows are imported (the wrong phone left out, as the preview
 * said), exported with full ID numbers, read back in Node, and imported again into a second, empty
 * station: the same 46 people arrive.
 */

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'] as const;
const GIVEN_NAMES = ['建国', '秀英', '志强', '丽华', '海燕'] as const;
const POLITICAL = ['中共党员', '群众', '共青团员'] as const;
/** 济南市历下区, 青岛市市南区, 淄博市张店区. */
const AREAS = ['370102', '370202', '370303'] as const;

interface SheetRow {
  name: string;
  gender: string;
  /** A number only for the row whose ID Excel turned into a float. */
  idNumber: string | number;
  phone: string;
  political: string;
  joined: Date;
}

function pick<T>(list: readonly T[], i: number): T {
  const value = list[i % list.length];
  if (value === undefined) throw new Error('pick() from an empty list');
  return value;
}

/** Person i of the sheet: a distinct name and a valid ID whose 17th digit gives the gender column. */
function person(i: number): SheetRow {
  const year = 1960 + ((i * 7) % 40);
  const month = String(1 + (i % 12)).padStart(2, '0');
  const day = String(1 + ((i * 3) % 28)).padStart(2, '0');
  const sequence = String(100 + i).padStart(3, '0');
  const id = residentId(`${pick(AREAS, i)}${year}${month}${day}${sequence}`);
  return {
    name: `${pick(SURNAMES, i)}${pick(GIVEN_NAMES, Math.floor(i / SURNAMES.length))}`,
    gender: Number(id.charAt(16)) % 2 === 1 ? '男' : '女',
    idNumber: id,
    phone: `139${String(10_000_000 + i * 7919).padStart(8, '0')}`,
    political: pick(POLITICAL, i),
    joined: new Date(Date.UTC(2023, i % 12, 1 + (i % 27))),
  };
}

/** The four bad rows, by their index among the 50 data rows (Excel row = index + 2). */
const BAD = { checkDigit: 6, noName: 22, idAsNumber: 31, duplicate: 43 } as const;
/** A row imported without its value: a phone number is optional, so a wrong one is left out, said so. */
const WRONG_PHONE = 14;
const excelRow = (index: number): number => index + 2;
const FLAGGED_EXCEL_ROWS = [...Object.values(BAD), WRONG_PHONE].map(excelRow).sort((a, b) => a - b);

function volunteerSheetRows(): { rows: SheetRow[]; good: SheetRow[] } {
  const rows = Array.from({ length: 50 }, (_, i) => person(i));
  const at = (i: number): SheetRow => {
    const row = rows[i];
    if (!row) throw new Error(`no row ${i}`);
    return row;
  };
  at(BAD.checkDigit).idNumber = withWrongCheckChar(String(at(BAD.checkDigit).idNumber));
  at(WRONG_PHONE).phone = '1381234567';
  at(BAD.noName).name = '';
  // What Excel keeps of 370102198001011234 typed into a 常规 cell: 15 significant digits.
  at(BAD.idAsNumber).idNumber = 3.70102198001011e17;
  at(BAD.duplicate).idNumber = at(3).idNumber;
  const bad = new Set<number>(Object.values(BAD));
  return { rows, good: rows.filter((_, i) => !bad.has(i)) };
}

async function volunteerWorkbook(rows: readonly SheetRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('志愿者花名册');
  sheet.addRow(['姓名', '性别', '身份证号', '手机号', '政治面貌', '注册时间']);
  for (const r of rows) sheet.addRow([r.name, r.gender, r.idNumber, r.phone, r.political, r.joined]);
  sheet.getColumn(6).numFmt = 'yyyy-mm-dd';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

interface ExportedPerson {
  name: string;
  idNumber: string;
}

/** The people of an exported 志愿者名册: rows under the header row (the one starting 序号, 姓名). */
async function readExportedVolunteers(path: string): Promise<{ people: ExportedPerson[]; dataRows: number }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the export has no sheet');
  let header = 0;
  let nameCol = 0;
  let idCol = 0;
  sheet.eachRow((row, rowNumber) => {
    if (header !== 0) return;
    row.eachCell((cell, col) => {
      if (cell.text === '姓名') nameCol = col;
      if (cell.text === '身份证号') idCol = col;
    });
    if (nameCol !== 0 && idCol !== 0) header = rowNumber;
  });
  if (header === 0) throw new Error('no header row with 姓名 and 身份证号 in the export');
  const people: ExportedPerson[] = [];
  let dataRows = 0;
  for (let n = header + 1; n <= sheet.rowCount; n += 1) {
    const row = sheet.getRow(n);
    if (!row.hasValues) continue;
    dataRows += 1;
    people.push({ name: row.getCell(nameCol).text, idNumber: row.getCell(idCol).text });
  }
  return { people, dataRows };
}

const byName = (a: ExportedPerson, b: ExportedPerson): number => a.name.localeCompare(b.name, 'zh-CN') || a.idNumber.localeCompare(b.idNumber);

function station(name: string, code: string): StationProfileInput {
  return {
    name,
    code,
    county: '历下区',
    center: '历下区新时代文明实践中心',
    institute: '泉城路街道新时代文明实践所',
    contactName: '孙站长',
    contactPhone: '13600002222',
    address: '泉城路街道芙蓉社区活动中心',
  };
}

const FIRST = station('芙蓉社区新时代文明实践站', 'FR-001');
const SECOND = station('曲水亭社区新时代文明实践站', 'QST-002');

/** Set-up through the first-run form, ending on the home page under the station's name. */
async function setUpStation(page: Page, profile: StationProfileInput): Promise<void> {
  const setup = await new SetupPage(page).waitUntilShown();
  await setup.setUp(profile);
  await new HomePage(page).waitUntilShown();
  await expect.poll(() => new AppShell(page).stationName().innerText(), poll).toBe(profile.name);
}

async function openRecords(page: Page): Promise<RecordsPage> {
  await new AppShell(page).navigate('records');
  return new RecordsPage(page).waitUntilShown();
}

/** Picks the file on 导入 and waits for the dry run's preview. */
async function checkVolunteerFile(records: RecordsPage, file: { name: string; buffer: Buffer }): Promise<void> {
  await records.openImportTab();
  await records.chooseFile(file);
  await records.previewHeadline().waitFor({ state: 'visible', timeout: WAIT_MS });
}

async function volunteerCount(page: Page): Promise<string> {
  await new AppShell(page).navigate('volunteers');
  const list = await new VolunteersPage(page).waitUntilShown();
  await expect.poll(() => list.count().innerText(), poll).toMatch(/共 \d+ 人/);
  return list.count().innerText();
}

const text = (records: RecordsPage, stat: Parameters<RecordsPage['previewStat']>[0]): Promise<string> => records.previewStat(stat).innerText();

describe('Excel import and export of volunteers, round trip through a second station', () => {
  const app = useAppSession();
  let page: Page;
  const sheet = volunteerSheetRows();
  const goodSorted = sheet.good.map((r) => ({ name: r.name, idNumber: String(r.idNumber) })).sort(byName);
  let exportedPath = '';

  beforeAll(() => {
    page = app().page;
    page.setDefaultTimeout(WAIT_MS);
    page.setDefaultNavigationTimeout(30_000);
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
  });

  test('1. first-run set-up through the form', async () => {
    await app().goto('/');
    await setUpStation(page, FIRST);
    await saveScreenshot(page, 'records-01-home');
  });

  test('2. a 50-row sheet with 4 bad rows and a wrong phone: the preview names those rows, the 46 others are imported', async () => {
    expect(sheet.good).toHaveLength(46);
    const records = await openRecords(page);
    await checkVolunteerFile(records, { name: '志愿者花名册.xlsx', buffer: await volunteerWorkbook(sheet.rows) });

    expect(await text(records, 'total')).toBe('50');
    expect(await text(records, 'inserts')).toBe('46');
    expect(await text(records, 'errors')).toBe('4');
    await expect.poll(async () => (await records.problems()).length, poll).toBeGreaterThanOrEqual(5);
    const problems = await records.problems();
    await saveScreenshot(page, 'records-02-preview');
    // Each flagged row is named by its Excel row number, and no other row is.
    expect([...new Set(problems.map((p) => p.row))].sort((a, b) => a - b)).toEqual(FLAGGED_EXCEL_ROWS);
    const problemAt = (index: number): string =>
      problems
        .filter((p) => p.row === excelRow(index))
        .map((p) => `${p.column}｜${p.problem}`)
        .join('\n');
    expect(problemAt(BAD.checkDigit)).toMatch(/^身份证号｜.*校验码/);
    expect(problemAt(WRONG_PHONE)).toMatch(/^手机号｜导入，但“1381234567”不是有效的电话号码，已留空/);
    expect(problemAt(BAD.noName)).toMatch(/^姓名｜.*必填/);
    expect(problemAt(BAD.idAsNumber)).toMatch(/^身份证号｜.*被 Excel 存成了数字/);
    expect(problemAt(BAD.duplicate)).toMatch(new RegExp(`^身份证号｜.*与本文件第 ${excelRow(3)} 行是同一条记录`));
    expect(await records.importButton().innerText()).toContain('46');

    await records.importValidRows();
    await records.summary().waitFor({ state: 'visible', timeout: WAIT_MS });
    const summary = await records.summary().innerText();
    expect(summary).toContain('46');
    await saveScreenshot(page, 'records-03-summary');

    expect(await volunteerCount(page)).toBe('共 46 人');
    await saveScreenshot(page, 'records-04-volunteers');
  });

  test('3. the export with full ID numbers holds the 46 people, read back in Node', async () => {
    const records = await openRecords(page);
    await records.openExportTab();
    await records.chooseExportKind('志愿者');
    await expect.poll(() => records.exportCount().innerText(), poll).toContain('46');
    await records.exportFullIdNumbers();
    await expect.poll(() => records.fullIdCheckbox().isChecked(), poll).toBe(true);
    await saveScreenshot(page, 'records-05-export');

    const download = await records.export();
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    exportedPath = join(ARTIFACTS_DIR, 'records-export-volunteers.xlsx');
    await download.saveAs(exportedPath);

    const exported = await readExportedVolunteers(exportedPath);
    expect(exported.dataRows).toBe(46);
    expect(exported.people.sort(byName)).toEqual(goodSorted);
  });

  describe('a fresh browser profile', () => {
    let fresh: Page;
    let freshProblems: string[] = [];
    let closeFresh: (() => Promise<void>) | undefined;

    beforeAll(async () => {
      const context = await newAppContext(app().browser);
      closeFresh = () => context.close();
      fresh = await context.newPage();
      fresh.setDefaultTimeout(WAIT_MS);
      fresh.setDefaultNavigationTimeout(30_000);
      freshProblems = collectProblems(fresh);
    });

    afterAll(async () => {
      await closeFresh?.();
    });

    test('4. a new station imports the exported file: the same 46 people', async () => {
      expect(exportedPath, 'test 3 saved the export').not.toBe('');
      await fresh.goto(appUrl('/'));
      await setUpStation(fresh, SECOND);

      const records = await openRecords(fresh);
      await checkVolunteerFile(records, { name: '志愿者名册-导出.xlsx', buffer: readFileSync(exportedPath) });
      expect(await text(records, 'total')).toBe('46');
      expect(await text(records, 'inserts')).toBe('46');
      expect(await text(records, 'errors')).toBe('0');
      await saveScreenshot(fresh, 'records-06-roundtrip-preview');
      await records.importValidRows();
      await records.summary().waitFor({ state: 'visible', timeout: WAIT_MS });
      expect(await volunteerCount(fresh)).toBe('共 46 人');
      await saveScreenshot(fresh, 'records-07-roundtrip-volunteers');

      // The names (and full IDs) in the second station, as its own export shows them.
      const again = await openRecords(fresh);
      await again.openExportTab();
      await again.exportFullIdNumbers();
      const download = await again.export();
      const path = join(ARTIFACTS_DIR, 'records-export-roundtrip.xlsx');
      await download.saveAs(path);
      const exported = await readExportedVolunteers(path);
      expect(exported.people.sort(byName)).toEqual(goodSorted);
    });

    test('5. nothing went wrong in either page', () => {
      expect(freshProblems).toEqual([]);
      expect(app().problems).toEqual([]);
    });
  });
});
