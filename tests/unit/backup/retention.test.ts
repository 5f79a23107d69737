import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dailySnapshotDue, isoWeekOf, RETENTION, snapshotsToKeep, type SnapshotEntry } from '../../../src-renderer/data/backup/retention';

/** One snapshot per listed day, taken in that order. */
function taken(days: readonly string[]): SnapshotEntry[] {
  return days.map((day, i) => ({ id: `s${i}`, sequence: i, day }));
}

/** `count` consecutive days from `start`, as YYYY-MM-DD. */
function consecutiveDays(start: string, count: number): string[] {
  const first = Date.parse(`${start}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(first + i * 86_400_000).toISOString().slice(0, 10));
}

const dayArb = fc.integer({ min: 0, max: 900 }).map((n) => consecutiveDays('2024-01-01', n + 1).at(-1) ?? '2024-01-01');

describe('which automatic snapshots are kept', () => {
  it('keeps 7 daily, 4 weekly and 12 monthly of a PC used every day for over a year', () => {
    const days = consecutiveDays('2024-01-01', 400); // to 2025-02-03
    const kept = snapshotsToKeep(taken(days));
    const keptDays = taken(days)
      .filter((s) => kept.has(s.id))
      .map((s) => s.day);
    expect(keptDays.slice(-7)).toEqual(days.slice(-7));
    // Weekly: the last day of each of the four latest weeks; monthly: the last of each of the 12 latest months.
    expect(keptDays).toContain('2025-01-26');
    expect(keptDays).toContain('2025-01-19');
    expect(keptDays).toContain('2024-03-31');
    expect(keptDays).not.toContain('2024-02-29');
    // 7 days (01-28 to 02-03, which hold January's and February's newest too), weeks ending 01-19 and 01-26,
    // and the ten months from 2024-03 to 2024-12.
    expect(keptDays.length).toBe(7 + 2 + 10);
  });

  it('counts days that have a snapshot, not days back from today: a PC off for a month keeps its last 7 days of use', () => {
    const used = [...consecutiveDays('2025-03-01', 10), ...consecutiveDays('2025-05-01', 1)];
    const kept = snapshotsToKeep(taken(used));
    const keptDays = taken(used)
      .filter((s) => kept.has(s.id))
      .map((s) => s.day);
    // 03-02 is the newest of its ISO week (the one before 03-03): kept as a weekly.
    expect(keptDays).toEqual(['2025-03-02', '2025-03-05', '2025-03-06', '2025-03-07', '2025-03-08', '2025-03-09', '2025-03-10', '2025-05-01']);
  });

  it('always keeps the newest, never more than the rule allows, and keeping again keeps the same', () => {
    fc.assert(
      fc.property(fc.array(dayArb, { minLength: 1, maxLength: 120 }), (days) => {
        const entries = taken(days);
        const kept = snapshotsToKeep(entries);
        expect(kept.has(`s${entries.length - 1}`)).toBe(true);
        expect(kept.size).toBeLessThanOrEqual(RETENTION.daily + RETENTION.weekly + RETENTION.monthly);
        const survivors = entries.filter((e) => kept.has(e.id));
        expect(snapshotsToKeep(survivors)).toEqual(kept);
      }),
    );
  });

  it('follows the order snapshots were taken in: a clock a year ahead and back thins the list, never empties it', () => {
    const days = [...consecutiveDays('2025-03-01', 10), '2026-03-11', ...consecutiveDays('2025-03-11', 5)];
    const kept = snapshotsToKeep(taken(days));
    const keptDays = taken(days)
      .filter((s) => kept.has(s.id))
      .map((s) => s.day);
    expect(keptDays).toEqual(expect.arrayContaining(consecutiveDays('2025-03-10', 6)));
    expect(keptDays).toContain('2026-03-11');
  });

  it('numbers weeks as ISO 8601 does', () => {
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53');
    expect(isoWeekOf('2025-06-18')).toBe('2025-W25');
  });

  it("is due at the day's first start, and again after the clock was set back to another day", () => {
    expect(dailySnapshotDue([], '2025-03-01')).toBe(true);
    const entries = taken(['2025-03-01', '2025-03-02']);
    expect(dailySnapshotDue(entries, '2025-03-02')).toBe(false);
    expect(dailySnapshotDue(entries, '2025-03-03')).toBe(true);
    expect(dailySnapshotDue(entries, '2025-02-20')).toBe(true);
  });
});
