import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { commitImport } from '../../../src-renderer/data/imports/commitImport';
import { loadLedgerSnapshot } from '../../../src-renderer/data/imports/ledgerSnapshot';
import type { Ledger } from '../../../src-renderer/data/session';
import { cellText } from '../../../src-renderer/domain/records/cellText';
import { buildExport } from '../../../src-renderer/domain/records/exportSheets';
import { chooseSheet } from '../../../src-renderer/domain/records/headerRecognition';
import { readSpreadsheet } from '../../../src-renderer/domain/records/readSpreadsheet';
import { buildRefusedRowsWorkbook } from '../../../src-renderer/domain/records/refusedRows';
import { writeXlsx } from '../../../src-renderer/domain/records/writeXlsx';
import { openTestLedger, TEST_STATION } from '../../support/testLedger';
import { ROSTER_FIXES, ROSTER_HEADER, ROSTER_ROWS, ROSTER_TITLE, rosterExcelRow } from '../../support/villageRoster';
import { noPause, previewFile, volunteerWrites, zhT } from './support';

const opened: Ledger[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((l) => l.close()));
});

async function ledgerWithStation(): Promise<Ledger> {
  const ledger = await openTestLedger();
  opened.push(ledger);
  await ledger.setUpStation(TEST_STATION);
  return ledger;
}

async function rosterBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  ws.addRow([ROSTER_TITLE]);
  ws.mergeCells(1, 1, 1, ROSTER_HEADER.length);
  ws.addRow([...ROSTER_HEADER]);
  for (const row of ROSTER_ROWS) ws.addRow(row.cells);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The sheet the keeper gets back, with the corrections of ROSTER_FIXES typed into it. */
async function correctedRefusedRows(bytes: Uint8Array): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('no sheet');
  let headerRow = 0;
  ws.eachRow((row, n) => {
    if (headerRow === 0 && row.getCell(2).text === '姓名') headerRow = n;
  });
  const column = (header: string) => {
    let found = 0;
    ws.getRow(headerRow).eachCell((cell, col) => {
      if (cell.text === header) found = col;
    });
    return found;
  };
  ws.eachRow((row, n) => {
    if (n <= headerRow) return;
    const fixes = ROSTER_FIXES[row.getCell(column('姓名')).text] ?? {};
    for (const [header, value] of Object.entries(fixes)) row.getCell(column(header)).value = value;
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('a realistic village roster', () => {
  it('imports every row that is unambiguous and says, row by row, what it made of each value', async () => {
    const p = await previewFile('volunteers', await rosterBytes(), { station: null, volunteers: [], teams: [], projects: [], activities: [] });
    const writes = volunteerWrites(p);
    expect(writes.map((w) => w.fields.name)).toEqual(ROSTER_ROWS.filter((r) => r.imported).map((r) => r.name));
    expect(p.errorRows).toBe(ROSTER_ROWS.filter((r) => !r.imported).length);
    ROSTER_ROWS.forEach((row, i) => {
      const excelRow = rosterExcelRow(i);
      const messages = p.issues.filter((issue) => issue.row === excelRow).map((issue) => [issue.severity, issue.key]);
      expect(messages, row.name).toEqual(row.messages);
      const written = writes.find((w) => w.row === excelRow);
      if (row.stored) expect(written?.fields, row.name).toMatchObject(row.stored);
    });
    // Every note and warning quotes the cell and says what was stored, in words the keeper reads.
    const wang = p.issues.filter((i) => i.row === rosterExcelRow(0)).map((i) => zhT(i.key, i.params));
    expect(wang).toEqual(['“1962年3月”只写到月份，已按身份证号记为 1962-03-15。', '“2025年6月”只写到月份，记为当月第一天 2025-06-01。']);
    const anna = p.issues.find((i) => i.row === rosterExcelRow(7));
    expect(anna && [anna.column, zhT(anna.key, anna.params)]).toEqual(['出生年月', '“2025年13月”无法识别，已留空。']);
  });

  it('gives the refused rows back as a sheet with their reasons that imports again, once corrected, without mapping', async () => {
    const ledger = await ledgerWithStation();
    const original = await rosterBytes();
    const first = await previewFile('volunteers', original, await loadLedgerSnapshot(ledger));
    const written = await commitImport(ledger, first.plan, { pause: noPause });
    expect(written.inserted).toBe(ROSTER_ROWS.filter((r) => r.imported).length);

    const read = await readSpreadsheet(original, 'roster.xlsx');
    if (!read.ok) throw new Error(read.problem);
    const choice = chooseSheet('volunteers', read.sheets);
    const sheet = read.sheets[choice.index];
    const guess = choice.guesses[choice.index];
    if (!sheet || !guess) throw new Error('no sheet');
    const spec = buildRefusedRowsWorkbook('volunteers', { sheet, headerRowIndex: guess.rowIndex, mapping: guess.mapping }, first.issues, zhT);
    if (!spec) throw new Error('no refused rows');
    const refusedBytes = await writeXlsx(spec);

    const back = await readSpreadsheet(refusedBytes, 'refused.xlsx');
    if (!back.ok) throw new Error(back.problem);
    const backChoice = chooseSheet('volunteers', back.sheets);
    const backGuess = backChoice.guesses[backChoice.index];
    const backSheet = back.sheets[backChoice.index];
    if (!backGuess || !backSheet) throw new Error('no sheet');
    // Every header is recognised or is the reason column: the corrected file goes straight to the check.
    expect(backGuess.unrecognized).toEqual([]);
    expect(backGuess.headers).toEqual([...ROSTER_HEADER, '未导入原因']);
    const dataRows = backSheet.rows.slice(backGuess.rowIndex + 1);
    const refusedNames = ROSTER_ROWS.filter((r) => !r.imported).map((r) => r.name);
    expect(dataRows.map((r) => cellText(r.cells[1]))).toEqual(refusedNames);
    const reasons = dataRows.map((r) => cellText(r.cells[ROSTER_HEADER.length]));
    expect(reasons[0]).toContain('加入时间：');
    expect(reasons[0]).toContain('联系电话：“1391234567”不是有效的电话号码，已留空。');
    expect(reasons[1]).toMatch(/^身份证号码：/);
    expect(reasons[2]).toBe('加入时间：“2019年”只写了年份，请至少写到月份，如 2024年3月。');
    expect(reasons[3]).toBe(`身份证号码：${zhT('importExport.issue.duplicateInFile', { row: rosterExcelRow(0) })}`);
    // The original cells come back as they were: the ID number as text, the bad date as written.
    expect(cellText(dataRows[2]?.cells[8])).toBe('2019年');

    const second = await previewFile('volunteers', await correctedRefusedRows(refusedBytes), await loadLedgerSnapshot(ledger));
    expect(second.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(volunteerWrites(second).map((w) => w.fields.name)).toEqual(refusedNames);
    await commitImport(ledger, second.plan, { pause: noPause });
    expect(await ledger.db.volunteers.count().exec()).toBe(ROSTER_ROWS.length);
  });

  it('recognises a re-imported masked export and says so once, instead of a digits error on every row', async () => {
    const ledger = await ledgerWithStation();
    const first = await previewFile('volunteers', await rosterBytes(), await loadLedgerSnapshot(ledger));
    await commitImport(ledger, first.plan, { pause: noPause });
    const snapshot = await loadLedgerSnapshot(ledger);
    const exported = await writeXlsx(buildExport(snapshot, { kind: 'volunteers', fullIdNumbers: false, exportedAt: '2025-07-01 09:00', participantDetail: false }, zhT));

    const p = await previewFile('volunteers', exported, { ...snapshot, volunteers: [] });
    const residents = snapshot.volunteers.filter((v) => v.idType === 'resident_id').length;
    expect(p.maskedIdRows).toBe(snapshot.volunteers.length);
    expect(p.errorRows).toBe(snapshot.volunteers.length);
    expect(p.plan.writes).toEqual([]);
    expect(p.issues.filter((i) => i.key.startsWith('validation.idNumber'))).toEqual([]);
    expect(p.issues.filter((i) => i.severity === 'error').map((i) => i.key)).toEqual(Array(snapshot.volunteers.length).fill('importExport.issue.maskedIdNumber'));
    expect(zhT('importExport.preview.masked', { count: p.maskedIdRows })).toContain('这是隐藏了身份证号的导出文件');
    // The masked phones are left out with their own words, not as wrong numbers.
    expect(p.issues.filter((i) => i.field === 'phone').every((i) => i.key === 'importExport.warn.maskedPhoneDropped')).toBe(true);
    expect(residents).toBeGreaterThan(0);

    // The same export with full numbers imports into an empty station.
    const full = await writeXlsx(buildExport(snapshot, { kind: 'volunteers', fullIdNumbers: true, exportedAt: '2025-07-01 09:00', participantDetail: false }, zhT));
    const again = await previewFile('volunteers', full, { ...snapshot, volunteers: [] });
    expect(again.maskedIdRows).toBe(0);
    expect(again.plan.writes).toHaveLength(snapshot.volunteers.length);
  });
});
