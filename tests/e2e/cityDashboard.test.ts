import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { initCity } from '../../src-city/commands/init';
import { collectYearReport } from '../../src-city/commands/report';
import { addStation } from '../../src-city/commands/stationAdd';
import { refreshSummaries } from '../../src-city/commands/summaries';
import { addCityUser } from '../../src-city/commands/userAdd';
import { CouchClient } from '../../src-city/couch/client';
import { countyNames, ROLLUP_DB } from '../../src-city/layout';
import type { YearReport } from '../../src-renderer/domain/cityReport/yearReport';
import { buildPcHealth, pcHealthName } from '../../src-renderer/domain/pcHealth';
import { parseStationSetupFile, type StationSetupFile } from '../../src-renderer/domain/stationSetupFile';
import { couchRequest, type Credentials } from '../integration/support/couchHttp';
import { startCouchServer, type CouchServer } from '../integration/support/couchServer';
import { activityDoc, asPushed, ledgerDoc } from '../integration/support/stationDocs';
import { eventually } from '../integration/sync/support/serverDocs';
import { rasteriseSvg } from '../../src-city/chartPicture';
import { SUMMARY_CHART_SCALE, SUMMARY_CHART_SIZE } from '../../src-renderer/domain/cityReport/summaryChart';
import { summaryDocument } from '../../src-renderer/domain/cityReport/summaryDocument';
import { draftSummary } from '../../src-renderer/domain/cityReport/summaryDraft';
import { THIS_YEAR_COLOR } from '../../src-renderer/domain/cityReport/yearBarsChart';
import { docxPictures, pixelsOfColour } from '../support/docxPictures';
import { CityDashboardPage } from './pages/CityDashboardPage';
import { JoinCard } from './pages/JoinCard';
import { openAppSession, type AppSession } from './support/appSession';
import { saveScreenshot } from './support/browser';
import { poll, textOf } from './support/waits';

/**
 * Issue 11's dashboard as a city and a county administrator meet it, on Apache CouchDB (county roll-ups
 * replicate with a Mango selector, which the stand-in cannot): four stations in two counties write their
 * records, the city refreshes its roll-up, and each administrator opens the dashboard with the set-up file
 * `user add` wrote. The figures must be the stations' own and the CLI's.
 */
const YEAR = new Date().getFullYear();
const LIXIA = '历下区';
const SHIZHONG = '市中区';
const LX_A = 'JN-LX-801';
const LX_B = 'JN-LX-802';
const SZ_A = 'JN-SZ-801';
const SZ_NEVER = 'JN-SZ-802';
const DAY_MS = 24 * 60 * 60 * 1000;

interface Station {
  setup: StationSetupFile;
  file: string;
  auth: Credentials;
}

let server: CouchServer;
let admin: CouchClient;
let outDir = '';
const stations: Record<string, Station> = {};
const files = { city: '', county: '' };
let report: YearReport;

async function put(station: Station, doc: Record<string, unknown>): Promise<string> {
  const answer = await couchRequest(server.url, 'PUT', `/${station.setup.database}/${encodeURIComponent(String(doc._id))}`, { auth: station.auth, body: doc });
  if (answer.status !== 201) throw new Error(`${String(doc._id)}: HTTP ${answer.status}`);
  return String(doc._id);
}

async function holds(database: string, id: string): Promise<boolean> {
  return (await couchRequest(server.url, 'GET', `/${database}/${encodeURIComponent(id)}`, { auth: server.admin })).status === 200;
}

/** A PC's sync report as the app writes it, its last success `daysAgo` days back by the server's clock. */
async function pcReport(station: Station, daysAgo: number): Promise<void> {
  const at = Date.now() - daysAgo * DAY_MS;
  const health = buildPcHealth({
    stationId: station.setup.station.code,
    deviceId: `pc-${station.setup.station.code}`,
    appVersion: '1.0.0',
    localNowMs: at,
    clockOffsetMs: 0,
    lastSuccessServerMs: at,
    previous: null,
    lastErrorKey: '',
    pending: 0,
    refused: 0,
    unreadable: 0,
  });
  const answer = await couchRequest(server.url, 'PUT', `/${station.setup.database}/_local/${pcHealthName(health.deviceId)}`, { auth: station.auth, body: health });
  if (answer.status !== 201) throw new Error(`pc health: HTTP ${answer.status}`);
}

beforeAll(async () => {
  server = await startCouchServer();
  if (!server.real) return;
  outDir = await mkdtemp(path.join(tmpdir(), 'city-dashboard-'));
  admin = new CouchClient(server.url, server.admin);
  const replication = { replicateUrl: server.url, admin: server.admin };
  await initCity(admin, replication);
  const county = (code: string) => (code.startsWith('JN-LX') ? LIXIA : SHIZHONG);
  for (const code of [LX_A, LX_B, SZ_A, SZ_NEVER]) {
    const { file } = await addStation(admin, {
      profile: { code, name: `${code.slice(-3)}社区新时代文明实践站`, city: '济南市', county: county(code), center: `${county(code)}新时代文明实践中心`, institute: '某街道新时代文明实践所' },
      outDir,
      publicUrl: server.url,
      replication,
    });
    const parsed = parseStationSetupFile(await readFile(file, 'utf8'));
    if (!parsed.ok) throw new Error(`set-up file of ${code}`);
    stations[code] = { setup: parsed.value, file, auth: { username: parsed.value.username, password: parsed.value.password } };
  }
  const at = (code: string) => stations[code] as Station;
  const written = [
    await put(at(LX_A), asPushed(ledgerDoc('station', LX_A, { name: at(LX_A).setup.station.name, code: LX_A }))),
    await put(at(LX_A), asPushed(activityDoc(LX_A, `${YEAR}-03-05`, 'aid', 3, 10))),
    await put(at(LX_A), asPushed(activityDoc(LX_A, `${YEAR}-05-04`, 'health', 2.5, 6))),
    await put(at(LX_A), asPushed(activityDoc(LX_A, `${YEAR - 1}-03-05`, 'aid', 4, 20))),
    await put(at(LX_A), asPushed(ledgerDoc('volunteer', LX_A, { idNumber: '370102199003074512' }))),
    await put(at(LX_A), asPushed(ledgerDoc('volunteer', LX_A, { name: '李华', idNumber: '37010219850101002X' }))),
    await put(at(LX_B), asPushed(activityDoc(LX_B, `${YEAR}-06-01`, 'aid', 2, 4))),
    // The same person as at LX_A: counted once across the city.
    await put(at(LX_B), asPushed(ledgerDoc('volunteer', LX_B, { idNumber: '370102199003074512' }))),
    await put(at(SZ_A), asPushed(activityDoc(SZ_A, `${YEAR}-03-09`, 'theory', 1.5, 30))),
    await put(at(SZ_A), asPushed(ledgerDoc('team', SZ_A))),
  ];
  for (const id of written.filter((i) => !i.startsWith('station:') && !i.startsWith('volunteer:'))) {
    await eventually(`${id} in the roll-up`, () => holds(ROLLUP_DB, id), { tries: 150, pauseMs: 200 });
  }
  await pcReport(at(LX_B), 40);
  await pcReport(at(SZ_A), 1);
  await refreshSummaries(admin);
  files.city = (await addCityUser(admin, { name: 'jinan', scope: { role: 'city' }, city: '济南市', outDir, publicUrl: server.url, replication })).file;
  files.county = (await addCityUser(admin, { name: 'lixia', scope: { role: 'county', county: LIXIA }, outDir, publicUrl: server.url, replication })).file;
  const lixia = countyNames(LIXIA).database;
  for (const code of [LX_A, LX_B]) await eventually(`summary of ${code} in ${LIXIA}'s roll-up`, () => holds(lixia, `summary:${code}`), { tries: 150, pauseMs: 200 });
  report = await collectYearReport(admin, YEAR);
}, 240_000);

afterAll(async () => {
  await server?.stop();
  if (outDir !== '') await rm(outDir, { recursive: true, force: true });
}, 60_000);

/** Each test opens its own fresh profile: a first run. */
async function freshSession(): Promise<AppSession & { close(): Promise<void> }> {
  const session = await openAppSession();
  await session.goto('/');
  return session;
}

function number(text: string): string {
  return text.replace(/[,\s]/g, '');
}

/**
 * Records in the ledger's collections in every IndexedDB database of the page. Run in the page as written
 * (a string: this project's Node types know no IndexedDB).
 */
const LEDGER_RECORDS = `(async () => {
  const names = ['volunteers', 'teams', 'projects', 'activities', 'certificates', 'station'];
  let count = 0;
  for (const info of await indexedDB.databases()) {
    if (!info.name) continue;
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open(info.name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    for (const store of Array.from(db.objectStoreNames).filter((s) => names.some((n) => s.includes(n)))) {
      count += await new Promise((resolve) => {
        const request = db.transaction(store).objectStore(store).count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => resolve(0);
      });
    }
    db.close();
  }
  return count;
})()`;

function ledgerRecordCount(page: Page): Promise<number> {
  return page.evaluate<number>(LEDGER_RECORDS);
}

describe('the city dashboard', () => {
  test('a city set-up file opens the dashboard, whose figures are the CLI report’s, with last year beside them and the stations behind each', async (context) => {
    if (!server.real) return context.skip('county roll-ups need Apache CouchDB: set COUCHDB_URL');
    const session = await freshSession();
    try {
      const city = new CityDashboardPage(session.page);
      await city.openWith(files.city);
      await expect.poll(() => textOf(city.title()), poll).toContain('济南市');
      await expect.poll(() => textOf(city.figure('sessions')), poll).toBe(String(report.total.sessions));
      expect(report.total.sessions).toBe(4);
      expect(number(await textOf(city.figure('hours')))).toBe('9');
      expect(number(await textOf(city.figure('served')))).toBe(String(report.total.served));
      expect(number(await textOf(city.figure('stations')))).toBe('4');
      expect(number(await textOf(city.figure('people')))).toBe(String(report.total.people));
      expect(report.total.people).toBe(2);
      expect(number(await textOf(city.figure('teams')))).toBe(String(report.total.teams));
      expect(await textOf(city.lastYear('sessions'))).toContain('1');

      await city.expandCounty(LIXIA);
      for (const s of report.stations.filter((r) => r.county === LIXIA)) {
        expect(number(await textOf(city.cell(city.stationRow(s.code), 'sessions')))).toBe(String(s.sessions));
        expect(number(await textOf(city.cell(city.stationRow(s.code), 'served')))).toBe(String(s.served));
      }
      await session.page.getByTestId('city-figure-sessions').click();
      await expect.poll(() => textOf(city.behind()), poll).toContain(LX_A);
      expect(await textOf(city.behind())).not.toContain(SZ_NEVER);
      await saveScreenshot(session.page, 'city-dashboard');
      expect(await ledgerRecordCount(session.page)).toBe(0);
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test('the figures equal the station’s own yearly report', async (context) => {
    if (!server.real) return context.skip('needs Apache CouchDB');
    const station = await freshSession();
    try {
      await new JoinCard(station.page).importSetupFile((stations[LX_A] as Station).file);
      await station.page.getByTestId('station-name').waitFor({ timeout: 30_000 });
      await station.goto(`/reports?p=${YEAR}`);
      await expect.poll(() => textOf(station.page.getByTestId('report-sessions')), poll).toBe('2');
      const own = {
        sessions: await textOf(station.page.getByTestId('report-sessions')),
        hours: await textOf(station.page.getByTestId('report-hours')),
        served: await textOf(station.page.getByTestId('report-served')),
      };
      const lxA = report.stations.find((s) => s.code === LX_A);
      expect({ sessions: String(lxA?.sessions), hours: String(lxA?.hours), served: String(lxA?.served) }).toEqual(own);
    } finally {
      await station.close();
    }
    const session = await freshSession();
    try {
      const city = new CityDashboardPage(session.page);
      await city.openWith(files.city);
      await expect.poll(() => textOf(city.countyRow(LIXIA)), poll).toContain(LIXIA);
      await city.expandCounty(LIXIA);
      const row = city.stationRow(LX_A);
      expect(await textOf(city.cell(row, 'sessions'))).toBe('2');
      expect(await textOf(city.cell(row, 'hours'))).toBe('5.5');
      expect(await textOf(city.cell(row, 'served'))).toBe('16');
    } finally {
      await session.close();
    }
  });

  test('a county user sees only its county', async (context) => {
    if (!server.real) return context.skip('needs Apache CouchDB');
    const lixia = await collectYearReport(admin, YEAR, { county: LIXIA });
    const session = await freshSession();
    try {
      const county = new CityDashboardPage(session.page);
      await county.openWith(files.county);
      await expect.poll(() => textOf(county.title()), poll).toContain(LIXIA);
      await expect.poll(() => textOf(county.figure('sessions')), poll).toBe(String(lixia.total.sessions));
      expect(lixia.total.sessions).toBe(3);
      expect(number(await textOf(county.figure('stations')))).toBe('2');
      await county.countyRow(LIXIA).waitFor();
      expect(await county.countyRow(SHIZHONG).count()).toBe(0);
      const text = await session.page.getByTestId('page-city').innerText();
      expect(text).not.toContain(SZ_A);
      await county.openHealth();
      expect(await county.healthRow(SZ_A).count()).toBe(0);
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test('a station silent for 30 days, and one never connected, stand out in the sync health', async (context) => {
    if (!server.real) return context.skip('needs Apache CouchDB');
    const session = await freshSession();
    try {
      const city = new CityDashboardPage(session.page);
      await city.openWith(files.city);
      await city.openHealth();
      await expect.poll(() => city.healthRow(LX_B).getAttribute('data-state'), poll).toBe('silent30');
      expect(await textOf(city.healthRow(LX_B))).toContain('30 天以上未同步');
      expect(await textOf(city.healthRow(LX_B))).toContain('40 天前');
      expect(await city.healthRow(SZ_NEVER).getAttribute('data-state')).toBe('never');
      expect(await city.healthRow(SZ_A).getAttribute('data-state')).toBe('ok');
      // Worst first: the never-connected and the silent station head the list.
      const rows = await session.page.locator('[data-testid^="city-health-JN-"]').all();
      const order = await Promise.all(rows.map((row) => row.getAttribute('data-testid')));
      expect(order.slice(0, 2)).toEqual([`city-health-${SZ_NEVER}`, `city-health-${LX_B}`]);
      expect(await textOf(session.page.getByTestId('city-health-summary'))).toContain('30 天以上未同步 1 个');
    } finally {
      await session.close();
    }
  });

  test('the yearly summary downloads as Word with the year’s figures in it', async (context) => {
    if (!server.real) return context.skip('needs Apache CouchDB');
    const session = await freshSession();
    try {
      const city = new CityDashboardPage(session.page);
      await city.openWith(files.city);
      await expect.poll(() => textOf(city.figure('sessions')), poll).toBe('4');
      const download = session.page.waitForEvent('download');
      await session.page.getByTestId('city-export-docx').click();
      const file = await (await download).path();
      const word = await JSZip.loadAsync(await readFile(file));
      const xml = (await word.file('word/document.xml')?.async('string')) ?? '';
      const text = xml.replace(/<[^>]+>/g, '');
      expect(text).toContain(`济南市${YEAR}年度新时代文明实践志愿服务工作总结`);
      expect(text).toContain(`开展志愿服务活动${report.total.sessions}场次`);
      expect(text).toContain(`服务时长9小时`);
      expect(text).toContain(`服务群众${report.total.served}人次`);
      expect(text).toContain('实践站4个');
      // The month chart, drawn in the page on a canvas: one PNG of the chart's size, the same picture the CLI
      // draws with resvg from the same figures (its bars cover the same area of this year's colour, give or take
      // the edges each rasteriser smooths its own way).
      const { pictures, media } = await docxPictures(await readFile(file));
      expect(media).toHaveLength(1);
      expect(pictures.map((p) => ({ file: p.file, pixels: p.pixels, title: p.title }))).toEqual([
        { file: media[0], pixels: { width: SUMMARY_CHART_SIZE.width * SUMMARY_CHART_SCALE, height: SUMMARY_CHART_SIZE.height * SUMMARY_CHART_SCALE }, title: `${YEAR}年各月开展志愿服务活动场次` },
      ]);
      const inPage = pixelsOfColour(pictures[0]?.png ?? new Uint8Array(), THIS_YEAR_COLOR);
      const draft = draftSummary(report, await collectYearReport(admin, YEAR - 1), '济南市');
      const cli = (await docxPictures(await summaryDocument(draft, rasteriseSvg))).pictures[0];
      const byCli = pixelsOfColour(cli?.png ?? new Uint8Array(), THIS_YEAR_COLOR);
      expect(byCli).toBeGreaterThan(1000);
      expect(Math.abs(inPage - byCli) / byCli).toBeLessThan(0.05);
    } finally {
      await session.close();
    }
  });
});
