import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { readStationDirectory, readYearReport } from '../../../../src-renderer/domain/cityReport/readYearReport';
import { type ReadView, type RollupView, ROLLUP_VIEWS, type ViewQuery, viewQueryParams } from '../../../../src-renderer/domain/cityReport/rollupViews';

/** A roll-up answering each view with the rows given, and noting every query it was sent. */
function fakeRollup(rows: Partial<Record<RollupView, Array<{ key: unknown[]; value: unknown }>>>) {
  const queries: Array<{ view: RollupView; query: ViewQuery }> = [];
  const read: ReadView = <T>(view: RollupView, query: ViewQuery, schema: z.ZodType<T>) => {
    queries.push({ view, query });
    return Promise.resolve(schema.parse({ rows: rows[view] ?? [] }));
  };
  return { read, queries };
}

const STATIONS = [
  { code: 'LX-1', name: '一站', county: '历下区', center: '中心', institute: '所' },
  { code: 'LX-2', name: '二站', county: '历下区', center: '中心', institute: '所' },
];

describe('the year report from the roll-up’s views', () => {
  it('sends only grouped queries, the year’s range where the key starts with the year', async () => {
    const { read, queries } = fakeRollup({});
    await readYearReport(read, 2024, STATIONS, '2024-12-31');
    expect(queries).toHaveLength(Object.keys(ROLLUP_VIEWS).length);
    for (const { query } of queries) {
      expect(query.group_level).toBeGreaterThan(0);
      expect(Object.keys(viewQueryParams(query)).sort()).toEqual(['endkey', 'group_level', 'startkey'].filter((k) => k === 'group_level' || k in query));
    }
    expect(queries.find((q) => q.view === ROLLUP_VIEWS.activityByStation)?.query).toEqual({ group_level: 2, startkey: ['2024'], endkey: ['2024', {}] });
  });

  it('gives each listed station its rows, ignores rows of stations not listed, counts people once', async () => {
    const { read } = fakeRollup({
      [ROLLUP_VIEWS.activityByStation]: [
        { key: ['2024', 'LX-1'], value: [3, 7.5, 40] },
        { key: ['2024', 'SZ-9'], value: [9, 9, 9] },
      ],
      [ROLLUP_VIEWS.volunteersByStation]: [
        { key: ['LX-1', ''], value: [1, 1] },
        { key: ['LX-1', '2024'], value: [2, 1] },
        { key: ['LX-2', '2025'], value: [5, 5] },
      ],
      [ROLLUP_VIEWS.peopleByJoinYear]: [
        { key: ['2023', 'p1'], value: 2 },
        { key: ['2024', 'p1'], value: 1 },
        { key: ['2024', 'p2'], value: 1 },
      ],
      [ROLLUP_VIEWS.activePeopleByJoinYear]: [
        { key: ['2023', 'p1'], value: 1 },
        { key: ['2024', 'p1'], value: 1 },
      ],
      [ROLLUP_VIEWS.openRequestsByYear]: [
        { key: ['2024', 'LX-2', '2024-06-01'], value: 2 },
        { key: ['2024', 'LX-2', '2025-01-02'], value: 1 },
      ],
      [ROLLUP_VIEWS.stationDirectory]: [{ key: ['历下区', '中心', '所', 'LX-2'], value: [1, 1] }],
    });
    const report = await readYearReport(read, 2024, STATIONS, '2024-12-31');
    expect(report.stations.map((s) => [s.code, s.sessions, s.volunteersRegistered, s.volunteersNew, s.requests.overdue, s.demonstration])).toEqual([
      ['LX-1', 3, 3, 2, 0, false],
      ['LX-2', 0, 0, 0, 2, true],
    ]);
    expect(report.total).toMatchObject({ sessions: 3, hours: 7.5, served: 40, people: 2, peopleActive: 1, volunteersActive: 2, stations: 2, demonstrationStations: 1 });
  });

  it('names the stations from the directory’s fifth key, or by code where a summary predates names', async () => {
    const { read, queries } = fakeRollup({
      [ROLLUP_VIEWS.stationDirectory]: [
        { key: ['历下区', '中心', '所', 'LX-1', '幸福里站'], value: [1, 0] },
        { key: ['市中区', '中心', '所', 'SZ-1'], value: [1, 0] },
      ],
    });
    expect(await readStationDirectory(read)).toEqual([
      { code: 'LX-1', name: '幸福里站', county: '历下区', center: '中心', institute: '所' },
      { code: 'SZ-1', name: 'SZ-1', county: '市中区', center: '中心', institute: '所' },
    ]);
    expect(queries).toEqual([{ view: ROLLUP_VIEWS.stationDirectory, query: { group_level: 5 } }]);
  });
});
