import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startCouchGuard, type CouchGuard } from '../../src-city/standIn/couchGuard';
import { provisionCity, type ProvisionedCity, type ProvisionedStation } from '../integration/support/cityProvision';
import { startCouchServer, type CouchServer } from '../integration/support/couchServer';
import { ActivitiesPage } from './pages/ActivitiesPage';
import { ActivityFormPage } from './pages/ActivityFormPage';
import { AppShell } from './pages/AppShell';
import { SetupPage } from './pages/SetupPage';
import { SyncIndicator, SyncPage } from './pages/SyncPage';
import { VolunteerDetailPage } from './pages/VolunteerDetailPage';
import { VolunteerFormPage } from './pages/VolunteerFormPage';
import { VolunteersPage } from './pages/VolunteersPage';
import { appUrl, useAppSession } from './support/appSession';
import { collectProblems, newAppContext, saveScreenshot } from './support/browser';
import { browserToday } from './support/pageText';
import { isOutageProblem } from './support/outage';
import { poll, syncPoll, textOf, WAIT_MS } from './support/waits';

/**
 * The links a keeper expects between screens, and what happens when two PCs of one station issue
 * certificates offline: Settings says whether the station is connected and leads to the sync page; a
 * volunteer's page opens the certificate form with that volunteer chosen; two PCs cut off from the city
 * server both number their certificate 0001, and after sync the register says so and what to do, while each
 * paper still verifies by its own code.
 */

const CODE = 'LX-CERT-01';
const UP_TO_DATE = '已同步';
const ZHANG = { name: '张三', initials: 'zs', idNumber: '370102198001010015', phone: '13800001111', politicalStatus: '群众' };
const LI = { name: '李四', initials: 'ls', idNumber: '370102199002020025', phone: '13900002222', politicalStatus: '群众' };
const ACTIVITY = { title: '学雷锋义诊进社区', served: 30 };
const SHARED_WARNING = '编号与另一份证明重复（两台电脑离线时各自开具）：请作废其中一份并重新开具';

interface Issued {
  number: string;
  code: string;
}

/** One station PC: a browser profile of its own (its own IndexedDB), driven through the screens. */
class StationPc {
  readonly shell: AppShell;
  readonly indicator: SyncIndicator;

  constructor(
    readonly page: Page,
    readonly problems: string[],
  ) {
    page.setDefaultTimeout(WAIT_MS);
    page.setDefaultNavigationTimeout(30_000);
    this.shell = new AppShell(page);
    this.indicator = new SyncIndicator(page);
  }

  async setUp(station: ProvisionedStation): Promise<void> {
    await this.page.goto(appUrl('/'));
    const setup = await new SetupPage(this.page).waitUntilShown();
    const profile = station.setup.station;
    await setup.setUp({
      ...profile,
      contactName: '周站长',
      contactPhone: '13600002222',
      address: '姚家街道文明路1号',
    });
    await expect.poll(() => textOf(this.shell.stationName()), poll).toBe(profile.name);
  }

  async openSettings(): Promise<void> {
    await this.shell.navigate('settings');
    await this.page.getByTestId('page-settings').waitFor();
  }

  settingsSyncLine(): Locator {
    return this.page.getByTestId('settings-sync-state');
  }

  async connect(station: ProvisionedStation): Promise<void> {
    await this.shell.navigate('sync');
    const sync = await new SyncPage(this.page).waitUntilShown();
    await sync.importSetupFile(station.file);
    await expect.poll(() => textOf(sync.fileRead()), poll).toContain(CODE);
    await sync.saveConnection();
    await this.upToDate();
  }

  async upToDate(): Promise<void> {
    await expect.poll(async () => ({ phase: await textOf(this.indicator.phase()), pending: await textOf(this.indicator.pending()) }), syncPoll).toEqual({
      phase: UP_TO_DATE,
      pending: '0',
    });
  }

  async syncNow(): Promise<void> {
    await this.shell.navigate('sync');
    await (await new SyncPage(this.page).waitUntilShown()).syncNow();
    await this.upToDate();
  }

  async register(person: typeof ZHANG): Promise<void> {
    await this.shell.navigate('volunteers');
    await (await new VolunteersPage(this.page).waitUntilShown()).add();
    const form = await new VolunteerFormPage(this.page).waitUntilShown();
    await form.fill(person);
    await form.save();
    const detail = await new VolunteerDetailPage(this.page).waitUntilShown();
    await expect.poll(() => textOf(detail.name()), poll).toBe(person.name);
  }

  async openVolunteer(name: string): Promise<VolunteerDetailPage> {
    await this.shell.navigate('volunteers');
    const list = await new VolunteersPage(this.page).waitUntilShown();
    await expect.poll(() => list.row(name).count(), syncPoll).toBe(1);
    await list.open(name);
    return new VolunteerDetailPage(this.page).waitUntilShown();
  }

  /** From the volunteer's own page: 开具服务证明, the form with them chosen, issue; the printed number and code. */
  async issueFromVolunteerPage(person: typeof ZHANG, hours: string, screenshots = ''): Promise<Issued> {
    await this.openVolunteer(person.name);
    if (screenshots) await saveScreenshot(this.page, `${screenshots}-volunteer-page`);
    await this.page.getByTestId('issue-certificate').click();
    await this.page.getByTestId('page-certificate-issue').waitFor();
    const chosen = this.page.locator('.ant-select').filter({ has: this.page.locator('#certificate_volunteerId') });
    await expect.poll(() => textOf(chosen), poll).toContain(person.name);
    await expect.poll(() => textOf(this.page.getByTestId('certificate-hours')), poll).toContain(hours);
    await expect.poll(() => this.page.locator('#certificate_content').inputValue(), poll).toContain(ACTIVITY.title);
    if (screenshots) await saveScreenshot(this.page, `${screenshots}-issue-form`);
    await this.page.getByTestId('save-button').click();
    await this.page.getByTestId('certificate-sheet').waitFor();
    return {
      number: (await textOf(this.page.getByTestId('certificate-number'))).replace(/^证明编号[:：]/, '').trim(),
      code: (await textOf(this.page.getByTestId('certificate-code'))).replace(/^校验码[:：]/, '').trim(),
    };
  }

  async openRegister(): Promise<void> {
    await this.shell.navigate('certificates');
    await this.page.getByTestId('page-certificates').waitFor();
  }

  rows(): Locator {
    return this.page.getByTestId('certificate-row');
  }

  row(name: string): Locator {
    return this.rows().filter({ hasText: name });
  }

  async verify(number: string, code: string): Promise<Locator> {
    await this.page.getByTestId('verify-number').fill(number);
    await this.page.getByTestId('verify-code').fill(code);
    await this.page.getByTestId('verify-submit').click();
    const result = this.page.getByTestId('verify-result');
    await result.waitFor();
    return result;
  }
}

describe('certificate from the volunteer page, Settings to the city server, and one number issued on two PCs', () => {
  const app = useAppSession();
  let server: CouchServer;
  let city: ProvisionedCity;
  let station: ProvisionedStation;
  let guard: CouchGuard | null = null;
  let guardPort = 0;
  let guardUrl = '';
  let first: StationPc;
  let second: StationPc;
  let secondContext: BrowserContext | undefined;
  let issuedFirst: Issued = { number: '', code: '' };
  let issuedSecond: Issued = { number: '', code: '' };
  /** Problem-list lengths when the server went away and came back, per PC. */
  const outage = { first: { from: -1, to: -1 }, second: { from: -1, to: -1 } };

  async function startGuard(): Promise<void> {
    guard = await startCouchGuard({ upstreamUrl: server.upstreamUrl, admin: server.admin, ...(guardPort === 0 ? {} : { port: guardPort }) });
    guardPort = guard.port;
    guardUrl = guard.url;
  }

  beforeAll(async () => {
    first = new StationPc(app().page, app().problems);
    secondContext = await newAppContext(app().browser);
    const secondPage = await secondContext.newPage();
    second = new StationPc(secondPage, collectProblems(secondPage));
    server = await startCouchServer();
    await startGuard();
    if (!guard) throw new Error('the guard did not start');
    city = await provisionCity({ ...server, url: guardUrl }, [CODE]);
    const provisioned = city.stations[CODE];
    if (!provisioned) throw new Error(`no set-up file for ${CODE}`);
    station = provisioned;
  });

  afterAll(async () => {
    await secondContext?.close();
    await guard?.stop();
    await city?.cleanUp();
    await server?.stop();
  });

  test('1. Settings says the station is not connected yet, and its button opens the sync page', async () => {
    await first.setUp(station);
    await first.openSettings();
    const card = first.page.getByTestId('settings-sync');
    expect(await textOf(card)).toContain('连接市级服务器');
    await expect.poll(() => textOf(first.settingsSyncLine()), poll).toBe('尚未连接市级服务器，数据只保存在本机。');
    await saveScreenshot(first.page, 'certificate-link-01-settings-not-connected');
    await first.page.getByTestId('settings-sync-open').click();
    await new SyncPage(first.page).waitUntilShown();
  });

  test('2. once connected, Settings names the account and the server', async () => {
    await first.connect(station);
    await first.openSettings();
    await expect.poll(() => textOf(first.settingsSyncLine()), poll).toContain(`已连接：以账号 ${station.setup.username} 连接到 ${guardUrl}`);
    await expect.poll(() => textOf(first.settingsSyncLine()), syncPoll).toContain(UP_TO_DATE);
    await saveScreenshot(first.page, 'certificate-link-02-settings-connected');
  });

  test('3. two volunteers and a day of service reach the server; the second PC of the station gets them', async () => {
    await first.register(ZHANG);
    await first.register(LI);
    await first.shell.navigate('activities');
    const list = await new ActivitiesPage(first.page).waitUntilShown();
    await list.newActivity();
    const form = await new ActivityFormPage(first.page).waitUntilShown();
    await form.fill({ title: ACTIVITY.title, date: await browserToday(first.page), startTime: '08:30', endTime: '11:30', place: '文明路社区', field: '卫生健康', servedCount: ACTIVITY.served });
    await form.addParticipant(ZHANG.name, ZHANG.initials);
    await form.setHours(ZHANG.name, 3);
    await form.addParticipant(LI.name, LI.initials);
    await form.setHours(LI.name, 2);
    await form.save();
    await list.waitUntilShown();
    await first.upToDate();

    await second.setUp(station);
    await second.connect(station);
    await second.openVolunteer(LI.name);
    await expect.poll(() => second.page.getByTestId('volunteer-activities').locator('tbody tr.ant-table-row').count(), syncPoll).toBe(1);
  });

  test('4. with the server out of reach, each PC issues a certificate from the volunteer’s page: both get number 0001', async () => {
    outage.first.from = first.problems.length;
    outage.second.from = second.problems.length;
    await guard?.stop();
    guard = null;

    issuedFirst = await first.issueFromVolunteerPage(ZHANG, '3', 'certificate-link-04');
    issuedSecond = await second.issueFromVolunteerPage(LI, '2');
    await saveScreenshot(first.page, 'certificate-link-04-issued-offline');
    const year = (await browserToday(first.page)).slice(0, 4);
    expect(issuedFirst.number).toBe(`${CODE}-${year}-0001`);
    expect(issuedSecond.number).toBe(issuedFirst.number);
    expect(issuedSecond.code).not.toBe(issuedFirst.code);

    // Before sync each register holds only its own certificate: nothing to warn about yet.
    await first.openRegister();
    await expect.poll(() => first.rows().count(), poll).toBe(1);
    expect(await first.page.getByTestId('shared-number-warning').count()).toBe(0);
  });

  test('5. after sync the register marks both certificates, says what happened and what to do', async () => {
    await startGuard();
    outage.first.to = first.problems.length;
    outage.second.to = second.problems.length;
    await second.syncNow();
    await first.syncNow();

    await first.openRegister();
    await expect.poll(() => first.rows().count(), syncPoll).toBe(2);
    for (const name of [ZHANG.name, LI.name]) {
      await expect.poll(() => textOf(first.row(name).getByTestId('shared-number-warning')), poll).toContain(SHARED_WARNING);
    }
    const alert = first.page.getByTestId('shared-numbers-alert');
    expect(await textOf(alert)).toContain(issuedFirst.number);
    expect(await textOf(alert)).toContain('作废其中一份');
    await saveScreenshot(first.page, 'certificate-link-05-shared-number');

    // The next certificate issued here gets a number above both.
    await first.page.getByTestId('new-certificate').click();
    await first.page.getByTestId('page-certificate-issue').waitFor();
    await expect.poll(() => textOf(first.page.getByTestId('certificate-number-preview')), poll).toContain(issuedFirst.number.replace(/0001$/, '0002'));
  });

  test('6. each paper of the shared number verifies as its own certificate, with a note that the number is shared', async () => {
    await first.openRegister();
    const fromOther = await first.verify(issuedSecond.number, issuedSecond.code);
    expect(await fromOther.getAttribute('data-status')).toBe('valid');
    expect(await textOf(fromOther)).toContain(LI.name);
    expect(await textOf(first.page.getByTestId('verify-shared-number'))).toContain('另有 1 份证明使用同一编号');

    const own = await first.verify(issuedFirst.number, issuedFirst.code);
    await expect.poll(() => textOf(own), poll).toContain(ZHANG.name);
    await expect.poll(() => own.getAttribute('data-status'), poll).toBe('valid');
  });

  test('7. revoking one of the pair settles it: no more alarm, both rows say nothing more needs doing', async () => {
    await first.openRegister();
    const own = await first.verify(issuedFirst.number, issuedFirst.code);
    await expect.poll(() => own.getAttribute('data-status'), poll).toBe('valid');
    await first.row(ZHANG.name).getByRole('button', { name: '作废' }).click();
    await first.page.locator('#revoke_revokedReason').fill('编号重复，重新开具');
    await first.page.getByRole('button', { name: '确定作废' }).click();
    await expect.poll(() => first.page.getByTestId('shared-numbers-alert').count(), poll).toBe(0);
    for (const name of [ZHANG.name, LI.name]) {
      await expect.poll(() => first.row(name).getByTestId('shared-number-warning').getAttribute('data-resolved'), poll).toBe('true');
    }
    await saveScreenshot(first.page, 'certificate-link-07-resolved');
    // The answer shown before the revocation changes by itself: nobody has to check again.
    await expect.poll(() => own.getAttribute('data-status'), poll).toBe('revoked');
  });

  test('nothing went wrong in either page besides the refused connections while the server was away', () => {
    for (const [pc, window] of [
      [first, outage.first],
      [second, outage.second],
    ] as const) {
      expect(window.from, 'the outage was recorded').toBeGreaterThanOrEqual(0);
      const during = pc.problems.slice(window.from, window.to);
      const outside = [...pc.problems.slice(0, window.from), ...pc.problems.slice(window.to)];
      expect(during.filter((p) => !isOutageProblem(p, guardUrl))).toEqual([]);
      expect(outside).toEqual([]);
    }
  });
});
