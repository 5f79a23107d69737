import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { basicAuthHeader } from '../../src-city/couch/client';
import { CATALOG_DB } from '../../src-city/layout';
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
import { useAppSession } from './support/appSession';
import { saveScreenshot } from './support/browser';
import { browserToday } from './support/pageText';
import { poll, syncPoll, textOf, WAIT_MS } from './support/waits';

/**
 * The station-code trap, as a keeper without a code meets it: the first-run page lets the station start
 * without the code only the city issues; weeks later the city's set-up file arrives, its code is taken on
 * every record, and the records reach the server under it.
 */
const CODE = 'LX-CODE-01';
const NOTICE = { id: 'notice:annual-summary', title: '关于报送年度志愿服务工作总结的通知', body: '请各站于12月20日前报送本年度志愿服务工作总结。\n联系人：市文明办' };
const VOLUNTEER = { name: '周八', idNumber: '370102199203150037', phone: '13700005678', politicalStatus: '群众' };

async function serverDoc(server: CouchServer, database: string, id: string): Promise<Record<string, unknown> | null> {
  const response = await fetch(`${server.url}/${encodeURIComponent(database)}/${encodeURIComponent(id)}`, {
    headers: { authorization: basicAuthHeader(server.admin), accept: 'application/json' },
    signal: AbortSignal.timeout(WAIT_MS),
  });
  return response.ok ? ((await response.json()) as Record<string, unknown>) : null;
}

async function serverVolunteers(server: CouchServer, database: string): Promise<Array<Record<string, unknown>>> {
  const query = new URLSearchParams({ include_docs: 'true', startkey: JSON.stringify('volunteer:'), endkey: JSON.stringify('volunteer:\ufff0') });
  const response = await fetch(`${server.url}/${encodeURIComponent(database)}/_all_docs?${query.toString()}`, {
    headers: { authorization: basicAuthHeader(server.admin), accept: 'application/json' },
    signal: AbortSignal.timeout(WAIT_MS),
  });
  const body = (await response.json()) as { rows: Array<{ doc?: Record<string, unknown> }> };
  return body.rows.flatMap((row) => (row.doc ? [row.doc] : []));
}

async function serverActivities(server: CouchServer, database: string): Promise<string[]> {
  const query = new URLSearchParams({ include_docs: 'true', startkey: JSON.stringify('activity:'), endkey: JSON.stringify('activity:\ufff0') });
  const response = await fetch(`${server.url}/${encodeURIComponent(database)}/_all_docs?${query.toString()}`, {
    headers: { authorization: basicAuthHeader(server.admin), accept: 'application/json' },
    signal: AbortSignal.timeout(WAIT_MS),
  });
  const body = (await response.json()) as { rows: Array<{ doc?: { field?: string } }> };
  return body.rows.flatMap((row) => (row.doc?.field ? [row.doc.field] : []));
}

describe('a station starts without its code and takes the city’s when it connects', () => {
  const app = useAppSession();
  let page: Page;
  let shell: AppShell;
  let server: CouchServer;
  let guard: CouchGuard;
  let city: ProvisionedCity;
  let station: ProvisionedStation;

  beforeAll(async () => {
    page = app().page;
    page.setDefaultTimeout(WAIT_MS);
    shell = new AppShell(page);
    server = await startCouchServer();
    // The browser reaches the server through the guard, which answers CORS on the stand-in as CouchDB does.
    guard = await startCouchGuard({ upstreamUrl: server.upstreamUrl, admin: server.admin });
    city = await provisionCity({ ...server, url: guard.url }, [CODE]);
    // The city publishes a notice in its catalogue, as it would for every station.
    const published = await fetch(`${server.url}/${CATALOG_DB}/${encodeURIComponent(NOTICE.id)}`, {
      method: 'PUT',
      headers: { authorization: basicAuthHeader(server.admin), 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'notice', code: 'annual-summary', name: NOTICE.title, body: NOTICE.body, order: 1, updatedAt: '2026-12-01T00:00:00.000Z' }),
      signal: AbortSignal.timeout(WAIT_MS),
    });
    if (!published.ok) throw new Error(`publishing the notice: HTTP ${published.status}`);
    // And a service field of its own, found by the words it lists.
    const field = await fetch(`${server.url}/${CATALOG_DB}/field%3Arural_revival`, {
      method: 'PUT',
      headers: { authorization: basicAuthHeader(server.admin), 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'field', code: 'rural_revival', name: '乡村振兴', body: '产业帮扶、直播带货', order: 20, updatedAt: '2026-12-01T00:00:00.000Z' }),
      signal: AbortSignal.timeout(WAIT_MS),
    });
    if (!field.ok) throw new Error(`publishing the field: HTTP ${field.status}`);
    const provisioned = city.stations[CODE];
    if (!provisioned) throw new Error(`no set-up file for ${CODE}`);
    station = provisioned;
  });

  afterAll(async () => {
    await guard?.stop();
    await city?.cleanUp();
    await server?.stop();
  });

  test('1. the first-run page saves the station with the code left empty', async () => {
    await app().goto('/');
    const setup = await new SetupPage(page).waitUntilShown();
    await setup.fill({ ...station.setup.station, code: '', contactName: '周站长', contactPhone: '13600003333', address: '文明路2号' });
    await setup.submit();
    await setup.waitUntilGone();
    await expect.poll(() => textOf(shell.stationName()), poll).toBe(station.setup.station.name);
    await saveScreenshot(page, 'station-code-01-no-code');
  });

  test('2. a volunteer is registered meanwhile', async () => {
    await shell.navigate('volunteers');
    await (await new VolunteersPage(page).waitUntilShown()).add();
    const form = await new VolunteerFormPage(page).waitUntilShown();
    await form.fill(VOLUNTEER);
    await form.save();
    const detail = await new VolunteerDetailPage(page).waitUntilShown();
    await expect.poll(() => textOf(detail.name()), poll).toBe(VOLUNTEER.name);
  });

  test('3. the city’s set-up file gives the station its code, asked first; the records reach the server under it', async () => {
    await shell.navigate('sync');
    const sync = await new SyncPage(page).waitUntilShown();
    await sync.importSetupFile(station.file);
    const confirm = page.getByRole('dialog');
    await expect.poll(() => textOf(confirm), poll).toContain(CODE);
    expect(await textOf(confirm)).toContain('1 条记录');
    await saveScreenshot(page, 'station-code-03-confirm');
    await confirm.getByRole('button', { name: '使用这个编码' }).click();
    await expect.poll(() => textOf(sync.fileRead()), poll).toContain(CODE);
    expect(await sync.connectionProblem().count()).toBe(0);

    await sync.testConnection();
    await expect.poll(() => textOf(sync.testOk()), poll).toContain(station.setup.database);
    await sync.saveConnection();
    await expect.poll(() => textOf(new SyncIndicator(page).phase()), syncPoll).toBe('已同步');

    const volunteers = await serverVolunteers(server, station.setup.database);
    expect(volunteers.map((v) => ({ name: v.name, stationId: v.stationId }))).toEqual([{ name: VOLUNTEER.name, stationId: CODE }]);
    expect(await serverDoc(server, station.setup.database, `station:${CODE}`)).toMatchObject({ code: CODE, name: station.setup.station.name });
    await saveScreenshot(page, 'station-code-03-synced');
  });

  test('4. the city’s notice, synced with the catalogue, is at the top of the home page', async () => {
    await shell.navigate('home');
    const notice = page.getByTestId('home-notice');
    await expect.poll(() => textOf(notice), syncPoll).toContain(NOTICE.title);
    expect(await textOf(notice)).toContain('请各站于12月20日前报送');
    await saveScreenshot(page, 'station-code-04-notice');
  });

  test('5. 广场舞 finds 文化文艺, and 直播带货 the field the city added, in the activity form; the list names them', async () => {
    const today = await browserToday(page);
    for (const [title, field, typed] of [
      ['广场舞展演', '文化文艺', '广场舞'],
      ['农产品直播带货培训', '乡村振兴', '直播带货'],
    ] as const) {
      await shell.navigate('activities');
      const list = await new ActivitiesPage(page).waitUntilShown();
      await list.newActivity();
      const form = await new ActivityFormPage(page).waitUntilShown();
      await form.fill({ title, date: today, startTime: '19:00', endTime: '20:30', place: '文化广场', field, fieldSearch: typed, servedCount: 40 });
      await form.addParticipant(VOLUNTEER.name);
      await form.save();
      await list.waitUntilShown();
      await expect.poll(() => textOf(list.row(title)), poll).toContain(field);
    }
    await expect.poll(async () => (await serverActivities(server, station.setup.database)).sort(), syncPoll).toEqual(['culture', 'rural_revival']);
    await saveScreenshot(page, 'station-code-05-fields');
    expect(app().problems).toEqual([]);
  });
});
