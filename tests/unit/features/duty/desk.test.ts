import { describe, expect, it } from 'vitest';
import { deskPeople, pickShift } from '../../../../src-renderer/features/duty/deskPeople';
import { shiftStatus } from '../../../../src-renderer/features/duty/shiftStatus';
import { parseShiftInput, type ShiftDoc } from '../../../../src-renderer/records/shift/shape';

const META = { stationId: 'S1', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', updatedBy: 'pc' };

function shift(id: string, input: Record<string, unknown>): ShiftDoc {
  const parsed = parseShiftInput({ postId: 'dutyPost:1', date: '2024-03-05', startTime: '07:00', endTime: '09:00', needed: 3, ...input });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return { ...parsed.value, id, ...META };
}

describe('the sign-in desk', () => {
  const morning = shift('shift:m', {});
  const noon = shift('shift:n', { startTime: '11:00', endTime: '13:00' });
  const evening = shift('shift:e', { startTime: '17:00', endTime: '19:00' });
  const day = [morning, noon, evening];

  it('takes the shift the keeper chose, else the one running now, else the next, else the first', () => {
    expect(pickShift(day, 'shift:e', { today: '2024-03-05', time: '08:00' })?.id).toBe('shift:e');
    expect(pickShift(day, null, { today: '2024-03-05', time: '11:30' })?.id).toBe('shift:n');
    expect(pickShift(day, null, { today: '2024-03-05', time: '14:00' })?.id).toBe('shift:e');
    expect(pickShift(day, null, { today: '2024-03-05', time: '20:00' })?.id).toBe('shift:m');
    expect(pickShift(day, null, { today: '2024-03-09', time: '08:00' })?.id).toBe('shift:m');
    expect(pickShift([], null, { today: '2024-03-05', time: '08:00' })).toBeUndefined();
  });

  it('lists those signed up, then walk-ins, with where each stands', () => {
    const s = shift('shift:x', {
      signUps: ['volunteer:a', 'volunteer:b', 'volunteer:c'],
      attendance: [
        { volunteerId: 'volunteer:a', signIn: '07:00', signOut: '09:00' },
        { volunteerId: 'volunteer:b', signIn: '07:10', signOut: '' },
        { volunteerId: 'volunteer:d', signIn: '07:30', signOut: '' },
      ],
    });
    const people = deskPeople(s, (id) => id.slice(-1).toUpperCase());
    expect(people.map((p) => [p.name, p.state, p.signIn, p.signOut, p.hours])).toEqual([
      ['A', 'out', '07:00', '09:00', 2],
      ['B', 'in', '07:10', '', 2],
      ['C', 'none', '', '', null],
      ['D', 'in', '07:30', '', 1.5],
    ]);
  });

  it('tags a shift 待核实 once it is over with a sign-out missing, 已核实 after the keeper confirms, else by the clock', () => {
    const open = shift('shift:o', { attendance: [{ volunteerId: 'volunteer:a', signIn: '07:00', signOut: '' }] });
    expect(shiftStatus(open, { today: '2024-03-05', time: '06:00' })).toBe('upcoming');
    expect(shiftStatus(open, { today: '2024-03-05', time: '08:00' })).toBe('running');
    expect(shiftStatus(open, { today: '2024-03-05', time: '09:00' })).toBe('review');
    expect(shiftStatus({ ...open, reviewConfirmed: true }, { today: '2024-03-06', time: '09:00' })).toBe('confirmed');
    expect(shiftStatus(morning, { today: '2024-03-06', time: '09:00' })).toBe('done');
  });
});
