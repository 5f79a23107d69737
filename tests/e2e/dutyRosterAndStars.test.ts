import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { chooseOption, messageWith } from './pages/antd';
import { AppShell } from './pages/AppShell';
import { DutyPostPage, DutyPostsPage, SignInDeskPage } from './pages/DutyPage';
import { RecordsPage } from './pages/RecordsPage';
import { SetupPage, type StationProfileInput } from './pages/SetupPage';
import { useAppSession } from './support/appSession';
import { saveScreenshot } from './support/browser';
import { flat, printToA4 } from './support/pdfText';
import { residentId } from './support/residentIds';
import { poll, textOf, WAIT_MS } from './support/waits';

/**
 * A post's 值守排班表 printed from its page, and the star level on a certificate. Two duty days of last
 * year at a 文明交通岗: three volunteers on the first (one never signs out), one on the second; the roster
 * names them in name order with their times, credited hours and the 待核实 line. 张三 served 98 hours in
 * activities and 2 on duty: his certificate for last year certifies the activities' 98 hours and states
 * 一星志愿者, which only the duty hours reach.
 */

const STATION: StationProfileInput = {
  name: '春晖社区新时代文明实践站',
  code: 'CH-SQ-021',
  county: '城关区',
  center: '城关区新时代文明实践中心',
  institute: '南关街道新时代文明实践所',
  contactName: '赵站长',
  contactPhone: '13600004444',
  address: '春晖社区服务中心',
};

const ZHANG = { name: '张三', initials: 'zs', idNumber: residentId('11010519850312203'), phone: '13812345678' };
const LI = { name: '李四', initials: 'ls', idNumber: residentId('32050219900707102'), phone: '13955550123' };
const WANG = { name: '王五', initials: 'ww', idNumber: residentId('37010219751120301'), phone: '13711112222' };
const POST = { name: '文明交通岗', place: '春晖路与建设路路口' };
/** 12 days of 8 hours and one of 2: two hours short of the first star. */
const ACTIVITY_DAYS = 13;

async function workbook(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Sheet1');
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function cells(row: Locator): Promise<string[]> {
  return (await row.locator('td').allInnerTexts()).map((text) => text.trim());
}

describe('printing the duty roster, and the star level on a certificate', () => {
  const app = useAppSession();
  let page: Page;
  let year = 0;
  const day = (n: number) => `${year}-03-${String(n).padStart(2, '0')}`;

  beforeAll(async () => {
    page = app().page;
    page.setDefaultTimeout(WAIT_MS);
    // 开具并打印 opens the browser's print dialog, which would hold the page: it is a no-op here.
    await app().context.addInitScript(() => {
      (globalThis as unknown as { print: () => void }).print = () => undefined;
    });
  });

  async function importSheet(kind: string | null, name: string, buffer: Buffer): Promise<void> {
    const records = await new RecordsPage(page).waitUntilShown();
    if (kind) await records.chooseImportKind(kind);
    await records.chooseFile({ name, buffer });
    await records.previewHeadline().waitFor({ state: 'visible' });
    await records.importValidRows();
    await records.summary().waitFor({ state: 'visible' });
  }

  test('1. the station, three volunteers and 张三’s 98 hours of activities last year, from Excel', async () => {
    await app().goto('/');
    await (await new SetupPage(page).waitUntilShown()).setUp(STATION);
    await expect.poll(() => textOf(new AppShell(page).stationName()), poll).toBe(STATION.name);
    year = (await page.evaluate(() => new Date().getFullYear())) - 1;

    await new AppShell(page).navigate('records');
    await new RecordsPage(page).openImportTab();
    const people = [ZHANG, LI, WANG].map((p) => [p.name, p.idNumber, p.phone, '群众', `${year}-01-02`]);
    await importSheet(null, '志愿者.xlsx', await workbook(['姓名', '身份证号', '手机号', '政治面貌', '注册时间'], people));
    await new RecordsPage(page).importAgain();
    const activities = Array.from({ length: ACTIVITY_DAYS }, (_, i) => {
      const hours = i < ACTIVITY_DAYS - 1 ? 8 : 2;
      return [`助老服务第${i + 1}次`, `${year}-05-${String(i + 1).padStart(2, '0')}`, '08:00', '16:00', '春晖社区敬老院', '爱心帮扶', `${ZHANG.name}(${hours})`, 5, '陪伴老人'];
    });
    await importSheet(
      '志愿服务活动',
      '活动.xlsx',
      await workbook(['活动名称', '活动日期', '开始时间', '结束时间', '活动地点', '服务领域', '参与志愿者及服务时长', '服务人数', '活动简介'], activities),
    );
    expect(await textOf(new RecordsPage(page).summary())).toContain(String(ACTIVITY_DAYS));
  });

  test('2. a post with two days of 07:00–09:00 shifts; four sign-ins at the desk, one never signs out', async () => {
    await app().goto('/duty');
    const posts = await new DutyPostsPage(page).waitUntilShown();
    await posts.addPost(POST.name, POST.place);
    await messageWith(page, `已保存岗位“${POST.name}”`).waitFor({ state: 'visible' });
    await posts.openPost(POST.name);
    const post = await new DutyPostPage(page).waitUntilShown();
    await post.addRun({ from: day(5), to: day(6), start: '07:00', end: '09:00', needed: 3 });
    await expect.poll(() => post.shiftRows().count(), poll).toBe(2);

    await app().goto('/duty/sign-in');
    const desk = await new SignInDeskPage(page).waitUntilShown();
    await desk.setDate(day(5));
    const sign = async (person: typeof ZHANG, time: string, message: string) => {
      await desk.setTime(time);
      await desk.sign(person.name, person.initials);
      await messageWith(page, `${person.name} ${message}`).waitFor({ state: 'visible' });
    };
    await sign(ZHANG, '07:00', '已签到（07:00）');
    await sign(LI, '07:00', '已签到（07:00）');
    await sign(WANG, '07:30', '已签到（07:30）');
    await sign(ZHANG, '09:00', '已签退（09:00），本班计入 2 小时');
    await sign(LI, '09:00', '已签退（09:00），本班计入 2 小时');
    await desk.setDate(day(6));
    await sign(LI, '07:00', '已签到（07:00）');
    await sign(LI, '08:30', '已签退（08:30），本班计入 1.5 小时');
  });

  test('3. 打印排班表 on the post’s page gives the roster of last year: names, times, hours, the line to review', async () => {
    await app().goto('/duty');
    await (await new DutyPostsPage(page).waitUntilShown()).openPost(POST.name);
    await new DutyPostPage(page).waitUntilShown();
    await page.getByTestId('print-roster').click();
    await page.getByTestId('page-duty-roster').waitFor();
    // This month at first; last year by its preset.
    await page.getByTestId('duty-roster-range').getByRole('button', { name: /^上\s*年$/ }).click();
    const lines = page.getByTestId('duty-roster-line');
    await expect.poll(() => lines.count(), poll).toBe(4);

    const firstShift = ['1', day(5), '07:00–09:00', '3'];
    expect(await cells(lines.nth(0))).toEqual([...firstShift, LI.name, '07:00', '09:00', '2', '5.5', '']);
    expect(await cells(lines.nth(1))).toEqual([WANG.name, '07:30', '未签退', '1.5', '待核实：未签退，已按班次结束时间计算时长']);
    expect(await cells(lines.nth(2))).toEqual([ZHANG.name, '07:00', '09:00', '2', '']);
    expect(await cells(lines.nth(3))).toEqual(['2', day(6), '07:00–09:00', '3', LI.name, '07:00', '08:30', '1.5', '1.5', '']);
    expect(await cells(page.getByTestId('duty-roster-totals'))).toEqual(['合计：2 个班次，到岗 4 人次', '7', '待核实 1 人次']);
    expect(page.url()).toContain(`from=${year}-01-01&to=${year}-12-31`);
    await saveScreenshot(page, 'duty-roster');

    const pages = await printToA4(page, 'duty-roster');
    expect(pages).toHaveLength(1);
    const text = flat(pages[0] ?? '');
    expect(text).toContain(`${POST.name}值守排班表`);
    expect(text).toContain(`${LI.name}07:0009:0025.5`);
    expect(text).toContain(`${WANG.name}07:30未签退1.5`);
    expect(text).toContain(`${ZHANG.name}07:0009:002`);
    expect(text).toContain('填表人');
    expect(text).not.toContain('打印/导出PDF');
  });

  test('4. 张三’s certificate for last year certifies 98 hours and states the star his duty hours earned', async () => {
    await app().goto('/certificates');
    await page.getByTestId('page-certificates').waitFor();
    await page.getByTestId('new-certificate').click();
    await page.getByTestId('page-certificate-issue').waitFor();
    await chooseOption(page, page.locator('#certificate_volunteerId'), ZHANG.name, ZHANG.initials);
    await page.getByTestId('period-lastYear').click();
    await expect.poll(() => textOf(page.getByTestId('certificate-hours')), poll).toContain('98');
    await page.getByTestId('save-button').click();
    const sheet = page.getByTestId('certificate-sheet');
    await sheet.waitFor();
    expect(flat(await textOf(sheet.getByTestId('certificate-body')))).toContain('累计志愿服务时长98小时');
    expect(flat(await textOf(sheet.getByTestId('certificate-stars')))).toMatch(/累计志愿服务时长（含值守）达到一星志愿者标准。$/);
    await saveScreenshot(page, 'certificate-stars');
    const pages = await printToA4(page, 'certificate-stars');
    expect(flat(pages.join(''))).toContain('一星志愿者');
    expect(app().problems).toEqual([]);
  });
});
