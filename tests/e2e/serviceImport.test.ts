import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { AppShell } from './pages/AppShell';
import { HONOURS_NAV, HonoursPage } from './pages/HonoursPage';
import { RecordsPage } from './pages/RecordsPage';
import { SetupPage, type StationProfileInput } from './pages/SetupPage';
import { useAppSession } from './support/appSession';
import { saveScreenshot } from './support/browser';
import { poll, WAIT_MS } from './support/waits';

/**
 * A keeper brings the station's paper honours register in through 导入导出: a 表彰荣誉 sheet under a title row,
 * written as registers write it (国家级, 县区级, 2023年度), with one row that cannot go in. The check names
 * that row's bad cells in Chinese, the two good rows are imported, and the 表彰荣誉 page lists them.
 */

const STATION: StationProfileInput = {
  name: '柳埠村新时代文明实践站',
  code: 'LBC-001',
  city: '济南市',
  county: '历城区',
  center: '历城区新时代文明实践中心',
  institute: '柳埠街道新时代文明实践所',
  contactName: '赵站长',
  contactPhone: '13600002222',
  address: '柳埠村村委会',
};

async function honourSheet(): Promise<{ name: string; buffer: Buffer }> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('荣誉');
  sheet.addRow(['柳埠村历年获得表彰情况']);
  sheet.mergeCells(1, 1, 1, 6);
  sheet.addRow(['序号', '荣誉类别', '级别', '年度', '获奖对象', '备注']);
  sheet.addRow([1, '文明家庭', '县区级', '2024年度', '张明家庭', '']);
  sheet.addRow([2, '优秀志愿服务社区', '国家级', 2023, '柳埠村', '']);
  sheet.addRow([3, '好好人', '乡级', '24', '李强家庭', '']);
  return { name: '柳埠村表彰台账.xlsx', buffer: Buffer.from(await book.xlsx.writeBuffer()) };
}

describe('importing an honours register', () => {
  const app = useAppSession();
  let page: Page;

  beforeAll(async () => {
    page = app().page;
    page.setDefaultTimeout(WAIT_MS);
    await app().goto('/');
    await (await new SetupPage(page).waitUntilShown()).setUp(STATION);
  });

  test('the check names the bad cells in Chinese and the good rows are imported', async () => {
    await new AppShell(page).navigate('records');
    const records = await new RecordsPage(page).waitUntilShown();
    await records.openImportTab();
    await records.chooseImportKind('表彰荣誉');
    await records.chooseFile(await honourSheet());
    await records.previewHeadline().waitFor({ state: 'visible' });
    expect(await records.previewStat('total').innerText()).toBe('3');
    expect(await records.previewStat('inserts').innerText()).toBe('2');
    expect(await records.previewStat('errors').innerText()).toBe('1');
    await expect.poll(async () => (await records.problems()).filter((p) => p.row === 5).length, poll).toBe(3);
    const refused = (await records.problems()).filter((p) => p.row === 5).map((p) => `${p.column}｜${p.problem}`);
    expect(refused).toEqual([
      expect.stringMatching(/^荣誉类别｜不导入“好好人”不是可选的内容，可填写：优秀志愿者、/),
      expect.stringMatching(/^级别｜不导入“乡级”不是可选的内容，可填写：全国、省级、市级、县级/),
      '年度｜不导入“24”不是年份，请写四位年份，如 2024 或 2024年度。',
    ]);
    await saveScreenshot(page, 'service-import-01-honours-preview');
    await records.importValidRows();
    await records.summary().waitFor({ state: 'visible' });
    expect(await records.summary().innerText()).toContain('导入完成：新增 2 条');
  });

  test('the 表彰荣誉 page lists the imported honours', async () => {
    await page.getByRole('menuitem').filter({ hasText: new RegExp(`^${HONOURS_NAV}$`) }).click();
    const honours = await new HonoursPage(page).waitUntilShown();
    await expect.poll(async () => (await honours.read()).length, poll).toBe(2);
    const rows = await honours.read();
    expect(rows.map((r) => [r.year, r.level, r.honoured])).toEqual([
      [expect.stringContaining('2024'), '县级', '张明家庭'],
      [expect.stringContaining('2023'), '全国', '柳埠村'],
    ]);
    await saveScreenshot(page, 'service-import-02-honours-list');
  });
});
