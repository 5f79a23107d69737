import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { ActivityFormPage } from './pages/ActivityFormPage';
import { typeDate } from './pages/antd';
import { HomePage } from './pages/HomePage';
import { typeLikeAPerson } from './pages/keyboard';
import { REQUESTS_NAV, RequestDetailPage, RequestFormPage, RequestsPage } from './pages/RequestsPage';
import { SetupPage, type StationProfileInput } from './pages/SetupPage';
import { VolunteerDetailPage } from './pages/VolunteerDetailPage';
import { VolunteerFormPage } from './pages/VolunteerFormPage';
import { useAppSession } from './support/appSession';
import { saveScreenshot, TIMEZONE } from './support/browser';
import { residentId } from './support/residentIds';
import { poll, textOf, WAIT_MS } from './support/waits';

/**
 * A resident's request from 点单 to 评单, as a keeper types it: 王秀英 of 三组 asks by phone for her light to be
 * fixed, wanted two days ago (so it stands out as 已逾期, its phone masked in the list); it is dispatched to a
 * volunteer found by pinyin initials, accepted, closed by an activity made from it (办结 without one is
 * refused in Chinese first), which starts with that volunteer, one resident served and the need as its
 * content, and rated 5 stars (no star is refused first). It ends 已评价, linked to the activity, with its five
 * steps in 办理经过, and the home page counts it.
 */

const STATION: StationProfileInput = {
  name: '石门村新时代文明实践站',
  code: 'SMC-002',
  city: '济南市',
  county: '历城区',
  center: '历城区新时代文明实践中心',
  institute: '柳埠街道新时代文明实践所',
  contactName: '刘站长',
  contactPhone: '13600001111',
  address: '石门村村委会',
};

const VOLUNTEER = { name: '李建国', initials: 'ljg', idNumber: residentId('37011219750315101'), phone: '13712340001', politicalStatus: '中共党员' };
const RESIDENT = { name: '王秀英', group: '三组', phone: '13905310002', masked: '139****0002' };
const NEED = '家里电灯不亮，请人上门修一下';

/** A day `offset` days from today on the browser's clock (the station PC's), YYYY-MM-DD. */
function dayFromToday(offset: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: TIMEZONE }).format(new Date());
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

const RECEIVED = dayFromToday(-5);
const WANTED = dayFromToday(-2);

describe('a resident’s request from logging to rating', () => {
  const app = useAppSession();
  let page: Page;
  let detail: RequestDetailPage;

  beforeAll(async () => {
    page = app().page;
    page.setDefaultTimeout(WAIT_MS);
    await app().goto('/');
    await (await new SetupPage(page).waitUntilShown()).setUp(STATION);
    await app().goto('/volunteers/new');
    const form = await new VolunteerFormPage(page).waitUntilShown();
    await form.fill(VOLUNTEER);
    await form.save();
    await new VolunteerDetailPage(page).waitUntilShown();
  });

  test('1. logged by keyboard, it waits for dispatch, overdue and with its phone masked in the list', async () => {
    await page.getByRole('menuitem').filter({ hasText: new RegExp(`^${REQUESTS_NAV}$`) }).click();
    const list = await new RequestsPage(page).waitUntilShown();
    await list.add();
    const form = await new RequestFormPage(page).waitUntilShown();
    await expect.poll(() => page.locator('#request_residentName:focus').count(), poll).toBe(1);
    await typeLikeAPerson(page, RESIDENT.name);
    await page.keyboard.press('Tab');
    await form.type('villageGroup', RESIDENT.group);
    await form.type('phone', '139 0531 0002');
    await form.type('need', NEED);
    await form.chooseField('爱心帮扶', 'axbf');
    await form.type('receivedDate', RECEIVED);
    await form.type('wantedDate', WANTED);
    await form.urgent();
    await form.save();

    await list.waitUntilShown();
    await expect.poll(() => list.read(), poll).toEqual([{ resident: `${RESIDENT.name} ${RESIDENT.group}`, phone: RESIDENT.masked, need: NEED, state: '待派单', overdue: true }]);
    expect(await textOf(list.tab('pending'))).toBe('待派单 1');
    expect(await textOf(list.tab('overdue'))).toBe('已逾期 1');
    expect(await page.getByTestId('request-list').innerText()).not.toContain(RESIDENT.phone);
    await saveScreenshot(page, 'requests-list-overdue');
    expect(app().problems).toEqual([]);
  });

  test('2. dispatched to a volunteer found by pinyin initials, then accepted', async () => {
    await new RequestsPage(page).open(RESIDENT.name);
    detail = await new RequestDetailPage(page).waitUntilShown();
    expect(await textOf(detail.state())).toBe('待派单');
    expect(await detail.actions()).toEqual(['派单', '拒绝', '取消']);

    await detail.openStep('dispatch');
    await detail.dispatchTo(VOLUNTEER.name, VOLUNTEER.initials);
    await detail.confirmStep();
    await expect.poll(() => textOf(detail.state()), poll).toBe('已派单');
    expect(await textOf(page.getByTestId('request-assignee'))).toBe(VOLUNTEER.name);

    await detail.action('accept').click();
    await expect.poll(() => textOf(detail.state()), poll).toBe('已接单');
    expect(await detail.actions()).toEqual(['拒绝', '取消', '改派', '办结']);
    expect(app().problems).toEqual([]);
  });

  test('3. 办结 needs an activity; one made from the request closes it', async () => {
    await detail.openStep('close');
    await detail.confirmStep();
    await expect.poll(() => textOf(detail.dialog('close').error('activityId')), poll).toBe('请关联为这件需求开展的活动，或由它新建一场活动');

    await page.getByTestId('close-new-activity').click();
    const activity = await new ActivityFormPage(page).waitUntilShown();
    await expect.poll(() => textOf(page.getByTestId('from-request-notice')), poll).toContain(RESIDENT.name);
    expect(await activity.form.control('title').inputValue()).toBe(NEED);
    expect(await textOf(page.locator('.ant-select').filter({ has: activity.form.control('field') }))).toBe('爱心帮扶');
    // What the request knows is there already: the volunteer it went to, one resident served, the need as its content, the day wanted.
    expect(await activity.participantRows().allInnerTexts()).toHaveLength(1);
    expect(await activity.participantRow(VOLUNTEER.name).count()).toBe(1);
    expect(await activity.form.control('servedCount').inputValue()).toBe('1');
    expect(await activity.form.control('summary').inputValue()).toBe(NEED);
    expect(await activity.form.control('date').inputValue()).toBe(WANTED);
    // The light was fixed today, after all.
    await typeDate(activity.form.control('date'), dayFromToday(0));
    await typeDate(activity.form.control('startTime'), '14:00');
    await typeDate(activity.form.control('endTime'), '15:30');
    await expect.poll(() => textOf(activity.participantsSummary()), poll).toBe('共 1 人，合计 1.5 小时');
    await activity.form.control('place').focus();
    await typeLikeAPerson(page, '三组王秀英家');
    await activity.save();

    detail = await new RequestDetailPage(page).waitUntilShown();
    await expect.poll(() => textOf(detail.state()), poll).toBe('已办结');
    expect(await textOf(detail.activityLink())).toBe(NEED);
    expect(await detail.actions()).toEqual(['评价']);
    expect(app().problems).toEqual([]);
  });

  test('4. rated 5 stars with a remark (no star is refused first); it ends 已评价 with its five steps', async () => {
    await detail.openStep('rate');
    await detail.confirmStep();
    await expect.poll(() => textOf(detail.dialog('rate').error('rating')), poll).toBe('评价请选1到5星');
    await detail.stars(5);
    await detail.typeInDialog('rate', 'remark', '来得及时，修得很好');
    await detail.confirmStep();

    await expect.poll(() => textOf(detail.state()), poll).toBe('已评价');
    expect(await textOf(page.getByTestId('request-rating'))).toContain('来得及时，修得很好');
    expect(await page.locator('[data-testid="request-rating"] .ant-rate-star-full').count()).toBe(5);
    await expect.poll(() => detail.historyEntries().count(), poll).toBe(5);
    const steps = (await detail.historyEntries().allInnerTexts()).map((s) => s.split('\n')[0] ?? '');
    expect(steps.map((s) => s.replace(/^\S+ \S+ /, ''))).toEqual(['登记需求', '派单 → 已派单', '接单 → 已接单', '办结 → 已办结', '评价 → 已评价']);
    expect(await detail.actions()).toEqual([]);
    await saveScreenshot(page, 'requests-rated');

    await detail.activityLink().click();
    const activity = await new ActivityFormPage(page).waitUntilShown();
    expect(await activity.form.control('title').inputValue()).toBe(NEED);
    expect(app().problems).toEqual([]);
  });

  test('5. the list moves it to 已评价, no longer overdue, and the home page counts it', async () => {
    await page.getByRole('menuitem').filter({ hasText: new RegExp(`^${REQUESTS_NAV}$`) }).click();
    const list = await new RequestsPage(page).waitUntilShown();
    await expect.poll(() => list.read(), poll).toEqual([{ resident: `${RESIDENT.name} ${RESIDENT.group}`, phone: RESIDENT.masked, need: NEED, state: '已评价', overdue: false }]);
    expect(await textOf(list.tab('rated'))).toBe('已评价 1');
    expect(await textOf(list.tab('overdue'))).toBe('已逾期 0');

    await app().goto('/');
    await new HomePage(page).waitUntilShown();
    const card = page.getByTestId('home-requests');
    const thisYear = dayFromToday(0).slice(0, 4);
    // Received counts in the year it was received, done in the year of the activity (today).
    const received = RECEIVED.startsWith(thisYear) ? 1 : 0;
    await expect.poll(() => textOf(card), poll).toContain(`${thisYear}年群众点单`);
    const figures = (await card.locator('.ant-statistic').allInnerTexts()).map((s) => s.replace(/\s+/g, ''));
    expect(figures).toEqual([`收到${received}件`, '办结1件', '满意率100%']);
    expect(app().problems).toEqual([]);
  });
});
