import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { ActivitiesPage, type ActivityTotal } from './pages/ActivitiesPage';
import { ActivityFormPage } from './pages/ActivityFormPage';
import { inputOf, messageWith } from './pages/antd';
import { AppShell } from './pages/AppShell';
import { UnsavedWorkDialog } from './pages/UnsavedWorkDialog';
import { HomePage } from './pages/HomePage';
import { SetupPage, type StationProfileInput } from './pages/SetupPage';
import { TeamDetailPage } from './pages/TeamDetailPage';
import { TeamFormPage } from './pages/TeamFormPage';
import { TeamsPage } from './pages/TeamsPage';
import { VolunteerDetailPage } from './pages/VolunteerDetailPage';
import { VolunteerFormPage, type VolunteerFormInput } from './pages/VolunteerFormPage';
import { VolunteersPage } from './pages/VolunteersPage';
import { useAppSession } from './support/appSession';
import { saveScreenshot } from './support/browser';
import { browserToday } from './support/pageText';
import { residentId, withWrongCheckChar } from './support/residentIds';
import { poll, textOf, WAIT_MS } from './support/waits';

/**
 * A station's first day, as its keeper clicks through it in a fresh profile: set-up, volunteers, a team,
 * activities and their hours, the 24-hour rule, a reload, deletes with and without undo, and the home
 * page's figures. The tests run in order and build on each other, like the keeper's day.
 */

/** Every wait is bounded: a screen that never answers fails the test instead of hanging the run. */

interface Person {
  name: string;
  initials: string;
  idNumber: string;
  phone: string;
  politicalStatus: string;
}

const ZHANG = { name: '张三', initials: 'zs', idNumber: residentId('11010519850312203'), phone: '13812345678', politicalStatus: '中共党员' };
const LI = { name: '李四', initials: 'ls', idNumber: residentId('32050219900707102'), phone: '13955550123', politicalStatus: '群众' };
const WANG = { name: '王五', initials: 'ww', idNumber: residentId('44030419780101557'), phone: '15966668888', politicalStatus: '共青团员' };
/** Registered late and deleted for good. */
const ZHAO = { name: '赵六', initials: 'zl', idNumber: residentId('37010219950520441'), phone: '18700009999', politicalStatus: '群众' };
const PEOPLE: readonly Person[] = [ZHANG, LI, WANG];

const STATION: StationProfileInput = {
  name: '幸福里社区新时代文明实践站',
  code: 'XFL-001',
  city: '青州市',
  county: '城关区',
  center: '城关区新时代文明实践中心',
  institute: '东关街道新时代文明实践所',
  contactName: '刘站长',
  contactPhone: '13600001111',
  address: '东关街道幸福里小区3号楼1层',
  services: ['手机充电'],
  servicesNotOffered: ['复印'],
  selfCheck: {
    site: { ok: true, note: '社区活动中心一楼120平方米' },
    team: { ok: true },
    activities: { ok: true },
    projects: { ok: false, note: '项目正在申报' },
    mechanism: { ok: true },
  },
};

const TEAM = '幸福里卫生健康志愿服务队';
const VISIT = { title: '重阳节走访独居老人', served: 12 };
const NIGHT_POST = '夜间文明交通岗';
const COPIED = '下午场入户慰问';

function volunteerInput(p: Person, idNumber = p.idNumber): VolunteerFormInput {
  return { name: p.name, idNumber, phone: p.phone, politicalStatus: p.politicalStatus };
}

describe('a station keeper works offline: set-up, volunteers, team, activities, hours', () => {
  const app = useAppSession();
  let page: Page;
  let shell: AppShell;
  let today = '';

  beforeAll(() => {
    page = app().page;
    page.setDefaultTimeout(WAIT_MS);
    page.setDefaultNavigationTimeout(30_000);
    shell = new AppShell(page);
  });

  async function openVolunteers(): Promise<VolunteersPage> {
    await shell.navigate('volunteers');
    return new VolunteersPage(page).waitUntilShown();
  }

  async function openActivities(): Promise<ActivitiesPage> {
    await shell.navigate('activities');
    return new ActivitiesPage(page).waitUntilShown();
  }

  async function openVolunteer(name: string): Promise<VolunteerDetailPage> {
    const list = await openVolunteers();
    await list.open(name);
    const detail = await new VolunteerDetailPage(page).waitUntilShown();
    await expect.poll(() => textOf(detail.name()), poll).toBe(name);
    return detail;
  }

  /** From the list: the form, filled and saved; lands on the new person's page. */
  async function register(person: Person): Promise<void> {
    const list = await openVolunteers();
    await list.add();
    const form = await new VolunteerFormPage(page).waitUntilShown();
    await form.fill(volunteerInput(person));
    await form.save();
    const detail = await new VolunteerDetailPage(page).waitUntilShown();
    await expect.poll(() => textOf(detail.name()), poll).toBe(person.name);
  }

  /** The names in the list's rows (the name is the first column) and its count line, as one snapshot. */
  async function volunteerListShows(list: VolunteersPage): Promise<{ count: string; names: string[] }> {
    const rows = await list.rows().allInnerTexts();
    return { count: await textOf(list.count()), names: rows.map((row) => row.split('\n')[0] ?? '').sort() };
  }

  async function expectVolunteerList(list: VolunteersPage, names: readonly string[], countText: string): Promise<void> {
    await expect.poll(() => volunteerListShows(list), poll).toEqual({ count: countText, names: [...names].sort() });
  }

  async function totalsShown(list: ActivitiesPage): Promise<Record<ActivityTotal, string>> {
    return {
      sessions: await textOf(list.total('sessions')),
      hours: await textOf(list.total('hours')),
      served: await textOf(list.total('served')),
      volunteers: await textOf(list.total('volunteers')),
    };
  }

  async function expectTotals(list: ActivitiesPage, totals: Record<ActivityTotal, string>): Promise<void> {
    await expect.poll(() => totalsShown(list), poll).toEqual(totals);
  }

  test('1. first-run set-up through the form opens the app under the station name', async () => {
    await app().goto('/');
    const setup = await new SetupPage(page).waitUntilShown();
    today = await browserToday(page);
    await setup.fill(STATION);
    await saveScreenshot(page, 'station-01-setup-filled');
    await setup.submit();
    await setup.waitUntilGone();

    await expect.poll(() => textOf(shell.stationName()), poll).toBe(STATION.name);
    const home = await new HomePage(page).waitUntilShown();
    // The 五有 answers came through: four of five ticked.
    expect(await textOf(page.getByTestId('home-self-check'))).toContain('已具备 4 / 5 项');
    expect(await textOf(home.registeredVolunteers())).toBe('0');
    await saveScreenshot(page, 'station-01-home-after-setup');
  });

  test('2. volunteers are registered through the form; a wrong ID check digit is refused and nothing is saved', async () => {
    await register(ZHANG);
    await register(LI);

    const list = await openVolunteers();
    await expectVolunteerList(list, [ZHANG.name, LI.name], '共 2 人');
    await list.add();
    const form = await new VolunteerFormPage(page).waitUntilShown();
    await form.fill(volunteerInput(WANG, withWrongCheckChar(WANG.idNumber)));
    await form.save();
    await expect.poll(() => textOf(form.error('idNumber')), poll).toContain('校验码');
    await saveScreenshot(page, 'station-02-wrong-check-digit');
    // Refused: still on the form, and nothing reached the list. Leaving the refused form asks first.
    expect(await form.isShown()).toBe(true);
    await shell.navigate('volunteers');
    await new UnsavedWorkDialog(page).discard();
    const after = await new VolunteersPage(page).waitUntilShown();
    await expectVolunteerList(after, [ZHANG.name, LI.name], '共 2 人');
    expect(await textOf(page.getByTestId('volunteer-list'))).not.toContain(WANG.name);

    // The keeper corrects the last character and registers the third person.
    await after.add();
    const again = await new VolunteerFormPage(page).waitUntilShown();
    await again.fill(volunteerInput(WANG, withWrongCheckChar(WANG.idNumber)));
    await expect.poll(() => textOf(again.error('idNumber')), poll).toContain('校验码');
    await again.fill({ idNumber: WANG.idNumber });
    await expect.poll(() => again.error('idNumber').count(), poll).toBe(0);
    await again.save();
    const detail = await new VolunteerDetailPage(page).waitUntilShown();
    await expect.poll(() => textOf(detail.name()), poll).toBe(WANG.name);
    // The full number is shown on the person's own page, with the gender read from it.
    expect(await textOf(detail.idNumber())).toBe(WANG.idNumber);
    await saveScreenshot(page, 'station-02-third-volunteer');

    const final = await openVolunteers();
    await expectVolunteerList(final, [ZHANG.name, LI.name, WANG.name], '共 3 人');
    await saveScreenshot(page, 'station-02-list-of-three');
  });

  test('3. an ID number already registered is refused with a link to the person who has it', async () => {
    const list = await openVolunteers();
    await list.add();
    const form = await new VolunteerFormPage(page).waitUntilShown();
    await form.fill(volunteerInput({ ...ZHAO, idNumber: ZHANG.idNumber }));
    await form.save();
    await expect.poll(() => textOf(form.duplicateNotice()), poll).toContain(`已登记为 ${ZHANG.name}`);
    await saveScreenshot(page, 'station-03-duplicate-id');

    await form.openDuplicate();
    await new UnsavedWorkDialog(page).discard();
    const detail = await new VolunteerDetailPage(page).waitUntilShown();
    await expect.poll(() => textOf(detail.name()), poll).toBe(ZHANG.name);
    expect(await textOf(detail.idNumber())).toBe(ZHANG.idNumber);

    const after = await openVolunteers();
    await expectVolunteerList(after, [ZHANG.name, LI.name, WANG.name], '共 3 人');
    expect(await textOf(page.getByTestId('volunteer-list'))).not.toContain(ZHAO.name);
  });

  test('4. the list finds people by pinyin initials and ID tail, and masks ID numbers and phones', async () => {
    const list = await openVolunteers();
    await list.search(ZHANG.initials);
    await expect.poll(() => volunteerListShows(list), poll).toEqual({ count: '找到 1 人（共 3 人）', names: [ZHANG.name] });
    await saveScreenshot(page, 'station-04-search-initials');

    await list.search(LI.idNumber.slice(-6));
    await expect.poll(() => volunteerListShows(list), poll).toEqual({ count: '找到 1 人（共 3 人）', names: [LI.name] });
    await saveScreenshot(page, 'station-04-search-id-tail');

    await list.search('');
    await expectVolunteerList(list, [ZHANG.name, LI.name, WANG.name], '共 3 人');
    const listText = await textOf(page.getByTestId('volunteer-list'));
    for (const p of PEOPLE) {
      expect(listText, `${p.name}'s full ID number`).not.toContain(p.idNumber);
      expect(listText, `${p.name}'s full phone`).not.toContain(p.phone);
      // Enough is left to tell people apart: the row keeps the ID number's last four characters.
      expect(await textOf(list.row(p.name))).toContain(p.idNumber.slice(-4));
    }
  });

  test('5. a team is created with the three as members', async () => {
    await shell.navigate('teams');
    const teams = await new TeamsPage(page).waitUntilShown();
    await teams.newTeam();
    const form = await new TeamFormPage(page).waitUntilShown();
    await form.fill({ name: TEAM, field: '卫生健康', leader: ZHANG.name, members: PEOPLE.map((p) => p.name) });
    await saveScreenshot(page, 'station-05-team-form');
    await form.save();

    const detail = await new TeamDetailPage(page).waitUntilShown();
    await expect.poll(() => detail.memberRows().count(), poll).toBe(3);
    const members = await detail.memberRows().allInnerTexts();
    for (const p of PEOPLE) expect(members.some((row) => row.includes(p.name)), `${p.name} is a member`).toBe(true);
    await saveScreenshot(page, 'station-05-team-detail');

    await shell.navigate('teams');
    await teams.waitUntilShown();
    await expect.poll(() => teams.rows().count(), poll).toBe(1);
    const row = await textOf(teams.row(TEAM));
    expect(row).toContain(ZHANG.name);
    expect(row).toMatch(/\b3\b/);
  });

  test('6. an activity is logged by keyboard with the team; hours follow the time span and one is changed', async () => {
    const list = await openActivities();
    await list.newActivity();
    const form = await new ActivityFormPage(page).waitUntilShown();
    await form.fill({
      title: VISIT.title,
      date: today,
      startTime: '09:00',
      endTime: '11:30',
      place: '幸福里小区',
      field: '卫生健康',
      team: TEAM,
      servedCount: VISIT.served,
      servedGroups: ['独居老人'],
    });
    await form.addTeamMembers(TEAM);
    await expect.poll(() => form.participantRows().count(), poll).toBe(3);
    for (const p of PEOPLE) {
      expect(await inputOf(form.participantRow(p.name).getByTestId('participant-hours')).inputValue()).toBe('2.5');
    }
    await expect.poll(() => textOf(form.participantsSummary()), poll).toBe('共 3 人，合计 7.5 小时');

    await form.setHours(WANG.name, 3);
    await expect.poll(() => textOf(form.participantsSummary()), poll).toBe('共 3 人，合计 8 小时');
    await saveScreenshot(page, 'station-06-activity-form');

    // Enter in a text field saves, as a keyboard-only keeper would; 3 hours for a 2.5-hour activity is
    // asked about first, and Enter takes the focused 仍然保存.
    await form.form.control('title').press('Enter');
    await page.getByTestId('over-span-confirm').waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    await list.waitUntilShown();
    await expect.poll(() => list.rows().count(), poll).toBe(1);
    const row = await textOf(list.row(VISIT.title));
    expect(row).toContain(today);
    expect(row).toContain(TEAM);
    await expectTotals(list, { sessions: '1', hours: '8', served: String(VISIT.served), volunteers: '3' });
    await saveScreenshot(page, 'station-06-activity-list');
  });

  test('7. a second activity that day that would take one person past 24 hours is refused, naming them', async () => {
    const list = await openActivities();
    await list.newActivity();
    const form = await new ActivityFormPage(page).waitUntilShown();
    await form.fill({ title: NIGHT_POST, date: today, startTime: '14:00', endTime: '23:30', place: '东关路口', field: '平安建设' });
    // Picked by pinyin initials: zs → 张三, ls → 李四.
    await form.addParticipant(ZHANG.name, ZHANG.initials);
    await form.addParticipant(LI.name, LI.initials);
    await expect.poll(() => form.participantRows().count(), poll).toBe(2);
    await expect.poll(() => textOf(form.participantsSummary()), poll).toBe('共 2 人，合计 19 小时');
    // 张三: 2.5 + 21.5 = 24, the most allowed; 李四: 2.5 + 22 = 24.5, too many.
    await form.setHours(ZHANG.name, 21.5);
    await form.setHours(LI.name, 22);
    await form.save();
    // Both have more hours than the 9.5-hour post: confirmed first, then the day's limit refuses 李四.
    await page.getByTestId('over-span-confirm').waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');

    await expect.poll(() => textOf(form.participantsError()), poll).toContain(LI.name);
    const problem = await textOf(form.participantsError());
    expect(problem).toContain('24');
    expect(problem).not.toContain(ZHANG.name);
    await messageWith(page, '活动没有保存').waitFor({ state: 'visible' });
    expect(await form.isShown()).toBe(true);
    await saveScreenshot(page, 'station-07-daily-limit');

    await shell.navigate('activities');
    await new UnsavedWorkDialog(page).discard();
    const after = await new ActivitiesPage(page).waitUntilShown();
    await expectTotals(after, { sessions: '1', hours: '8', served: String(VISIT.served), volunteers: '3' });
    expect(await after.rows().count()).toBe(1);
    expect(await textOf(page.getByTestId('activity-list'))).not.toContain(NIGHT_POST);
  });

  test("8. a volunteer's page shows the activity and their hours", async () => {
    const wang = await openVolunteer(WANG.name);
    await expect.poll(() => textOf(wang.hoursTotal()), poll).toBe('3');
    await expect.poll(() => wang.activityRows().count(), poll).toBe(1);
    expect(await textOf(wang.activityRows().first())).toContain(VISIT.title);
    await saveScreenshot(page, 'station-08-volunteer-hours');

    const zhang = await openVolunteer(ZHANG.name);
    await expect.poll(() => textOf(zhang.hoursTotal()), poll).toBe('2.5');
    expect(await textOf(zhang.activityRows().first())).toContain(VISIT.title);
  });

  test('9. after a reload everything is still there', async () => {
    await page.reload();
    await expect.poll(() => textOf(shell.stationName()), poll).toBe(STATION.name);

    const volunteers = await openVolunteers();
    await expectVolunteerList(volunteers, [ZHANG.name, LI.name, WANG.name], '共 3 人');

    await shell.navigate('teams');
    const teams = await new TeamsPage(page).waitUntilShown();
    await expect.poll(() => teams.rows().count(), poll).toBe(1);
    expect(await textOf(teams.row(TEAM))).toMatch(/\b3\b/);

    const activities = await openActivities();
    await expect.poll(() => activities.rows().count(), poll).toBe(1);
    await expectTotals(activities, { sessions: '1', hours: '8', served: String(VISIT.served), volunteers: '3' });
    await saveScreenshot(page, 'station-09-after-reload');

    const li = await openVolunteer(LI.name);
    await expect.poll(() => textOf(li.hoursTotal()), poll).toBe('2.5');
  });

  test('10. deletes can be undone from the same screen; a delete left alone stays deleted after a reload', async () => {
    // An activity, deleted from the list and brought back.
    const activities = await openActivities();
    await activities.delete(VISIT.title);
    await expect.poll(() => activities.rows().count(), poll).toBe(0);
    await expect.poll(() => textOf(activities.total('sessions')), poll).toBe('0');
    const activityNotice = messageWith(page, `已删除“${VISIT.title}”`);
    await saveScreenshot(page, 'station-10-activity-deleted');
    await activityNotice.getByTestId('undo-delete').click();
    await messageWith(page, `已恢复“${VISIT.title}”`).waitFor({ state: 'visible' });
    await expect.poll(() => activities.rows().count(), poll).toBe(1);
    await expectTotals(activities, { sessions: '1', hours: '8', served: String(VISIT.served), volunteers: '3' });

    // A volunteer, deleted from their page, brought back from the list the app returns to.
    const wang = await openVolunteer(WANG.name);
    await wang.delete();
    const volunteers = await new VolunteersPage(page).waitUntilShown();
    await expectVolunteerList(volunteers, [ZHANG.name, LI.name], '共 2 人');
    const volunteerNotice = messageWith(page, `已删除“${WANG.name}”`);
    await saveScreenshot(page, 'station-10-volunteer-deleted');
    await volunteerNotice.getByTestId('undo-delete').click();
    await expectVolunteerList(volunteers, [ZHANG.name, LI.name, WANG.name], '共 3 人');
    const back = await openVolunteer(WANG.name);
    await expect.poll(() => textOf(back.hoursTotal()), poll).toBe('3');

    // A copied activity and a late registration, deleted without undo.
    const list = await openActivities();
    await list.copyLast();
    const copy = await new ActivityFormPage(page).waitUntilShown();
    await expect.poll(() => textOf(copy.copiedNotice()), poll).toContain(VISIT.title);
    await copy.fill({ title: COPIED, startTime: '14:00', endTime: '15:00' });
    await expect.poll(() => textOf(copy.participantsSummary()), poll).toContain('共 3 人');
    await copy.save();
    // 王五 keeps the 3 hours typed for the morning, more than this one-hour session: confirmed.
    await page.getByTestId('over-span-confirm').waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    await list.waitUntilShown();
    await expect.poll(() => list.rows().count(), poll).toBe(2);
    await list.delete(COPIED);
    await expect.poll(() => list.rows().count(), poll).toBe(1);

    await register(ZHAO);
    const detail = new VolunteerDetailPage(page);
    await detail.delete();
    const remaining = await new VolunteersPage(page).waitUntilShown();
    await expectVolunteerList(remaining, [ZHANG.name, LI.name, WANG.name], '共 3 人');

    await page.reload();
    await expect.poll(() => textOf(shell.stationName()), poll).toBe(STATION.name);
    const afterReload = await openVolunteers();
    await expectVolunteerList(afterReload, [ZHANG.name, LI.name, WANG.name], '共 3 人');
    expect(await textOf(page.getByTestId('volunteer-list'))).not.toContain(ZHAO.name);
    const activitiesAfter = await openActivities();
    await expect.poll(() => activitiesAfter.rows().count(), poll).toBe(1);
    expect(await textOf(page.getByTestId('activity-list'))).not.toContain(COPIED);
    await expectTotals(activitiesAfter, { sessions: '1', hours: '8', served: String(VISIT.served), volunteers: '3' });
    await saveScreenshot(page, 'station-10-after-reload');
  });

  test("11. the home page shows this month's figures, consistent with the activity list", async () => {
    await shell.navigate('home');
    const home = await new HomePage(page).waitUntilShown();
    await expect.poll(() => textOf(home.monthFigure('sessions')), poll).toBe('1');
    expect(await textOf(home.monthFigure('hours'))).toBe('8');
    expect(await textOf(home.monthFigure('volunteers'))).toBe('3');
    expect(await textOf(home.monthFigure('served'))).toBe(String(VISIT.served));
    // The month lies inside the year, so the year says the same on day one.
    expect(await textOf(home.yearFigure('sessions'))).toBe('1');
    expect(await textOf(home.yearFigure('hours'))).toBe('8');
    expect(await textOf(home.registeredVolunteers())).toBe('3');
    expect(await textOf(home.teamCount())).toBe('1');
    // Volunteers, a team and an activity: the getting-started guide has done its job.
    expect(await home.firstSteps().count()).toBe(0);
    await saveScreenshot(page, 'station-11-home-figures');
  });

  test('nothing went wrong in the page along the way (no errors, no failed requests)', () => {
    expect(app().problems).toEqual([]);
  });
});
