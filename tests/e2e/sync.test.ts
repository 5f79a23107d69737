import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { basicAuthHeader } from '../../src-city/couch/client';
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
import { collectProblems, saveScreenshot } from './support/browser';
import { browserToday } from './support/pageText';
import { isOutageProblem } from './support/outage';
import { poll, syncPoll, textOf, WAIT_MS } from './support/waits';

/**
 * Issue 3, as a station keeper meets it: connect with the city's set-up file, work while the city server
 * cannot be reached, and see the change arrive once it can. The app reaches the server through a guard of
 * its own on a fixed port, which the test stops and starts again; the data stays in the server behind it.
 */

const CODE = 'LX-SYNC-01';
const UP_TO_DATE = '已同步';
/** The server cannot be reached: the app says so either way, depending on whether the PC itself is online. */
const UNREACHABLE = ['离线', '同步出错'];
const VOLUNTEER = { name: '孙七', idNumber: '370102199203150010', phone: '13700001234', politicalStatus: '群众' };
const ACTIVITY = { title: '断网时登记的义诊活动', served: 8 };
/** A name the test's extra server rule refuses. */
const REFUSED_NAME = '孙七拒收';

interface ServerDoc {
  _id: string;
  title?: unknown;
  stationId?: unknown;
}

/** The station database's documents of one type, read on the server with the city admin's credentials. */
async function serverDocs(server: CouchServer, database: string, type: string): Promise<ServerDoc[]> {
  const query = new URLSearchParams({ include_docs: 'true', startkey: JSON.stringify(`${type}:`), endkey: JSON.stringify(`${type}:\ufff0`) });
  const response = await fetch(`${server.url}/${encodeURIComponent(database)}/_all_docs?${query.toString()}`, {
    headers: { authorization: basicAuthHeader(server.admin), accept: 'application/json' },
    signal: AbortSignal.timeout(WAIT_MS),
  });
  if (!response.ok) throw new Error(`_all_docs answered ${response.status}`);
  const body = (await response.json()) as { rows: { doc?: ServerDoc }[] };
  return body.rows.flatMap((row) => (row.doc ? [row.doc] : []));
}

describe('sync with the city server: connect with the set-up file, work offline, catch up', () => {
  const app = useAppSession();
  let page: Page;
  let shell: AppShell;
  let indicator: SyncIndicator;
  let server: CouchServer;
  let city: ProvisionedCity;
  let station: ProvisionedStation;
  /** What the app talks to; stopped and started again on the same port to cut the server off. */
  let appGuard: CouchGuard | null = null;
  let guardPort = 0;
  let guardUrl = '';
  /** Indices into the problem list: [stopped, restarted). */
  const outage = { from: -1, to: -1 };

  async function startAppGuard(): Promise<void> {
    appGuard = await startCouchGuard({ upstreamUrl: server.upstreamUrl, admin: server.admin, ...(guardPort === 0 ? {} : { port: guardPort }) });
    guardPort = appGuard.port;
    guardUrl = appGuard.url;
  }

  async function stopAppGuard(): Promise<void> {
    await appGuard?.stop();
    appGuard = null;
  }

  async function openSync(): Promise<SyncPage> {
    await shell.navigate('sync');
    return new SyncPage(page).waitUntilShown();
  }

  async function indicatorShows(): Promise<{ phase: string; pending: string }> {
    return { phase: await textOf(indicator.phase()), pending: await textOf(indicator.pending()) };
  }

  beforeAll(async () => {
    page = app().page;
    page.setDefaultTimeout(WAIT_MS);
    page.setDefaultNavigationTimeout(30_000);
    shell = new AppShell(page);
    indicator = new SyncIndicator(page);
    server = await startCouchServer();
    await startAppGuard();
    if (!appGuard) throw new Error('the guard did not start');
    // The city issues the set-up file with the address the station reaches: the guard the test can stop.
    city = await provisionCity({ ...server, url: appGuard.url }, [CODE]);
    const provisioned = city.stations[CODE];
    if (!provisioned) throw new Error(`no set-up file for ${CODE}`);
    station = provisioned;
  });

  afterAll(async () => {
    await stopAppGuard();
    await city?.cleanUp();
    await server?.stop();
  });

  test('1. first-run set-up with the station code of the set-up file', async () => {
    await app().goto('/');
    const setup = await new SetupPage(page).waitUntilShown();
    const profile = station.setup.station;
    await setup.fill({
      ...profile,
      contactName: '孙站长',
      contactPhone: '13600002222',
      address: '姚家街道文明路1号',
    });
    await setup.submit();
    await setup.waitUntilGone();
    await expect.poll(() => textOf(shell.stationName()), poll).toBe(profile.name);
    await expect.poll(() => textOf(indicator.phase()), poll).toBe('未连接服务器');
    await saveScreenshot(page, 'sync-01-after-setup');
  });

  test('2. the set-up file is imported, the connection tested and saved; the indicator reaches up to date', async () => {
    const sync = await openSync();
    await sync.importSetupFile(station.file);
    await expect.poll(() => textOf(sync.fileRead()), poll).toContain(CODE);
    expect(await sync.connection.control('serverUrl').inputValue()).toBe(appGuard?.url);
    expect(await sync.connection.control('database').inputValue()).toBe(station.setup.database);
    await saveScreenshot(page, 'sync-02-file-imported');

    await sync.testConnection();
    await expect.poll(() => textOf(sync.testOk()), poll).toContain(station.setup.database);
    expect(await sync.connectionProblem().count()).toBe(0);
    await saveScreenshot(page, 'sync-02-connection-tested');

    await sync.saveConnection();
    await expect.poll(indicatorShows, syncPoll).toEqual({ phase: UP_TO_DATE, pending: '0' });
    expect(await textOf(sync.statusPhase())).toBe(UP_TO_DATE);
    await saveScreenshot(page, 'sync-02-up-to-date');
  });

  test('3. a volunteer registered while online reaches the server', async () => {
    await shell.navigate('volunteers');
    const list = await new VolunteersPage(page).waitUntilShown();
    await list.add();
    const form = await new VolunteerFormPage(page).waitUntilShown();
    await form.fill(VOLUNTEER);
    await form.save();
    const detail = await new VolunteerDetailPage(page).waitUntilShown();
    await expect.poll(() => textOf(detail.name()), poll).toBe(VOLUNTEER.name);
    await expect.poll(indicatorShows, syncPoll).toEqual({ phase: UP_TO_DATE, pending: '0' });
    await expect.poll(async () => (await serverDocs(server, station.setup.database, 'volunteer')).length, syncPoll).toBe(1);
    await saveScreenshot(page, 'sync-03-volunteer-synced');
  });

  test('4. with the server cut off, a logged activity waits: 1 change, and the indicator says it cannot sync', async () => {
    outage.from = app().problems.length;
    await stopAppGuard();

    await shell.navigate('activities');
    const list = await new ActivitiesPage(page).waitUntilShown();
    await list.newActivity();
    const form = await new ActivityFormPage(page).waitUntilShown();
    await form.fill({ title: ACTIVITY.title, date: await browserToday(page), startTime: '09:00', endTime: '11:00', place: '文明路社区', field: '卫生健康', servedCount: ACTIVITY.served });
    await form.addParticipant(VOLUNTEER.name);
    await expect.poll(() => form.participantRows().count(), poll).toBe(1);
    await form.save();
    await list.waitUntilShown();
    await expect.poll(() => list.rows().count(), poll).toBe(1);

    await expect.poll(async () => (await indicatorShows()).pending, syncPoll).toBe('1');
    await expect.poll(async () => UNREACHABLE.includes(await textOf(indicator.phase())), syncPoll).toBe(true);
    await saveScreenshot(page, 'sync-04-offline-pending');

    const sync = await openSync();
    await expect.poll(() => textOf(sync.statusPhase()), poll).not.toBe(UP_TO_DATE);
    await saveScreenshot(page, 'sync-04-sync-page-offline');
    expect(await serverDocs(server, station.setup.database, 'activity')).toEqual([]);

    // Disconnecting now would leave the activity on this PC alone: the question says so and offers a backup.
    await page.getByTestId('sync-disconnect').click();
    const question = page.locator('.ant-popconfirm');
    await expect.poll(() => textOf(question), poll).toContain('本机还有 1 条修改没有传到服务器');
    expect(await textOf(page.getByTestId('sync-disconnect-backup'))).toBe('先备份本机数据');
    await saveScreenshot(page, 'sync-04-disconnect-unsent');
    await question.getByRole('button', { name: /取\s*消/ }).click();
    await question.waitFor({ state: 'hidden', timeout: WAIT_MS });
  });

  test('5. the server is back; 立即同步 sends the activity and the indicator shows up to date', async () => {
    await startAppGuard();
    outage.to = app().problems.length;
    const sync = await openSync();
    await sync.syncNow();
    await expect.poll(indicatorShows, syncPoll).toEqual({ phase: UP_TO_DATE, pending: '0' });
    expect(await textOf(sync.statusPhase())).toBe(UP_TO_DATE);
    await saveScreenshot(page, 'sync-05-caught-up');

    const activities = await serverDocs(server, station.setup.database, 'activity');
    expect(activities.map((doc) => ({ title: doc.title, stationId: doc.stationId }))).toEqual([{ title: ACTIVITY.title, stationId: CODE }]);
  });

  test('6. a second window of the same PC says the first one syncs, instead of syncing forever', async () => {
    const second = await app().context.newPage();
    const problems = collectProblems(second);
    try {
      await second.goto(appUrl('/'));
      const secondIndicator = new SyncIndicator(second);
      await expect.poll(() => textOf(secondIndicator.phase()), poll).toBe('由另一个窗口同步');
      await saveScreenshot(second, 'sync-06-second-window');
      // The first window still syncs.
      expect(await textOf(indicator.phase())).toBe(UP_TO_DATE);
    } finally {
      await second.close();
    }
    expect(problems).toEqual([]);
  });

  test('7. a record the server refuses shows as 待处理 in the header beside 已同步, and goes once it is corrected', async () => {
    // The city's validation refuses this volunteer's new name (a rule of its own, beside the station's).
    const rule = await fetch(`${server.url}/${station.setup.database}/_design/refuse-test`, {
      method: 'PUT',
      headers: { authorization: basicAuthHeader(server.admin), 'content-type': 'application/json' },
      body: JSON.stringify({
        validate_doc_update: `function (doc) { if (doc.name === '${REFUSED_NAME}') throw({ forbidden: '测试：服务器不接收这个名字' }); }`,
      }),
      signal: AbortSignal.timeout(WAIT_MS),
    });
    expect(rule.status).toBe(201);
    const attention = page.getByTestId('sync-attention');

    await shell.navigate('volunteers');
    const list = await new VolunteersPage(page).waitUntilShown();
    await list.open(VOLUNTEER.name);
    const detail = await new VolunteerDetailPage(page).waitUntilShown();
    await detail.edit();
    const form = await new VolunteerFormPage(page).waitUntilShown();
    await form.fill({ name: REFUSED_NAME });
    await form.save();
    await new VolunteerDetailPage(page).waitUntilShown();

    await expect.poll(() => textOf(attention), syncPoll).toBe('待处理 1');
    expect(await attention.getAttribute('aria-label')).toContain('服务器拒收了 1 条记录');
    // The phase alone would say everything is fine: the keeper sees both.
    await expect.poll(() => textOf(indicator.phase()), syncPoll).toBe(UP_TO_DATE);
    expect(await textOf(attention)).toBe('待处理 1');
    await saveScreenshot(page, 'sync-07-refused-in-header');
    await openSync();
    await expect.poll(() => page.getByTestId('sync-rejected-row').count(), poll).toBe(1);

    await shell.navigate('volunteers');
    await (await new VolunteersPage(page).waitUntilShown()).open(REFUSED_NAME);
    await (await new VolunteerDetailPage(page).waitUntilShown()).edit();
    const again = await new VolunteerFormPage(page).waitUntilShown();
    await again.fill({ name: VOLUNTEER.name });
    await again.save();
    await new VolunteerDetailPage(page).waitUntilShown();
    await expect.poll(() => attention.count(), syncPoll).toBe(0);
    await openSync();
    await expect.poll(() => page.getByTestId('sync-rejected-row').count(), poll).toBe(0);
  });

  test('nothing went wrong in the page besides the refused connections while the server was cut off', () => {
    const problems = app().problems;
    const during = problems.slice(outage.from, outage.to);
    const outside = [...problems.slice(0, outage.from), ...problems.slice(outage.to)];
    expect(outage.from, 'the outage was recorded').toBeGreaterThanOrEqual(0);
    expect(during.filter((p) => !isOutageProblem(p, guardUrl))).toEqual([]);
    expect(outside).toEqual([]);
  });
});
