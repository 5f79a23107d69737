import type { LocalDb, SyncRunRow } from '../data/local/localDb';
import { SYNC_RUNS_KEPT } from './constants';

/** The last SYNC_RUNS_KEPT runs, newest first. */
export async function recentRuns(local: LocalDb): Promise<SyncRunRow[]> {
  return local.syncRuns.orderBy('startedAt').reverse().limit(SYNC_RUNS_KEPT).toArray();
}

/** Appends a run and forgets the oldest beyond SYNC_RUNS_KEPT, in one transaction. */
export async function appendRun(local: LocalDb, run: SyncRunRow): Promise<SyncRunRow> {
  return local.transaction('rw', local.syncRuns, async () => {
    const id = await local.syncRuns.add(run);
    const stale = await local.syncRuns.orderBy('startedAt').reverse().offset(SYNC_RUNS_KEPT).primaryKeys();
    if (stale.length > 0) await local.syncRuns.bulkDelete(stale);
    return { ...run, id };
  });
}
