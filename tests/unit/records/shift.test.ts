import fc from 'fast-check';
import { firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DailyHoursExceededError, ValidationError } from '../../../src-renderer/data/errors';
import type { Ledger } from '../../../src-renderer/data/session';
import { MAX_NEEDED } from '../../../src-renderer/domain/duty/shiftHours';
import { parseShiftInput } from '../../../src-renderer/records/shift/shape';
import { applySign, awaitsReview } from '../../../src-renderer/records/shift/signing';
import { runDates } from '../../../src-renderer/records/shift/run';
import { openTestLedger, TEST_STATION } from '../../support/testLedger';

const A = 'volunteer:a';
const B = 'volunteer:b';

function shiftInput(overrides: Record<string, unknown> = {}) {
  return { postId: 'dutyPost:1', date: '2024-03-05', startTime: '07:00', endTime: '09:00', needed: 2, ...overrides };
}

function keysOf(result: ReturnType<typeof parseShiftInput>): string[] {
  return result.ok ? [] : result.issues.map((i) => `${i.field}:${i.key}`);
}

function activityInput(participants: Array<{ volunteerId: string; hours: number }>, overrides: Record<string, unknown> = {}) {
  return { title: '敬老义诊', date: '2024-03-05', startTime: '09:00', endTime: '23:00', place: '社区服务中心', field: 'health', participants, ...overrides };
}

describe('a shift as planned and signed', () => {
  it('refuses times that are not HH:mm, an end before the start, and a number needed out of range', () => {
    expect(keysOf(parseShiftInput(shiftInput({ startTime: '7点' })))).toContain('startTime:validation.time.invalid');
    expect(keysOf(parseShiftInput(shiftInput({ endTime: '06:00' })))).toEqual(['endTime:validation.time.endBeforeStart']);
    expect(keysOf(parseShiftInput(shiftInput({ needed: 0 })))).toEqual(['needed:serviceRules.duty.problem.needed']);
    expect(keysOf(parseShiftInput(shiftInput({ needed: MAX_NEEDED + 1 })))).toEqual(['needed:serviceRules.duty.problem.needed']);
    expect(keysOf(parseShiftInput(shiftInput({ date: '2024-02-30' })))).toContain('date:validation.date.invalid');
    expect(keysOf(parseShiftInput(shiftInput({ attendance: [{ volunteerId: A, signIn: '7:00', signOut: '' }] })))).toContain('attendance.0.signIn:validation.time.invalid');
  });

  it('takes the number needed as a form may type it', () => {
    const parsed = parseShiftInput(shiftInput({ needed: '20' }));
    expect(parsed.ok && parsed.value.needed).toBe(20);
  });

  it('credits each person from their times within the shift, and closes a missing sign-out at its end, flagged', () => {
    const parsed = parseShiftInput(
      shiftInput({
        attendance: [
          { volunteerId: A, signIn: '06:55', signOut: '08:05' },
          { volunteerId: B, signIn: '07:10', signOut: '' },
        ],
      }),
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.value.credits).toMatchObject([
      { volunteerId: A, hours: 1, from: '07:00', to: '08:05', review: [] },
      { volunteerId: B, hours: 2, from: '07:10', to: '09:00', review: ['missingSignOut'] },
    ]);
    expect(parsed.value.totalHours).toBe(3);
    expect(parsed.value.needsReview).toBe(true);
  });

  it('one keystroke signs in, the next signs out the same person; a third signs them in again and is never credited twice', () => {
    let attendance = applySign([], A, '07:00');
    expect(attendance.action).toBe('signIn');
    attendance = applySign(attendance.attendance, A, '08:00');
    expect(attendance.action).toBe('signOut');
    attendance = applySign(attendance.attendance, A, '08:30');
    expect(attendance).toMatchObject({ action: 'signIn', attendance: [{ signIn: '07:00', signOut: '08:00' }, { signIn: '08:30', signOut: '' }] });
    const parsed = parseShiftInput(shiftInput({ attendance: attendance.attendance }));
    expect(parsed.ok && parsed.value.credits).toMatchObject([{ volunteerId: A, hours: 2 }]);
  });

  it('whatever keystrokes come, nobody is credited more than the shift lasts, and only once', () => {
    const time = fc.tuple(fc.integer({ min: 5, max: 11 }), fc.constantFrom(0, 10, 29, 45)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(A, B), time), { maxLength: 12 }), (strokes) => {
        let attendance: ReturnType<typeof applySign>['attendance'] = [];
        for (const [who, at] of [...strokes].sort((x, y) => x[1].localeCompare(y[1]))) attendance = applySign(attendance, who, at).attendance;
        const parsed = parseShiftInput(shiftInput({ attendance }));
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
        const people = new Set(attendance.map((a) => a.volunteerId));
        expect(parsed.value.credits.map((c) => c.volunteerId).sort()).toEqual([...people].sort());
        for (const c of parsed.value.credits) expect(c.hours).toBeLessThanOrEqual(2);
      }),
    );
  });

  it('shows 待核实 for a missing sign-out only once the shift is over, until the keeper confirms', () => {
    const parsed = parseShiftInput(shiftInput({ attendance: [{ volunteerId: A, signIn: '07:00', signOut: '' }] }));
    if (!parsed.ok) throw new Error('expected a shift');
    expect(awaitsReview(parsed.value, '2024-03-05', '08:59')).toBe(false);
    expect(awaitsReview(parsed.value, '2024-03-05', '09:00')).toBe(true);
    expect(awaitsReview(parsed.value, '2024-03-06', '06:00')).toBe(true);
    expect(awaitsReview({ ...parsed.value, reviewConfirmed: true }, '2024-03-06', '06:00')).toBe(false);
  });

  it('a run covers every day of its range, across a month end, and refuses a backwards or over-long range', () => {
    const run = runDates('2024-02-27', '2024-03-02');
    expect(run.ok && run.dates).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01', '2024-03-02']);
    expect(runDates('2024-03-02', '2024-03-01')).toMatchObject({ ok: false, issue: { field: 'to', key: 'duty.problem.runBackwards' } });
    expect(runDates('2024-01-01', '2025-12-31')).toMatchObject({ ok: false, issue: { key: 'duty.problem.runTooLong' } });
  });
});

describe('shifts on record', () => {
  let ledger: Ledger;
  beforeEach(async () => {
    ledger = await openTestLedger();
    await ledger.setUpStation(TEST_STATION);
  });
  afterEach(async () => {
    await ledger.close();
  });

  it('a post of 30 days is one run, and its shifts list by date', async () => {
    const post = await ledger.dutyPosts.create({ name: '文明交通岗', place: '经十路与历山路路口' });
    const created = await ledger.shifts.createRun({ postId: post.id, from: '2024-04-01', to: '2024-04-30', startTime: '07:00', endTime: '09:00', needed: 20 });
    expect(created).toHaveLength(30);
    const listed = await firstValueFrom(ledger.shifts.ofPost$(post.id));
    expect(listed.map((s) => s.date)).toEqual(created.map((s) => s.date));
    expect(listed[0]).toMatchObject({ date: '2024-04-01', needed: 20, signUps: [], credits: [], totalHours: 0 });
  });

  it('refuses a run whose days would be refused, writing nothing', async () => {
    await expect(ledger.shifts.createRun({ postId: 'dutyPost:1', from: '2024-04-01', to: '2024-04-03', startTime: '09:00', endTime: '08:00', needed: 2 })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await ledger.shifts.onDate('2024-04-01')).toEqual([]);
  });

  it('signs a person in and out by one call each, credits them, and clears a confirmation when the times change', async () => {
    const shift = await ledger.shifts.create(shiftInput({ signUps: [A] }));
    expect((await ledger.shifts.sign(shift.id, A, '07:02')).action).toBe('signIn');
    const confirmed = await ledger.shifts.confirmReview(shift.id);
    expect(confirmed.reviewConfirmed).toBe(true);
    const out = await ledger.shifts.sign(shift.id, A, '08:31');
    expect(out.action).toBe('signOut');
    expect(out.shift).toMatchObject({ totalHours: 1.5, needsReview: false, reviewConfirmed: false, credits: [{ volunteerId: A, hours: 1.5 }] });
    expect((await ledger.shifts.creditedOn('2024-03-05')).get(A)).toBe(1.5);
    expect((await ledger.shifts.forVolunteer(A)).map((s) => s.id)).toEqual([shift.id]);
  });

  it('credits a shift only what the day leaves after the person’s activities, flagged for review', async () => {
    await ledger.activities.create(activityInput([{ volunteerId: A, hours: 23 }], { startTime: '00:00', endTime: '23:00' }));
    const shift = await ledger.shifts.create(shiftInput({ startTime: '22:00', endTime: '23:59', attendance: [{ volunteerId: A, signIn: '22:00', signOut: '23:59' }] }));
    expect(shift.credits).toMatchObject([{ volunteerId: A, shiftHours: 2, hours: 1, review: ['cutByDailyLimit'] }]);
    expect(shift.totalHours).toBe(1);
  });

  it('an earlier shift of the same day takes the room first, and removing it gives the room back', async () => {
    await ledger.activities.create(activityInput([{ volunteerId: A, hours: 20 }], { startTime: '00:00', endTime: '20:00' }));
    const late = await ledger.shifts.create(shiftInput({ startTime: '20:00', endTime: '23:00', attendance: [{ volunteerId: A, signIn: '20:00', signOut: '23:00' }] }));
    expect(late.credits[0]?.hours).toBe(3);
    const early = await ledger.shifts.create(shiftInput({ startTime: '05:00', endTime: '07:00', attendance: [{ volunteerId: A, signIn: '05:00', signOut: '07:00' }] }));
    expect(early.credits[0]?.hours).toBe(2);
    expect((await ledger.shifts.get(late.id))?.credits[0]).toMatchObject({ hours: 2, review: ['cutByDailyLimit'] });
    await ledger.shifts.remove(early.id);
    expect((await ledger.shifts.get(late.id))?.credits[0]).toMatchObject({ hours: 3, review: [] });
  });

  it('each keystroke at the desk is one write of its shift, its credits already cut to what the day leaves', async () => {
    await ledger.activities.create(activityInput([{ volunteerId: A, hours: 20 }], { startTime: '00:00', endTime: '20:00' }));
    const early = await ledger.shifts.create(shiftInput({ startTime: '05:00', endTime: '07:00', attendance: [{ volunteerId: A, signIn: '05:00', signOut: '07:00' }] }));
    const late = await ledger.shifts.create(shiftInput({ startTime: '20:00', endTime: '23:00' }));
    const written: string[] = [];
    const watching = ledger.db.shifts.$.subscribe((event) => written.push(event.documentId));
    await ledger.shifts.sign(late.id, A, '20:00');
    const out = await ledger.shifts.sign(late.id, A, '23:00');
    watching.unsubscribe();
    expect(out.action).toBe('signOut');
    // 20 h of activities and 2 h on the early shift leave 2 of the 3 hours.
    expect(out.shift.credits[0]).toMatchObject({ shiftHours: 3, hours: 2, review: ['cutByDailyLimit'] });
    expect(written).toEqual([late.id, late.id]);
    expect((await ledger.shifts.get(early.id))?.credits[0]).toMatchObject({ hours: 2, review: [] });
  });

  it('a shift cut by an activity gets its hours back when the activity shrinks or is removed', async () => {
    const activity = await ledger.activities.create(activityInput([{ volunteerId: A, hours: 20 }], { startTime: '00:00', endTime: '20:00' }));
    const shift = await ledger.shifts.create(shiftInput({ startTime: '18:00', endTime: '23:59', attendance: [{ volunteerId: A, signIn: '18:00', signOut: '23:59' }] }));
    expect(shift.credits[0]).toMatchObject({ shiftHours: 6, hours: 4, review: ['cutByDailyLimit'] });
    await ledger.activities.update(activity.id, activityInput([{ volunteerId: A, hours: 19 }], { startTime: '00:00', endTime: '20:00' }));
    expect((await ledger.shifts.get(shift.id))?.credits[0]).toMatchObject({ hours: 5, review: ['cutByDailyLimit'] });
    await ledger.activities.remove(activity.id);
    expect((await ledger.shifts.get(shift.id))?.credits[0]).toMatchObject({ hours: 6, review: [] });
  });

  it('refuses an activity that would take a person past 24 hours with their credited shift hours that day', async () => {
    await ledger.shifts.create(shiftInput({ startTime: '06:00', endTime: '12:00', attendance: [{ volunteerId: A, signIn: '06:00', signOut: '12:00' }] }));
    const attempt = ledger.activities.create(activityInput([{ volunteerId: A, hours: 19 }, { volunteerId: B, hours: 19 }]));
    await expect(attempt).rejects.toBeInstanceOf(DailyHoursExceededError);
    await expect(attempt).rejects.toMatchObject({ overflows: [{ volunteerId: A, existing: 6, adding: 19, total: 25 }] });
    // 18 hours fit beside the 6 on duty; another day is not concerned.
    await expect(ledger.activities.create(activityInput([{ volunteerId: A, hours: 18 }]))).resolves.toMatchObject({ totalHours: 18 });
    await expect(ledger.activities.create(activityInput([{ volunteerId: A, hours: 19 }], { date: '2024-03-06' }))).resolves.toMatchObject({ totalHours: 19 });
  });
});
