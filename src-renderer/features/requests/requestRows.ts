import { maskPhone } from '../../domain/phone';
import { isOverdue } from '../../domain/requests/requestFlow';
import { countByState } from '../../domain/requests/requestFigures';
import type { RequestState } from '../../domain/requests/requestStates';
import type { RequestDoc } from '../../records/request/shape';

/** The list's tabs: every request, each state, and the open ones past their wanted date. */
export type RequestTab = 'all' | 'overdue' | RequestState;
export const REQUEST_TABS: readonly RequestTab[] = ['all', 'pending', 'dispatched', 'accepted', 'overdue', 'done', 'rated', 'refused', 'cancelled'];

export function isRequestTab(value: string | null): value is RequestTab {
  return value !== null && (REQUEST_TABS as readonly string[]).includes(value);
}

/** One line of the list: the request, whether it is overdue, the phone masked, and who has it by name. */
export interface RequestRow {
  request: RequestDoc;
  overdue: boolean;
  /** Lists never show a resident's full number (it is on the request's own page). */
  maskedPhone: string;
  teamName: string;
  volunteerNames: string[];
}

export interface NameLookup {
  team: (id: string) => string;
  volunteer: (id: string) => string;
}

/** `today` is the station PC's date: what is overdue is judged by it. */
export function requestRows(requests: readonly RequestDoc[], today: string, names: NameLookup): RequestRow[] {
  return requests.map((request) => ({
    request,
    overdue: isOverdue(request, today),
    maskedPhone: request.phone === '' ? '' : maskPhone(request.phone),
    teamName: request.teamId === '' ? '' : names.team(request.teamId),
    volunteerNames: request.volunteerIds.map((id) => names.volunteer(id)),
  }));
}

/** How many requests each tab holds. */
export function tabCounts(rows: readonly RequestRow[]): Record<RequestTab, number> {
  return { all: rows.length, overdue: rows.filter((r) => r.overdue).length, ...countByState(rows.map((r) => r.request)) };
}

export function rowsInTab(rows: readonly RequestRow[], tab: RequestTab): RequestRow[] {
  if (tab === 'all') return [...rows];
  if (tab === 'overdue') return rows.filter((r) => r.overdue);
  return rows.filter((r) => r.request.state === tab);
}

/** At most this many volunteers are named in a list cell; the rest are counted. */
export const NAMED_IN_CELL = 3;
