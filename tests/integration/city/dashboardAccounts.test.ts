import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectYearReport } from '../../../src-city/commands/report';
import { refreshSummaries } from '../../../src-city/commands/summaries';
import { addStation } from '../../../src-city/commands/stationAdd';
import { addCityUser } from '../../../src-city/commands/userAdd';
import { countyNames, ROLLUP_DB } from '../../../src-city/layout';
import { citySetupFileSchema } from '../../../src-renderer/domain/citySetupFile';
import { parseStationSetupFile } from '../../../src-renderer/domain/stationSetupFile';
import { startCityServer, type CityServer } from '../support/cityProvision';
import { couchRequest, type Credentials } from '../support/couchHttp';
import { activityDoc, asPushed } from '../support/stationDocs';
import { eventually } from '../sync/support/serverDocs';

/**
 * The dashboard's accounts on the real server: a city user reads the city's roll-up and nothing else, a
 * county user only its county's roll-up, which holds that county's stations and no other (CouchDB grants
 * reading per database), and a station added later in the county shows up there.
 */
const LIXIA_1 = 'JN-LX-401';
const LIXIA_2 = 'JN-LX-402';
const SHIZHONG = 'JN-SZ-401';
const LIXIA = '历下区';
const SHIZHONG_COUNTY = '市中区';

let couch: CityServer;
let outDir = '';
let shizhongAuth: Credentials;

beforeAll(async () => {
  couch = await startCityServer([LIXIA_1]);
  outDir = await mkdtemp(path.join(tmpdir(), 'city-users-'));
  if (!couch.server.real) return;
  const { file } = await addStation(couch.city.client, {
    profile: { code: SHIZHONG, name: '市中站', county: SHIZHONG_COUNTY, center: '市中区中心', institute: '大观园所', city: '济南市' },
    outDir,
    publicUrl: couch.server.url,
    replication: couch.city.replication,
  });
  const setup = parseStationSetupFile(await readFile(file, 'utf8'));
  if (!setup.ok) throw new Error('the 市中区 set-up file does not parse');
  shizhongAuth = { username: setup.value.username, password: setup.value.password };
}, 120_000);

afterAll(async () => {
  await couch?.stop();
  if (outDir !== '') await rm(outDir, { recursive: true, force: true });
}, 60_000);

const as = (auth: Credentials, method: string, p: string, body?: unknown) => couchRequest(couch.server.url, method, p, { auth, ...(body === undefined ? {} : { body }) });

async function write(auth: Credentials, database: string, code: string, date: string): Promise<string> {
  const doc = asPushed(activityDoc(code, date, 'aid', 2, 9));
  expect((await as(auth, 'POST', `/${database}/_bulk_docs`, { docs: [doc] })).status).toBe(201);
  return String(doc._id);
}

async function holds(database: string, id: string): Promise<boolean> {
  return (await as(couch.server.admin, 'GET', `/${database}/${encodeURIComponent(id)}`)).status === 200;
}

async function userFile(file: string): Promise<{ auth: Credentials; database: string; scope: unknown }> {
  expect((await stat(file)).mode & 0o777).toBe(0o600);
  const parsed = citySetupFileSchema.parse(JSON.parse(await readFile(file, 'utf8')));
  return { auth: { username: parsed.username, password: parsed.password }, database: parsed.database, scope: parsed.scope };
}

describe('dashboard accounts', () => {
  it('a city user reads the city roll-up’s figures, and can neither write it nor read a station’s database', async () => {
    if (!couch.server.real) {
      console.log('[skip] county roll-ups replicate with a Mango selector, which the stand-in’s replicator cannot take: set COUCHDB_URL to run on Apache CouchDB');
      return;
    }
    const result = await addCityUser(couch.city.client, { name: 'jinan', scope: { role: 'city' }, city: '济南市', outDir, publicUrl: couch.server.url, replication: couch.city.replication });
    const user = await userFile(result.file);
    expect(user).toMatchObject({ database: ROLLUP_DB, scope: { role: 'city' } });
    expect((await as(user.auth, 'GET', `/${ROLLUP_DB}/_design/rollup/_view/activity_by_station?group_level=2`)).status).toBe(200);
    const written = await as(user.auth, 'PUT', `/${ROLLUP_DB}/activity:forged`, asPushed(activityDoc(LIXIA_1, '2024-05-04', 'aid', 999, 9)));
    expect(written.status).toBe(403);
    expect((await as(user.auth, 'GET', `/${couch.station(LIXIA_1).setup.database}/_all_docs`)).status).toBe(403);
    // The same name again is refused, and the account keeps its password.
    await expect(addCityUser(couch.city.client, { name: 'jinan', scope: { role: 'city' }, outDir, publicUrl: couch.server.url, replication: couch.city.replication })).rejects.toMatchObject({ text: { en: expect.stringContaining('already exists') as unknown } });
    expect((await as(user.auth, 'GET', '/_session')).status).toBe(200);
  });

  it('a county user sees only its county’s stations, a station added later in the county included', async () => {
    if (!couch.server.real) {
      console.log('[skip] county roll-ups need Apache CouchDB: set COUCHDB_URL');
      return;
    }
    const lixia1 = couch.station(LIXIA_1);
    const lixiaActivity = await write(lixia1.auth, lixia1.setup.database, LIXIA_1, '2024-05-04');
    const shizhongActivity = await write(shizhongAuth, 'station-jn-sz-401', SHIZHONG, '2024-06-01');
    await eventually('both activities in the city roll-up', async () => (await holds(ROLLUP_DB, lixiaActivity)) && (await holds(ROLLUP_DB, shizhongActivity)), { tries: 100, pauseMs: 200 });

    await expect(addCityUser(couch.city.client, { name: 'nowhere', scope: { role: 'county', county: '不存在区' }, outDir, publicUrl: couch.server.url, replication: couch.city.replication })).rejects.toMatchObject({ exitCode: 2 });
    const result = await addCityUser(couch.city.client, { name: 'lixia', scope: { role: 'county', county: LIXIA }, outDir, publicUrl: couch.server.url, replication: couch.city.replication });
    const user = await userFile(result.file);
    const county = countyNames(LIXIA);
    expect(user).toMatchObject({ database: county.database, scope: { role: 'county', county: LIXIA } });

    await refreshSummaries(couch.city.client);
    await eventually('the county roll-up filled', async () => (await holds(county.database, lixiaActivity)) && (await holds(county.database, `summary:${LIXIA_1}`)), { tries: 100, pauseMs: 200 });
    // The county's own report and summary read its roll-up: its stations only, its own field figures.
    const lixiaReport = await collectYearReport(couch.city.client, 2024, { county: LIXIA });
    expect(lixiaReport.stations.map((s) => s.code)).toEqual([LIXIA_1]);
    expect(lixiaReport.byFieldMonth).toEqual([{ field: 'aid', month: '05', sessions: 1, hours: 2, served: 9 }]);
    expect(lixiaReport.total).toMatchObject({ sessions: 1, stations: 1 });
    await expect(collectYearReport(couch.city.client, 2024, { county: SHIZHONG_COUNTY })).rejects.toMatchObject({ exitCode: 2 });

    // Its dashboard sees its stations' sync health too, and only theirs.
    await eventually('health records in the county roll-up', () => holds(county.database, `health:${LIXIA_1}`), { tries: 100, pauseMs: 200 });
    expect(await holds(county.database, shizhongActivity)).toBe(false);
    expect(await holds(county.database, `summary:${SHIZHONG}`)).toBe(false);
    expect(await holds(county.database, `health:${SHIZHONG}`)).toBe(false);
    expect((await as(user.auth, 'GET', `/${county.database}/_design/rollup/_view/activity_by_station?group_level=2`)).body).toMatchObject({ rows: [{ key: ['2024', LIXIA_1] }] });
    expect((await as(user.auth, 'GET', `/${ROLLUP_DB}/_all_docs`)).status).toBe(403);
    expect((await as(user.auth, 'PUT', `/${county.database}/activity:forged`, asPushed(activityDoc(LIXIA_1, '2024-05-04', 'aid', 999, 9)))).status).toBe(403);

    // A new station in 历下区: station add puts it in the county's job.
    const added = await addStation(couch.city.client, {
      profile: { code: LIXIA_2, name: '历下二站', county: LIXIA, center: '历下区中心', institute: '姚家所', city: '济南市' },
      outDir,
      publicUrl: couch.server.url,
      replication: couch.city.replication,
    });
    const setup = parseStationSetupFile(await readFile(added.file, 'utf8'));
    if (!setup.ok) throw new Error('the new set-up file does not parse');
    const later = await write({ username: setup.value.username, password: setup.value.password }, setup.value.database, LIXIA_2, '2024-07-01');
    await eventually('the new station’s activity in the county roll-up', () => holds(county.database, later), { tries: 150, pauseMs: 200 });
    expect(await holds(county.database, shizhongActivity)).toBe(false);
  }, 120_000);
});
