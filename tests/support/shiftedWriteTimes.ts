import type { DexieSettings, DexieStorageInternals, RxStorage } from 'rxdb';

type DexieStorage = RxStorage<DexieStorageInternals, DexieSettings>;

export const DAY_MS = 24 * 60 * 60 * 1000;
export const YEAR_MS = 365 * DAY_MS;

/**
 * A PC whose clock was set `shiftMs` away (negative: back) before the app started. RxDB stamps every write
 * with its own now(), which only stays monotonic within one process: a restarted app under a clock set back
 * writes `_meta.lwt` values below those already stored. A test process cannot restart RxDB's module, so this
 * storage gives every write RxDB makes (documents, replication bookkeeping, pulled documents) the time a
 * freshly started RxDB would give it on that PC. Rounded to RxDB's 0.01 ms grid, as its own times are.
 */
export function withShiftedWriteTimes(storage: DexieStorage, shiftMs: number): DexieStorage {
  return {
    name: storage.name,
    rxdbVersion: storage.rxdbVersion,
    async createStorageInstance(params) {
      const instance = await storage.createStorageInstance(params);
      const bulkWrite = instance.bulkWrite.bind(instance);
      instance.bulkWrite = (rows, context) =>
        bulkWrite(
          rows.map((row) => ({
            ...row,
            document: { ...row.document, _meta: { ...row.document._meta, lwt: Math.round((row.document._meta.lwt + shiftMs) * 100) / 100 } },
          })),
          context,
        );
      return instance;
    },
  };
}

/** The wall clock of such a PC, for the write context. */
export function shiftedWallClock(shiftMs: number): () => Date {
  return () => new Date(Date.now() + shiftMs);
}
