import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyStationFigures, totalOf, type StationFigures, type YearReport } from '../../../../src-renderer/domain/cityReport/yearReport';
import { countyTable, FIGURES, stationsBehind, stationValue, TABLE_FIGURES, totalValue } from '../../../../src-renderer/features/city/dashboardFigures';

function station(code: string, county: string, figures: Partial<StationFigures> = {}): StationFigures {
  return { ...emptyStationFigures({ code, name: `${code}站`, county, center: `${county}中心`, institute: '所' }), ...figures };
}

function report(year: number, stations: StationFigures[], people = 0, byFieldMonth: YearReport['byFieldMonth'] = [], peopleActive = 0): YearReport {
  return { year, asOf: `${year}-12-31`, stations, byFieldMonth, honoursByKind: [], total: totalOf(stations, { people, peopleActive }) };
}

const stationArb = fc.record({
  code: fc.stringMatching(/^[A-Z]{2}-\d{3}$/),
  county: fc.constantFrom('历下区', '市中区', '槐荫区'),
  sessions: fc.nat(50),
  hours: fc.nat(400).map((n) => n / 2),
  served: fc.nat(500),
  volunteersRegistered: fc.nat(30),
  volunteersActive: fc.nat(30),
  teams: fc.nat(4),
  projectsStarted: fc.nat(4),
  certificates: fc.nat(9),
});
const stationsArb = fc.uniqueArray(stationArb, { selector: (s) => s.code, maxLength: 12 }).map((rows) => rows.map((r) => station(r.code, r.county, r)));

describe('dashboard figures', () => {
  it('each headline figure but people is the sum of the stations’ shares; registered and active people are distinct counts', () => {
    fc.assert(
      fc.property(stationsArb, fc.nat(100), fc.nat(100), (stations, people, peopleActive) => {
        const r = report(2024, stations, people, [], peopleActive);
        for (const key of FIGURES) {
          if (key === 'people') expect(totalValue(key, r)).toBe(people);
          else if (key === 'active') expect(totalValue(key, r)).toBe(peopleActive);
          else expect(totalValue(key, r)).toBeCloseTo(stations.reduce((sum, s) => sum + stationValue(key, s), 0), 6);
        }
      }),
    );
  });

  it('the county table adds its stations up, every station once under its own county', () => {
    fc.assert(
      fc.property(stationsArb, (stations) => {
        const rows = countyTable(report(2024, stations), report(2023, []));
        expect(rows.flatMap((c) => (c.children ?? []).map((s) => s.code)).sort()).toEqual(stations.map((s) => s.code).sort());
        for (const county of rows) {
          expect(county.children?.every((child) => stations.find((s) => s.code === child.code)?.county === county.name)).toBe(true);
          for (const key of TABLE_FIGURES) expect(county[key]).toBeCloseTo((county.children ?? []).reduce((sum, c) => sum + c[key], 0), 6);
        }
      }),
    );
  });

  it('puts last year’s sessions beside each station, and counties in Chinese order', () => {
    const rows = countyTable(report(2024, [station('A-1', '市中区', { sessions: 2 }), station('B-1', '历下区', { sessions: 5 })]), report(2023, [station('A-1', '市中区', { sessions: 7 })]));
    expect(rows.map((r) => r.name)).toEqual(['历下区', '市中区']);
    expect(rows[1]?.children?.[0]).toMatchObject({ code: 'A-1', sessions: 2, lastSessions: 7 });
    expect(rows[0]).toMatchObject({ stations: 1, sessions: 5, lastSessions: 0 });
  });

  it('the stations behind a figure: those with a share this year or last, largest first', () => {
    const now = report(2024, [station('A', '历下区', { sessions: 1 }), station('B', '历下区', { sessions: 4 }), station('C', '历下区'), station('D', '历下区')]);
    const before = report(2023, [station('C', '历下区', { sessions: 3 })]);
    expect(stationsBehind('sessions', now, before).map((r) => [r.code, r.value, r.lastYear])).toEqual([
      ['B', 4, 0],
      ['A', 1, 0],
      ['C', 0, 3],
    ]);
    expect(stationsBehind('stations', now, before)).toHaveLength(4);
  });
});
