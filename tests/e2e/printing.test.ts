import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { ActivitiesPage } from './pages/ActivitiesPage';
import { ActivityFormPage } from './pages/ActivityFormPage';
import { chooseOption } from './pages/antd';
import { AppShell } from './pages/AppShell';
import { ProjectFormPage, ProjectsPage } from './pages/ProjectFormPage';
import { RecordsPage } from './pages/RecordsPage';
import { SetupPage, type StationProfileInput } from './pages/SetupPage';
import { VolunteerDetailPage } from './pages/VolunteerDetailPage';
import { VolunteerFormPage } from './pages/VolunteerFormPage';
import { VolunteersPage } from './pages/VolunteersPage';
import { useAppSession } from './support/appSession';
import { saveScreenshot } from './support/browser';
import { flat, printToA4 } from './support/pdfText';
import { residentId } from './support/residentIds';
import { poll, textOf, WAIT_MS } from './support/waits';

/**
 * What an inspection asks to see on paper, reached from where the keeper works: an activity recorded by
 * keyboard prints its 活动记录表 (every participant, hours, an empty column to sign) and its 签到表 from its
 * own row and page; the 活动台账 names who took part and what was done; 开具并打印 opens the print dialog;
 * and an activity of 200 volunteers flows onto numbered pages that each repeat the heading. window.print
 * is replaced by a counter that survives reloads, so each test can say how often the dialog would open.
 */

const STATION: StationProfileInput = {
  name: '杏林社区新时代文明实践站',
  code: 'XL-SQ-012',
  county: '城关区',
  center: '城关区新时代文明实践中心',
  institute: '西湖街道新时代文明实践所',
  contactName: '马站长',
  contactPhone: '13600003333',
  address: '杏林社区党群服务中心',
};

/** In name order (李, 王, 张), as every list of people in the app. */
const PEOPLE = [
  { name: '李四', initials: 'ls', idNumber: residentId('32050219900707102'), phone: '13955550123', hours: 2 },
  { name: '王五', initials: 'ww', idNumber: residentId('37010219751120301'), phone: '13711112222', hours: 2.5 },
  { name: '张三', initials: 'zs', idNumber: residentId('11010519850312203'), phone: '13812345678', hours: 2.5 },
] as const;

const WRITE_UP =
  '组织志愿者为辖区独居老人上门测量血压、血糖，讲解冬季用药和防跌倒常识，登记了需要回访的老人。\n现场发放健康手册三十份。';
const ACTIVITY = { title: '冬季健康义诊进家门', place: '杏林社区党群服务中心', served: 30, project: '健康服务进万家' };
const BIG = { title: '冬季送温暖入户走访', size: 200 };

const PRINT_COUNTER = 'e2e-print-calls';

/** The page's sessionStorage, typed here: these tests compile without the DOM library. */
interface PageScope {
  sessionStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
  print: () => void;
}

async function printCalls(page: Page): Promise<number> {
  return page.evaluate((key) => Number((globalThis as unknown as PageScope).sessionStorage.getItem(key) ?? '0'), PRINT_COUNTER);
}

/** Cells of one table row as a reader sees them. */
async function cells(row: Locator): Promise<string[]> {
  return (await row.locator('td').allInnerTexts()).map((text) => text.trim());
}

/* ---------- 200 volunteers for the long sheet, as a station would bring them: an Excel roster ---------- */

const SURNAMES = ['赵', '钱', '孙', '周', '吴', '郑', '冯', '陈', '褚', '卫', '蒋', '沈', '韩', '杨', '朱', '秦', '尤', '许', '何', '吕'] as const;
const GIVEN = ['建国', '秀英', '志强', '丽华', '海燕', '春梅', '国庆', '玉兰', '德明', '桂芳'] as const;

function bigTeam(): Array<{ name: string; idNumber: string; phone: string }> {
  return Array.from({ length: BIG.size }, (_, i) => ({
    name: `${SURNAMES[i % SURNAMES.length] ?? '赵'}${GIVEN[Math.floor(i / SURNAMES.length)] ?? '建国'}`,
    idNumber: residentId(`370102${1960 + (i % 40)}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}${String(100 + i).padStart(3, '0')}`),
    phone: `139${String(20_000_000 + i * 7919).padStart(8, '0')}`,
  }));
}

async function workbook(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Sheet1');
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('printing for inspections: record sheet, sign-in sheet, ledger, certificate', () => {
  const app = useAppSession();
  let page: Page;
  let shell: AppShell;
  let today = '';

  beforeAll(async () => {
    page = app().page;
    page.setDefaultTimeout(WAIT_MS);
    page.setDefaultNavigationTimeout(30_000);
    shell = new AppShell(page);
    // The browser's print dialog, counted instead of opened; sessionStorage keeps the count over reloads.
    await app().context.addInitScript((key) => {
      const scope = globalThis as unknown as PageScope;
      scope.print = () => scope.sessionStorage.setItem(key, String(Number(scope.sessionStorage.getItem(key) ?? '0') + 1));
    }, PRINT_COUNTER);
  });

  async function openPrintMenu(title: string): Promise<void> {
    await shell.navigate('activities');
    const list = await new ActivitiesPage(page).waitUntilShown();
    await list.row(title).first().getByTestId('activity-print-menu').click();
  }

  test('1. the station, three volunteers, a project and an activity in it are entered by keyboard', async () => {
    await app().goto('/');
    const setup = await new SetupPage(page).waitUntilShown();
    await setup.setUp(STATION);
    await expect.poll(() => textOf(shell.stationName()), poll).toBe(STATION.name);
    today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });

    for (const person of PEOPLE) {
      await shell.navigate('volunteers');
      await (await new VolunteersPage(page).waitUntilShown()).add();
      const form = await new VolunteerFormPage(page).waitUntilShown();
      await form.fill({ name: person.name, idNumber: person.idNumber, phone: person.phone, politicalStatus: '群众' });
      await form.save();
      await new VolunteerDetailPage(page).waitUntilShown();
    }

    await app().goto('/projects/new');
    const project = await new ProjectFormPage(page).waitUntilShown();
    await project.form.fill('name', ACTIVITY.project);
    await project.form.choose('field', '卫生健康', '卫生');
    await project.form.control('name').press('Enter');
    await project.waitUntilGone();
    await expect.poll(async () => (await new ProjectsPage(page).waitUntilShown()).row(ACTIVITY.project).count(), poll).toBe(1);

    await shell.navigate('activities');
    const list = await new ActivitiesPage(page).waitUntilShown();
    await list.newActivity();
    const form = await new ActivityFormPage(page).waitUntilShown();
    await form.fill({
      title: ACTIVITY.title,
      project: ACTIVITY.project,
      date: today,
      startTime: '08:30',
      endTime: '11:00',
      place: ACTIVITY.place,
      field: '卫生健康',
      servedCount: ACTIVITY.served,
      servedGroups: ['独居老人'],
      summary: WRITE_UP,
    });
    // Added in another order than they print: the sheet lists people by surname.
    for (const person of [PEOPLE[2], PEOPLE[0], PEOPLE[1]]) await form.addParticipant(person.name, person.initials);
    await form.setHours(PEOPLE[0].name, PEOPLE[0].hours);
    await form.save();
    await list.waitUntilShown();
    await expect.poll(() => list.row(ACTIVITY.title).count(), poll).toBe(1);
  });

  test('2. 打印活动记录表 on the activity’s row opens its record sheet and the print dialog once', async () => {
    const before = await printCalls(page);
    await openPrintMenu(ACTIVITY.title);
    await page.getByTestId('menu-print-activity-record').click();
    await page.getByTestId('page-activity-record').waitFor();
    const rows = page.getByTestId('record-participant');
    await expect.poll(() => rows.count(), poll).toBe(PEOPLE.length);
    await expect.poll(() => printCalls(page), poll).toBe(before + 1);

    for (const [i, person] of PEOPLE.entries()) {
      expect(await cells(rows.nth(i))).toEqual([String(i + 1), person.name, String(person.hours), '']);
    }
    expect(await cells(page.getByTestId('record-totals'))).toEqual(['合计 3 人', '7', '']);
    const info = flat(await textOf(page.getByTestId('record-info')));
    expect(info).toContain(`活动名称${ACTIVITY.title}`);
    expect(info).toContain(`活动日期${today}`);
    expect(info).toContain('08:30—11:00（2.5小时）');
    expect(info).toContain(`活动地点${ACTIVITY.place}`);
    expect(info).toContain('服务领域卫生健康');
    expect(info).toContain(`实践项目${ACTIVITY.project}`);
    expect(info).toContain(`服务人数${ACTIVITY.served}人`);
    expect(info).toContain('服务对象独居老人');
    expect(info).toContain(`组织单位${STATION.name}`);
    expect(flat(await textOf(page.getByTestId('record-write-up')))).toBe(flat(WRITE_UP));
    expect(await textOf(page.getByTestId('record-page-number'))).toBe('第 1 页 / 共 1 页');
    await saveScreenshot(page, 'printing-record-sheet');

    const pages = await printToA4(page, 'printing-record-sheet');
    expect(pages).toHaveLength(1);
    const text = flat(pages[0] ?? '');
    expect(text).toContain('志愿服务活动记录表');
    expect(text).toContain(STATION.name);
    expect(text).toContain(ACTIVITY.project);
    expect(text).toContain('现场发放健康手册三十份');
    PEOPLE.forEach((person, i) => expect(text).toContain(`${i + 1}${person.name}${person.hours}`));
    expect(text).toContain('本人签名');
    expect(text).toContain('记录人');
    expect(text).toContain('第1页/共1页');
    expect(text).not.toContain('打印/导出PDF');

    // Back on the same sheet after a reload: shown again, not printed again; the button still prints.
    await page.reload();
    await expect.poll(() => rows.count(), poll).toBe(PEOPLE.length);
    await page.getByTestId('print-button').click();
    expect(await printCalls(page)).toBe(before + 2);
  });

  test('3. 打印签到表 on the activity’s own page gives its sign-in sheet with the names filled in', async () => {
    await shell.navigate('activities');
    const list = await new ActivitiesPage(page).waitUntilShown();
    await list.open(ACTIVITY.title);
    await new ActivityFormPage(page).waitUntilShown();
    const before = await printCalls(page);
    await page.getByTestId('print-activity-sign-in').click();
    await page.getByTestId('page-sign-in').waitFor();
    const rows = page.getByTestId('sign-in-row');
    await expect.poll(() => rows.count(), poll).toBe(PEOPLE.length);
    await expect.poll(() => printCalls(page), poll).toBe(before + 1);
    for (const [i, person] of PEOPLE.entries()) {
      expect(await cells(rows.nth(i))).toEqual([String(i + 1), person.name, '', '', '', '']);
    }
    expect(await textOf(page.getByTestId('sign-in-activity'))).toContain(ACTIVITY.title);
    expect(await page.locator('#signIn_title').inputValue()).toBe(ACTIVITY.title);
    expect(await textOf(page.getByTestId('sign-in-summary'))).toBe('参与志愿者 3 人，另留空白行 0 行。');
    await saveScreenshot(page, 'printing-sign-in-sheet');

    const pages = await printToA4(page, 'printing-sign-in-sheet');
    expect(pages).toHaveLength(1);
    const text = flat(pages[0] ?? '');
    expect(text).toContain(`${ACTIVITY.title}签到表`);
    // The PDF's text comes back NFKC-folded: the full-width colon reads as ':'.
    expect(text).toContain(`活动日期：${today}`.normalize('NFKC'));
    PEOPLE.forEach((person, i) => expect(text).toContain(`${i + 1}${person.name}`));

    // The same screen still makes a blank sheet for a planned activity.
    await page.getByRole('button', { name: '改为空白签到表' }).click();
    await expect.poll(() => page.getByTestId('sign-in-activity').count(), poll).toBe(0);
    await expect.poll(() => rows.count(), poll).toBe(10);
    expect(await cells(rows.first())).toEqual(['1', '', '', '', '', '']);
  });

  test('4. the activity ledger names who took part and what was done, in short or in full', async () => {
    await shell.navigate('reports');
    await page.getByTestId('reports-nav').getByText('活动台账', { exact: true }).click();
    await page.getByTestId('page-ledger').waitFor();
    const row = page.getByTestId('ledger-row').filter({ hasText: ACTIVITY.title });
    await expect.poll(() => row.count(), poll).toBe(1);
    expect(await textOf(row.getByTestId('ledger-names'))).toBe(PEOPLE.map((p) => p.name).join('、'));
    const short = await textOf(row.getByTestId('ledger-write-up'));
    expect(short.endsWith('…')).toBe(true);
    expect(flat(WRITE_UP).startsWith(flat(short.slice(0, -1)))).toBe(true);

    await page.getByTestId('ledger-full').click();
    await expect.poll(async () => flat(await textOf(row.getByTestId('ledger-write-up'))), poll).toBe(flat(WRITE_UP));
    await saveScreenshot(page, 'printing-ledger');
    const pages = await printToA4(page, 'printing-ledger');
    expect(pages).toHaveLength(1);
    const text = flat(pages[0] ?? '');
    expect(text).toContain(PEOPLE.map((p) => p.name).join('、'));
    expect(text).toContain('现场发放健康手册三十份');
  });

  test('5. 开具并打印 issues the certificate and opens the print dialog once it is on screen', async () => {
    await shell.navigate('certificates');
    await page.getByTestId('page-certificates').waitFor();
    await page.getByTestId('new-certificate').click();
    await page.getByTestId('page-certificate-issue').waitFor();
    await chooseOption(page, page.locator('#certificate_volunteerId'), PEOPLE[2].name, PEOPLE[2].initials);
    await page.getByTestId('period-thisYear').click();
    await expect.poll(() => textOf(page.getByTestId('certificate-hours')), poll).toContain('2.5');
    const before = await printCalls(page);
    await page.getByTestId('save-button').click();
    await page.getByTestId('certificate-sheet').waitFor();
    await expect.poll(() => printCalls(page), poll).toBe(before + 1);
    expect(await textOf(page.getByTestId('certificate-sheet'))).toContain(PEOPLE[2].name);
    expect(app().problems).toEqual([]);
  });

  test('6. an activity of 200 volunteers prints on numbered pages, each with the heading, every person once', async () => {
    const people = bigTeam();
    await shell.navigate('records');
    const records = await new RecordsPage(page).waitUntilShown();
    await records.openImportTab();
    await records.chooseFile({
      name: '志愿者花名册.xlsx',
      buffer: await workbook(
        ['姓名', '身份证号', '手机号', '政治面貌', '注册时间'],
        people.map((p) => [p.name, p.idNumber, p.phone, '群众', today]),
      ),
    });
    await records.previewHeadline().waitFor({ state: 'visible' });
    await records.importValidRows();
    await records.summary().waitFor({ state: 'visible' });
    expect(await textOf(records.summary())).toContain(String(BIG.size));

    await records.importAgain();
    await records.chooseImportKind('志愿服务活动');
    await records.chooseFile({
      name: '活动.xlsx',
      buffer: await workbook(
        ['活动名称', '活动日期', '开始时间', '结束时间', '活动地点', '服务领域', '参与志愿者及服务时长', '服务人数', '活动简介'],
        [[BIG.title, today, '09:00', '11:00', '杏林社区各楼栋', '爱心帮扶', people.map((p) => `${p.name}(2)`).join(';'), 120, '入户走访困难家庭，送去米面油。']],
      ),
    });
    await records.previewHeadline().waitFor({ state: 'visible' });
    await records.importValidRows();
    await records.summary().waitFor({ state: 'visible' });

    const before = await printCalls(page);
    await openPrintMenu(BIG.title);
    await page.getByTestId('menu-print-activity-record').click();
    await page.getByTestId('page-activity-record').waitFor();
    const rows = page.getByTestId('record-participant');
    await expect.poll(() => rows.count(), poll).toBe(BIG.size);
    await expect.poll(() => printCalls(page), poll).toBe(before + 1);

    const sheets = page.getByTestId('record-page');
    const pageCount = await sheets.count();
    expect(pageCount).toBeGreaterThanOrEqual(5);
    const numbers = await page.getByTestId('record-page-number').allInnerTexts();
    expect(numbers).toEqual(Array.from({ length: pageCount }, (_, i) => `第 ${i + 1} 页 / 共 ${pageCount} 页`));
    const names = (await rows.locator('td:nth-child(2)').allInnerTexts()).map((n) => n.trim());
    expect([...names].sort()).toEqual(people.map((p) => p.name).sort());
    expect(await cells(page.getByTestId('record-totals'))).toEqual([`合计 ${BIG.size} 人`, String(BIG.size * 2), '']);

    // On paper: one sheet of A4 per laid-out page, each numbered and, after the first, headed 续.
    const pdf = await printToA4(page, 'printing-record-sheet-200');
    expect(pdf).toHaveLength(pageCount);
    pdf.forEach((text, i) => {
      expect(flat(text)).toContain(`第${i + 1}页/共${pageCount}页`);
      // The PDF's text is NFKC-folded (pdfText.ts): full-width punctuation reads as ASCII there.
      if (i > 0) expect(flat(text)).toContain(`志愿服务活动记录表（续）活动名称：${BIG.title}`.normalize('NFKC'));
    });
    const printedNames = people.filter((p) => pdf.some((text) => flat(text).includes(p.name)));
    expect(printedNames).toHaveLength(BIG.size);
    await saveScreenshot(page, 'printing-record-sheet-200');
    expect(app().problems).toEqual([]);
  });
});
