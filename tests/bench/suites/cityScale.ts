import type { BrowserContext, Page } from 'playwright-core';
import { initCity } from '../../../src-city/commands/init';
import { refreshSummaries } from '../../../src-city/commands/summaries';
import { addCityUser } from '../../../src-city/commands/userAdd';
import { CouchClient } from '../../../src-city/couch/client';
import { todayIso } from '../../../src-renderer/domain/dates';
import { CityDashboardPage } from '../../e2e/pages/CityDashboardPage';
import { collectProblems } from '../../e2e/support/browser';
import { waitFor } from '../../integration/support/couchHttp';
import { startCouchServer } from '../../integration/support/couchServer';
import { activityDoc, asPushed } from '../../integration/support/stationDocs';
import { bulkDocs, type CityBenchStation, rollupSessions, seedStationYear, stationMaker } from '../cityStations';
import { refreshYearView } from '../cityDashboardProbe';
import { launchProfile, newProfileDir, removeProfileDir } from '../profiles';
import { median, round } from '../stats';
import type { BenchSuite, Measurement } from '../types';

/** The city grows through these station counts; each is measured once all its stations are in the roll-up. */
const SCALES = [50, 100, 200] as const;
/** P12 reads of the year view at each scale, every one kept. */
const P12_ROUNDS = 5;
/** P11 records written at each scale, each at another station. */
const P11_ROUNDS = 3;
const CATCH_UP_TIMEOUT_MS = 10 * 60 * 1000;
const READ_TIMEOUT_MS = 60_000;
const P11_TIMEOUT_MS = 120_000;

const P11_TARGET = 30_000;
const P12_TARGET = 3_000;
const ids = SCALES.flatMap((n) => [
  {
    id: `P11-${n}`,
    what: `a station pushes one new activity → the city dashboard's year view shows it (roll-up replication, 刷新 until shown), ${n} stations × a year`,
    unit: 'ms',
    target: P11_TARGET,
  },
  { id: `P12-${n}`, what: `city dashboard year view, all counties: 刷新 → figures drawn, ${n} stations × a year of records`, unit: 'ms', target: P12_TARGET },
]);

function spread(samples: readonly number[]): string {
  return `median ${round(median(samples))} ms (${round(Math.min(...samples))}–${round(Math.max(...samples))} ms, ${samples.length} samples)`;
}

interface AtScale {
  stations: number;
  p11: number[];
  p12: number[];
  refreshesPerP11: number[];
  catchUpMs: number;
  firstReadMs: number;
}

/** How a figure grows from the smallest scale: ×2 stations giving ×1.1 time reads as nearly flat. */
function growth(results: readonly AtScale[], pick: (s: AtScale) => number[], at: AtScale): string {
  const base = results[0];
  if (base === undefined || base === at) return 'the base of the growth figures';
  return `×${round(median(pick(at)) / median(pick(base)), 2)} of ${base.stations} stations' median for ×${round(at.stations / base.stations, 1)} the stations`;
}

/**
 * P11 and P12: the city's side at 50, 100 and 200 stations, on Apache CouchDB as the city runs it. Stations
 * are opened with `station add` (database, validation, roll-up job as the replication account) and seeded
 * with a year of records through `_bulk_docs` with their own accounts; the roll-up fills by CouchDB's own
 * replicator, `summaries` writes the stations' summaries, and one city administrator's dashboard, opened with
 * the set-up file `user add --role city` wrote, reads it all through the roll-up's grouped reduce views.
 */
export const cityScaleSuite: BenchSuite = {
  name: 'city dashboard at 50, 100 and 200 stations (roll-up replication, reduce views)',
  ids,
  budgetMs: 30 * 60 * 1000,
  async run(env) {
    const server = await startCouchServer();
    if (!server.real) {
      await server.stop();
      throw new Error('needs Apache CouchDB (the roll-up replicates with a Mango selector): set COUCHDB_URL');
    }
    const client = new CouchClient(server.url, server.admin);
    const replication = { replicateUrl: server.url };
    let dir: string | null = null;
    let pc: BrowserContext | null = null;
    const maker = await stationMaker(client, server.url, replication);
    try {
      await initCity(client, replication);
      const { file } = await addCityUser(client, { name: 'benchcity', scope: { role: 'city' }, city: '济南市', outDir: maker.outDir, publicUrl: server.url, replication });
      const year = new Date().getFullYear();
      const stations: CityBenchStation[] = [];
      let sessions = 0;
      let page: Page | null = null;
      const results: AtScale[] = [];
      for (const scale of SCALES) {
        const seedStarted = Date.now();
        while (stations.length < scale) {
          const station = await seedStationYear(server.url, await maker.add(stations.length), 7_000 + stations.length, year, new Date());
          stations.push(station);
          sessions += station.activities;
        }
        const volunteers = stations.reduce((sum, s) => sum + s.volunteers, 0);
        env.log(`${scale} stations: opened and seeded up to ${sessions} activities and ${volunteers} volunteers of ${year} (${Math.round((Date.now() - seedStarted) / 1000)} s)`);
        const catchUpStarted = Date.now();
        await waitFor(`the roll-up holding ${sessions} activities`, async () => ((await rollupSessions(server.url, server.admin, year)) === sessions ? true : undefined), CATCH_UP_TIMEOUT_MS, 1000);
        const catchUpMs = Date.now() - catchUpStarted;
        const summariesStarted = Date.now();
        await refreshSummaries(client);
        env.log(`${scale} stations: roll-up caught up (and its views indexed) ${Math.round(catchUpMs / 1000)} s after seeding; summaries refreshed in ${Math.round((Date.now() - summariesStarted) / 1000)} s`);

        if (page === null) {
          dir = await newProfileDir();
          pc = await launchProfile(dir);
          page = await pc.newPage();
          collectProblems(page);
          await page.goto(env.webUrl('/'));
          await new CityDashboardPage(page).openWith(file);
        }
        // The first read after `summaries` builds the views' new rows: timed apart, not a P12 sample.
        const first = await refreshYearView(page, { sessions, stations: scale }, READ_TIMEOUT_MS);
        const at: AtScale = { stations: scale, p11: [], p12: [], refreshesPerP11: [], catchUpMs, firstReadMs: first.ms };
        for (let r = 0; r < P12_ROUNDS; r++) {
          const read = await refreshYearView(page, { sessions, stations: scale }, READ_TIMEOUT_MS);
          at.p12.push(read.ms);
          env.log(`P12 ${scale} stations round ${r + 1}: ${round(read.ms)} ms`);
        }
        for (let r = 0; r < P11_ROUNDS; r++) {
          // Another station each round, spread over the city.
          const station = stations[Math.floor(((r + 0.5) * stations.length) / P11_ROUNDS)] ?? stations[0];
          if (station === undefined) throw new Error('no station to write at');
          const written = Date.now();
          await bulkDocs(server.url, station, [asPushed(activityDoc(station.code, todayIso(), 'aid', 2, 10))]);
          sessions += 1;
          const deadline = written + P11_TIMEOUT_MS;
          let refreshes = 0;
          for (;;) {
            refreshes += 1;
            const read = await refreshYearView(page, null, READ_TIMEOUT_MS);
            if (read.sessions === sessions && read.stations === scale) {
              at.p11.push(read.drawnAt - written);
              at.refreshesPerP11.push(refreshes);
              env.log(`P11 ${scale} stations round ${r + 1}: ${read.drawnAt - written} ms (${station.code}, ${refreshes} reads of the year view)`);
              break;
            }
            if (Date.now() > deadline) throw new Error(`the activity written at ${station.code} was not in the dashboard within ${P11_TIMEOUT_MS / 1000} s (shows ${read.sessions}, wanted ${sessions})`);
          }
        }
        results.push(at);
      }

      const measured: Measurement[] = [];
      for (const at of results) {
        const [p11, p12] = [ids.find((i) => i.id === `P11-${at.stations}`), ids.find((i) => i.id === `P12-${at.stations}`)];
        if (p11 === undefined || p12 === undefined) throw new Error(`no ids for ${at.stations} stations`);
        measured.push(
          {
            ...p11,
            value: round(median(at.p11)),
            note: `${spread(at.p11)}; ${at.refreshesPerP11.join('/')} reads of the year view until shown; ${growth(results, (s) => s.p11, at)}`,
          },
          {
            ...p12,
            value: round(median(at.p12)),
            note:
              `${spread(at.p12)}; the directory, this year and last year read as grouped reduces; ${growth(results, (s) => s.p12, at)}; ` +
              `first read after the seeding ${round(at.firstReadMs)} ms (view rows built), roll-up catch-up ${Math.round(at.catchUpMs / 1000)} s`,
          },
        );
      }
      for (const key of ['P11', 'P12'] as const) {
        const line = results.map((at) => `${at.stations}: ${round(median(key === 'P11' ? at.p11 : at.p12))} ms`).join(', ');
        env.log(`${key} by station count — ${line}`);
      }
      return measured;
    } finally {
      await pc?.close();
      if (dir !== null) await removeProfileDir(dir);
      await maker.cleanUp();
      await server.stop();
    }
  },
};
