import { describe, expect, it } from 'vitest';
import { buildActivityLedger } from '../../../src-renderer/domain/reports/activityLedger';
import { signInRows, MAX_SIGN_IN_ROWS } from '../../../src-renderer/domain/reports/signInSheet';
import { ACTIVITIES_2024 } from './fixture';

describe('buildActivityLedger', () => {
  it('numbers activities oldest first and totals person-times, hours and people served', () => {
    const ledger = buildActivityLedger(ACTIVITIES_2024.slice(0, 5).reverse());
    expect(ledger.rows.map((r) => [r.index, r.activity.id])).toEqual([
      [1, 'A1'],
      [2, 'A2'],
      [3, 'A3'],
      [4, 'A4'],
      [5, 'A5'],
    ]);
    expect(ledger.rows[2]).toMatchObject({ participants: 3, hours: 4.5, served: 0 });
    // 2 + 2 + 3 + 1 + 0 participants; 4 + 4.5 + 4.5 + 1 + 0 hours; 30 + 50 + 0 + 20 + 10 served.
    expect(ledger.totals).toEqual({ sessions: 5, participants: 8, hours: 14, served: 110 });
  });

  it('orders activities of the same day by start time', () => {
    const [a3, a4] = [ACTIVITIES_2024[2]!, ACTIVITIES_2024[3]!];
    const ledger = buildActivityLedger([{ ...a3, startTime: '14:00' }, { ...a4, startTime: '08:30' }]);
    expect(ledger.rows.map((r) => r.activity.id)).toEqual(['A4', 'A3']);
  });

  it('is empty with zero totals for a period without activities', () => {
    expect(buildActivityLedger([])).toEqual({ rows: [], totals: { sessions: 0, participants: 0, hours: 0, served: 0 } });
  });
});

describe('signInRows', () => {
  it('lists the members, then blank lines', () => {
    expect(signInRows(['张三', '李四'], 2)).toEqual([
      { index: 1, name: '张三' },
      { index: 2, name: '李四' },
      { index: 3, name: '' },
      { index: 4, name: '' },
    ]);
  });

  it('treats a negative or non-numeric blank count as none, and caps the blank lines', () => {
    expect(signInRows(['张三'], -3)).toHaveLength(1);
    expect(signInRows(['张三'], Number.NaN)).toHaveLength(1);
    expect(signInRows([], 5000)).toHaveLength(MAX_SIGN_IN_ROWS);
  });

  it('prints every name of a large recorded activity, whatever the cap on blank lines', () => {
    const names = Array.from({ length: MAX_SIGN_IN_ROWS + 50 }, (_, i) => `志愿者${i + 1}`);
    const rows = signInRows(names, 10);
    expect(rows.map((r) => r.name)).toEqual(names);
    expect(rows[rows.length - 1]).toEqual({ index: names.length, name: `志愿者${names.length}` });
  });
});
