import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { inputOf, messageWith } from './pages/antd';
import { DutyPostPage, DutyPostsPage } from './pages/DutyPage';
import { typeLikeAPerson } from './pages/keyboard';
import { RequestFormPage, RequestsPage } from './pages/RequestsPage';
import { SetupPage, type StationProfileInput } from './pages/SetupPage';
import { useAppSession } from './support/appSession';
import { saveScreenshot, TIMEZONE } from './support/browser';
import { poll, textOf, WAIT_MS } from './support/waits';

/**
 * A keeper puts right what was refused, and types over what a box already shows. The phone a request's
 * save refused stops being called wrong once a good one is typed; boxes of 添加班次 filled in advance take
 * what is typed after a click instead of adding it to what was there, unreadable dates and times are
 * refused alike on leaving their boxes, and once the run is added no refusal of an earlier try is left;
 * printed, the run's shifts still to come are open, not 无人到岗.
 */

const STATION: StationProfileInput = {
  name: '桃园村新时代文明实践站',
  code: 'TYC-031',
  city: '淄博市',
  county: '临淄区',
  center: '临淄区新时代文明实践中心',
  institute: '稷下街道新时代文明实践所',
  contactName: '周站长',
  contactPhone: '13600003333',
  address: '桃园村村委会',
};

const PHONE_REFUSED = '电话号码格式不对，请填写11位手机号，或带区号的固定电话（如 0531-88888888）';

/** A day `offset` days from today on the browser's clock (the station PC's), as YYYY-MM-DD. */
function dayFromToday(offset: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: TIMEZONE }).format(new Date());
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

/** 2026-12-05 as a keeper may type it: "2026/12/5". */
const withSlashes = (iso: string) => iso.split('-').map(Number).join('/');
/** 2026-12-05 as "20261205". */
const compact = (iso: string) => iso.replaceAll('-', '');

describe('typing over a box, and refusals that go once put right', () => {
  const app = useAppSession();
  let page: Page;

  beforeAll(async () => {
    page = app().page;
    page.setDefaultTimeout(WAIT_MS);
    await app().goto('/');
    await (await new SetupPage(page).waitUntilShown()).setUp(STATION);
  });

  /** Clicks into a box, as with the mouse, types at human speed and leaves it with Tab. */
  async function clickAndType(control: Locator, text: string): Promise<void> {
    await inputOf(control).click();
    await typeLikeAPerson(page, text);
    await page.keyboard.press('Tab');
  }

  test('1. a request refused for its phone: a good number and Tab take the message away', async () => {
    await app().goto('/requests');
    const list = await new RequestsPage(page).waitUntilShown();
    await list.add();
    const form = await new RequestFormPage(page).waitUntilShown();
    await form.type('residentName', '赵桂兰');
    await form.type('phone', '1390531');
    await form.type('need', '帮忙取药');
    await form.chooseField('爱心帮扶', 'axbf');
    await form.save();
    await expect.poll(() => textOf(form.form.error('phone')), poll).toBe(PHONE_REFUSED);

    await form.type('phone', '13905310003');
    await expect.poll(() => form.form.error('phone').count(), poll).toBe(0);
    await form.save();
    await list.waitUntilShown();
    await expect.poll(async () => (await list.read()).map((r) => r.resident), poll).toEqual(['赵桂兰']);
    expect(app().problems).toEqual([]);
  });

  test('2. 添加班次: a click into a filled box and typing replace its date or time; a refused run, put right, leaves a clean form', async () => {
    await app().goto('/duty');
    const posts = await new DutyPostsPage(page).waitUntilShown();
    await posts.addPost('文明交通岗', '村口路口');
    await messageWith(page, '已保存岗位“文明交通岗”').waitFor({ state: 'visible' });
    await posts.openPost('文明交通岗');
    const post = await new DutyPostPage(page).waitUntilShown();
    const { form } = post;
    const from = dayFromToday(10);
    const wrongTo = dayFromToday(4);
    const to = dayFromToday(16);

    await clickAndType(form.control('from'), withSlashes(from));
    await clickAndType(form.control('to'), compact(wrongTo));
    await clickAndType(form.control('startTime'), '7:30');
    await clickAndType(form.control('endTime'), '930');
    expect(await form.control('from').inputValue()).toBe(from);
    expect(await form.control('to').inputValue()).toBe(wrongTo);
    expect(await form.control('startTime').inputValue()).toBe('07:30');
    expect(await form.control('endTime').inputValue()).toBe('09:30');

    // Unreadable text is refused on leaving the box, a date and a time alike, and goes when put right.
    await clickAndType(form.control('startTime'), '25:00');
    await expect.poll(() => textOf(form.error('startTime')), poll).toContain('25:00');
    await clickAndType(form.control('from'), '2026-13-45');
    await expect.poll(() => textOf(form.error('from')), poll).toContain('2026-13-45');
    await clickAndType(form.control('startTime'), '7:30');
    await clickAndType(form.control('from'), withSlashes(from));
    await expect.poll(() => form.error('startTime').count(), poll).toBe(0);
    await expect.poll(() => form.error('from').count(), poll).toBe(0);
    await expect.poll(() => form.control('from').inputValue(), poll).toBe(from);

    // The last day before the first is refused on 结束日期; put right, the run goes in.
    await page.getByTestId('run-submit').click();
    await expect.poll(() => textOf(form.error('to')), poll).toBe('结束日期早于开始日期，请调整');
    await clickAndType(form.control('to'), compact(to));
    await page.getByTestId('run-submit').click();
    await messageWith(page, '已添加 7 个班次').waitFor({ state: 'visible' });
    await expect.poll(() => post.shiftRows().count(), poll).toBe(7);

    const run = page.getByTestId('shift-run-form');
    await expect.poll(() => run.locator('.ant-form-item-explain-error').count(), poll).toBe(0);
    expect(await form.control('to').inputValue()).toBe(to);
    expect(await form.control('startTime').inputValue()).toBe('07:30');
    // The button stays on the boxes' line.
    const [button, box] = await Promise.all([page.getByTestId('run-submit').boundingBox(), inputOf(form.control('needed')).boundingBox()]);
    expect(Math.abs((button?.y ?? 0) + (button?.height ?? 0) / 2 - ((box?.y ?? 0) + (box?.height ?? 0) / 2))).toBeLessThan(8);
    await saveScreenshot(page, 'shift-run-added');
    expect(app().problems).toEqual([]);
  });

  test('3. the printed roster of shifts still to come leaves them open, never 无人到岗', async () => {
    await page.getByTestId('print-roster').click();
    await page.getByTestId('page-duty-roster').waitFor();
    // The run's own days, whatever month today is.
    const path = new URL(page.url()).hash.slice(1).split('?')[0] ?? '';
    await app().goto(`${path}?from=${dayFromToday(10)}&to=${dayFromToday(16)}`);
    const lines = page.getByTestId('duty-roster-line');
    await expect.poll(() => lines.count(), poll).toBe(7);
    expect(await page.getByTestId('duty-roster-note').allInnerTexts()).toEqual(Array<string>(7).fill('尚无人报名'));
    expect(await page.getByTestId('duty-roster-sheet').innerText()).not.toContain('无人到岗');
    expect(app().problems).toEqual([]);
  });
});
