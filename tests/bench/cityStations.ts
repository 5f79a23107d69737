import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addStation } from '../../src-city/commands/stationAdd';
import type { CouchClient } from '../../src-city/couch/client';
import { ROLLUP_DB, ROLLUP_DESIGN_ID } from '../../src-city/layout';
import { ROLLUP_VIEWS } from '../../src-renderer/domain/cityReport/rollupViews';
import { parseStationSetupFile } from '../../src-renderer/domain/stationSetupFile';
import { couchRequest, type Credentials } from '../integration/support/couchHttp';
import { asCouchDoc, buildSyncRecords } from './harness/syncDocs';
import { createRandom } from './harness/random';

/** Counties of the bench city, with the code each one's stations carry. */
const COUNTIES = [
  ['历下区', 'LX'],
  ['市中区', 'SZ'],
  ['槐荫区', 'HY'],
  ['天桥区', 'TQ'],
  ['历城区', 'LC'],
  ['长清区', 'CQ'],
  ['章丘区', 'ZQ'],
  ['济阳区', 'JY'],
  ['莱芜区', 'LW'],
  ['钢城区', 'GC'],
  ['平阴县', 'PY'],
  ['商河县', 'SH'],
] as const;
const SEED_BATCH = 250;
const DAY_MS = 86_400_000;

export interface CityBenchStation {
  code: string;
  database: string;
  auth: Credentials;
  /** Activities dated in the bench year. */
  activities: number;
  volunteers: number;
}

export interface StationMaker {
  /** Where the set-up files are written (removed by cleanUp). */
  outDir: string;
  /** Opens station number `index` (0-based) with `station add`, as the city does. */
  add(index: number): Promise<CityBenchStation>;
  cleanUp(): Promise<void>;
}

export async function stationMaker(client: CouchClient, serverUrl: string, replication: { replicateUrl: string }): Promise<StationMaker> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'city-bench-setup-'));
  return {
    outDir,
    async add(index) {
      const [county, prefix] = COUNTIES[index % COUNTIES.length] ?? COUNTIES[0];
      const code = `JN-${prefix}-${String(index + 1).padStart(4, '0')}`;
      const institute = `${county}第${Math.floor(index / COUNTIES.length / 8) + 1}街道新时代文明实践所`;
      const { file } = await addStation(client, {
        profile: { code, name: `${code}社区新时代文明实践站`, city: '济南市', county, center: `${county}新时代文明实践中心`, institute },
        outDir,
        publicUrl: serverUrl,
        replication,
      });
      const parsed = parseStationSetupFile(await readFile(file, 'utf8'));
      if (!parsed.ok) throw new Error(`the set-up file of ${code} does not parse`);
      return { code, database: parsed.value.database, auth: { username: parsed.value.username, password: parsed.value.password }, activities: 0, volunteers: 0 };
    },
    cleanUp: () => rm(outDir, { recursive: true, force: true }),
  };
}

/**
 * A station's year as its PCs would have pushed it: 100–300 volunteers and 30–80 activities of 5–15 of them,
 * spread over the bench year up to yesterday, written with the station's own account through `_bulk_docs`
 * (so the station database's validation takes each one, as it takes a sync push).
 */
export async function seedStationYear(serverUrl: string, station: CityBenchStation, seed: number, year: number, today: Date): Promise<CityBenchStation> {
  const random = createRandom(seed);
  const volunteers = random.int(100, 300);
  const activities = random.int(30, 80);
  const records = buildSyncRecords({ seed, volunteers, activities, participantsPerActivity: random.int(5, 15), stationId: station.code, deviceId: 'pc-city-bench-01' });
  const firstDay = Date.UTC(year, 0, 1);
  const span = Math.max(1, Math.floor((today.getTime() - firstDay) / DAY_MS));
  const dated = records.activities.map((a, i) => ({ ...a, date: new Date(firstDay + Math.floor((i * span) / activities) * DAY_MS).toISOString().slice(0, 10) }));
  const docs = [...records.volunteers, ...dated].map(asCouchDoc);
  for (let i = 0; i < docs.length; i += SEED_BATCH) await bulkDocs(serverUrl, station, docs.slice(i, i + SEED_BATCH));
  return { ...station, activities, volunteers };
}

/** Writes `docs` into the station's database as its sync push does; every one must be taken. */
export async function bulkDocs(serverUrl: string, station: CityBenchStation, docs: readonly Record<string, unknown>[]): Promise<void> {
  const answer = await couchRequest(serverUrl, 'POST', `/${station.database}/_bulk_docs`, { auth: station.auth, body: { docs } });
  const refused = Array.isArray(answer.body) ? answer.body.filter((r: unknown) => typeof r === 'object' && r !== null && 'error' in r) : null;
  if (answer.status !== 201 || refused === null || refused.length > 0) {
    throw new Error(`${station.code}: _bulk_docs HTTP ${answer.status}, refused ${JSON.stringify(refused?.slice(0, 2) ?? answer.body).slice(0, 300)}`);
  }
}

/** The roll-up's count of the year's activities (a grouped reduce: what the dashboard reads). */
export async function rollupSessions(serverUrl: string, admin: Credentials, year: number): Promise<number> {
  const range = `startkey=${encodeURIComponent(JSON.stringify([String(year)]))}&endkey=${encodeURIComponent(JSON.stringify([String(year), {}]))}`;
  const answer = await couchRequest(serverUrl, 'GET', `/${ROLLUP_DB}/${ROLLUP_DESIGN_ID}/_view/${ROLLUP_VIEWS.activityByStation}?group_level=1&${range}`, { auth: admin });
  const rows: unknown = typeof answer.body === 'object' && answer.body !== null && 'rows' in answer.body ? answer.body.rows : null;
  if (answer.status !== 200 || !Array.isArray(rows)) throw new Error(`reading the roll-up's activity view failed: HTTP ${answer.status}`);
  const first: unknown = rows[0];
  if (first === undefined) return 0;
  const value: unknown = typeof first === 'object' && first !== null && 'value' in first ? first.value : null;
  if (!Array.isArray(value) || typeof value[0] !== 'number') throw new Error('the roll-up view answered an unexpected row');
  return value[0];
}
