import { describe, expect, it } from 'vitest';
import {
  activeTeamMemberIds,
  addParticipants,
  defaultHours,
  followTimeSpan,
  participantTotals,
  removeParticipant,
  rowsFromParticipants,
  setParticipantHours,
  type ParticipantRow,
} from '../../../../src-renderer/features/activities/participants';

const row = (volunteerId: string, hours: number | null, manual = false): ParticipantRow => ({ volunteerId, hours, manual });

describe('participant rows on the activity form', () => {
  it('adds people with the time span as their hours, once each, keeping the order', () => {
    const first = addParticipants([], ['v:a', 'v:b'], 2.5);
    expect(first.rows).toEqual([row('v:a', 2.5), row('v:b', 2.5)]);
    const again = addParticipants(first.rows, ['v:b', 'v:c', 'v:c'], 2.5);
    expect(again.rows.map((r) => r.volunteerId)).toEqual(['v:a', 'v:b', 'v:c']);
    expect(again.added).toBe(1);
    expect(again.alreadyIn).toBe(2);
  });

  it('gives half an hour while the times are not filled in yet', () => {
    expect(defaultHours(0)).toBe(0.5);
    expect(addParticipants([], ['v:a'], 0).rows).toEqual([row('v:a', 0.5)]);
  });

  it('updates the hours of people not edited by hand when the times change', () => {
    let rows = addParticipants([], ['v:a', 'v:b'], 2).rows;
    rows = setParticipantHours(rows, 'v:b', 1.5);
    rows = followTimeSpan(rows, '09:00', '12:30');
    expect(rows).toEqual([row('v:a', 3.5), row('v:b', 1.5, true)]);
  });

  it('leaves the hours alone while a time is incomplete or the end is before the start', () => {
    const rows = [row('v:a', 2)];
    expect(followTimeSpan(rows, '09:00', '')).toEqual(rows);
    expect(followTimeSpan(rows, '14:00', '09:00')).toEqual(rows);
  });

  it('removes one person and totals the rest', () => {
    const rows = removeParticipant([row('v:a', 2), row('v:b', 1.5), row('v:c', 0.5)], 'v:a');
    expect(rows.map((r) => r.volunteerId)).toEqual(['v:b', 'v:c']);
    expect(participantTotals(rows)).toEqual({ count: 2, hours: 2 });
  });

  it('counts a cleared hours box as nothing in the total', () => {
    expect(participantTotals([row('v:a', null, true), row('v:b', 3)])).toEqual({ count: 2, hours: 3 });
  });

  it('treats saved hours that differ from the span as typed by hand', () => {
    const rows = rowsFromParticipants(
      [
        { volunteerId: 'v:a', hours: 2 },
        { volunteerId: 'v:b', hours: 1 },
      ],
      '09:00',
      '11:00',
    );
    expect(rows).toEqual([row('v:a', 2, false), row('v:b', 1, true)]);
    expect(followTimeSpan(rows, '09:00', '12:00')).toEqual([row('v:a', 3, false), row('v:b', 1, true)]);
  });

  it('takes only the active members of a team', () => {
    const volunteers = [
      { id: 'v:a', teamIds: ['team:1'], active: true },
      { id: 'v:b', teamIds: ['team:1', 'team:2'], active: false },
      { id: 'v:c', teamIds: ['team:2'], active: true },
      { id: 'v:d', teamIds: ['team:1'], active: true },
    ];
    expect(activeTeamMemberIds(volunteers, 'team:1')).toEqual(['v:a', 'v:d']);
    expect(activeTeamMemberIds(volunteers, 'team:3')).toEqual([]);
  });
});

describe('hours typed that are not a number', () => {
  it('leave the hours empty and keep the text, until a number is typed', () => {
    const rows = [row('v:a', 3), row('v:b', 3)];
    const refused = setParticipantHours(rows, 'v:a', null, '三');
    expect(refused[0]).toEqual({ volunteerId: 'v:a', hours: null, manual: true, refusedText: '三' });
    expect(refused[1]).toEqual(row('v:b', 3));
    const fixed = setParticipantHours(refused, 'v:a', 2.5);
    expect(fixed[0]).toEqual({ volunteerId: 'v:a', hours: 2.5, manual: true });
  });
});
