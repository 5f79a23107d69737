/**
 * The states of a resident's request (群众点单) and which action leads from which state to which.
 *
 * The way through: 待派单 pending → (派单) 已派单 dispatched → (接单) 已接单 accepted → (办结, an activity linked)
 * 已办结 done → (评单) 已评价 rated. Two ends leave it early, both with a reason: 已拒绝 refused, the station
 * declines the request (not a service it offers, outside its area), and 已取消 cancelled, the resident withdraws
 * it or it is no longer needed. Both are final, like rated: a request logged by mistake is deleted, not reopened.
 *
 * A volunteer or team that cannot take what was dispatched to them does not refuse the request (that would
 * end it while the resident still waits): the keeper reassigns it, which returns it to 待派单 with the former
 * assignees kept in its history, so it stays open and is still checked for being overdue.
 */
export const REQUEST_STATES = ['pending', 'dispatched', 'accepted', 'done', 'rated', 'refused', 'cancelled'] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

/** States in which the request still waits for the station: these can be overdue. */
export const OPEN_REQUEST_STATES = ['pending', 'dispatched', 'accepted'] as const satisfies readonly RequestState[];

export const REQUEST_ACTIONS = ['dispatch', 'accept', 'refuse', 'cancel', 'reassign', 'close', 'rate'] as const;
export type RequestActionType = (typeof REQUEST_ACTIONS)[number];

const OPEN: readonly RequestState[] = OPEN_REQUEST_STATES;

/** The states each action may start from; every other pair is refused. */
export const ALLOWED_FROM: Readonly<Record<RequestActionType, readonly RequestState[]>> = {
  dispatch: ['pending'],
  accept: ['dispatched'],
  refuse: OPEN,
  cancel: OPEN,
  reassign: ['dispatched', 'accepted'],
  close: ['accepted'],
  rate: ['done'],
};

/** Where each action leads. */
export const RESULT_STATE: Readonly<Record<RequestActionType, RequestState>> = {
  dispatch: 'dispatched',
  accept: 'accepted',
  refuse: 'refused',
  cancel: 'cancelled',
  reassign: 'pending',
  close: 'done',
  rate: 'rated',
};

/** Whether the action may be taken in this state: the screens offer only these buttons. */
export function canApply(state: RequestState, action: RequestActionType): boolean {
  return ALLOWED_FROM[action].includes(state);
}

export function isOpenRequestState(state: RequestState): boolean {
  return OPEN.includes(state);
}

/** The actions a request in this state offers, in the order of REQUEST_ACTIONS. */
export function actionsFrom(state: RequestState): RequestActionType[] {
  return REQUEST_ACTIONS.filter((action) => canApply(state, action));
}

export function requestStateKey(state: RequestState): string {
  return `serviceRules.requests.state.${state}`;
}

export function requestActionKey(action: RequestActionType): string {
  return `serviceRules.requests.action.${action}`;
}
