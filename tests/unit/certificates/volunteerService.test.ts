import { describe, expect, it } from 'vitest';
import { summarizeVolunteerService } from '../../../src-renderer/domain/certificates/volunteerService';

const act = (date: string, title: string, field: string, ...participants: Array<[string, number]>) => ({
  date,
  title,
  field,
  participants: participants.map(([volunteerId, hours]) => ({ volunteerId, hours })),
});

const ACTIVITIES = [
  act('2024-03-05', '学雷锋义诊', 'health', ['v1', 3], ['v2', 2]),
  act('2024-01-10', '理论宣讲进院落', 'theory', ['v1', 2]),
  act('2024-03-20', '学雷锋义诊', 'health', ['v1', 2.5]),
  act('2024-04-01', '垃圾分类宣传', 'ecology', ['v2', 4]),
  act('2023-12-31', '年终慰问', 'aid', ['v1', 8]),
  act('2025-01-01', '元旦游园', 'customs', ['v1', 8]),
];

describe('summarizeVolunteerService', () => {
  it('adds the hours and sessions of one volunteer within the period only', () => {
    const s = summarizeVolunteerService(ACTIVITIES, 'v1', { from: '2024-01-01', to: '2024-12-31' });
    // 2 (Jan 10) + 3 (Mar 5) + 2.5 (Mar 20); the 2023 and 2025 activities are outside.
    expect(s.hours).toBe(7.5);
    expect(s.sessions).toBe(3);
    expect(s.firstDate).toBe('2024-01-10');
    expect(s.lastDate).toBe('2024-03-20');
  });

  it('lists fields busiest first and distinct titles in the order first served', () => {
    const s = summarizeVolunteerService(ACTIVITIES, 'v1', { from: '2024-01-01', to: '2024-12-31' });
    expect(s.fields).toEqual([
      { field: 'health', sessions: 2, hours: 5.5 },
      { field: 'theory', sessions: 1, hours: 2 },
    ]);
    expect(s.titles).toEqual(['理论宣讲进院落', '学雷锋义诊']);
  });

  it('includes activities on the first and last day of the period', () => {
    const s = summarizeVolunteerService(ACTIVITIES, 'v1', { from: '2023-12-31', to: '2024-01-10' });
    expect(s.hours).toBe(10);
    expect(s.sessions).toBe(2);
  });

  it('is empty for a volunteer who did not serve in the period', () => {
    const s = summarizeVolunteerService(ACTIVITIES, 'v2', { from: '2024-05-01', to: '2024-12-31' });
    expect(s).toEqual({ hours: 0, sessions: 0, fields: [], titles: [], firstDate: '', lastDate: '' });
  });
});
