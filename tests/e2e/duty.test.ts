import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { messageWith } from './pages/antd';
import { AppShell } from './pages/AppShell';
import { DutyPostPage, DutyPostsPage, ShiftPage, SignInDeskPage } from './pages/DutyPage';
import { SetupPage, type StationProfileInput } from './pages/SetupPage';
import { VolunteerDetailPage } from './pages/VolunteerDetailPage';
import { VolunteerFormPage } from './pages/VolunteerFormPage';
import { VolunteersPage } from './pages/VolunteersPage';
import { useAppSession } from './support/appSession';
import { saveScreenshot } from './support/browser';
import { residentId } from './support/residentIds';
import { poll, textOf, WAIT_MS } from './support/waits';

/**
 * A duty day at a 文明交通岗: ten volunteers sign in and out at the station PC by keyboard alone (found by
 * pinyin initials, phone or the tail of their ID number, confirmed with one Enter each), one never signs out.
 * The day is last year's 5 March, so the shift is over whatever day the test runs: the missing sign-out is
 * credited to the shift's end and flagged 待核实, and the hours show on the volunteers' pages and in the yearly report.
 */

const STATION: StationProfileInput = {
  name: '光明社区新时代文明实践站',
  code: 'QZ-GM-011',
  county: '城关区',
  center: '城关区新时代文明实践中心',
  institute: '东关街道新时代文明实践所',
  contactName: '孙站长',
  contactPhone: '13600003333',
  address: '光明社区服务中心',
};

interface Person {
  name: string;
  idNumber: string;
  phone: string;
  /** What the keeper types at the desk to find them. */
  typed: string;
}

const NAMES: Array<[string, string]> = [
  ['王芳', 'wf'],
  ['李强', 'lq'],
  ['张伟', 'zw'],
  ['刘洋', 'ly'],
  ['陈静', 'cj'],
  ['杨帆', 'yf'],
  ['赵磊', 'zl'],
  ['黄敏', 'hm'],
  ['周杰', 'zj'],
  ['吴刚', 'wg'],
];
const PEOPLE: Person[] = NAMES.map(([name, initials], i) => {
  const idNumber = residentId(`11010519850312${String(201 + i)}`);
  const phone = `1380000${String(1001 + i)}`;
  // Two are found by their phone, one by the last four characters of the ID number, the rest by initials.
  const typed = i === 3 ? phone.slice(-4) : i === 5 ? idNumber.slice(-4) : i === 7 ? phone : initials;
  return { name, idNumber, phone, typed };
});
const FORGETFUL = PEOPLE[9] as Person;
const POST = { name: '文明交通岗', place: '光明路与解放路路口' };

describe('a duty day: ten volunteers sign in and out by keyboard, one never signs out', () => {
  const app = useAppSession();
  let page: Page;
  let day = '';

  beforeAll(() => {
    page = app().page;
    page.setDefaultTimeout(WAIT_MS);
  });

  test('1. the station and ten volunteers are entered, one after another', async () => {
    await app().goto('/');
    await (await new SetupPage(page).waitUntilShown()).setUp(STATION);
    await expect.poll(() => textOf(new AppShell(page).stationName()), poll).toBe(STATION.name);
    day = `${(await page.evaluate(() => new Date().getFullYear())) - 1}-03-05`;

    await new AppShell(page).navigate('volunteers');
    await (await new VolunteersPage(page).waitUntilShown()).add();
    const form = await new VolunteerFormPage(page).waitUntilShown();
    for (const [i, p] of PEOPLE.entries()) {
      await expect.poll(() => form.form.control('name').inputValue(), poll).toBe('');
      await form.fill({ name: p.name, idNumber: p.idNumber, phone: p.phone, politicalStatus: '群众' });
      if (i < PEOPLE.length - 1) {
        await form.saveAndNext();
        await messageWith(page, `已登记志愿者“${p.name}”`).waitFor({ state: 'visible' });
      } else await form.save();
    }
    await new VolunteerDetailPage(page).waitUntilShown();
  });

  test('2. a post is added from the side menu and given a shift of 07:00–09:00 for ten people', async () => {
    await page.getByRole('menuitem').filter({ hasText: /^值守岗位$/ }).click();
    const posts = await new DutyPostsPage(page).waitUntilShown();
    // The service field found by its initials, as in the other forms.
    await posts.addPost(POST.name, POST.place, { text: '平安建设', typed: 'pajs' });
    await messageWith(page, `已保存岗位“${POST.name}”`).waitFor({ state: 'visible' });
    expect(await textOf(page.getByTestId('post-row').filter({ hasText: POST.name }))).toContain('平安建设');
    await posts.openPost(POST.name);
    const post = await new DutyPostPage(page).waitUntilShown();
    await post.addRun({ from: day, to: day, start: '07:00', end: '09:00', needed: 10 });
    await messageWith(page, '已添加 1 个班次').waitFor({ state: 'visible' });
    await expect.poll(() => post.shiftRows().count(), poll).toBe(1);
    expect(await textOf(post.shiftRows().first())).toMatch(new RegExp(`^${day}\\s*07:00–09:00\\s*10\\s`));
  });

  test('3. at the desk, each person is found and signed in with Enter, and signed out with Enter again', async () => {
    await page.getByTestId('post-title').waitFor();
    await app().goto('/duty/sign-in');
    const desk = await new SignInDeskPage(page).waitUntilShown();
    await desk.setDate(day);
    await desk.setTime('07:00');
    for (const p of PEOPLE.slice(0, 9)) {
      await desk.sign(p.name, p.typed);
      await messageWith(page, `${p.name} 已签到（07:00）`).waitFor({ state: 'visible' });
    }
    await desk.setTime('07:30');
    await desk.sign(FORGETFUL.name, FORGETFUL.typed);
    await messageWith(page, `${FORGETFUL.name} 已签到（07:30）`).waitFor({ state: 'visible' });
    await expect.poll(() => desk.rowsIn('in').count(), poll).toBe(10);

    await desk.setTime('09:00');
    for (const p of PEOPLE.slice(0, 9)) {
      await desk.sign(p.name, p.typed);
      await messageWith(page, `${p.name} 已签退（09:00），本班计入 2 小时`).waitFor({ state: 'visible' });
    }
    await expect.poll(() => desk.rowsIn('out').count(), poll).toBe(9);
    expect(await desk.rowsIn('in').count()).toBe(1);
    expect(await textOf(desk.row(FORGETFUL.name))).toContain('已签到');
    // The day is over: the shift with a missing sign-out waits for the keeper.
    await page.getByTestId('shift-status-review').waitFor({ state: 'visible' });
    await saveScreenshot(page, 'duty-sign-in-desk');
  });

  test('4. the shift credits the one who never signed out to its end, flagged for review', async () => {
    await app().goto('/duty');
    const posts = await new DutyPostsPage(page).waitUntilShown();
    await posts.openPost(POST.name);
    const post = await new DutyPostPage(page).waitUntilShown();
    expect(await textOf(post.shiftRows().first())).toContain('19.5');
    await post.shiftRows().first().click();
    const shift = await new ShiftPage(page).waitUntilShown();
    const row = shift.attendanceRow(FORGETFUL.name);
    await expect.poll(() => textOf(row.getByTestId('attendance-hours')), poll).toBe('1.5');
    expect(await textOf(row.getByTestId('attendance-review'))).toContain('未签退，已按班次结束时间计算时长');
    expect(await textOf(shift.attendanceRow(PEOPLE[0]?.name ?? '').getByTestId('attendance-review'))).toBe('');
    await page.getByTestId('confirm-review').waitFor({ state: 'visible' });
    // The paper sign-in sheet under it names the ten who came, with blank lines for walk-ins.
    const sheet = page.getByTestId('sign-in-sheet');
    await expect.poll(() => sheet.getByTestId('sign-in-row').count(), poll).toBe(15);
    expect(await textOf(sheet)).toContain(FORGETFUL.name);
    expect(await textOf(sheet)).toContain(`${POST.name} 07:00–09:00`);
    await saveScreenshot(page, 'duty-shift');
  });

  test('5. the hours show on the volunteers’ pages, as duty hours within the total', async () => {
    for (const [p, hours] of [
      [FORGETFUL, '1.5'],
      [PEOPLE[0] as Person, '2'],
    ] as const) {
      await app().goto('/volunteers');
      await (await new VolunteersPage(page).waitUntilShown()).open(p.name);
      const detail = await new VolunteerDetailPage(page).waitUntilShown();
      await expect.poll(() => textOf(detail.hoursTotal()), poll).toBe(hours);
      expect(await textOf(page.getByTestId('volunteer-duty-hours'))).toBe(`其中值守 ${hours} 小时（1 个班次）`);
    }
  });

  test('6. the yearly report gives the duty hours as a line of their own and in the hours with them', async () => {
    await app().goto(`/reports?p=${day.slice(0, 4)}`);
    await page.getByTestId('page-reports').waitFor();
    await expect.poll(() => textOf(page.getByTestId('report-dutyHours')), poll).toBe('19.5');
    expect(await textOf(page.getByTestId('report-hours'))).toBe('0');
    expect(await textOf(page.getByTestId('report-allHours'))).toBe('19.5');
    expect(await textOf(page.getByTestId('report-summary-dutyHours'))).toContain('值守时长（小时）');
  });
});
