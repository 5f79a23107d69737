import { applyRequestAction, loggedEntry, REQUEST_REFUSAL_KEYS, type RequestAction, type RequestActionContext } from '../requests/requestFlow';
import type { RequestState } from '../requests/requestStates';
import { newRequestFlow, type RequestDetails, type RequestFields } from '../../records/request/shape';

/** A request as a sheet gives it: its details and where it stands, without the steps that led there. */
export type ImportedRequest = Omit<RequestFields, 'history'>;

/** What the sheet says of the flow (the fields the steps need). */
export interface ImportedFlow {
  state: RequestState;
  teamId: string;
  volunteerIds: string[];
  activityId: string;
  /** The linked activity's date: the day it was done. */
  doneDate: string;
  rating: number;
  ratingRemark: string;
  endReason: string;
}

/** The sheet's column a refused step is about. */
const FIELD_OF_REFUSAL: Readonly<Record<string, string>> = {
  [REQUEST_REFUSAL_KEYS.noAssignee]: 'teamId',
  [REQUEST_REFUSAL_KEYS.reasonRequired]: 'endReason',
  [REQUEST_REFUSAL_KEYS.activityRequired]: 'activityId',
  [REQUEST_REFUSAL_KEYS.doneDateInvalid]: 'activityId',
  [REQUEST_REFUSAL_KEYS.doneBeforeReceived]: 'activityId',
  [REQUEST_REFUSAL_KEYS.ratingInvalid]: 'rating',
};

const dispatch = (flow: ImportedFlow): RequestAction => ({ type: 'dispatch', teamId: flow.teamId, volunteerIds: flow.volunteerIds });
const hasAssignees = (flow: ImportedFlow) => flow.teamId !== '' || flow.volunteerIds.length > 0;

/** The steps from 待派单 to the sheet's state, as the keeper would have taken them on the request's page. */
function stepsTo(flow: ImportedFlow): RequestAction[] {
  const toAccepted: RequestAction[] = [dispatch(flow), { type: 'accept' }];
  const toDone: RequestAction[] = [...toAccepted, { type: 'close', activityId: flow.activityId, date: flow.doneDate }];
  switch (flow.state) {
    case 'pending':
      return [];
    case 'dispatched':
      return [dispatch(flow)];
    case 'accepted':
      return toAccepted;
    case 'done':
      return toDone;
    case 'rated':
      return [...toDone, { type: 'rate', rating: flow.rating, remark: flow.ratingRemark }];
    case 'refused':
    case 'cancelled':
      return [...(hasAssignees(flow) ? [dispatch(flow)] : []), { type: flow.state === 'refused' ? 'refuse' : 'cancel', reason: flow.endReason }];
  }
}

export type Replay = { ok: true; request: RequestFields } | { ok: false; field: string; key: string; params?: Record<string, string | number> };

/**
 * An imported request is logged and taken through the steps to its state by the request machine itself, so
 * it holds exactly what one kept on screen would (its history records the steps, at the time and by the PC
 * of the import); a state the sheet cannot reach (已办结 without an activity, 已拒绝 without a reason) is refused
 * with the machine's own reason, on the column it concerns.
 */
export function replayImportedRequest(details: RequestDetails, flow: ImportedFlow, context: RequestActionContext): Replay {
  let request: RequestFields = {
    ...details,
    ...newRequestFlow(details.receivedDate, details.wantedDate),
    history: [loggedEntry(context)],
  };
  for (const action of stepsTo(flow)) {
    const next = applyRequestAction(request, action, context);
    if (!next.ok) {
      const refusal: Replay = { ok: false, field: FIELD_OF_REFUSAL[next.reason] ?? 'state', key: next.reason };
      return next.params === undefined ? refusal : { ...refusal, params: next.params };
    }
    request = next.next;
  }
  return { ok: true, request };
}

/** The stand-in context of the check: the real one (this PC, now) is given when the rows are written. */
export const CHECK_CONTEXT: RequestActionContext = { at: '2000-01-01T00:00:00.000Z', by: 'import-check' };

export function withoutHistory(request: RequestFields): ImportedRequest {
  const { history: _history, ...rest } = request;
  return rest;
}

/** The sheet's part of a request: the details (what an update may change) and where it stands. */
export function splitImported(r: ImportedRequest): { details: RequestDetails; flow: ImportedFlow } {
  const { residentName, villageGroup, phone, need, field, urgency, receivedDate, wantedDate } = r;
  const { state, teamId, volunteerIds, activityId, doneDate, rating, ratingRemark, endReason } = r;
  return {
    details: { residentName, villageGroup, phone, need, field, urgency, receivedDate, wantedDate },
    flow: { state, teamId, volunteerIds, activityId, doneDate, rating, ratingRemark, endReason },
  };
}
