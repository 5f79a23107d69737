import { CLOCK_TOLERANCE_MS } from '../../sync/constants';
import type { SyncStatus } from '../../sync/status';

/** What waits for the keeper's decision, whatever the phase says: "已同步" must not hide it. */
export interface KeeperAttention {
  /** Records the server refused; they stay on this PC until fixed. */
  refused: number;
  /** Conflicts between two versions of a record, waiting for review. */
  conflicts: number;
  /** Minutes this PC's clock is ahead of the server's (negative: behind), when more than the tolerance. */
  clockOffMinutes: number | null;
  /** How many things to do (a wrong clock counts as one). */
  total: number;
}

/** The PC clock's error in whole minutes, when it is beyond the tolerance; null otherwise or unknown. */
export function clockOffMinutes(clockOffsetMs: number | null): number | null {
  if (clockOffsetMs === null || Math.abs(clockOffsetMs) <= CLOCK_TOLERANCE_MS) return null;
  // The offset is the server's clock minus the PC's: a PC behind the server has a positive one.
  return -Math.round(clockOffsetMs / 60_000);
}

/** Null when nothing waits (or the conflict count is not known yet). */
export function keeperAttention(status: Pick<SyncStatus, 'rejected' | 'clockOffsetMs'>, openConflicts: number | undefined): KeeperAttention | null {
  const refused = status.rejected.length;
  const conflicts = openConflicts ?? 0;
  const clock = clockOffMinutes(status.clockOffsetMs);
  const total = refused + conflicts + (clock === null ? 0 : 1);
  return total > 0 ? { refused, conflicts, clockOffMinutes: clock, total } : null;
}

/** The sentences for the header's tooltip: i18n keys and their values, most urgent first. */
export function attentionSentences(attention: KeeperAttention): { key: string; params: Record<string, number> }[] {
  const out: { key: string; params: Record<string, number> }[] = [];
  if (attention.refused > 0) out.push({ key: 'sync.indicator.attentionRefused', params: { count: attention.refused } });
  if (attention.conflicts > 0) out.push({ key: 'sync.indicator.attentionConflicts', params: { count: attention.conflicts } });
  const minutes = attention.clockOffMinutes;
  if (minutes !== null) {
    out.push({ key: minutes > 0 ? 'sync.indicator.clockAhead' : 'sync.indicator.clockBehind', params: { minutes: Math.abs(minutes) } });
  }
  return out;
}
