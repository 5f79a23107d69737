import { z } from 'zod';
import { HONOUR_KINDS, HONOUR_LEVELS, type HonourKind, type HonourLevel } from '../honours/honourKinds';
import { type ReadView, type RollupView, ROLLUP_VIEWS, viewRowsSchema } from './rollupViews';
import { addDuty, addRequests, emptyStationFigures, type Figures, type HonourCount, type StationEntry, type StationFigures, totalOf, type YearReport } from './yearReport';

const text = z.string();
const sums = z.tuple([z.number(), z.number(), z.number()]);
const byStationView = viewRowsSchema(z.tuple([text, text]), sums);
const byFieldMonthView = viewRowsSchema(z.tuple([text, text, text]), sums);
const volunteersView = viewRowsSchema(z.tuple([text, text]), z.tuple([z.number(), z.number()]));
const countView = viewRowsSchema(z.tuple([text, text]), z.number());
const honoursView = viewRowsSchema(z.tuple([text, text, text, text]), z.number());
const requestsView = viewRowsSchema(z.tuple([text, text]), z.tuple([z.number(), z.number(), z.number(), z.number()]));
const openRequestsView = viewRowsSchema(z.tuple([text, text, text]), z.number());
const dutyView = viewRowsSchema(z.tuple([text, text]), z.tuple([z.number(), z.number(), z.number()]));
/** [county, center, institute, stationId, name]: a summary written before names were in the key has four. */
const directoryView = viewRowsSchema(z.tuple([text, text, text, text]).rest(text), z.tuple([z.number(), z.number()]));

function yearRange(year: number) {
  return { startkey: [String(year)], endkey: [String(year), {}] };
}

function figures(values: z.infer<typeof sums>): Figures {
  return { sessions: values[0], hours: values[1], served: values[2] };
}

/**
 * Distinct people (by person key) registered at any station of the roll-up by the end of `year`, from
 * `view`: all of them, or those marked 在册 (active) at a station.
 */
async function distinctPeople(read: ReadView, view: RollupView, year: number): Promise<number> {
  const rows = (await read(view, { group_level: 2, endkey: [String(year), {}] }, viewRowsSchema(z.tuple([text, text]), z.number()))).rows;
  return new Set(rows.map((row) => row.key[1])).size;
}

/**
 * The stations the roll-up holds a summary of, with their registry names (the summaries carry them), in
 * county → center → institute order: what the dashboard lists when it has no registry to read.
 */
export async function readStationDirectory(read: ReadView): Promise<StationEntry[]> {
  const rows = (await read(ROLLUP_VIEWS.stationDirectory, { group_level: 5 }, directoryView)).rows;
  const byCode = new Map<string, StationEntry>();
  for (const { key } of rows) {
    const [county, center, institute, code, name = code] = key;
    byCode.set(code, { code, name, county, center, institute });
  }
  return [...byCode.values()];
}

/**
 * The year's figures of `stations` from one roll-up's views (the city's, or a county's, whose views hold only
 * its stations): by station, by service field and month, and in total; volunteers from the stations'
 * summaries, people once however many stations they are registered at. Requests wanted before `asOf` and still
 * open are overdue. Every figure is a grouped reduce: no document is read.
 */
export async function readYearReport(read: ReadView, year: number, stations: readonly StationEntry[], asOf: string): Promise<YearReport> {
  const range = yearRange(year);
  const [byStation, byFieldMonth, volunteers, people, peopleActive, teams, projects, certificates, directory, honours, requests, openRequests, duty] = await Promise.all([
    read(ROLLUP_VIEWS.activityByStation, { group_level: 2, ...range }, byStationView),
    read(ROLLUP_VIEWS.activityByFieldMonth, { group_level: 3, ...range }, byFieldMonthView),
    read(ROLLUP_VIEWS.volunteersByStation, { group_level: 2 }, volunteersView),
    distinctPeople(read, ROLLUP_VIEWS.peopleByJoinYear, year),
    distinctPeople(read, ROLLUP_VIEWS.activePeopleByJoinYear, year),
    read(ROLLUP_VIEWS.teamsByStation, { group_level: 2 }, countView),
    read(ROLLUP_VIEWS.projectsByYear, { group_level: 2, ...range }, countView),
    read(ROLLUP_VIEWS.certificatesByYear, { group_level: 2, ...range }, countView),
    read(ROLLUP_VIEWS.stationDirectory, { group_level: 4 }, directoryView),
    read(ROLLUP_VIEWS.honoursByYear, { group_level: 4, ...range }, honoursView),
    read(ROLLUP_VIEWS.requestsByYear, { group_level: 2, ...range }, requestsView),
    read(ROLLUP_VIEWS.openRequestsByYear, { group_level: 3, ...range }, openRequestsView),
    read(ROLLUP_VIEWS.dutyByYear, { group_level: 2, ...range }, dutyView),
  ]);

  const byCode = new Map<string, StationFigures>(stations.map((entry) => [entry.code, emptyStationFigures(entry)]));
  const yearText = String(year);
  for (const row of teams.rows) {
    const [code, founded] = row.key;
    const entry = byCode.get(code);
    // No founding date: counted as existing, like a volunteer without a join date.
    if (entry && founded <= yearText) entry.teams += row.value;
  }
  for (const row of projects.rows) {
    const entry = byCode.get(row.key[1]);
    if (entry) entry.projectsStarted += row.value;
  }
  for (const row of certificates.rows) {
    const entry = byCode.get(row.key[1]);
    if (entry) entry.certificates += row.value;
  }
  const byKind = new Map<string, HonourCount>();
  for (const row of honours.rows) {
    const [, code, kind, level] = row.key;
    const entry = byCode.get(code);
    if (!entry) continue;
    entry.honours += row.value;
    const at = `${kind}|${level}`;
    byKind.set(at, { kind, level, count: (byKind.get(at)?.count ?? 0) + row.value });
  }
  for (const row of requests.rows) {
    const entry = byCode.get(row.key[1]);
    const [received, done, rated, satisfied] = row.value;
    if (entry) addRequests(entry.requests, { received, done, rated, satisfied, overdue: 0 });
  }
  for (const row of openRequests.rows) {
    const [, code, wantedDate] = row.key;
    const entry = byCode.get(code);
    if (entry && wantedDate < asOf) entry.requests.overdue += row.value;
  }
  for (const row of duty.rows) {
    const entry = byCode.get(row.key[1]);
    const [posts, shifts, hours] = row.value;
    if (entry) addDuty(entry.duty, { posts, shifts, hours });
  }
  for (const row of directory.rows) {
    const entry = byCode.get(row.key[3]);
    if (entry) entry.demonstration = row.value[1] > 0;
  }
  for (const row of byStation.rows) {
    const entry = byCode.get(row.key[1]);
    if (entry) Object.assign(entry, figures(row.value));
  }
  for (const row of volunteers.rows) {
    const [code, joinYear] = row.key;
    const entry = byCode.get(code);
    // A missing join date sorts before every year: such volunteers count as registered, never as new.
    if (!entry || joinYear > yearText) continue;
    entry.volunteersRegistered += row.value[0];
    entry.volunteersActive += row.value[1];
    if (joinYear === yearText) entry.volunteersNew += row.value[0];
  }

  const stationList = [...byCode.values()];
  const kindOrder = (kind: string) => HONOUR_KINDS.indexOf(kind as HonourKind);
  const levelOrder = (level: string) => HONOUR_LEVELS.indexOf(level as HonourLevel);
  return {
    year,
    asOf,
    stations: stationList,
    byFieldMonth: byFieldMonth.rows.map((row) => ({ field: row.key[1], month: row.key[2], ...figures(row.value) })),
    honoursByKind: [...byKind.values()].sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || levelOrder(a.level) - levelOrder(b.level)),
    total: totalOf(stationList, { people, peopleActive }),
  };
}
