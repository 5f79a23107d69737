import { POLITICAL_STATUSES } from '../../domain/catalog';
import { matchesVolunteerQuery, type SearchableVolunteer } from '../../domain/pinyin';

export const STATUS_FILTERS = ['active', 'inactive', 'all'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/** The team filter's choice for volunteers who belong to no team; team ids always carry a "team:" prefix. */
export const NO_TEAM = 'none';

export interface VolunteerFilter {
  query: string;
  /** '' for every team, NO_TEAM for volunteers in none, otherwise a team id. */
  teamId: string;
  status: StatusFilter;
  /** '' for every political status. */
  politicalStatus: string;
}

export const DEFAULT_VOLUNTEER_FILTER: VolunteerFilter = { query: '', teamId: '', status: 'active', politicalStatus: '' };

export interface FilterableVolunteer extends SearchableVolunteer {
  teamIds: readonly string[];
  active: boolean;
  politicalStatus: string;
}

function matchesStatus(active: boolean, status: StatusFilter): boolean {
  return status === 'all' || (status === 'active') === active;
}

function matchesTeam(teamIds: readonly string[], teamId: string): boolean {
  if (teamId === '') return true;
  if (teamId === NO_TEAM) return teamIds.length === 0;
  return teamIds.includes(teamId);
}

/** The list's rows for the filter bar, in the order given (the repository sorts by pinyin). */
export function filterVolunteers<V extends FilterableVolunteer>(volunteers: readonly V[], filter: VolunteerFilter): V[] {
  return volunteers.filter(
    (v) =>
      matchesStatus(v.active, filter.status) &&
      matchesTeam(v.teamIds, filter.teamId) &&
      (filter.politicalStatus === '' || v.politicalStatus === filter.politicalStatus) &&
      matchesVolunteerQuery(v, filter.query),
  );
}

const PARAM = { query: 'q', teamId: 'team', status: 'status', politicalStatus: 'political' } as const;

function isStatusFilter(value: string | null): value is StatusFilter {
  return (STATUS_FILTERS as readonly (string | null)[]).includes(value);
}

function isPoliticalStatus(value: string | null): value is string {
  return (POLITICAL_STATUSES as readonly (string | null)[]).includes(value);
}

/**
 * The filter kept in the list's address, so that coming back from a volunteer's page shows the same rows.
 * Anything unrecognised (an old or hand-edited address) falls back to the default.
 */
export function filterFromSearchParams(params: URLSearchParams): VolunteerFilter {
  const status = params.get(PARAM.status);
  const political = params.get(PARAM.politicalStatus);
  return {
    query: params.get(PARAM.query) ?? '',
    teamId: params.get(PARAM.teamId) ?? '',
    status: isStatusFilter(status) ? status : DEFAULT_VOLUNTEER_FILTER.status,
    politicalStatus: isPoliticalStatus(political) ? political : '',
  };
}

/** Only what differs from the default goes into the address. */
export function searchParamsFromFilter(filter: VolunteerFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAM) as (keyof VolunteerFilter)[]) {
    if (filter[key] !== DEFAULT_VOLUNTEER_FILTER[key]) params.set(PARAM[key], filter[key]);
  }
  return params;
}
