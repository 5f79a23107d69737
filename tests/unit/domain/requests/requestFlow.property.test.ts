import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyRequestAction, type RequestAction } from '../../../../src-renderer/domain/requests/requestFlow';
import { REQUEST_STATES, isOpenRequestState } from '../../../../src-renderer/domain/requests/requestStates';
import { deepFreeze, freshRequest, type TestRequest } from './requestFixtures';

/**
 * The machine over any sequence of actions a keeper (or a bug) could send, valid payloads or not: the
 * history is exactly the accepted steps, chained state to state, and a refused step leaves the request as
 * it was.
 */

/** Mostly usable values, so that long runs reach every state, with blanks and junk mixed in. */
const usable = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>) => fc.oneof({ arbitrary: good, weight: 4 }, { arbitrary: bad, weight: 1 });
const text = usable(fc.constantFrom('原因', ' team:01 ', 'volunteer:01', 'activity:01'), fc.oneof(fc.constantFrom('', '  '), fc.string({ maxLength: 8 })));
const date = usable(fc.constantFrom('2024-03-01', '2024-03-08'), fc.oneof(fc.constantFrom('2024-02-28', '2024-02-30', ''), fc.string({ maxLength: 10 })));

const action: fc.Arbitrary<RequestAction> = fc.oneof(
  fc.record({ type: fc.constant('dispatch' as const), teamId: fc.option(text, { nil: undefined }), volunteerIds: fc.option(fc.array(text, { maxLength: 4 }), { nil: undefined }) }),
  fc.constant({ type: 'accept' as const }),
  fc.record({ type: fc.constant('refuse' as const), reason: text }),
  fc.record({ type: fc.constant('cancel' as const), reason: text }),
  fc.record({ type: fc.constant('reassign' as const), reason: fc.option(text, { nil: undefined }) }),
  fc.record({ type: fc.constant('close' as const), activityId: text, date }),
  fc.record({
    type: fc.constant('rate' as const),
    rating: usable(fc.integer({ min: 1, max: 5 }), fc.oneof(fc.integer({ min: -1, max: 7 }), fc.double())),
    remark: fc.option(text, { nil: undefined }),
  }),
);

const context = fc.record({
  at: usable(fc.constantFrom('2024-03-05T09:30:00.000Z', '2024-03-05T17:30:00+08:00'), fc.constantFrom('', '2024-03-05', 'later')),
  by: usable(fc.constantFrom('keeper-1', 'pc-2'), fc.constantFrom('', ' ')),
});

const step = fc.tuple(action, context);

describe('any sequence of actions', () => {
  test('keeps one history entry per accepted step, in order, and a refused step changes nothing', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        let request: TestRequest = deepFreeze(freshRequest());
        let acceptedSteps = 0;
        for (const [a, ctx] of steps) {
          const before = structuredClone(request);
          const result = applyRequestAction(request, a, ctx);
          if (result.ok) {
            acceptedSteps += 1;
            expect(result.next.history.slice(0, -1)).toEqual(before.history);
            expect(result.next.history.at(-1)).toMatchObject({ action: a.type, from: before.state, to: result.next.state, at: ctx.at });
            request = deepFreeze(result.next);
          } else {
            expect(result.reason).toMatch(/^serviceRules\.requests\.refusal\./);
            expect(request).toEqual(before);
          }
          expect(request.history).toHaveLength(acceptedSteps);
        }
      }),
    );
  });

  test('chains its history from 待派单 to the state it is in, and keeps what each state implies', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        let request = freshRequest();
        for (const [a, ctx] of steps) {
          const result = applyRequestAction(request, a, ctx);
          if (result.ok) request = result.next;
        }
        expect(REQUEST_STATES).toContain(request.state);
        let state = 'pending';
        for (const entry of request.history) {
          expect(entry.from).toBe(state);
          state = entry.to;
        }
        expect(request.state).toBe(state);
        if (request.state === 'dispatched' || request.state === 'accepted') expect(request.teamId !== '' || request.volunteerIds.length > 0).toBe(true);
        if (request.state === 'done' || request.state === 'rated') expect(request.activityId.trim()).not.toBe('');
        if (request.state === 'rated') expect([1, 2, 3, 4, 5]).toContain(request.rating);
        if (request.state === 'refused' || request.state === 'cancelled') expect(request.endReason.trim()).not.toBe('');
      }),
    );
  });

  test('reaches every state often enough to mean something', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        let request = freshRequest();
        for (const [a, ctx] of steps) {
          const result = applyRequestAction(request, a, ctx);
          if (result.ok) request = result.next;
        }
        reached.add(request.state);
      }),
      { numRuns: 500, seed: 13 },
    );
    expect([...reached].sort()).toEqual([...REQUEST_STATES].sort());
  });

  test('never leaves a final state (已评价, 已拒绝, 已取消)', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        let request = freshRequest();
        let ended = false;
        for (const [a, ctx] of steps) {
          const result = applyRequestAction(request, a, ctx);
          if (result.ok) {
            expect(ended).toBe(false);
            request = result.next;
            ended = !isOpenRequestState(request.state) && request.state !== 'done';
          }
        }
      }),
    );
  });
});
