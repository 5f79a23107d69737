import { describe, expect, it } from 'vitest';
import {
  REQUEST_REFUSAL_KEYS,
  applyRequestAction,
  isIsoDateTime,
  isOverdue,
  type RequestAction,
} from '../../../../src-renderer/domain/requests/requestFlow';
import { REQUEST_ACTIONS, REQUEST_STATES, actionsFrom, type RequestActionType, type RequestState } from '../../../../src-renderer/domain/requests/requestStates';
import { AT, CONTEXT, VALID_ACTIONS, deepFreeze, freshRequest, requestIn, type TestRequest } from './requestFixtures';

/**
 * The whole machine, written out by hand (not read back from the module): for each state, the actions it
 * allows and where each leads. Every pair not listed must be refused.
 */
const EXPECTED: Readonly<Record<RequestState, Partial<Record<RequestActionType, RequestState>>>> = {
  pending: { dispatch: 'dispatched', refuse: 'refused', cancel: 'cancelled' },
  dispatched: { accept: 'accepted', refuse: 'refused', cancel: 'cancelled', reassign: 'pending' },
  accepted: { refuse: 'refused', cancel: 'cancelled', reassign: 'pending', close: 'done' },
  done: { rate: 'rated' },
  rated: {},
  refused: {},
  cancelled: {},
};

const PAIRS = REQUEST_STATES.flatMap((state) => REQUEST_ACTIONS.map((action) => [state, action] as const));
const ALLOWED = PAIRS.filter(([state, action]) => EXPECTED[state][action] !== undefined);
const REFUSED = PAIRS.filter(([state, action]) => EXPECTED[state][action] === undefined);

function apply(request: TestRequest, action: RequestAction, context = CONTEXT) {
  return applyRequestAction(deepFreeze(request), action, context);
}

function accepted(request: TestRequest, action: RequestAction): TestRequest {
  const result = apply(request, action);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.next;
}

function refusal(request: TestRequest, action: RequestAction, context = CONTEXT): string {
  const result = apply(request, action, context);
  if (result.ok) throw new Error('accepted');
  return result.reason;
}

describe('every state × action pair', () => {
  it('covers 7 states × 7 actions: 12 allowed, 37 refused', () => {
    expect(PAIRS).toHaveLength(49);
    expect(ALLOWED).toHaveLength(12);
    expect(REFUSED).toHaveLength(37);
  });

  it.each(ALLOWED)('%s → %s is allowed, leads where expected and adds one history entry', (state, action) => {
    const before = requestIn(state);
    const snapshot = structuredClone(before);
    const result = apply(before, VALID_ACTIONS[action]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const to = EXPECTED[state][action];
    expect(result.next.state).toBe(to);
    expect(result.next.history).toHaveLength(1);
    expect(result.next.history[0]).toMatchObject({ action, from: state, to, at: AT, by: 'keeper-1' });
    expect(result.next.id).toBe('request:0001');
    expect(result.next.residentName).toBe('王大妈');
    expect(before).toEqual(snapshot);
  });

  it.each(REFUSED)('%s → %s is refused as not allowed and changes nothing', (state, action) => {
    const before = requestIn(state);
    const snapshot = structuredClone(before);
    const result = apply(before, VALID_ACTIONS[action]);
    expect(result).toEqual({ ok: false, reason: REQUEST_REFUSAL_KEYS.notAllowed, params: { state, action } });
    expect(before).toEqual(snapshot);
  });

  it.each(REQUEST_STATES)('the screens offer exactly the allowed actions in %s', (state) => {
    expect(actionsFrom(state)).toEqual(REQUEST_ACTIONS.filter((action) => EXPECTED[state][action] !== undefined));
  });
});

describe('dispatch', () => {
  it('to a team alone, to volunteers alone, or to both', () => {
    expect(accepted(freshRequest(), { type: 'dispatch', teamId: 'team:01' })).toMatchObject({ teamId: 'team:01', volunteerIds: [] });
    expect(accepted(freshRequest(), { type: 'dispatch', volunteerIds: ['volunteer:01'] })).toMatchObject({ teamId: '', volunteerIds: ['volunteer:01'] });
    const both = accepted(freshRequest(), { type: 'dispatch', teamId: 'team:01', volunteerIds: ['volunteer:01'] });
    expect(both).toMatchObject({ state: 'dispatched', teamId: 'team:01', volunteerIds: ['volunteer:01'] });
    expect(both.history[0]).toEqual({ action: 'dispatch', from: 'pending', to: 'dispatched', at: AT, by: 'keeper-1', teamId: 'team:01', volunteerIds: ['volunteer:01'] });
  });

  it('trims ids, drops blanks and keeps each volunteer once, in the order given', () => {
    const next = accepted(freshRequest(), { type: 'dispatch', teamId: ' team:01 ', volunteerIds: ['volunteer:02', ' ', 'volunteer:01', ' volunteer:02'] });
    expect(next.teamId).toBe('team:01');
    expect(next.volunteerIds).toEqual(['volunteer:02', 'volunteer:01']);
  });

  it.each<[string, RequestAction]>([
    ['nobody', { type: 'dispatch' }],
    ['an empty list', { type: 'dispatch', teamId: '', volunteerIds: [] }],
    ['only blanks', { type: 'dispatch', teamId: '  ', volunteerIds: ['', '   '] }],
  ])('to %s is refused', (_label, action) => {
    expect(refusal(freshRequest(), action)).toBe(REQUEST_REFUSAL_KEYS.noAssignee);
  });
});

describe('accept', () => {
  it('keeps the assignees and records who recorded it', () => {
    const next = accepted(requestIn('dispatched'), { type: 'accept' });
    expect(next).toMatchObject({ state: 'accepted', teamId: 'team:01', volunteerIds: ['volunteer:01', 'volunteer:02'] });
    expect(next.history[0]).toEqual({ action: 'accept', from: 'dispatched', to: 'accepted', at: AT, by: 'keeper-1' });
  });
});

describe.each(['refuse', 'cancel'] as const)('%s', (type) => {
  it.each(['', '   ', '\n\t'])('needs a reason: %j is refused', (reason) => {
    expect(refusal(freshRequest(), { type, reason })).toBe(REQUEST_REFUSAL_KEYS.reasonRequired);
  });

  it('stores the trimmed reason on the request and in its history', () => {
    const next = accepted(requestIn('accepted'), { type, reason: '  群众已搬走 ' });
    expect(next.endReason).toBe('群众已搬走');
    expect(next.history[0]).toMatchObject({ action: type, from: 'accepted', reason: '群众已搬走' });
  });
});

describe('reassign', () => {
  it('returns to 待派单, clears the assignees and keeps them in the history', () => {
    const next = accepted(requestIn('accepted'), { type: 'reassign', reason: ' 志愿者生病 ' });
    expect(next).toMatchObject({ state: 'pending', teamId: '', volunteerIds: [] });
    expect(next.history[0]).toEqual({
      action: 'reassign',
      from: 'accepted',
      to: 'pending',
      at: AT,
      by: 'keeper-1',
      reason: '志愿者生病',
      teamId: 'team:01',
      volunteerIds: ['volunteer:01', 'volunteer:02'],
    });
  });

  it('needs no reason', () => {
    const next = accepted(requestIn('dispatched'), { type: 'reassign' });
    expect(next.state).toBe('pending');
    expect(next.history[0]).not.toHaveProperty('reason');
  });

  it('can be dispatched again afterwards, to someone else', () => {
    const again = accepted(accepted(requestIn('dispatched'), { type: 'reassign' }), { type: 'dispatch', volunteerIds: ['volunteer:09'] });
    expect(again).toMatchObject({ state: 'dispatched', teamId: '', volunteerIds: ['volunteer:09'] });
    expect(again.history.map((h) => h.action)).toEqual(['reassign', 'dispatch']);
  });
});

describe('close', () => {
  it('links the activity and takes its date as the day it was done', () => {
    const next = accepted(requestIn('accepted'), { type: 'close', activityId: ' activity:07 ', date: '2024-03-08' });
    expect(next).toMatchObject({ state: 'done', activityId: 'activity:07', doneDate: '2024-03-08' });
    expect(next.history[0]).toMatchObject({ action: 'close', activityId: 'activity:07' });
  });

  it('accepts an activity on the day the request came in', () => {
    expect(accepted(requestIn('accepted'), { type: 'close', activityId: 'activity:07', date: '2024-03-01' }).doneDate).toBe('2024-03-01');
  });

  it.each<[string, RequestAction, string]>([
    ['no activity', { type: 'close', activityId: '  ', date: '2024-03-08' }, REQUEST_REFUSAL_KEYS.activityRequired],
    ['a date that is not one', { type: 'close', activityId: 'activity:07', date: '2024-02-30' }, REQUEST_REFUSAL_KEYS.doneDateInvalid],
    ['an empty date', { type: 'close', activityId: 'activity:07', date: '' }, REQUEST_REFUSAL_KEYS.doneDateInvalid],
    ['an activity before the request came in', { type: 'close', activityId: 'activity:07', date: '2024-02-29' }, REQUEST_REFUSAL_KEYS.doneBeforeReceived],
  ])('is refused for %s', (_label, action, reason) => {
    expect(refusal(requestIn('accepted'), action)).toBe(reason);
  });

  it('says which dates disagree', () => {
    const result = apply(requestIn('accepted'), { type: 'close', activityId: 'activity:07', date: '2024-02-29' });
    expect(result).toEqual({ ok: false, reason: REQUEST_REFUSAL_KEYS.doneBeforeReceived, params: { date: '2024-02-29', receivedDate: '2024-03-01' } });
  });

  it('is not blocked by a damaged received date it cannot compare', () => {
    expect(accepted(freshRequest({ state: 'accepted', receivedDate: '' }), VALID_ACTIONS.close).state).toBe('done');
  });
});

describe('rate', () => {
  it.each([1, 2, 3, 4, 5])('takes %i stars', (rating) => {
    const next = accepted(requestIn('done'), { type: 'rate', rating });
    expect(next).toMatchObject({ state: 'rated', rating, ratingRemark: '' });
    expect(next.history[0]).toMatchObject({ action: 'rate', rating });
  });

  it('keeps the remark, trimmed', () => {
    expect(accepted(requestIn('done'), { type: 'rate', rating: 5, remark: '  师傅很耐心 ' }).ratingRemark).toBe('师傅很耐心');
  });

  it.each([0, 6, -1, 3.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s', (rating) => {
    expect(refusal(requestIn('done'), { type: 'rate', rating })).toBe(REQUEST_REFUSAL_KEYS.ratingInvalid);
  });

  it('happens once: a rated request cannot be rated again', () => {
    const rated = accepted(requestIn('done'), { type: 'rate', rating: 2 });
    expect(refusal(rated, { type: 'rate', rating: 5 })).toBe(REQUEST_REFUSAL_KEYS.notAllowed);
  });
});

describe('who and when', () => {
  it.each([
    ['no zone', { at: '2024-03-05T09:30:00', by: 'keeper-1' }],
    ['a date alone', { at: '2024-03-05', by: 'keeper-1' }],
    ['a day that does not exist', { at: '2024-02-30T09:30:00Z', by: 'keeper-1' }],
    ['an hour past 23', { at: '2024-03-05T24:00:00Z', by: 'keeper-1' }],
    ['nothing', { at: '', by: 'keeper-1' }],
    ['nobody', { at: AT, by: '  ' }],
  ])('refuses %s and changes nothing', (_label, context) => {
    expect(refusal(freshRequest(), VALID_ACTIONS.cancel, context)).toBe(REQUEST_REFUSAL_KEYS.badContext);
  });

  it.each(['2024-03-05T09:30Z', '2024-03-05T09:30:00Z', '2024-03-05T09:30:00.123Z', '2024-03-05T17:30:00+08:00', '2024-03-05T01:30:00.5-05:00'])(
    'takes %s as it is',
    (at) => {
      expect(isIsoDateTime(at)).toBe(true);
      expect(applyRequestAction(freshRequest(), VALID_ACTIONS.cancel, { at, by: 'keeper-1' })).toMatchObject({ ok: true, next: { history: [{ at }] } });
    },
  );

  it('checks the state before the payload, so a closed request says why plainly', () => {
    expect(refusal(requestIn('rated'), { type: 'refuse', reason: '' })).toBe(REQUEST_REFUSAL_KEYS.notAllowed);
  });
});

describe('a request from logging to rating', () => {
  it('goes 待派单 → 已派单 → 已接单 → 已办结 → 已评价 with the whole story in its history', () => {
    let request = freshRequest();
    const steps: RequestAction[] = [
      { type: 'dispatch', teamId: 'team:01' },
      { type: 'reassign', reason: '该队本周外出' },
      { type: 'dispatch', volunteerIds: ['volunteer:05'] },
      { type: 'accept' },
      { type: 'close', activityId: 'activity:11', date: '2024-03-09' },
      { type: 'rate', rating: 5, remark: '满意' },
    ];
    steps.forEach((step, i) => {
      request = accepted(request, step);
      expect(request.history).toHaveLength(i + 1);
    });
    expect(request).toMatchObject({ state: 'rated', volunteerIds: ['volunteer:05'], activityId: 'activity:11', doneDate: '2024-03-09', rating: 5 });
    expect(request.history.map((h) => `${h.from}>${h.to}`)).toEqual([
      'pending>dispatched',
      'dispatched>pending',
      'pending>dispatched',
      'dispatched>accepted',
      'accepted>done',
      'done>rated',
    ]);
    expect(request.history[1]).toMatchObject({ teamId: 'team:01', reason: '该队本周外出' });
  });
});

describe('isOverdue', () => {
  const today = '2024-03-10';

  it.each(REQUEST_STATES)('in %s, with the wanted date past', (state) => {
    const open = state === 'pending' || state === 'dispatched' || state === 'accepted';
    expect(isOverdue({ state, wantedDate: '2024-03-09' }, today)).toBe(open);
  });

  it.each([
    ['due today', '2024-03-10', false],
    ['due tomorrow', '2024-03-11', false],
    ['due yesterday', '2024-03-09', true],
    ['due last year', '2023-12-31', true],
    ['no wanted date', '', false],
    ['a damaged wanted date', 'soon', false],
  ])('an open request %s → %s', (_label, wantedDate, overdue) => {
    expect(isOverdue({ state: 'dispatched', wantedDate }, today)).toBe(overdue);
  });

  it('refuses a today that is not a date rather than guess', () => {
    expect(() => isOverdue({ state: 'pending', wantedDate: '2024-03-09' }, '2024-3-10')).toThrow(RangeError);
  });
});
