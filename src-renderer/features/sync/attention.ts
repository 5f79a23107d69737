import type { SyncStatus } from '../../sync/status';

/** What waits for the keeper's decision, whatever the phase says: "已同步" must not hide it. */
export interface KeeperAttention {
  /** Records the server refused; they stay on this PC until fixed. */
  refused: number;
  /** Conflicts between two versions of a record, waiting for review. */
  conflicts: number;
  total: number;
}

/** Null when nothing waits (or the conflict count is not known yet). */
export function keeperAttention(status: Pick<SyncStatus, 'rejected'>, openConflicts: number | undefined): KeeperAttention | null {
  const refused = status.rejected.length;
  const conflicts = openConflicts ?? 0;
  const total = refused + conflicts;
  return total > 0 ? { refused, conflicts, total } : null;
}

/** The sentence for the header's tooltip: the i18n key and its values. */
export function attentionSentence(attention: KeeperAttention): { key: string; params: Record<string, number> } {
  if (attention.refused > 0 && attention.conflicts > 0) {
    return { key: 'sync.indicator.attentionBoth', params: { refused: attention.refused, conflicts: attention.conflicts } };
  }
  if (attention.refused > 0) return { key: 'sync.indicator.attentionRefused', params: { count: attention.refused } };
  return { key: 'sync.indicator.attentionConflicts', params: { count: attention.conflicts } };
}
