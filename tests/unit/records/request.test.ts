import dayjs from 'dayjs';
import fc from 'fast-check';
import { firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src-renderer/data/errors';
import type { Ledger } from '../../../src-renderer/data/session';
import { applyRequestAction, REQUEST_REFUSAL_KEYS, type RequestAction } from '../../../src-renderer/domain/requests/requestFlow';
import { ACTIVITY_MISSING_KEY, HISTORY_FULL_KEY } from '../../../src-renderer/records/request/actionChecks';
import { MAX_HISTORY, parseRequestDetails, REASON_MAX, WANTED_BEFORE_RECEIVED_KEY, type RequestDoc } from '../../../src-renderer/records/request/shape';
import { openTestLedger, TEST_STATION, volunteerInput } from '../../support/testLedger';

const NOW = new Date('2024-03-05T04:00:00.000Z');

const asked = { residentName: '王秀英', villageGroup: '三组', phone: '139 0531 0002', need: '家里电灯不亮，请人上门修一下', field: 'aid', receivedDate: '2024-03-05', wantedDate: '2024-03-08' };

function keysOf(result: ReturnType<typeof parseRequestDetails>): string[] {
  return result.ok ? [] : result.issues.map((i) => `${i.field}:${i.key}`);
}

/** The field and key a refused save reports, or 'saved'. */
async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'saved';
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return error.issues.map((i) => `${i.field}:${i.key}`).join(' ');
  }
}

function activityInput(date: string) {
  return { title: '上门修电灯', date, startTime: '09:00', endTime: '10:00', place: '三组王秀英家', field: 'aid', participants: [] };
}

describe('a request as the keeper logs it', () => {
  it('needs who asks, what is needed and its field; takes the phone as people write it', () => {
    expect(keysOf(parseRequestDetails({ ...asked, residentName: ' ', need: '', field: '' }))).toEqual([
      'residentName:validation.required',
      'need:validation.required',
      'field:validation.required',
    ]);
    const parsed = parseRequestDetails(asked);
    expect(parsed.ok && [parsed.value.phone, parsed.value.urgency]).toEqual(['13905310002', 'normal']);
    expect(keysOf(parseRequestDetails({ ...asked, phone: '12345' }))).toEqual(['phone:validation.phone.invalid']);
  });

  it('refuses a wanted date before the day it was asked, and dates that are not days', () => {
    expect(keysOf(parseRequestDetails({ ...asked, wantedDate: '2024-03-04' }))).toEqual([`wantedDate:${WANTED_BEFORE_RECEIVED_KEY}`]);
    expect(keysOf(parseRequestDetails({ ...asked, wantedDate: '9999-99-99' }))).toEqual(['wantedDate:validation.date.invalid']);
    expect(keysOf(parseRequestDetails({ ...asked, receivedDate: '2024-02-30' }))).toContain('receivedDate:validation.date.invalid');
  });
});

describe('requests on record', () => {
  let ledger: Ledger;
  beforeEach(async () => {
    ledger = await openTestLedger({ now: () => NOW });
    await ledger.setUpStation(TEST_STATION);
  });
  afterEach(async () => {
    await ledger.close();
  });

  it('a logged request waits for dispatch, its logging the first step of its history', async () => {
    const { receivedDate: _given, ...withoutDate } = asked;
    const request = await ledger.requests.create({ ...withoutDate, wantedDate: '' });
    expect(request).toMatchObject({ state: 'pending', receivedDate: dayjs(NOW).format('YYYY-MM-DD'), phone: '13905310002', rating: 0, activityId: '' });
    expect(request.id.startsWith('request:')).toBe(true);
    expect(request.history).toEqual([{ action: 'log', from: 'pending', to: 'pending', at: expect.any(String) as unknown, by: ledger.ctx.deviceId }]);
  });

  it('each step is saved with its history entry: dispatched, accepted, closed by an activity, rated', async () => {
    const volunteer = await ledger.volunteers.create(volunteerInput());
    const activity = await ledger.activities.create(activityInput('2024-03-06'));
    const request = await ledger.requests.create(asked);

    await ledger.requests.apply(request.id, { type: 'dispatch', volunteerIds: [volunteer.id] });
    await ledger.requests.apply(request.id, { type: 'accept' });
    await ledger.requests.close(request.id, activity.id);
    const rated = await ledger.requests.apply(request.id, { type: 'rate', rating: 5, remark: ' 很及时 ' });

    expect(rated).toMatchObject({ state: 'rated', volunteerIds: [volunteer.id], activityId: activity.id, doneDate: '2024-03-06', rating: 5, ratingRemark: '很及时' });
    expect(rated.history.map((h) => `${h.action}:${h.from}>${h.to}`)).toEqual([
      'log:pending>pending',
      'dispatch:pending>dispatched',
      'accept:dispatched>accepted',
      'close:accepted>done',
      'rate:done>rated',
    ]);
    expect(rated.history.every((h) => h.by === ledger.ctx.deviceId && dayjs(h.at).isValid())).toBe(true);
    expect(rated.history[3]?.activityId).toBe(activity.id);
    expect(await ledger.requests.get(request.id)).toEqual(rated);
    expect((await ledger.requests.ofActivity(activity.id)).map((r) => r.id)).toEqual([request.id]);
  });

  it('reassigning returns it to 待派单 and keeps who had it in the history', async () => {
    const request = await ledger.requests.create(asked);
    await ledger.requests.apply(request.id, { type: 'dispatch', teamId: 'team:1' });
    const back = await ledger.requests.apply(request.id, { type: 'reassign', reason: '队员生病' });
    expect(back).toMatchObject({ state: 'pending', teamId: '', volunteerIds: [] });
    expect(back.history.at(-1)).toMatchObject({ action: 'reassign', teamId: 'team:1', reason: '队员生病' });
  });

  it('a refused step saves nothing and says why on the field it concerns', async () => {
    const request = await ledger.requests.create(asked);
    const before = await ledger.requests.get(request.id);
    expect(await refusal(ledger.requests.apply(request.id, { type: 'refuse', reason: '  ' }))).toBe(`reason:${REQUEST_REFUSAL_KEYS.reasonRequired}`);
    expect(await refusal(ledger.requests.apply(request.id, { type: 'dispatch' }))).toBe(`teamId:${REQUEST_REFUSAL_KEYS.noAssignee}`);
    expect(await refusal(ledger.requests.apply(request.id, { type: 'rate', rating: 5 }))).toBe(`:${REQUEST_REFUSAL_KEYS.notAllowed}`);
    expect(await refusal(ledger.requests.apply(request.id, { type: 'cancel', reason: '字'.repeat(REASON_MAX + 1) }))).toBe('reason:validation.tooLong');
    expect(await ledger.requests.get(request.id)).toEqual(before);
  });

  it('closing needs an activity on record, served on or after the day it was asked', async () => {
    const request = await ledger.requests.create(asked);
    await ledger.requests.apply(request.id, { type: 'dispatch', teamId: 'team:1' });
    await ledger.requests.apply(request.id, { type: 'accept' });
    const earlier = await ledger.activities.create(activityInput('2024-03-01'));
    expect(await refusal(ledger.requests.close(request.id, 'activity:gone'))).toBe(`activityId:${ACTIVITY_MISSING_KEY}`);
    expect(await refusal(ledger.requests.close(request.id, ''))).toBe(`activityId:${REQUEST_REFUSAL_KEYS.activityRequired}`);
    expect(await refusal(ledger.requests.close(request.id, earlier.id))).toBe(`activityId:${REQUEST_REFUSAL_KEYS.doneBeforeReceived}`);
    expect((await ledger.requests.get(request.id))?.state).toBe('accepted');
  });

  it('a request whose history is full takes no more steps', async () => {
    const request = await ledger.requests.create(asked);
    const filler = { action: 'dispatch' as const, from: 'pending' as const, to: 'dispatched' as const, at: NOW.toISOString(), by: 'pc' };
    await ledger.requests.store.patch(request.id, { history: Array.from({ length: MAX_HISTORY }, () => filler) });
    expect(await refusal(ledger.requests.apply(request.id, { type: 'dispatch', teamId: 'team:1' }))).toBe(`:${HISTORY_FULL_KEY}`);
    expect((await ledger.requests.get(request.id))?.state).toBe('pending');
  });

  it('lists by state, newest first, and follows each step', async () => {
    const older = await ledger.requests.create({ ...asked, receivedDate: '2024-03-01' });
    const newer = await ledger.requests.create(asked);
    expect((await firstValueFrom(ledger.requests.list$('pending'))).map((r) => r.id)).toEqual([newer.id, older.id]);
    await ledger.requests.apply(older.id, { type: 'cancel', reason: '已自行解决' });
    expect((await ledger.requests.list('pending')).map((r) => r.id)).toEqual([newer.id]);
    expect((await ledger.requests.list('cancelled')).map((r) => [r.id, r.endReason])).toEqual([[older.id, '已自行解决']]);
    expect((await ledger.requests.list()).length).toBe(2);
  });

  it('any run of steps: what the machine refuses leaves the record as it was, what it takes adds one entry', async () => {
    const action: fc.Arbitrary<RequestAction> = fc.oneof(
      fc.record({ type: fc.constant('dispatch' as const), teamId: fc.constantFrom('', 'team:1'), volunteerIds: fc.constantFrom([], ['volunteer:1']) }),
      fc.constant({ type: 'accept' as const }),
      fc.record({ type: fc.constantFrom('refuse' as const, 'cancel' as const), reason: fc.constantFrom('', '不在服务范围') }),
      fc.record({ type: fc.constant('reassign' as const), reason: fc.constantFrom('', '改派') }),
      fc.record({ type: fc.constant('close' as const), activityId: fc.constantFrom('activity:1'), date: fc.constantFrom('2024-03-06', '2024-02-01', 'x') }),
      fc.record({ type: fc.constant('rate' as const), rating: fc.integer({ min: 0, max: 6 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(action, { maxLength: 6 }), async (actions) => {
        let stored: RequestDoc | null = await ledger.requests.create(asked);
        for (const step of actions) {
          if (stored === null) throw new Error('request lost');
          const expected = applyRequestAction(stored, step, { at: NOW.toISOString(), by: 'model' });
          const outcome = await refusal(ledger.requests.apply(stored.id, step));
          const after: RequestDoc | null = await ledger.requests.get(stored.id);
          if (expected.ok) {
            expect(outcome).toBe('saved');
            expect(after?.state).toBe(expected.next.state);
            expect(after?.history.length).toBe(stored.history.length + 1);
          } else {
            expect(outcome).toContain(expected.reason);
            expect(after).toEqual(stored);
          }
          stored = after;
        }
      }),
      { numRuns: 25 },
    );
  });
});
