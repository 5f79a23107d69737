import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { ActivitiesPage } from './pages/ActivitiesPage';
import { ActivityFormPage } from './pages/ActivityFormPage';
import { chooseOption } from './pages/antd';
import { AppShell } from './pages/AppShell';
import { SetupPage, type StationProfileInput } from './pages/SetupPage';
import { TeamDetailPage } from './pages/TeamDetailPage';
import { TeamFormPage } from './pages/TeamFormPage';
import { TeamsPage } from './pages/TeamsPage';
import { VolunteerDetailPage } from './pages/VolunteerDetailPage';
import { VolunteerFormPage } from './pages/VolunteerFormPage';
import { VolunteersPage } from './pages/VolunteersPage';
import { useAppSession } from './support/appSession';
import { saveScreenshot } from './support/browser';
import { flat, printToA4 } from './support/pdfText';
import { poll, textOf, WAIT_MS } from './support/waits';

/**
 * The printed documents of a station, built from records entered through the screens: the yearly report,
 * the activity ledger, a sign-in sheet and a 志愿服务记录证明. Each is printed to an A4 PDF the way
 * Chromium prints (print media, the app's print CSS), saved under test-artifacts/e2e/, and read back:
 * page count, and the name, hours, number and code a reader would look for.
 */

/* ---------- the station ---------- */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
function residentId(first17: string): string {
  let sum = 0;
  ID_WEIGHTS.forEach((w, i) => (sum += w * Number(first17.charAt(i))));
  return first17 + '10X98765432'.charAt(sum % 11);
}

const STATION: StationProfileInput = {
  name: '红旗村新时代文明实践站',
  code: 'QZ-HQ-007',
  county: '城关区',
  center: '城关区新时代文明实践中心',
  institute: '东关街道新时代文明实践所',
  contactName: '周站长',
  contactPhone: '13600002222',
  address: '红旗村村委会一楼',
};
const ZHANG = { name: '张三', initials: 'zs', idNumber: residentId('11010519850312203'), phone: '13812345678' };
const LI = { name: '李四', initials: 'ls', idNumber: residentId('32050219900707102'), phone: '13955550123' };
const TEAM = '红旗村卫生健康志愿服务队';

/**
 * Last year, so every date is in the past whatever day the test runs:
 * 学雷锋义诊 (Mar 5): 张三 3 h, 李四 2 h, 40 people (elderly and disabled);
 * 重阳节敬老 (Oct 11): 张三 2.5 h, 25 people (elderly living alone).
 * Year: 2 sessions, 7.5 hours, 2 volunteers, 65 served; 张三 5.5 hours in 2 sessions.
 */
const CLINIC = { title: '学雷锋义诊进社区', monthDay: '03-05', served: 40, groups: ['老年人', '残疾人'] };
const ELDERLY = { title: '重阳节敬老走访', monthDay: '10-11', served: 25, groups: ['独居老人'] };

describe('printed documents: yearly report, activity ledger, sign-in sheet, service certificate', () => {
  const app = useAppSession();
  let page: Page;
  let shell: AppShell;
  let year = 0;
  let certificate = { number: '', code: '' };

  beforeAll(async () => {
    page = app().page;
    page.setDefaultTimeout(WAIT_MS);
    page.setDefaultNavigationTimeout(30_000);
    shell = new AppShell(page);
    // 开具并打印 opens the print dialog (printing.test.ts counts it); here the sheet is printed to PDF instead,
    // which Chromium refuses while its own print is pending.
    const noDialog = () => {
      (globalThis as unknown as { print: () => void }).print = () => undefined;
    };
    await app().context.addInitScript(noDialog);
    await page.evaluate(noDialog);
  });

  async function register(person: typeof ZHANG): Promise<void> {
    await shell.navigate('volunteers');
    await (await new VolunteersPage(page).waitUntilShown()).add();
    const form = await new VolunteerFormPage(page).waitUntilShown();
    await form.fill({ name: person.name, idNumber: person.idNumber, phone: person.phone, politicalStatus: '群众' });
    await form.save();
    const detail = await new VolunteerDetailPage(page).waitUntilShown();
    await expect.poll(() => textOf(detail.name()), poll).toBe(person.name);
  }

  async function logActivity(a: typeof CLINIC, hours: Array<[typeof ZHANG, number]>): Promise<void> {
    await shell.navigate('activities');
    const list = await new ActivitiesPage(page).waitUntilShown();
    await list.newActivity();
    const form = await new ActivityFormPage(page).waitUntilShown();
    await form.fill({
      title: a.title,
      date: `${year}-${a.monthDay}`,
      startTime: '08:30',
      endTime: '11:30',
      place: '红旗村文化广场',
      field: '卫生健康',
      team: TEAM,
      servedCount: a.served,
      servedGroups: a.groups,
    });
    for (const [person, h] of hours) {
      await form.addParticipant(person.name, person.initials);
      await form.setHours(person.name, h);
    }
    await form.save();
    await list.waitUntilShown();
  }

  test('1. the station, two volunteers, a team and last year’s two activities are entered through the screens', async () => {
    await app().goto('/');
    const setup = await new SetupPage(page).waitUntilShown();
    year = (await page.evaluate(() => new Date().getFullYear())) - 1;
    await setup.setUp(STATION);
    await expect.poll(() => textOf(shell.stationName()), poll).toBe(STATION.name);

    await register(ZHANG);
    await register(LI);
    await shell.navigate('teams');
    await (await new TeamsPage(page).waitUntilShown()).newTeam();
    const team = await new TeamFormPage(page).waitUntilShown();
    await team.fill({ name: TEAM, field: '卫生健康', leader: ZHANG.name, members: [ZHANG.name, LI.name] });
    await team.save();
    await new TeamDetailPage(page).waitUntilShown();

    await logActivity(CLINIC, [
      [ZHANG, 3],
      [LI, 2],
    ]);
    await logActivity(ELDERLY, [[ZHANG, 2.5]]);
  });

  test('2. the yearly report adds them up, compares with a year without data, and prints to A4 with the top volunteer', async () => {
    await app().goto(`/reports?p=${year}`);
    await page.getByTestId('page-reports').waitFor();
    const sheet = page.getByTestId('report-sheet');
    await expect.poll(() => textOf(page.getByTestId('report-period')), poll).toBe(`${year}年度`);
    await expect.poll(() => textOf(page.getByTestId('report-sessions')), poll).toBe('2');
    expect(await textOf(page.getByTestId('report-hours'))).toBe('7.5');
    expect(await textOf(page.getByTestId('report-volunteersActive'))).toBe('2');
    expect(await textOf(page.getByTestId('report-served'))).toBe('65');
    expect(await textOf(page.getByTestId('report-summary'))).toContain('去年同期无数据');
    // 40 people counted for both groups of the clinic, once in the total: the footnote says so.
    expect(await textOf(page.getByTestId('report-served-note'))).toContain('各类之和（105）大于合计（65）');
    expect(await textOf(page.getByTestId('report-top-volunteers'))).toMatch(/张三\s+5\.5\s+2/);
    // A yearly report ends with the year's honours; this station has none on record.
    await expect.poll(() => textOf(page.getByTestId('report-honours')), poll).toContain(`${year} 年没有登记表彰荣誉`);
    await page.getByTestId('report-chart-time').locator('svg').waitFor();
    await saveScreenshot(page, 'reports-yearly');

    const pages = await printToA4(page, 'report');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(3);
    const text = flat(pages.join('\n'));
    expect(text).toContain(`${STATION.name}志愿服务统计报表`);
    expect(text).toContain(`${year}年度`);
    expect(text).toMatch(/1张三5\.52/);
    expect(text).toContain('填表人');
    // Only the sheet is printed: no menu, no buttons.
    expect(text).not.toContain('打印/导出PDF');
    expect(text).not.toContain('志愿服务活动台账');
    expect(await sheet.isVisible()).toBe(true);
  });

  test('3. the activity ledger of the year lists both activities oldest first, with totals and the sign-off line', async () => {
    await app().goto(`/reports/ledger?from=${year}-01-01&to=${year}-12-31`);
    await page.getByTestId('page-ledger').waitFor();
    await expect.poll(() => page.getByTestId('ledger-row').count(), poll).toBe(2);
    const rows = await page.getByTestId('ledger-row').allInnerTexts();
    expect(rows[0]).toContain(CLINIC.title);
    expect(rows[1]).toContain(ELDERLY.title);
    expect(flat(await textOf(page.getByTestId('ledger-totals')))).toBe('合计2场37.565');
    await saveScreenshot(page, 'reports-ledger');
    const pages = await printToA4(page, 'ledger');
    expect(pages).toHaveLength(1);
    expect(flat(pages[0] ?? '')).toContain(`${year}-03-05${CLINIC.title}`);
    expect(pages[0]).toContain('审核人');
  });

  test('4. a sign-in sheet for the team lists its members and blank lines', async () => {
    await app().goto('/reports/sign-in');
    await page.getByTestId('page-sign-in').waitFor();
    await chooseOption(page, page.locator('#signIn_teamId'), TEAM);
    await page.locator('#signIn_title').fill('重阳节敬老义诊');
    await expect.poll(() => textOf(page.getByTestId('sign-in-summary')), poll).toBe('队员 2 人，另留空白行 10 行。');
    await expect.poll(() => page.getByTestId('sign-in-row').count(), poll).toBe(12);
    await saveScreenshot(page, 'reports-sign-in');
    const pages = await printToA4(page, 'sign-in');
    expect(pages).toHaveLength(1);
    const text = flat(pages[0] ?? '');
    expect(text).toContain('重阳节敬老义诊签到表');
    expect(text).toContain(`1${LI.name}`);
    expect(text).toContain(`2${ZHANG.name}`);
  });

  test('5. a certificate for last year is issued with hours from the records and prints on one A4 page', async () => {
    await shell.navigate('certificates');
    await page.getByTestId('page-certificates').waitFor();
    await page.getByTestId('new-certificate').click();
    await page.getByTestId('page-certificate-issue').waitFor();
    await chooseOption(page, page.locator('#certificate_volunteerId'), ZHANG.name, ZHANG.initials);
    await page.getByTestId('period-lastYear').click();
    await expect.poll(() => textOf(page.getByTestId('certificate-hours')), poll).toContain('5.5');
    expect(await textOf(page.getByTestId('certificate-sessions'))).toContain('2');
    await expect.poll(() => page.locator('#certificate_content').inputValue(), poll).toContain(CLINIC.title);
    await expect.poll(() => textOf(page.getByTestId('certificate-number-preview')), poll).toContain(`${STATION.code}-`);
    await saveScreenshot(page, 'certificate-issue');
    await page.getByTestId('save-button').click();

    await page.getByTestId('certificate-sheet').waitFor();
    const number = (await textOf(page.getByTestId('certificate-number'))).replace(/^证明编号[:：]/, '');
    const code = (await textOf(page.getByTestId('certificate-code'))).replace(/^校验码[:：]/, '');
    expect(number).toMatch(new RegExp(`^${STATION.code}-\\d{4}-0001$`));
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    certificate = { number, code };
    await saveScreenshot(page, 'certificate-print');

    const pages = await printToA4(page, 'certificate');
    expect(pages).toHaveLength(1);
    const text = flat(pages[0] ?? '');
    expect(text).toContain('志愿服务记录证明');
    expect(text).toContain(ZHANG.name);
    // An official document carries the full ID number.
    expect(text).toContain(ZHANG.idNumber);
    expect(text).toContain(`${year}年1月1日至${year}年12月31日`);
    expect(text).toContain('累计志愿服务时长5.5小时');
    expect(text).toContain(number);
    expect(text).toContain(code);
    expect(text).toContain('盖章处');
  });

  test('6. the register verifies the printed number and code, and refuses an altered code', async () => {
    await shell.navigate('certificates');
    await page.getByTestId('page-certificates').waitFor();
    await expect.poll(() => page.getByTestId('certificate-row').count(), poll).toBe(1);
    await page.getByTestId('verify-number').fill(certificate.number.toLowerCase());
    await page.getByTestId('verify-code').fill(certificate.code.toLowerCase());
    await page.getByTestId('verify-submit').click();
    await expect.poll(() => page.getByTestId('verify-result').getAttribute('data-status'), poll).toBe('valid');
    expect(await textOf(page.getByTestId('verify-result'))).toContain('服务时长 5.5 小时');
    await saveScreenshot(page, 'certificate-verified');

    const altered = certificate.code.startsWith('Z') ? `Y${certificate.code.slice(1)}` : `Z${certificate.code.slice(1)}`;
    await page.getByTestId('verify-code').fill(altered);
    await page.getByTestId('verify-submit').click();
    await expect.poll(() => page.getByTestId('verify-result').getAttribute('data-status'), poll).toBe('codeMismatch');
    expect(app().problems).toEqual([]);
  });
});
