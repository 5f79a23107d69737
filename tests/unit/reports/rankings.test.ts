import { describe, expect, it } from 'vitest';
import { topTeams, topVolunteers } from '../../../src-renderer/domain/reports/rankings';

const a = (teamId: string, ...participants: Array<[string, number]>) => ({
  teamId,
  participants: participants.map(([volunteerId, hours]) => ({ volunteerId, hours })),
});

describe('topVolunteers', () => {
  it('breaks a tie in hours by sessions, then by the name key', () => {
    const ranked = topVolunteers(
      [a('', ['zhao', 4]), a('', ['li', 2], ['wang', 2]), a('', ['li', 2], ['wang', 2]), a('', ['an', 4])],
      10,
      (id) => id,
    );
    // li and wang: 4 h in 2 sessions; an and zhao: 4 h in 1 session.
    expect(ranked.map((r) => r.volunteerId)).toEqual(['li', 'wang', 'an', 'zhao']);
  });

  it('keeps only the first ten', () => {
    const many = Array.from({ length: 15 }, (_, i) => a('', [`v${String(i).padStart(2, '0')}`, 24 - i]));
    const ranked = topVolunteers(many);
    expect(ranked).toHaveLength(10);
    expect(ranked[0]).toEqual({ volunteerId: 'v00', hours: 24, sessions: 1 });
    expect(ranked[9]?.volunteerId).toBe('v09');
  });

  it('adds half hours exactly', () => {
    const ranked = topVolunteers(Array.from({ length: 7 }, () => a('', ['x', 0.5])));
    expect(ranked).toEqual([{ volunteerId: 'x', hours: 3.5, sessions: 7 }]);
  });
});

describe('topTeams', () => {
  it('ranks by sessions, then hours, and leaves out activities without a team', () => {
    const ranked = topTeams([a('T1', ['v1', 1]), a('T2', ['v1', 5]), a('T1', ['v2', 1]), a('', ['v3', 9]), a('T3', ['v1', 1], ['v2', 2])]);
    expect(ranked).toEqual([
      { teamId: 'T1', sessions: 2, hours: 2, volunteers: 2 },
      { teamId: 'T2', sessions: 1, hours: 5, volunteers: 1 },
      { teamId: 'T3', sessions: 1, hours: 3, volunteers: 2 },
    ]);
  });
});
