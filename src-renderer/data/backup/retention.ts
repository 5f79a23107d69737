/**
 * Which automatic snapshots to keep: the newest of each of the 7 most recent days, 4 most recent weeks and
 * 12 most recent months that have a snapshot at all (as restic's --keep-daily counts), never days counted
 * back from today. So nothing depends on the PC's clock: a PC left off for a month still has its last
 * seven days of use, and a clock that jumps a year ahead and back thins the list instead of emptying it.
 * "Most recent" follows the order snapshots were taken in (`sequence`), not their dates.
 */
export interface SnapshotEntry {
  id: string;
  /** Taken later means higher, whatever the clock said (a counter kept with the snapshots). */
  sequence: number;
  /** The PC's local date when it was taken, YYYY-MM-DD: only a label to group by. */
  day: string;
}

export const RETENTION = { daily: 7, weekly: 4, monthly: 12 } as const;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** ISO 8601 week of a YYYY-MM-DD day, as `YYYY-Www`; a label that is not a day is its own week. */
export function isoWeekOf(day: string): string {
  const match = DAY.exec(day);
  if (!match) return `?${day}`;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const weekday = date.getUTCDay() || 7;
  // The week belongs to the year of its Thursday.
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

function monthOf(day: string): string {
  return DAY.test(day) ? day.slice(0, 7) : `?${day}`;
}

/** The newest snapshot of each of the `count` most recent groups (newest first). */
function newestPerGroup(newestFirst: readonly SnapshotEntry[], groupOf: (day: string) => string, count: number): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const entry of newestFirst) {
    if (seen.size >= count) break;
    const group = groupOf(entry.day);
    if (seen.has(group)) continue;
    seen.add(group);
    kept.push(entry.id);
  }
  return kept;
}

/** The ids to keep; every other snapshot may be deleted. The newest one is always kept. */
export function snapshotsToKeep(entries: readonly SnapshotEntry[], retention: typeof RETENTION = RETENTION): Set<string> {
  const newestFirst = [...entries].sort((a, b) => b.sequence - a.sequence);
  return new Set([
    ...newestPerGroup(newestFirst, (day) => day, retention.daily),
    ...newestPerGroup(newestFirst, isoWeekOf, retention.weekly),
    ...newestPerGroup(newestFirst, monthOf, retention.monthly),
  ]);
}

/**
 * Whether today's automatic snapshot is still to be taken: none yet, or the last one was taken on another
 * day. "Another", not "an earlier": after the clock was set back, one snapshot too many beats one too few.
 */
export function dailySnapshotDue(entries: readonly SnapshotEntry[], today: string): boolean {
  const newest = entries.reduce<SnapshotEntry | null>((best, e) => (best === null || e.sequence > best.sequence ? e : best), null);
  return newest === null || newest.day !== today;
}
