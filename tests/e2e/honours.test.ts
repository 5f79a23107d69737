import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { AppShell } from './pages/AppShell';
import { HONOURS_NAV, HonourFormPage, HonoursPage } from './pages/HonoursPage';
import { RecordsPage } from './pages/RecordsPage';
import { SetupPage, type StationProfileInput } from './pages/SetupPage';
import { TeamDetailPage } from './pages/TeamDetailPage';
import { TeamFormPage } from './pages/TeamFormPage';
import { VolunteerDetailPage } from './pages/VolunteerDetailPage';
import { VolunteerFormPage } from './pages/VolunteerFormPage';
import { VolunteersPage } from './pages/VolunteersPage';
import { inputOf, undoDeleteButton, visibleOption } from './pages/antd';
import { useAppSession } from './support/appSession';
import { saveScreenshot } from './support/browser';
import { residentId } from './support/residentIds';
import { poll, textOf, WAIT_MS } from './support/waits';

/**
 * Honours and star levels as a keeper meets them: a volunteer whose 2024 activities (imported from the
 * station's sheet, 13 days of 8 hours) add up to 104 hours is a 一星志愿者 on their page; the keeper records
 * their 优秀志愿者 (市级, 2024) from the 表彰荣誉 page by keyboard, a two-digit year being refused in Chinese
 * first, and then a 文明家庭 for a family by name with the year in full-width digits; both are listed, filtered
 * by kind, and the honour shows on the volunteer's page, where 添加表彰 opens the form with them chosen; a team's
 * page adds its 优秀志愿服务组织 the same way and lists it.
 */

const STATION: StationProfileInput = {
  name: '石门村新时代文明实践站',
  code: 'SMC-001',
  city: '济南市',
  county: '历城区',
  center: '历城区新时代文明实践中心',
  institute: '柳埠街道新时代文明实践所',
  contactName: '刘站长',
  contactPhone: '13600001111',
  address: '石门村村委会',
};

const PERSON = { name: '孙秀兰', initials: 'sxl', idNumber: residentId('37011219800512102'), phone: '13712345678', politicalStatus: '群众' };
/** 13 service days of 8 hours in 2024: 104 hours, one star, 196 hours short of the second. */
const SERVICE_DAYS = Array.from({ length: 13 }, (_, i) => `2024-03-${String(i + 1).padStart(2, '0')}`);
const HOURS_PER_DAY = 8;
const FAMILY = '张明家庭';
const TEAM = '石门村红马甲志愿服务队';
const YEAR_MESSAGE = '年度应为四位数字，如 2024';

async function activitySheet(): Promise<{ name: string; buffer: Buffer }> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('活动');
  sheet.addRow(['活动名称', '活动日期', '开始时间', '结束时间', '活动地点', '服务领域', '参与志愿者及服务时长']);
  for (const day of SERVICE_DAYS) sheet.addRow(['学雷锋月助老服务', day, '08:00', '16:00', '石门村敬老院', '爱心帮扶', `${PERSON.name}(${HOURS_PER_DAY})`]);
  return { name: '2024年活动台账.xlsx', buffer: Buffer.from(await book.xlsx.writeBuffer()) };
}

describe('honours and star levels', () => {
  const app = useAppSession();
  let page: Page;
  let shell: AppShell;

  beforeAll(async () => {
    page = app().page;
    page.setDefaultTimeout(WAIT_MS);
    shell = new AppShell(page);
    await app().goto('/');
    await (await new SetupPage(page).waitUntilShown()).setUp(STATION);
  });

  async function openVolunteer(): Promise<VolunteerDetailPage> {
    await shell.navigate('volunteers');
    const list = await new VolunteersPage(page).waitUntilShown();
    await list.open(PERSON.name);
    return new VolunteerDetailPage(page).waitUntilShown();
  }

  async function openHonours(): Promise<HonoursPage> {
    await page.getByRole('menuitem').filter({ hasText: new RegExp(`^${HONOURS_NAV}$`) }).click();
    return new HonoursPage(page).waitUntilShown();
  }

  test('1. a volunteer with 104 hours on record is a 一星志愿者 with no honour yet', async () => {
    await app().goto('/volunteers/new');
    const form = await new VolunteerFormPage(page).waitUntilShown();
    await form.fill(PERSON);
    await form.save();
    await new VolunteerDetailPage(page).waitUntilShown();

    await shell.navigate('records');
    const records = await new RecordsPage(page).waitUntilShown();
    await records.openImportTab();
    await records.chooseImportKind('志愿服务活动');
    await records.chooseFile(await activitySheet());
    await records.previewHeadline().waitFor({ state: 'visible' });
    await records.importValidRows();
    await expect.poll(() => textOf(records.summary()), poll).toContain(String(SERVICE_DAYS.length));

    const detail = await openVolunteer();
    await expect.poll(() => textOf(detail.hoursTotal()), poll).toBe(String(SERVICE_DAYS.length * HOURS_PER_DAY));
    await expect.poll(() => textOf(page.getByTestId('volunteer-star-level')), poll).toBe('一星志愿者');
    expect(await textOf(page.getByTestId('volunteer-star-next'))).toBe('再服务 196 小时可成为二星志愿者');
    expect(await page.getByTestId('volunteer-honours').locator('tbody tr.ant-table-row').count()).toBe(0);
    expect(app().problems).toEqual([]);
  });

  test('2. 优秀志愿者 市级 for them from the honours page, by keyboard; the year 24 is refused in Chinese', async () => {
    const honours = await openHonours();
    await honours.add();
    const form = await new HonourFormPage(page).waitUntilShown();
    await expect.poll(() => page.locator('#honour_kind:focus').count(), poll).toBe(1);
    await form.choose('kind', '优秀志愿者', 'yxzyz');
    // 省级 and 市级 share the initials sj: Enter takes neither, so the level is not one the keeper did not choose.
    await inputOf(form.form.control('level')).focus();
    await page.keyboard.type('sj');
    await visibleOption(page, '省级').waitFor({ state: 'visible', timeout: WAIT_MS });
    await visibleOption(page, '市级').waitFor({ state: 'visible', timeout: WAIT_MS });
    await page.keyboard.press('Enter');
    expect(await textOf(form.chosen('level'))).not.toMatch(/省级|市级/);
    await form.choose('level', '市级', 'shiji');
    await form.choose('linkId', PERSON.name, PERSON.initials);
    await form.type('year', '24');
    await form.save();
    await expect.poll(() => textOf(form.error('year')), poll).toBe(YEAR_MESSAGE);
    await saveScreenshot(page, 'honours-year-refused');

    await form.type('year', '2024');
    await form.type('awardedBy', '中共济南市委宣传部');
    await form.save();
    await honours.waitUntilShown();
    await expect.poll(() => honours.read(), poll).toEqual([{ year: '2024', honour: '优秀志愿者', level: '市级', honoured: PERSON.name }]);
    expect(app().problems).toEqual([]);
  });

  test('3. a 文明家庭 goes to a family by name, the year typed in full-width digits', async () => {
    const honours = await new HonoursPage(page).waitUntilShown();
    await honours.add();
    const form = await new HonourFormPage(page).waitUntilShown();
    await form.choose('kind', '文明家庭', 'wmjt');
    // 家庭 is the kind's usual link: the name box is there without choosing it.
    await form.type('linkName', FAMILY);
    await form.choose('level', '县级', 'xianji');
    await form.type('year', '２０２４');
    await form.type('batch', '第二批');
    await form.save();
    await honours.waitUntilShown();
    await expect.poll(async () => (await honours.read()).length, poll).toBe(2);
    expect(await honours.read()).toContainEqual({ year: '2024', honour: '文明家庭', level: '县级', honoured: FAMILY });
    await saveScreenshot(page, 'honours-list');

    await honours.filter('kind', '文明家庭');
    await expect.poll(async () => (await honours.read()).map((r) => r.honoured), poll).toEqual([FAMILY]);
    await honours.filter('kind', '全部类别');
    await expect.poll(async () => (await honours.read()).length, poll).toBe(2);
    expect(app().problems).toEqual([]);
  });

  test('4. a deleted honour comes back with 撤销', async () => {
    const honours = await new HonoursPage(page).waitUntilShown();
    await honours.delete(FAMILY);
    // Counted, not read cell by cell: a row going away between two reads would hold the read up past the
    // ten seconds 撤销 is offered for.
    await expect.poll(() => honours.rows().count(), poll).toBe(1);
    await undoDeleteButton(page).click();
    await expect.poll(async () => (await honours.read()).map((r) => r.honoured).sort(), poll).toEqual([PERSON.name, FAMILY].sort());
    expect(app().problems).toEqual([]);
  });

  test('5. the volunteer’s page shows the honour beside the star, and 添加表彰 opens the form with them chosen', async () => {
    await openVolunteer();
    const honoursCard = page.getByTestId('volunteer-honours');
    const rowTexts = async () => (await honoursCard.locator('tbody tr.ant-table-row').allInnerTexts()).map((text) => text.split(/\s+/).filter(Boolean).join(' '));
    await expect.poll(rowTexts, poll).toEqual(['2024 优秀志愿者 市级']);
    expect(await textOf(page.getByTestId('volunteer-star-level'))).toBe('一星志愿者');
    await saveScreenshot(page, 'honours-volunteer-page');

    await page.getByTestId('add-honour').click();
    const form = await new HonourFormPage(page).waitUntilShown();
    await expect.poll(() => textOf(form.chosen('linkId')), poll).toContain(PERSON.name);
    expect(await textOf(form.chosen('kind'))).toBe('优秀志愿者');
    await form.cancel();
    await new VolunteerDetailPage(page).waitUntilShown();
    expect(app().problems).toEqual([]);
  });

  test('6. a team’s page adds its 优秀志愿服务组织 with the team chosen, and lists it', async () => {
    await app().goto('/teams/new');
    const teamForm = await new TeamFormPage(page).waitUntilShown();
    await teamForm.fill({ name: TEAM, field: '爱心帮扶', members: [PERSON.name] });
    await teamForm.save();
    await new TeamDetailPage(page).waitUntilShown();

    await page.getByTestId('add-honour').click();
    const form = await new HonourFormPage(page).waitUntilShown();
    await expect.poll(() => textOf(form.chosen('linkId')), poll).toBe(TEAM);
    expect(await textOf(form.chosen('kind'))).toBe('优秀志愿服务组织');
    await form.choose('level', '省级', 'shengji');
    await form.type('year', '2024');
    await form.save();
    await new TeamDetailPage(page).waitUntilShown();
    const honourRows = page.getByTestId('team-honours').locator('tbody tr.ant-table-row');
    await expect.poll(async () => (await honourRows.allInnerTexts()).map((text) => text.split(/\s+/).filter(Boolean).join(' ')), poll).toEqual([
      '2024 优秀志愿服务组织 省级',
    ]);

    const honours = await openHonours();
    await expect.poll(async () => (await honours.read()).find((r) => r.honoured === TEAM)?.honour, poll).toBe('优秀志愿服务组织');
    expect(app().problems).toEqual([]);
  });
});
