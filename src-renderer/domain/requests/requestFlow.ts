import { isIsoDate } from '../dates';
import { ALLOWED_FROM, RESULT_STATE, isOpenRequestState, type RequestActionType, type RequestState } from './requestStates';

/**
 * The request machine as pure functions: a request, an action and who takes it when go in; the next request
 * or the reason it is refused (an i18n key) come out. Nothing reads a clock: the caller passes the time, so
 * a PC with a wrong clock writes what it believes, and tests are exact.
 */

/**
 * The first entry of every request: the keeper logged it (登记), 待派单 from the start. Not an action: no
 * state leads to it, so it is never offered as a button and applyRequestAction never writes it.
 */
export const REQUEST_LOGGED = 'log';
export type RequestHistoryAction = RequestActionType | typeof REQUEST_LOGGED;

/** One step the request went through, appended by every accepted action and never rewritten. */
export interface RequestHistoryEntry {
  action: RequestHistoryAction;
  from: RequestState;
  to: RequestState;
  /** ISO date-time with a zone, as the caller passed it. */
  at: string;
  /** Who recorded the step (the keeper, or the PC's id). */
  by: string;
  /** refuse and cancel: why; reassign: why, when the keeper said. */
  reason?: string;
  /** dispatch: to whom it went; reassign: who had it until then, since the request itself forgets them. */
  teamId?: string;
  volunteerIds?: string[];
  /** close: the activity that served it. */
  activityId?: string;
  /** rate: the resident's stars. */
  rating?: number;
}

/**
 * The fields of a request the machine reads and writes; the record carries more (the resident, what is
 * needed) and those pass through untouched. As elsewhere in the ledger, '' means "not given" so that optional
 * references stay indexable strings, and a rating of 0 means "not rated yet".
 */
export interface RequestFlowFields {
  state: RequestState;
  /** The day the keeper logged it, YYYY-MM-DD: counts as 收到 in that period. */
  receivedDate: string;
  /** The day the resident wants it by, YYYY-MM-DD or ''. */
  wantedDate: string;
  teamId: string;
  volunteerIds: readonly string[];
  activityId: string;
  /** The date of the activity that served it: counts as 办结 in that period. */
  doneDate: string;
  /** 1–5, 0 while not rated. */
  rating: number;
  ratingRemark: string;
  /** Why it was refused or cancelled. */
  endReason: string;
  history: readonly RequestHistoryEntry[];
}

export const NOT_RATED = 0;
export const MIN_RATING = 1;
export const MAX_RATING = 5;

export type RequestAction =
  | { type: 'dispatch'; teamId?: string; volunteerIds?: readonly string[] }
  | { type: 'accept' }
  | { type: 'refuse'; reason: string }
  | { type: 'cancel'; reason: string }
  | { type: 'reassign'; reason?: string }
  | { type: 'close'; activityId: string; date: string }
  | { type: 'rate'; rating: number; remark?: string };

export interface RequestActionContext {
  /** When, as an ISO date-time with a zone ('2024-03-05T09:30:00.000Z'). */
  at: string;
  by: string;
}

export type RequestRefusal = { ok: false; reason: string; params?: Record<string, string | number> };
export type RequestTransition<R> = { ok: true; next: R } | RequestRefusal;

export const REQUEST_REFUSAL_KEYS = {
  notAllowed: 'serviceRules.requests.refusal.notAllowed',
  badContext: 'serviceRules.requests.refusal.badContext',
  noAssignee: 'serviceRules.requests.refusal.noAssignee',
  reasonRequired: 'serviceRules.requests.refusal.reasonRequired',
  activityRequired: 'serviceRules.requests.refusal.activityRequired',
  doneDateInvalid: 'serviceRules.requests.refusal.doneDateInvalid',
  doneBeforeReceived: 'serviceRules.requests.refusal.doneBeforeReceived',
  ratingInvalid: 'serviceRules.requests.refusal.ratingInvalid',
} as const;

/** A date-time with seconds optional and a zone required, so entries from different PCs order the same way. */
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

export function isIsoDateTime(s: string): boolean {
  const m = ISO_DATE_TIME.exec(s);
  return m !== null && isIsoDate(m[1] ?? '');
}

/** The history's first entry, written when the request is logged. */
export function loggedEntry(context: RequestActionContext): RequestHistoryEntry {
  return { action: REQUEST_LOGGED, from: 'pending', to: 'pending', at: context.at, by: context.by };
}

type Change = { ok: true; fields: Partial<RequestFlowFields>; entry: Partial<RequestHistoryEntry> } | RequestRefusal;

function refused(reason: string, params?: Record<string, string | number>): RequestRefusal {
  return params === undefined ? { ok: false, reason } : { ok: false, reason, params };
}

/** Trimmed, without blanks, each once, in the order given. */
function cleanIds(ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => id.trim()).filter((id) => id !== ''))];
}

function dispatchChange(teamIdGiven: string | undefined, volunteerIdsGiven: readonly string[] | undefined): Change {
  const teamId = (teamIdGiven ?? '').trim();
  const volunteerIds = cleanIds(volunteerIdsGiven ?? []);
  if (teamId === '' && volunteerIds.length === 0) return refused(REQUEST_REFUSAL_KEYS.noAssignee);
  const entry: Partial<RequestHistoryEntry> = {};
  if (teamId !== '') entry.teamId = teamId;
  if (volunteerIds.length > 0) entry.volunteerIds = [...volunteerIds];
  return { ok: true, fields: { teamId, volunteerIds }, entry };
}

function endChange(reasonGiven: string): Change {
  const reason = reasonGiven.trim();
  if (reason === '') return refused(REQUEST_REFUSAL_KEYS.reasonRequired);
  return { ok: true, fields: { endReason: reason }, entry: { reason } };
}

function reassignChange(request: RequestFlowFields, reasonGiven: string | undefined): Change {
  const entry: Partial<RequestHistoryEntry> = {};
  const reason = (reasonGiven ?? '').trim();
  if (reason !== '') entry.reason = reason;
  if (request.teamId !== '') entry.teamId = request.teamId;
  if (request.volunteerIds.length > 0) entry.volunteerIds = [...request.volunteerIds];
  return { ok: true, fields: { teamId: '', volunteerIds: [] }, entry };
}

function closeChange(request: RequestFlowFields, activityIdGiven: string, date: string): Change {
  const activityId = activityIdGiven.trim();
  if (activityId === '') return refused(REQUEST_REFUSAL_KEYS.activityRequired);
  if (!isIsoDate(date)) return refused(REQUEST_REFUSAL_KEYS.doneDateInvalid);
  // A request is served after it was asked for; an earlier activity is the wrong one linked. A received date
  // that is not a date (a damaged record) cannot be compared and does not block closing.
  if (isIsoDate(request.receivedDate) && date < request.receivedDate) {
    return refused(REQUEST_REFUSAL_KEYS.doneBeforeReceived, { date, receivedDate: request.receivedDate });
  }
  return { ok: true, fields: { activityId, doneDate: date }, entry: { activityId } };
}

function rateChange(rating: number, remark: string | undefined): Change {
  if (!Number.isInteger(rating) || rating < MIN_RATING || rating > MAX_RATING) return refused(REQUEST_REFUSAL_KEYS.ratingInvalid);
  return { ok: true, fields: { rating, ratingRemark: (remark ?? '').trim() }, entry: { rating } };
}

function changeFor(request: RequestFlowFields, action: RequestAction): Change {
  switch (action.type) {
    case 'dispatch':
      return dispatchChange(action.teamId, action.volunteerIds);
    case 'accept':
      return { ok: true, fields: {}, entry: {} };
    case 'refuse':
    case 'cancel':
      return endChange(action.reason);
    case 'reassign':
      return reassignChange(request, action.reason);
    case 'close':
      return closeChange(request, action.activityId, action.date);
    case 'rate':
      return rateChange(action.rating, action.remark);
  }
}

/**
 * Takes one action on a request. Refused (with the i18n key of why) when the action does not start from the
 * request's state, when the time or the person is missing, or when what the action needs is not there; a
 * refused action changes nothing. An accepted one returns a new request with the new state, its fields and
 * one more history entry; the request passed in is not modified.
 */
export function applyRequestAction<R extends RequestFlowFields>(request: R, action: RequestAction, context: RequestActionContext): RequestTransition<R> {
  if (!ALLOWED_FROM[action.type].includes(request.state)) {
    return refused(REQUEST_REFUSAL_KEYS.notAllowed, { state: request.state, action: action.type });
  }
  const by = context.by.trim();
  if (!isIsoDateTime(context.at) || by === '') return refused(REQUEST_REFUSAL_KEYS.badContext);
  const change = changeFor(request, action);
  if (!change.ok) return change;
  const to = RESULT_STATE[action.type];
  const entry: RequestHistoryEntry = { action: action.type, from: request.state, to, at: context.at, by, ...change.entry };
  return { ok: true, next: { ...request, ...change.fields, state: to, history: [...request.history, entry] } };
}

export const REQUEST_OVERDUE_KEY = 'serviceRules.requests.overdue';

/**
 * Still waiting for the station (待派单, 已派单, 已接单) with its wanted date already past: the lists make it
 * stand out. A request without a wanted date is never overdue. `today` is the station PC's date.
 */
export function isOverdue(request: Pick<RequestFlowFields, 'state' | 'wantedDate'>, today: string): boolean {
  if (!isIsoDate(today)) throw new RangeError('Expected a YYYY-MM-DD date');
  return isOpenRequestState(request.state) && isIsoDate(request.wantedDate) && request.wantedDate < today;
}
