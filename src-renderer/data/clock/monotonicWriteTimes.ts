import type { DBCoreMutateRequest, DBCoreTable } from 'dexie';
import { DEXIE_ANY_RANGE, tableMiddleware, WRITE_TIME_PATH, WRITE_TIME_STEPS_PER_MS, withWriteTime, writeTimeOf } from '../storageInternals';

/** The first time on RxDB's grid after `ms`. */
function after(ms: number): number {
  return (Math.floor(ms * WRITE_TIME_STEPS_PER_MS) + 1) / WRITE_TIME_STEPS_PER_MS;
}

function keepingTimesAbove(table: DBCoreTable, index: NonNullable<ReturnType<DBCoreTable['schema']['getIndexByKeyPath']>>) {
  return async (req: DBCoreMutateRequest) => {
    if ((req.type !== 'put' && req.type !== 'add') || req.values.length === 0) return table.mutate(req);
    // The newest stored time, read in the write's own transaction: right even when another window of the
    // same database (web mode) wrote last, which an in-memory copy would miss.
    const { result } = await table.query({ trans: req.trans, values: true, limit: 1, direction: 'prev', query: { index, range: DEXIE_ANY_RANGE } });
    const newest = writeTimeOf(result[0]);
    if (newest === null) return table.mutate(req);
    const floor = after(newest);
    if (req.values.every((value) => (writeTimeOf(value) ?? floor) >= floor)) return table.mutate(req);
    const values = req.values.map((value: object) => {
      const lwt = writeTimeOf(value);
      return lwt === null || lwt >= floor ? value : withWriteTime(value, floor);
    });
    return table.mutate({ ...req, values });
  };
}

/**
 * Dexie middleware: every document RxDB stores gets a last-write time (`_meta.lwt`) after every one already
 * in its table, whatever the PC's clock says.
 *
 * RxDB stamps writes with its now(), which is Date.now() kept increasing only within one process. After a
 * restart under a clock set back (a flat CMOS battery, a manual change) new writes sort below those already
 * stored, and below the replication's push checkpoint ({id, lwt}; the push reads the [_meta.lwt+id] index
 * from there): they were never pushed, the pending count read the same index and said 0, and the report
 * digests, which follow the same order, missed them. Here a write whose time is not after the newest
 * stored one is moved just after it, on RxDB's 0.01 ms grid. All rows of one write below that get the same
 * time, as RxDB gives one write's rows one time; the id orders them.
 *
 * Why here and not by wrapping RxDB's storage: the newest stored time is read in the write's own IndexedDB
 * transaction (one indexed read of one row), so two windows of one database cannot both take the same
 * time. RxDB's change event still carries the time it chose (Dexie writes copies of its documents), and so
 * may the push checkpoint taken from it; that time is never above the stored one, and later writes are
 * stored above it, so a checkpoint taken from an event can only make the push look at a record again
 * (which it then finds already sent), never skip one.
 */
export const monotonicWriteTimesMiddleware = tableMiddleware('StationLedgerMonotonicWriteTimes', (table) => {
  const index = table.schema.getIndexByKeyPath(WRITE_TIME_PATH);
  return index ? { ...table, mutate: keepingTimesAbove(table, index) } : table;
});
