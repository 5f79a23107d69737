import { z } from 'zod';

/**
 * The city roll-up's reduce views as their readers see them: names, key and value shapes, and how a query
 * is written. The CLI (src-city) and the city's dashboard read the same views with the same queries
 * (readYearReport.ts), so their figures cannot drift apart. The map functions are in
 * src-city/design/rollupDesign.ts, which documents each key.
 */
export const ROLLUP_DESIGN_NAME = 'rollup';

export const ROLLUP_VIEWS = {
  activityByStation: 'activity_by_station',
  activityByFieldMonth: 'activity_by_field_month',
  volunteersByStation: 'volunteers_by_station',
  peopleByJoinYear: 'people_by_join_year',
  activePeopleByJoinYear: 'active_people_by_join_year',
  teamsByStation: 'teams_by_station',
  projectsByYear: 'projects_by_year',
  certificatesByYear: 'certificates_by_year',
  honoursByYear: 'honours_by_year',
  requestsByYear: 'requests_by_year',
  openRequestsByYear: 'open_requests_by_year',
  dutyByYear: 'duty_by_year',
  stationDirectory: 'station_directory',
} as const;
export type RollupView = (typeof ROLLUP_VIEWS)[keyof typeof ROLLUP_VIEWS];

/** A reduce query: always grouped, never `include_docs` (the dashboard reads figures, not documents). */
export interface ViewQuery {
  group_level: number;
  startkey?: readonly unknown[];
  endkey?: readonly unknown[];
}

/** The query string's parameters: keys as JSON, as CouchDB reads them. */
export function viewQueryParams(query: ViewQuery): Record<string, string> {
  const params: Record<string, string> = { group_level: String(query.group_level) };
  if (query.startkey !== undefined) params.startkey = JSON.stringify(query.startkey);
  if (query.endkey !== undefined) params.endkey = JSON.stringify(query.endkey);
  return params;
}

export function viewRowsSchema<K extends z.ZodType, V extends z.ZodType>(key: K, value: V) {
  return z.looseObject({ rows: z.array(z.looseObject({ key, value })) });
}

/** One grouped read of a roll-up view; the CLI and the dashboard each bring their own HTTP client. */
export type ReadView = <T>(view: RollupView, query: ViewQuery, schema: z.ZodType<T>) => Promise<T>;
