import type { StationFigures, YearReport } from '../../domain/cityReport/yearReport';

/**
 * What the dashboard shows of a year's report and the year before's: the headline figures, the stations
 * behind each and the table by county → station (the monthly series is the summary draft's byMonth). Every number is taken from the two
 * YearReports (readYearReport, the CLI's own), never recomputed from records.
 */
export const FIGURES = ['stations', 'sessions', 'hours', 'served', 'people', 'active', 'teams', 'projects', 'certificates', 'requests', 'dutyHours'] as const;

/** Figures counted in hours (shown to the half hour). */
export function inHours(key: FigureKey): boolean {
  return key === 'hours' || key === 'dutyHours';
}
export type FigureKey = (typeof FIGURES)[number];

/** One station's share of a figure. Registered volunteers are the station's own count (a person at two stations is in both). */
export function stationValue(key: FigureKey, s: StationFigures): number {
  switch (key) {
    case 'stations':
      return 1;
    case 'people':
      return s.volunteersRegistered;
    case 'active':
      return s.volunteersActive;
    case 'projects':
      return s.projectsStarted;
    case 'requests':
      return s.requests.received;
    case 'dutyHours':
      return s.duty.hours;
    default:
      return s[key];
  }
}

/** The figure for the whole report: a sum of the stations', except people (registered and active), counted once however many stations they are at. */
export function totalValue(key: FigureKey, report: YearReport): number {
  const t = report.total;
  switch (key) {
    case 'stations':
      return t.stations;
    case 'people':
      return t.people;
    case 'active':
      return t.peopleActive;
    case 'projects':
      return t.projectsStarted;
    case 'requests':
      return t.requests.received;
    case 'dutyHours':
      return t.duty.hours;
    default:
      return t[key];
  }
}

export interface BehindRow {
  code: string;
  name: string;
  county: string;
  value: number;
  /** The station's figure the year before; 0 for a station not reported then. */
  lastYear: number;
}

/** The stations behind a figure: those with a share this year or last, largest first. */
export function stationsBehind(key: FigureKey, report: YearReport, lastYear: YearReport): BehindRow[] {
  const before = new Map(lastYear.stations.map((s) => [s.code, stationValue(key, s)]));
  return report.stations
    .map((s) => ({ code: s.code, name: s.name, county: s.county, value: stationValue(key, s), lastYear: before.get(s.code) ?? 0 }))
    .filter((row) => row.value > 0 || row.lastYear > 0)
    .sort((a, b) => b.value - a.value || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

export const TABLE_FIGURES = ['sessions', 'hours', 'served', 'people', 'active', 'teams', 'projects', 'certificates'] as const;
type TableFigure = (typeof TABLE_FIGURES)[number];

export type TableRow = Record<TableFigure, number> & {
  key: string;
  name: string;
  /** A station's code; '' for a county. */
  code: string;
  demonstration: boolean;
  stations: number;
  lastSessions: number;
  children?: TableRow[];
};

function stationRow(s: StationFigures, lastSessions: number): TableRow {
  const row = { key: `station:${s.code}`, name: s.name, code: s.code, demonstration: s.demonstration, stations: 1, lastSessions } as TableRow;
  for (const key of TABLE_FIGURES) row[key] = stationValue(key, s);
  return row;
}

/** County → station, counties in the Chinese collation order the summary uses, stations by code. */
export function countyTable(report: YearReport, lastYear: YearReport): TableRow[] {
  const before = new Map(lastYear.stations.map((s) => [s.code, s.sessions]));
  const counties = new Map<string, TableRow[]>();
  for (const s of [...report.stations].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))) {
    const rows = counties.get(s.county) ?? [];
    rows.push(stationRow(s, before.get(s.code) ?? 0));
    counties.set(s.county, rows);
  }
  return [...counties.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))
    .map(([county, children]) => {
      const row = { key: `county:${county}`, name: county, code: '', demonstration: false, stations: children.length, lastSessions: 0, children } as TableRow;
      for (const key of [...TABLE_FIGURES, 'lastSessions'] as const) row[key] = children.reduce((sum, c) => sum + c[key], 0);
      return row;
    });
}
