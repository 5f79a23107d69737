import type { CouchClient } from '../couch/client';
import { compact, everyDocLeaves, removeForGood } from '../couch/history';
import { isRollupRecordId } from '../design/rollupContent';
import { SUMMARY_PREFIX } from '../design/summaryDoc';
import { ROLLUP_DB } from '../layout';
import type { Change } from './accounts';

function belongsInRollup(id: string): boolean {
  return id.startsWith('_design/') || id.startsWith(SUMMARY_PREFIX) || isRollupRecordId(id);
}

/**
 * Removes from the roll-up, with their history, every document its replication no longer brings: what an
 * earlier set-up copied there (every volunteer, certificate, conflict copy and profile of every station,
 * deletions with their bodies). Then compaction drops the old bodies from disk. Reported by type.
 */
export async function cleanRollup(client: CouchClient): Promise<Change[]> {
  const foreign = await everyDocLeaves(client, ROLLUP_DB, (id) => !belongsInRollup(id));
  if (foreign.length === 0) return [];
  const outcome = await removeForGood(client, ROLLUP_DB, foreign);
  if (outcome === 'purged') await compact(client, ROLLUP_DB);
  const byType = new Map<string, number>();
  for (const doc of foreign) {
    const type = doc.id.includes(':') ? doc.id.slice(0, doc.id.indexOf(':')) : doc.id;
    byType.set(type, (byType.get(type) ?? 0) + 1);
  }
  return [...byType].map(([type, count]) => ({
    what: `${ROLLUP_DB}: ${count} × ${type}`,
    outcome,
    note: 'not roll-up records: personal data copied by an earlier set-up / 早期设置复制进来的个人信息',
  }));
}
