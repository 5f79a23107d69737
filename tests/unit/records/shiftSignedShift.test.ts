import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ledger } from '../../../src-renderer/data/session';
import { signedShift } from '../../../src-renderer/records/shift/signedShift';
import { openTestLedger } from '../../support/testLedger';

const A = 'volunteer:a';
const B = 'volunteer:b';
const DATE = '2024-03-05';

function shiftInput(overrides: Record<string, unknown> = {}) {
  return { postId: 'dutyPost:1', date: DATE, startTime: '07:00', endTime: '09:00', needed: 2, ...overrides };
}

function activityInput(participants: Array<{ volunteerId: string; hours: number }>) {
  return { title: '敬老义诊', date: DATE, startTime: '00:00', endTime: '20:00', place: '社区服务中心', field: 'health', participants };
}

/** What the desk draws at an Enter must be what the save then stores: the row must not change again. */
describe('the shift the desk draws at a keystroke', () => {
  let ledger: Ledger;

  beforeEach(async () => {
    ledger = await openTestLedger();
  });

  afterEach(async () => {
    await ledger.close();
  });

  async function drawnThenSaved(shiftId: string, volunteerId: string, time: string) {
    const before = await ledger.shifts.get(shiftId);
    if (!before) throw new Error('no such shift');
    const drawn = signedShift(before, volunteerId, time, await ledger.shifts.onDate(DATE), await ledger.shifts.activityHoursOn(DATE));
    const saved = await ledger.shifts.sign(shiftId, volunteerId, time);
    return { drawn, saved };
  }

  const shown = (shift: { attendance: unknown; credits: unknown; totalHours: number; needsReview: boolean; reviewConfirmed: boolean }) => {
    const { attendance, credits, totalHours, needsReview, reviewConfirmed } = shift;
    return { attendance, credits, totalHours, needsReview, reviewConfirmed };
  };

  it('matches the save for a sign-in, a sign-out and a second sign-in of the same person', async () => {
    const shift = await ledger.shifts.create(shiftInput({ signUps: [A, B] }));
    for (const [who, time] of [[A, '06:55'], [B, '07:10'], [A, '08:30'], [A, '08:40'], [B, '09:00']] as const) {
      const { drawn, saved } = await drawnThenSaved(shift.id, who, time);
      expect(drawn?.action).toBe(saved.action);
      expect(shown(drawn?.shift ?? shift)).toEqual(shown(saved.shift));
    }
  });

  it('matches the save when the day’s activities and an earlier shift leave less than the shift’s hours', async () => {
    await ledger.activities.create(activityInput([{ volunteerId: A, hours: 20 }]));
    await ledger.shifts.create(shiftInput({ startTime: '05:00', endTime: '07:00', attendance: [{ volunteerId: A, signIn: '05:00', signOut: '07:00' }] }));
    const late = await ledger.shifts.create(shiftInput({ startTime: '20:00', endTime: '23:00' }));
    await drawnThenSaved(late.id, A, '20:00');
    const { drawn, saved } = await drawnThenSaved(late.id, A, '23:00');
    expect(saved.shift.credits[0]).toMatchObject({ hours: 2, review: ['cutByDailyLimit'] });
    expect(shown(drawn?.shift ?? late)).toEqual(shown(saved.shift));
  });

  it('draws nothing for a sign the shift would refuse', async () => {
    const shift = await ledger.shifts.create(shiftInput({ signUps: [A] }));
    expect(signedShift(shift, A, '7点', [shift], new Map())).toBeNull();
  });
});

describe('signs at the desk that follow each other before the last is written', () => {
  let ledger: Ledger;

  beforeEach(async () => {
    ledger = await openTestLedger();
  });

  afterEach(async () => {
    await ledger.close();
  });

  it('keeps every one of them', async () => {
    const shift = await ledger.shifts.create(shiftInput({ signUps: [A, B] }));
    await Promise.all([ledger.shifts.sign(shift.id, A, '06:55'), ledger.shifts.sign(shift.id, B, '07:00'), ledger.shifts.sign(shift.id, A, '08:30')]);
    expect((await ledger.shifts.get(shift.id))?.attendance).toEqual([
      { volunteerId: A, signIn: '06:55', signOut: '08:30' },
      { volunteerId: B, signIn: '07:00', signOut: '' },
    ]);
  });
});
