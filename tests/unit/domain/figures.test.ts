import { describe, expect, it } from 'vitest';
import { summarizeActivities } from '../../../src-renderer/domain/figures';

describe('summarizeActivities', () => {
  it('counts sessions, hours, distinct volunteers and people served, by field (hand-checked fixture)', () => {
    const figures = summarizeActivities([
      { date: '2024-03-05', field: 'customs', servedCount: 30, participants: [{ volunteerId: 'a', hours: 2 }, { volunteerId: 'b', hours: 1.5 }] },
      { date: '2024-03-06', field: 'customs', servedCount: 10, participants: [{ volunteerId: 'a', hours: 0.5 }] },
      { date: '2024-03-09', field: 'health', servedCount: 25, participants: [{ volunteerId: 'c', hours: 3 }] },
      { date: '2024-03-10', field: 'theory', servedCount: 0, participants: [] },
    ]);
    expect(figures).toEqual({
      sessions: 4,
      hours: 7,
      served: 65,
      volunteersActive: 3,
      byField: {
        customs: { sessions: 2, hours: 4, served: 40 },
        health: { sessions: 1, hours: 3, served: 25 },
        theory: { sessions: 1, hours: 0, served: 0 },
      },
    });
  });

  it('adds tenths without float drift', () => {
    const many = Array.from({ length: 30 }, () => ({ date: '2024-01-01', field: 'aid', servedCount: 1, participants: [{ volunteerId: 'x', hours: 0.5 }] }));
    expect(summarizeActivities(many).hours).toBe(15);
  });
});
