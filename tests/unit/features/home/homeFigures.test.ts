import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ledger } from '../../../../src-renderer/data/session';
import { SERVICE_FIELDS } from '../../../../src-renderer/domain/catalog';
import type { ActivityFacts } from '../../../../src-renderer/domain/figures';
import { fieldRows, firstSteps, formatHours, homeFigures, homePeriods } from '../../../../src-renderer/features/home/homeFigures';
import { openTestLedger, TEST_STATION, volunteerInput, withCheckChar } from '../../../support/testLedger';

function activity(date: string, field: string, participants: [string, number][], servedCount = 0): ActivityFacts {
  return { date, field, participants: participants.map(([volunteerId, hours]) => ({ volunteerId, hours })), servedCount };
}

describe('home figures', () => {
  it('takes the month and year around today, leap day included', () => {
    expect(homePeriods('2024-02-15')).toEqual({
      month: { from: '2024-02-01', to: '2024-02-29' },
      year: { from: '2024-01-01', to: '2024-12-31' },
    });
  });

  it('counts the month inside the year: sessions, hours, distinct volunteers, people served', () => {
    const year = [
      activity('2024-01-20', 'theory', [['a', 2]], 30),
      activity('2024-03-01', 'health', [['a', 1.5], ['b', 1.5]], 12),
      activity('2024-03-31', 'health', [['b', 3]], 8),
    ];
    const { month, year: y } = homeFigures(year, homePeriods('2024-03-15').month);
    expect(month).toMatchObject({ sessions: 2, hours: 6, volunteersActive: 2, served: 20 });
    expect(y).toMatchObject({ sessions: 3, hours: 8, volunteersActive: 2, served: 50 });
    expect(month.byField.health).toEqual({ sessions: 2, hours: 6, served: 20 });
    expect(month.byField.theory).toBeUndefined();
  });

  it('lists fields in catalogue order, a code the app does not know last and as itself', () => {
    const figures = homeFigures(
      [activity('2024-05-01', 'rural_revival', [['a', 1]]), activity('2024-05-02', 'health', [['a', 1]]), activity('2024-05-03', 'theory', [])],
      homePeriods('2024-05-01').month,
    );
    expect(fieldRows(figures.year.byField, SERVICE_FIELDS).map((r) => r.field)).toEqual(['theory', 'health', 'rural_revival']);
  });

  it('shows hours without float noise', () => {
    expect(formatHours(0.1 + 0.2)).toBe('0.3');
    expect(formatHours(12)).toBe('12');
    expect(formatHours(12.5)).toBe('12.5');
  });

  it('guides a new station step by step until it has volunteers, a team and an activity', () => {
    expect(firstSteps({ volunteers: 0, teams: 0, activities: 0 }).next).toBe('volunteers');
    expect(firstSteps({ volunteers: 3, teams: 0, activities: 0 })).toEqual({
      done: { volunteers: true, teams: false, activities: false },
      next: 'teams',
    });
    expect(firstSteps({ volunteers: 3, teams: 1, activities: 0 }).next).toBe('activities');
    expect(firstSteps({ volunteers: 3, teams: 1, activities: 9 }).next).toBeNull();
  });
});

describe('home figures from the ledger', () => {
  let ledger: Ledger;
  beforeEach(async () => {
    ledger = await openTestLedger();
    await ledger.setUpStation(TEST_STATION);
  });
  afterEach(async () => {
    await ledger.close();
  });

  it('figures what the activity list recorded this month and this year', async () => {
    const a = await ledger.volunteers.create(volunteerInput());
    const b = await ledger.volunteers.create(volunteerInput({ name: '李四', idNumber: withCheckChar('37010219900202002'), gender: 'female' }));
    const base = { startTime: '09:00', endTime: '11:00', place: '社区广场', field: 'health', servedCount: 40 };
    await ledger.activities.create({ ...base, title: '义诊', date: '2024-03-05', participants: [{ volunteerId: a.id, hours: 2 }, { volunteerId: b.id, hours: 2 }] });
    await ledger.activities.create({ ...base, title: '宣讲', field: 'theory', date: '2024-01-10', participants: [{ volunteerId: a.id, hours: 1.5 }] });
    await ledger.activities.create({ ...base, title: '去年的活动', date: '2023-12-31', participants: [{ volunteerId: b.id, hours: 2 }] });

    const periods = homePeriods('2024-03-20');
    const figures = homeFigures(await ledger.activities.query(periods.year), periods.month);
    expect(figures.month).toMatchObject({ sessions: 1, hours: 4, volunteersActive: 2, served: 40 });
    expect(figures.year).toMatchObject({ sessions: 2, hours: 5.5, volunteersActive: 2, served: 80 });
  });
});
