import { fromHalfHourUnits, toHalfHourUnits } from '../hours';

/**
 * The year's figures as the city reads them from its roll-up: by station, by service field and month, and
 * in total. One shape for the CLI's `report` and `summary` and for the city's dashboard (readYearReport.ts
 * fills it from the roll-up's views).
 */
export interface Figures {
  /** 场次: activities held. */
  sessions: number;
  /** Volunteer service hours. */
  hours: number;
  /** People served. */
  served: number;
}

/** A station as the city has it on record: the registry's names (the CLI) or the roll-up's directory (the dashboard). */
export interface StationEntry {
  code: string;
  name: string;
  county: string;
  /** The 新时代文明实践中心 and 实践所 the station belongs to, as registered. */
  center: string;
  institute: string;
}

export interface RequestCounts {
  /** 收到: logged in the year. */
  received: number;
  /** 办结: served in the year; of those, rated, and rated 4 or 5 stars (满意). */
  done: number;
  rated: number;
  satisfied: number;
  /** Received in the year, still open, wanted before the report's day. */
  overdue: number;
}

export interface DutyCounts {
  /** Posts with a credited shift in the year. */
  posts: number;
  shifts: number;
  hours: number;
}

export interface StationFigures extends Figures, StationEntry {
  /** Volunteers who joined by the end of the year (deleted records not counted). */
  volunteersRegistered: number;
  /** Of those, the ones who joined during the year. */
  volunteersNew: number;
  /** Of those registered, the ones marked 在册 (active) now: the flag has no history. */
  volunteersActive: number;
  /** Teams founded by the end of the year (or with no founding date). */
  teams: number;
  /** Projects started during the year. */
  projectsStarted: number;
  /** Certificates issued during the year and not revoked. */
  certificates: number;
  /** Honours of the year on record (表彰: volunteers, teams, projects, families, communities). */
  honours: number;
  /** Residents' requests (群众点单) of the year, counted as the station's own report counts them. */
  requests: RequestCounts;
  /** Duty posts and shifts of the year: credited hours by the same rules as the volunteer's page. */
  duty: DutyCounts;
  /** A 示范站 (demonstration site), as its own profile says. */
  demonstration: boolean;
}

export interface HonourCount {
  kind: string;
  level: string;
  count: number;
}

export interface FieldMonthFigures extends Figures {
  field: string;
  /** '01' … '12'. */
  month: string;
}

export type TotalFigures = Omit<StationFigures, keyof StationEntry | 'demonstration'> & {
  /** Distinct people registered by the end of the year: one person at two stations counts once. */
  people: number;
  /** Of those, the distinct people marked 在册 (active) at any station. */
  peopleActive: number;
  stations: number;
  demonstrationStations: number;
};

export interface YearReport {
  year: number;
  stations: StationFigures[];
  byFieldMonth: FieldMonthFigures[];
  /** The year's honours by kind and level, across the stations reported. */
  honoursByKind: HonourCount[];
  /** The day overdue requests were judged by (YYYY-MM-DD). */
  asOf: string;
  total: TotalFigures;
}

export function noRequests(): RequestCounts {
  return { received: 0, done: 0, rated: 0, satisfied: 0, overdue: 0 };
}

export function noDuty(): DutyCounts {
  return { posts: 0, shifts: 0, hours: 0 };
}

export function addRequests(into: RequestCounts, more: RequestCounts): void {
  into.received += more.received;
  into.done += more.done;
  into.rated += more.rated;
  into.satisfied += more.satisfied;
  into.overdue += more.overdue;
}

export function addDuty(into: DutyCounts, more: DutyCounts): void {
  into.posts += more.posts;
  into.shifts += more.shifts;
  into.hours = fromHalfHourUnits(toHalfHourUnits(into.hours) + toHalfHourUnits(more.hours));
}

/** Every figure a station has and the total adds up, at nothing. */
function noFigures() {
  return {
    sessions: 0,
    hours: 0,
    served: 0,
    volunteersRegistered: 0,
    volunteersNew: 0,
    volunteersActive: 0,
    teams: 0,
    projectsStarted: 0,
    certificates: 0,
    honours: 0,
    requests: noRequests(),
    duty: noDuty(),
  };
}

export function emptyStationFigures(entry: StationEntry): StationFigures {
  return { ...entry, ...noFigures(), demonstration: false };
}

/** Distinct people across the stations, counted apart from the stations' figures (not a sum of them). */
export interface DistinctPeople {
  people: number;
  peopleActive: number;
}

/** The stations' figures added up, with the distinct people counted apart. */
export function totalOf(stations: readonly StationFigures[], distinct: DistinctPeople): TotalFigures {
  const total: TotalFigures = {
    ...noFigures(),
    ...distinct,
    stations: stations.length,
    demonstrationStations: stations.filter((s) => s.demonstration).length,
  };
  for (const s of stations) {
    total.sessions += s.sessions;
    total.hours += s.hours;
    total.served += s.served;
    total.volunteersRegistered += s.volunteersRegistered;
    total.volunteersNew += s.volunteersNew;
    total.volunteersActive += s.volunteersActive;
    total.teams += s.teams;
    total.projectsStarted += s.projectsStarted;
    total.certificates += s.certificates;
    total.honours += s.honours;
    addRequests(total.requests, s.requests);
    addDuty(total.duty, s.duty);
  }
  return total;
}

/** Hours as the reports print them: to the half hour, no trailing zeros. */
export function formatHours(hours: number): string {
  return String(Math.round(hours * 2) / 2);
}
