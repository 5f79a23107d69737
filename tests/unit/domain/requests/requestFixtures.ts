import type { RequestAction, RequestActionContext, RequestFlowFields } from '../../../../src-renderer/domain/requests/requestFlow';
import type { RequestActionType, RequestState } from '../../../../src-renderer/domain/requests/requestStates';

/** A request as the ledger stores it: the machine's fields and some of its own that must pass through. */
export interface TestRequest extends RequestFlowFields {
  id: string;
  residentName: string;
  need: string;
}

export const AT = '2024-03-05T09:30:00.000Z';
export const CONTEXT: RequestActionContext = { at: AT, by: 'keeper-1' };

export function freshRequest(overrides: Partial<TestRequest> = {}): TestRequest {
  return {
    id: 'request:0001',
    residentName: '王大妈',
    need: '修理电饭煲',
    state: 'pending',
    receivedDate: '2024-03-01',
    wantedDate: '2024-03-10',
    teamId: '',
    volunteerIds: [],
    activityId: '',
    doneDate: '',
    rating: 0,
    ratingRemark: '',
    endReason: '',
    history: [],
    ...overrides,
  };
}

/** A request sitting in the given state with the fields that state implies (history aside). */
export function requestIn(state: RequestState): TestRequest {
  const assigned = { teamId: 'team:01', volunteerIds: ['volunteer:01', 'volunteer:02'] };
  switch (state) {
    case 'pending':
      return freshRequest();
    case 'dispatched':
    case 'accepted':
      return freshRequest({ state, ...assigned });
    case 'done':
      return freshRequest({ state, ...assigned, activityId: 'activity:01', doneDate: '2024-03-08' });
    case 'rated':
      return freshRequest({ state, ...assigned, activityId: 'activity:01', doneDate: '2024-03-08', rating: 5 });
    case 'refused':
    case 'cancelled':
      return freshRequest({ state, endReason: '不在服务范围' });
  }
}

/** An action of each type with everything it needs. */
export const VALID_ACTIONS: Readonly<Record<RequestActionType, RequestAction>> = {
  dispatch: { type: 'dispatch', teamId: 'team:02', volunteerIds: ['volunteer:03'] },
  accept: { type: 'accept' },
  refuse: { type: 'refuse', reason: '不在本站服务范围' },
  cancel: { type: 'cancel', reason: '群众已自行解决' },
  reassign: { type: 'reassign', reason: '志愿者生病' },
  close: { type: 'close', activityId: 'activity:07', date: '2024-03-08' },
  rate: { type: 'rate', rating: 4, remark: '很及时' },
};

/** Freezes a request and everything in it, so a transition that writes into its input throws. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
