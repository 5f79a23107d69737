import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDutyRoster, type RosterShift } from '../../../../src-renderer/domain/duty/dutyRoster';
import { sumHours } from '../../../../src-renderer/domain/hours';
import type { Named } from '../../../../src-renderer/domain/personOrder';

const PEOPLE: ReadonlyMap<string, Named> = new Map([
  ['v-zhang', { name: '张伟', namePinyin: 'zhangwei' }],
  ['v-li', { name: '李强', namePinyin: 'liqiang' }],
  ['v-wang', { name: '王芳', namePinyin: 'wangfang' }],
  ['v-liu', { name: '刘洋', namePinyin: 'liuyang' }],
]);

function shift(id: string, date: string, startTime: string, parts: Partial<RosterShift> = {}): RosterShift {
  return { id, date, startTime, endTime: '09:00', needed: 3, signUps: [], attendance: [], credits: [], reviewConfirmed: false, ...parts };
}

const MORNING = shift('s-2', '2025-03-05', '07:00', {
  signUps: ['v-zhang', 'v-li', 'v-liu'],
  attendance: [
    { volunteerId: 'v-zhang', signIn: '07:00', signOut: '09:00' },
    { volunteerId: 'v-li', signIn: '07:30', signOut: '' },
    // Came without having signed up.
    { volunteerId: 'v-wang', signIn: '07:00', signOut: '08:30' },
  ],
  credits: [
    { volunteerId: 'v-zhang', hours: 2, review: [] },
    { volunteerId: 'v-li', hours: 1.5, review: ['missingSignOut'] },
    { volunteerId: 'v-wang', hours: 1.5, review: [] },
  ],
});

/** Printed after every shift of these tests. */
const PRINTED_LATER = { today: '2025-04-01', time: '12:00' };

describe('buildDutyRoster', () => {
  it('lists each shift by date and start, everyone signed up or signed in in name order, with their times and hours', () => {
    const later = shift('s-1', '2025-03-06', '07:00');
    const earlier = shift('s-3', '2025-03-05', '06:00', { signUps: ['v-wang'] });
    const roster = buildDutyRoster([later, MORNING, earlier], PEOPLE, PRINTED_LATER);

    expect(roster.shifts.map((s) => [s.index, s.shift.id])).toEqual([
      [1, 's-3'],
      [2, 's-2'],
      [3, 's-1'],
    ]);
    const morning = roster.shifts[1]!;
    // 李 (li), 刘 (liu), 王, 张: by surname's pinyin.
    expect(morning.lines.map((l) => [l.volunteerId, l.times, l.hours, l.toReview])).toEqual([
      ['v-li', [{ signIn: '07:30', signOut: '' }], 1.5, true],
      ['v-liu', [], 0, false],
      ['v-wang', [{ signIn: '07:00', signOut: '08:30' }], 1.5, false],
      ['v-zhang', [{ signIn: '07:00', signOut: '09:00' }], 2, false],
    ]);
    expect(morning.lines[0]?.credit?.review).toEqual(['missingSignOut']);
    expect(morning.hours).toBe(5);
    expect(roster.shifts[0]?.lines.map((l) => [l.volunteerId, l.hours])).toEqual([['v-wang', 0]]);
    expect(roster.shifts[2]?.lines).toEqual([]);
    // Three of the four on the morning shift came; the one who did not is not a person-time.
    expect(roster.totals).toEqual({ shifts: 3, attended: 3, hours: 5, toReview: 1 });
  });

  it('flags nothing once the keeper has confirmed the shift', () => {
    const roster = buildDutyRoster([{ ...MORNING, reviewConfirmed: true }], PEOPLE, PRINTED_LATER);
    expect(roster.shifts[0]?.lines.some((l) => l.toReview)).toBe(false);
    expect(roster.totals.toReview).toBe(0);
  });

  it('keeps both visits of someone who signed in twice on one line, and puts a deleted volunteer last', () => {
    const twice = shift('s-4', '2025-03-07', '07:00', {
      attendance: [
        { volunteerId: 'v-gone', signIn: '07:00', signOut: '08:00' },
        { volunteerId: 'v-zhang', signIn: '07:00', signOut: '07:30' },
        { volunteerId: 'v-zhang', signIn: '08:00', signOut: '09:00' },
      ],
      credits: [
        { volunteerId: 'v-gone', hours: 1, review: [] },
        { volunteerId: 'v-zhang', hours: 1.5, review: [] },
      ],
    });
    const [row] = buildDutyRoster([twice], PEOPLE, PRINTED_LATER).shifts;
    expect(row?.lines.map((l) => [l.volunteerId, l.times.length, l.hours])).toEqual([
      ['v-zhang', 2, 1.5],
      ['v-gone', 1, 1],
    ]);
  });

  it('is empty with zero totals for a period without shifts', () => {
    expect(buildDutyRoster([], PEOPLE, PRINTED_LATER)).toEqual({ shifts: [], totals: { shifts: 0, attended: 0, hours: 0, toReview: 0 } });
  });

  it('totals exactly what the shifts credited, whatever the shifts', () => {
    const ids = [...PEOPLE.keys()];
    const credit = fc.record({ volunteerId: fc.constantFrom(...ids), hours: fc.integer({ min: 0, max: 48 }).map((u) => u / 2), review: fc.constantFrom([], ['missingSignOut']) });
    const arbShift = fc.record({
      id: fc.uuid(),
      date: fc.constantFrom('2025-03-05', '2025-03-06'),
      startTime: fc.constantFrom('07:00', '14:00'),
      credits: fc.uniqueArray(credit, { selector: (c) => c.volunteerId, maxLength: 4 }),
      reviewConfirmed: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arbShift, { maxLength: 8 }), (drafts) => {
        const shifts = drafts.map((d) =>
          shift(d.id, d.date, d.startTime, {
            credits: d.credits,
            reviewConfirmed: d.reviewConfirmed,
            attendance: d.credits.map((c) => ({ volunteerId: c.volunteerId, signIn: d.startTime, signOut: '' })),
          }),
        );
        const roster = buildDutyRoster(shifts, PEOPLE, PRINTED_LATER);
        expect(roster.totals.hours).toBe(sumHours(shifts.flatMap((s) => s.credits)));
        expect(roster.totals.hours).toBe(sumHours(roster.shifts));
        expect(roster.totals.attended).toBe(shifts.reduce((n, s) => n + s.credits.length, 0));
        expect(roster.totals.toReview).toBe(shifts.reduce((n, s) => n + (s.reviewConfirmed ? 0 : s.credits.filter((c) => c.review.length > 0).length), 0));
      }),
    );
  });

  it('marks as still to come only the shifts not begun when printed, whatever is stored', () => {
    const at = { today: '2025-03-05', time: '07:30' };
    const tomorrow = shift('s-tomorrow', '2025-03-06', '07:00', { signUps: ['v-zhang'] });
    const tonight = shift('s-tonight', '2025-03-05', '19:00');
    const begun = shift('s-begun', '2025-03-05', '07:00', { signUps: ['v-li'] });
    const early = shift('s-early', '2025-03-05', '08:00', { attendance: [{ volunteerId: 'v-wang', signIn: '07:25', signOut: '' }] });
    const roster = buildDutyRoster([tomorrow, tonight, begun, early, MORNING], PEOPLE, at);
    const upcoming = Object.fromEntries(roster.shifts.map((r) => [r.shift.id, r.upcoming]));
    expect(upcoming).toEqual({ 's-tomorrow': true, 's-tonight': true, 's-begun': false, 's-early': false, 's-2': false });
    // Who signed up for tomorrow is on its line; printed the day after, the same shift is a past one.
    expect(roster.shifts.find((r) => r.shift.id === 's-tomorrow')?.lines.map((l) => l.volunteerId)).toEqual(['v-zhang']);
    expect(buildDutyRoster([tomorrow], PEOPLE, PRINTED_LATER).shifts[0]?.upcoming).toBe(false);
  });
});
