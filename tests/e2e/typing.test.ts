import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { ActivitiesPage } from './pages/ActivitiesPage';
import { ActivityFormPage } from './pages/ActivityFormPage';
import { chooseOption, inputOf } from './pages/antd';
import { focusByKeyboard, typeLikeAPerson } from './pages/keyboard';
import { ProjectFormPage, ProjectsPage } from './pages/ProjectFormPage';
import { SetupPage, type StationProfileInput } from './pages/SetupPage';
import { VolunteerDetailPage } from './pages/VolunteerDetailPage';
import { VolunteerFormPage } from './pages/VolunteerFormPage';
import { useAppSession } from './support/appSession';
import { saveScreenshot } from './support/browser';
import { residentId } from './support/residentIds';
import { poll, textOf, WAIT_MS } from './support/waits';

/**
 * What the keeper types is what is kept: dates, times and hours typed at human speed with the keyboard
 * only, each saved record read back from its form. Every spelling of a date a person types lands on the
 * same day; Enter in a date field confirms the date instead of saving the old one; hours and times that
 * cannot be right are refused with a message, never changed.
 */

const PERSON = { name: '孙秀兰', initials: 'sxl', idNumber: residentId('37070219800512102'), phone: '13712345678' };

const STATION: StationProfileInput = {
  name: '杏花村新时代文明实践站',
  code: 'XHC-001',
  city: '青州市',
  county: '城关区',
  center: '城关区新时代文明实践中心',
  institute: '东关街道新时代文明实践所',
  contactName: '刘站长',
  contactPhone: '13600001111',
  address: '杏花村村委会',
};

/** Each spelling of 20 November 2026 (and 20 January for the one-digit month) a keeper might type. */
const SPELLINGS = [
  { typed: '2026-11-20', saved: '2026-11-20' },
  { typed: '2026/11/20', saved: '2026-11-20' },
  { typed: '2026.11.20', saved: '2026-11-20' },
  { typed: '2026-1-20', saved: '2026-01-20' },
  { typed: '20261120', saved: '2026-11-20' },
  { typed: '2026年11月20日', saved: '2026-11-20' },
] as const;

describe('typed dates, times and hours are kept as typed', () => {
  const app = useAppSession();
  let page: Page;

  beforeAll(async () => {
    page = app().page;
    page.setDefaultTimeout(WAIT_MS);
    await app().goto('/');
    const setup = await new SetupPage(page).waitUntilShown();
    await setup.setUp(STATION);
    await app().goto('/volunteers/new');
    const form = await new VolunteerFormPage(page).waitUntilShown();
    await form.fill({ name: PERSON.name, idNumber: PERSON.idNumber, phone: PERSON.phone, politicalStatus: '群众' });
    await form.save();
    await new VolunteerDetailPage(page).waitUntilShown();
  });

  /** A fresh activity form from its address, the title field focused (it has autofocus). */
  async function newActivity(): Promise<ActivityFormPage> {
    // Through the list: the same address again would keep a form left half-filled by the test before.
    await app().goto('/activities');
    await new ActivitiesPage(page).waitUntilShown();
    await app().goto('/activities/new');
    const form = await new ActivityFormPage(page).waitUntilShown();
    await expect.poll(() => page.locator('#activity_title:focus').count(), poll).toBe(1);
    return form;
  }

  /** Title, date, times, place: Tab from one to the next, as the form's reading order has it. */
  async function typeActivity(title: string, date: string, start: string, end: string): Promise<ActivityFormPage> {
    const form = await newActivity();
    await typeLikeAPerson(page, title);
    await page.keyboard.press('Tab');
    await typeLikeAPerson(page, date);
    await page.keyboard.press('Tab');
    await typeLikeAPerson(page, start);
    await page.keyboard.press('Tab');
    await typeLikeAPerson(page, end);
    await page.keyboard.press('Tab');
    await typeLikeAPerson(page, '村委会广场');
    await form.form.choose('field', '卫生健康', '卫生');
    return form;
  }

  /** Enter in a text field saves the form. */
  async function saveWithEnter(form: ActivityFormPage): Promise<void> {
    await focusByKeyboard(form.form.control('place'));
    await page.keyboard.press('Enter');
  }

  /** The saved activity's form, opened from the list: what the ledger holds. */
  async function readBack(title: string, participants = 0): Promise<{ date: string; start: string; end: string; hours: string[] }> {
    const list = await new ActivitiesPage(page).waitUntilShown();
    await list.open(title);
    const form = await new ActivityFormPage(page).waitUntilShown();
    await expect.poll(() => form.form.control('title').inputValue(), poll).toBe(title);
    await expect.poll(() => form.participantRows().count(), poll).toBe(participants);
    const hours: string[] = [];
    for (const box of await form.participantRows().getByTestId('participant-hours').all()) hours.push(await inputOf(box).inputValue());
    return {
      date: await form.form.control('date').inputValue(),
      start: await form.form.control('startTime').inputValue(),
      end: await form.form.control('endTime').inputValue(),
      hours,
    };
  }

  test('1. every spelling of a date typed into the activity form is saved as that day', async () => {
    for (const [i, spelling] of SPELLINGS.entries()) {
      const title = `健康讲座第${i + 1}期`;
      const form = await typeActivity(title, spelling.typed, '0830', '11:30');
      await saveWithEnter(form);
      await form.waitUntilGone();
      expect(await readBack(title)).toMatchObject({ date: spelling.saved, start: '08:30', end: '11:30' });
    }
  });

  test('1b. a date that does not exist is refused with a message quoting it, and nothing is saved', async () => {
    const form = await typeActivity('不存在的一天', '2026-02-30', '08:30', '11:30');
    await expect.poll(() => textOf(form.error('date')), poll).toContain('2026-02-30');
    await saveWithEnter(form);
    await expect.poll(() => textOf(form.error('date')), poll).toContain('不存在');
    expect(await form.isShown()).toBe(true);
    await saveScreenshot(page, 'typing-1b-no-such-day');
  });

  test('2. Enter in the project form\'s pre-filled 开始日期 takes the date typed over it and does not save the old one', async () => {
    await app().goto('/projects/new');
    const form = await new ProjectFormPage(page).waitUntilShown();
    await expect.poll(() => page.locator('#project_name:focus').count(), poll).toBe(1);
    await typeLikeAPerson(page, '四点半课堂');
    await form.form.choose('field', '帮教助学', '帮教');
    expect(await form.startDate().inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // Typing replaces the pre-filled date; Enter confirms it and leaves the form open.
    await focusByKeyboard(form.startDate());
    await typeLikeAPerson(page, '2026年3月5日');
    await page.keyboard.press('Enter');
    await expect.poll(() => form.startDate().inputValue(), poll).toBe('2026-03-05');
    expect(await form.isShown()).toBe(true);
    await focusByKeyboard(form.endDate());
    await typeLikeAPerson(page, '2026/12/31');
    await page.keyboard.press('Enter');
    await expect.poll(() => form.endDate().inputValue(), poll).toBe('2026-12-31');
    expect(await form.isShown()).toBe(true);
    await saveScreenshot(page, 'typing-2-project-dates');

    // Enter in a text field saves; the list and the form read back the typed days.
    await focusByKeyboard(form.form.control('name'));
    await page.keyboard.press('Enter');
    await form.waitUntilGone();
    const list = await new ProjectsPage(page).waitUntilShown();
    await expect.poll(() => textOf(list.row('四点半课堂')), poll).toContain('2026-03-05 ~ 2026-12-31');
    await list.row('四点半课堂').click();
    const edit = await new ProjectFormPage(page).waitUntilShown();
    await expect.poll(() => edit.startDate().inputValue(), poll).toBe('2026-03-05');
    expect(await edit.endDate().inputValue()).toBe('2026-12-31');
  });

  /** Focus a person's hours box, replace what is there, and move on with Tab. */
  async function typeHours(form: ActivityFormPage, name: string, hours: string): Promise<void> {
    await focusByKeyboard(inputOf(form.participantRow(name).first().getByTestId('participant-hours')));
    await page.keyboard.press('Control+A');
    await typeLikeAPerson(page, hours);
    await page.keyboard.press('Tab');
  }

  test('3a. a time of 25:00 is refused with a message, not ignored', async () => {
    const form = await typeActivity('夜间巡逻', '2026-11-21', '25:00', '23:00');
    await expect.poll(() => textOf(form.error('startTime')), poll).toContain('25:00');
    await saveScreenshot(page, 'typing-3a-time-25');
    // Retyped over the refused text (the field selects it on focus), the time is taken.
    await focusByKeyboard(form.form.control('startTime'));
    await typeLikeAPerson(page, '2100');
    await page.keyboard.press('Tab');
    await expect.poll(() => form.error('startTime').count(), poll).toBe(0);
    await saveWithEnter(form);
    await form.waitUntilGone();
    expect(await readBack('夜间巡逻')).toMatchObject({ date: '2026-11-21', start: '21:00', end: '23:00' });
  });

  test('3b. 25 hours for one person is refused by name and not turned into 24', async () => {
    const form = await typeActivity('上午义诊', '2026-11-22', '08:30', '11:30');
    await chooseOption(page, page.locator('#activity_participantSearch'), PERSON.name, PERSON.initials);
    await expect.poll(() => inputOf(form.participantRow(PERSON.name).getByTestId('participant-hours')).inputValue(), poll).toBe('3');
    await typeHours(form, PERSON.name, '25');
    expect(await inputOf(form.participantRow(PERSON.name).getByTestId('participant-hours')).inputValue()).toBe('25');
    await saveWithEnter(form);
    await expect.poll(() => textOf(form.participantsError()), poll).toContain(`${PERSON.name} 的服务时长 25 小时超过一天24小时`);
    expect(await form.isShown()).toBe(true);
    await saveScreenshot(page, 'typing-3b-25-hours');
  });

  test('3c. 24 hours for a three-hour activity is saved only after the keeper confirms it', async () => {
    const form = await new ActivityFormPage(page).waitUntilShown();
    await typeHours(form, PERSON.name, '24');
    await saveWithEnter(form);
    const confirm = page.getByTestId('over-span-confirm');
    await expect.poll(() => textOf(confirm), poll).toContain(`${PERSON.name}：24 小时（活动 08:30–11:30 共 3 小时）`);
    await saveScreenshot(page, 'typing-3c-confirm');
    // Escape goes back to the form; nothing is saved.
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    expect(await form.isShown()).toBe(true);
    // Asked again, Enter takes the focused 仍然保存.
    await saveWithEnter(form);
    await confirm.waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    await form.waitUntilGone();
    expect(await readBack('上午义诊', 1)).toEqual({ date: '2026-11-22', start: '08:30', end: '11:30', hours: ['24'] });
  });
});
