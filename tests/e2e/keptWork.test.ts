import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { ActivitiesPage } from './pages/ActivitiesPage';
import { ActivityFormPage } from './pages/ActivityFormPage';
import { chooseOption, inputOf, messageWith } from './pages/antd';
import { AppShell } from './pages/AppShell';
import { focusByKeyboard, typeLikeAPerson } from './pages/keyboard';
import { SetupPage, type StationProfileInput } from './pages/SetupPage';
import { UnsavedWorkDialog } from './pages/UnsavedWorkDialog';
import { VolunteerDetailPage } from './pages/VolunteerDetailPage';
import { VolunteerFormPage } from './pages/VolunteerFormPage';
import { VolunteersPage } from './pages/VolunteersPage';
import { useAppSession } from './support/appSession';
import { saveScreenshot } from './support/browser';
import { browserToday } from './support/pageText';
import { residentId } from './support/residentIds';
import { poll, textOf, WAIT_MS } from './support/waits';

/**
 * What the keeper types is what is kept, part two: work typed into a form is never dropped without a
 * question (取消, the side menu, the browser's back button, reloading the window), and the certificate's
 * and the ledger's dates keep their day in every spelling. Keyboard only, at human speed, each saved
 * record read back.
 */

const STATION: StationProfileInput = {
  name: '桃园村新时代文明实践站',
  code: 'TYC-014',
  city: '青州市',
  county: '城关区',
  center: '城关区新时代文明实践中心',
  institute: '王府街道新时代文明实践所',
  contactName: '赵站长',
  contactPhone: '13600002222',
  address: '桃园村村委会',
};

interface Person {
  name: string;
  initials: string;
  idNumber: string;
}

const person = (name: string, initials: string, serial: string): Person => ({ name, initials, idNumber: residentId(`37070219800512${serial}`) });
/** Registered in this order; listed surname first: 李娜 李振 刘安 刘备 欧阳修 王芳. */
const PEOPLE = [
  person('刘安', 'la', '101'),
  person('李振', 'lz', '102'),
  person('欧阳修', 'oyx', '103'),
  person('李娜', 'ln', '104'),
  person('刘备', 'lb', '105'),
  person('王芳', 'wf', '106'),
] as const;
const [LIU_AN, LI_ZHEN, OUYANG, LI_NA, LIU_BEI, WANG_FANG] = PEOPLE;
/** The five who serve; 王芳 never does (her certificate has nothing to certify). */
const SERVING = [LI_ZHEN, LIU_AN, LI_NA, LIU_BEI, OUYANG];
/** A title that carries its own quotation marks, as real ones do. */
const TITLE = '“百姓宣讲”理论进农家';

describe('unsaved work is kept until the keeper lets it go; typed dates keep their day', () => {
  const app = useAppSession();
  let page: Page;
  let shell: AppShell;
  let today: string;

  beforeAll(async () => {
    page = app().page;
    page.setDefaultTimeout(WAIT_MS);
    shell = new AppShell(page);
    await app().goto('/');
    await new SetupPage(page).waitUntilShown();
    today = await browserToday(page);
    await new SetupPage(page).setUp(STATION);
  });

  const dialog = () => new UnsavedWorkDialog(page);

  /** A new activity form from the list (a router navigation, so the browser's back button returns to the list). */
  async function newActivityFromList(): Promise<ActivityFormPage> {
    await shell.navigate('activities');
    const list = await new ActivitiesPage(page).waitUntilShown();
    await list.newActivity();
    const form = await new ActivityFormPage(page).waitUntilShown();
    await expect.poll(() => page.locator('#activity_title:focus').count(), poll).toBe(1);
    return form;
  }

  /** Title, date (today, kept), times, place and field, by Tab from one to the next; then the five people. */
  async function typeHalfAnActivity(form: ActivityFormPage): Promise<void> {
    await typeLikeAPerson(page, TITLE);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await typeLikeAPerson(page, '0830');
    await page.keyboard.press('Tab');
    await typeLikeAPerson(page, '1130');
    await page.keyboard.press('Tab');
    await typeLikeAPerson(page, '村委会大院');
    await page.keyboard.press('Tab');
    await form.form.choose('field', '理论宣讲', 'llxj');
    for (const p of SERVING) await form.addParticipant(p.name, p.initials);
    await expect.poll(() => form.participantRows().count(), poll).toBe(SERVING.length);
    // One person left early: 2.5 hours instead of the activity's 3.
    await typeHours(form, LIU_AN.name, '2.5');
  }

  async function typeHours(form: ActivityFormPage, name: string, hours: string): Promise<void> {
    await focusByKeyboard(inputOf(form.participantRow(name).first().getByTestId('participant-hours')));
    await typeLikeAPerson(page, hours);
    await page.keyboard.press('Tab');
  }

  /** Everything the form shows, as a keeper would check it. */
  async function formShows(form: ActivityFormPage) {
    const hours: string[] = [];
    for (const box of await form.participantRows().getByTestId('participant-hours').all()) hours.push(await inputOf(box).inputValue());
    return {
      title: await form.form.control('title').inputValue(),
      date: await form.form.control('date').inputValue(),
      start: await form.form.control('startTime').inputValue(),
      end: await form.form.control('endTime').inputValue(),
      place: await form.form.control('place').inputValue(),
      field: await textOf(form.form.item('field').locator('.ant-select-content, .ant-select-selection-item').first()),
      people: await form.participantRows().getByTestId('participant-name').allInnerTexts(),
      hours,
    };
  }

  const expected = () => ({
    title: TITLE,
    date: today,
    start: '08:30',
    end: '11:30',
    place: '村委会大院',
    field: '理论宣讲',
    people: SERVING.map((p) => p.name),
    hours: SERVING.map((p) => (p === LIU_AN ? '2.5' : '3')),
  });

  function cancelButton(): Locator {
    return page.getByTestId('activity-form').getByRole('button', { name: '取消', exact: true });
  }

  test('0. six volunteers are registered, one after another, with 保存并登记下一位', async () => {
    await app().goto('/volunteers/new');
    const form = await new VolunteerFormPage(page).waitUntilShown();
    for (const [i, p] of PEOPLE.entries()) {
      await expect.poll(() => form.form.control('name').inputValue(), poll).toBe('');
      await form.fill({ name: p.name, idNumber: p.idNumber, politicalStatus: '群众' });
      if (i < PEOPLE.length - 1) {
        await form.saveAndNext();
        await messageWith(page, `已登记志愿者“${p.name}”`).waitFor({ state: 'visible' });
      } else {
        await form.save();
      }
    }
    await new VolunteerDetailPage(page).waitUntilShown();
  });

  test('1. the volunteer list puts every 李 before every 刘 (surname first), 欧阳 as one surname', async () => {
    await shell.navigate('volunteers');
    const list = await new VolunteersPage(page).waitUntilShown();
    await expect.poll(() => list.rows().count(), poll).toBe(PEOPLE.length);
    const names = (await list.rows().allInnerTexts()).map((row) => row.split('\n')[0]?.trim() ?? '');
    expect(names).toEqual(['李娜', '李振', '刘安', '刘备', '欧阳修', '王芳']);
  });

  test('2. the first box of a form is not outlined in red before anything is typed', async () => {
    await newActivityFromList();
    // The Node project's types have no DOM: the two browser functions used are named here.
    const border = await page.locator('#activity_title').evaluate((input: unknown) => {
      const scope = globalThis as unknown as { getComputedStyle: (element: unknown) => { borderTopColor: string } };
      const box = (input as { closest: (selector: string) => unknown }).closest('.ant-select') ?? input;
      return scope.getComputedStyle(box).borderTopColor;
    });
    const [, red, , blue] = (/rgba?\((\d+), (\d+), (\d+)/.exec(border) ?? []).map(Number);
    expect(blue, border).toBeGreaterThan(red ?? 255);
    expect(await page.locator('.ant-form-item-has-error').count()).toBe(0);
    await saveScreenshot(page, 'kept-2-first-field-focused');
  });

  test('3. 取消 on a half-filled activity with five people asks first; 继续编辑 keeps every value', async () => {
    const form = await new ActivityFormPage(page).waitUntilShown();
    await typeHalfAnActivity(form);
    expect(await formShows(form)).toEqual(expected());

    await focusByKeyboard(cancelButton());
    await page.keyboard.press('Enter');
    await dialog().waitUntilShown();
    expect(await textOf(dialog().root())).toContain('放弃未保存的修改？');
    await saveScreenshot(page, 'kept-3-cancel-asks');
    // 继续编辑 has the focus: Enter keeps the work.
    await page.keyboard.press('Enter');
    await dialog().waitUntilGone();
    expect(await form.isShown()).toBe(true);
    expect(await formShows(form)).toEqual(expected());
  });

  test('4. a side-menu click asks too: Escape keeps the work, 放弃修改 leaves and nothing is saved', async () => {
    const form = await new ActivityFormPage(page).waitUntilShown();
    await shell.navigate('home');
    await dialog().waitUntilShown();
    await page.keyboard.press('Escape');
    await dialog().waitUntilGone();
    expect(await formShows(form)).toEqual(expected());

    await shell.navigate('volunteers');
    await dialog().discard();
    await new VolunteersPage(page).waitUntilShown();
    await shell.navigate('activities');
    const list = await new ActivitiesPage(page).waitUntilShown();
    await expect.poll(() => textOf(list.total('sessions')), poll).toBe('0');
  });

  test("5. the browser's back button asks on a changed form, and not on an untouched one", async () => {
    await newActivityFromList();
    await typeLikeAPerson(page, '义诊');
    await page.goBack();
    await dialog().waitUntilShown();
    await page.keyboard.press('Enter');
    await dialog().waitUntilGone();
    const form = await new ActivityFormPage(page).waitUntilShown();
    expect(await form.form.control('title').inputValue()).toBe('义诊');
    await page.goBack();
    await dialog().discard();
    await new ActivitiesPage(page).waitUntilShown();

    // Untouched: back leaves at once.
    await newActivityFromList();
    await page.goBack();
    await new ActivitiesPage(page).waitUntilShown();
    expect(await dialog().root().count()).toBe(0);
  });

  test('6. hours that are not a number are refused, quoted, naming the person; the activity saved by keyboard reads back whole', async () => {
    const form = await newActivityFromList();
    await typeHalfAnActivity(form);
    await typeHours(form, LI_NA.name, '三');
    expect(await inputOf(form.participantRow(LI_NA.name).getByTestId('participant-hours')).inputValue()).toBe('三');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => textOf(form.participantsError()), poll).toContain(`${LI_NA.name} 的服务时长“三”不是小时数`);
    expect(await form.isShown()).toBe(true);
    await saveScreenshot(page, 'kept-6-hours-not-a-number');

    await typeHours(form, LI_NA.name, '3小时');
    await page.keyboard.press('Control+Enter');
    // Saved: the toast quotes the title once, its own quotation marks made single inside.
    await messageWith(page, '活动“‘百姓宣讲’理论进农家”已保存').waitFor({ state: 'visible' });
    await form.waitUntilGone();
    // Just saved: the screen left without asking.
    expect(await dialog().root().count()).toBe(0);

    const list = await new ActivitiesPage(page).waitUntilShown();
    await list.open(TITLE);
    const saved = await new ActivityFormPage(page).waitUntilShown();
    await expect.poll(() => saved.form.control('title').inputValue(), poll).toBe(TITLE);
    await expect.poll(() => saved.participantRows().count(), poll).toBe(SERVING.length);
    const shown = await formShows(saved);
    // The saved record lists its people in name order.
    expect({ ...shown, people: [...shown.people].sort(), hours: undefined }).toEqual({ ...expected(), people: SERVING.map((p) => p.name).sort(), hours: undefined });
    expect(shown.hours[shown.people.indexOf(LIU_AN.name)]).toBe('2.5');
    expect(shown.hours.filter((h) => h === '3')).toHaveLength(SERVING.length - 1);
    // Nothing changed on the saved form: leaving it does not ask.
    await shell.navigate('activities');
    await new ActivitiesPage(page).waitUntilShown();
    expect(await dialog().root().count()).toBe(0);
  });

  test('7. reloading the window with a half-typed volunteer asks first (beforeunload); 取消 then 放弃修改 leaves', async () => {
    await shell.navigate('volunteers');
    await (await new VolunteersPage(page).waitUntilShown()).add();
    const form = await new VolunteerFormPage(page).waitUntilShown();
    await expect.poll(() => page.locator('#volunteer_name:focus').count(), poll).toBe(1);
    await typeLikeAPerson(page, '孙秀兰');

    const asked = page.waitForEvent('dialog');
    const reload = page.evaluate(() => (globalThis as unknown as { location: { reload(): void } }).location.reload()).catch(() => undefined);
    const question = await asked;
    expect(question.type()).toBe('beforeunload');
    await question.dismiss();
    await reload;
    expect(await form.form.control('name').inputValue()).toBe('孙秀兰');

    await focusByKeyboard(page.getByRole('button', { name: '取消', exact: true }));
    await page.keyboard.press('Enter');
    await dialog().discard();
    const list = await new VolunteersPage(page).waitUntilShown();
    await expect.poll(() => list.rows().count(), poll).toBe(PEOPLE.length);
  });

  /** Moves to a date box, types over what it holds and leaves it with Tab. */
  async function typeDateInto(box: Locator, text: string): Promise<void> {
    await focusByKeyboard(inputOf(box));
    await typeLikeAPerson(page, text);
    await page.keyboard.press('Tab');
  }

  /** Today as the keeper would write its parts: 2026, 3, 5 and 20260305. */
  const parts = () => {
    const [y = '', m = '', d = ''] = today.split('-');
    return { y, m: String(Number(m)), d: String(Number(d)), compact: today.replaceAll('-', '') };
  };

  test('8. a certificate for nobody-served says so, not 此项必填', async () => {
    await app().goto('/certificates/new');
    await page.getByTestId('page-certificate-issue').waitFor();
    await chooseOption(page, page.locator('#certificate_volunteerId'), WANG_FANG.name, WANG_FANG.initials);
    await expect.poll(() => textOf(page.getByTestId('certificate-no-service')), poll).toContain('没有服务记录');
    await focusByKeyboard(page.getByTestId('save-button'));
    await page.keyboard.press('Enter');
    await expect.poll(() => textOf(page.locator('#certificate_periodFrom_help')), poll).toContain('没有服务记录');
    expect(await page.locator('.ant-form-item-explain-error').filter({ hasText: '此项必填' }).count()).toBe(0);
    await saveScreenshot(page, 'kept-8-no-service');
  });

  test('9. the certificate period and issue date typed in three spellings keep their days, and the certificate says them', async () => {
    const { y, m, d, compact } = parts();
    await chooseOption(page, page.locator('#certificate_volunteerId'), LI_ZHEN.name, LI_ZHEN.initials);
    await typeDateInto(page.getByTestId('certificate-period-from'), `${y}年1月1日`);
    await typeDateInto(page.getByTestId('certificate-period-to'), `${y}/${m}/${d}`);
    await typeDateInto(page.getByTestId('certificate-issued-date'), compact);
    await expect.poll(() => inputOf(page.getByTestId('certificate-period-from')).inputValue(), poll).toBe(`${y}-01-01`);
    await expect.poll(() => inputOf(page.getByTestId('certificate-period-to')).inputValue(), poll).toBe(today);
    await expect.poll(() => inputOf(page.getByTestId('certificate-issued-date')).inputValue(), poll).toBe(today);
    await expect.poll(() => textOf(page.getByTestId('certificate-hours')), poll).toContain('3');

    // A day that does not exist is refused with a message quoting it, and the field keeps the text.
    await typeDateInto(page.getByTestId('certificate-period-from'), `${y}-02-30`);
    await expect.poll(() => textOf(page.locator('#certificate_periodFrom_help')), poll).toContain(`“${y}-02-30”这一天不存在`);
    await typeDateInto(page.getByTestId('certificate-period-from'), `${y}.1.1`);
    await expect.poll(() => page.locator('#certificate_periodFrom_help').count(), poll).toBe(0);

    await focusByKeyboard(page.getByTestId('save-button'));
    await page.keyboard.press('Enter');
    await page.getByTestId('certificate-sheet').waitFor();
    const body = await textOf(page.getByTestId('certificate-body'));
    expect(body).toContain(`${y}年1月1日至${y}年${m}月${d}日`);
    expect(body).toContain('3小时');
  });

  test('10. the ledger range takes typed days in any spelling and refuses one that does not exist, by name', async () => {
    const { y } = parts();
    await app().goto('/reports/ledger');
    await page.getByTestId('page-ledger').waitFor();
    await typeDateInto(page.getByTestId('ledger-range-from'), `${y}.1.1`);
    await typeDateInto(page.getByTestId('ledger-range-to'), `${y}年12月31日`);
    await expect.poll(() => inputOf(page.getByTestId('ledger-range-from')).inputValue(), poll).toBe(`${y}-01-01`);
    await expect.poll(() => inputOf(page.getByTestId('ledger-range-to')).inputValue(), poll).toBe(`${y}-12-31`);
    await expect.poll(() => textOf(page.getByTestId('ledger-table')), poll).toContain('百姓宣讲');

    await typeDateInto(page.getByTestId('ledger-range-to'), `${y}-13-01`);
    await expect.poll(() => textOf(page.getByTestId('ledger-range-error')), poll).toContain(`“${y}-13-01”`);
    // The printout would not match the boxes: printing waits for a real range.
    expect(await page.getByTestId('print-button').isDisabled()).toBe(true);
    await saveScreenshot(page, 'kept-10-ledger-range-refused');
    await typeDateInto(page.getByTestId('ledger-range-to'), `${y}1231`);
    await expect.poll(() => page.getByTestId('ledger-range-error').count(), poll).toBe(0);
    expect(await page.getByTestId('print-button').isDisabled()).toBe(false);
  });

  test('nothing went wrong in the page along the way', () => {
    expect(app().problems).toEqual([]);
  });
});
