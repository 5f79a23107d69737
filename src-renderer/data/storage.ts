import type { RxStorage } from 'rxdb';
import type { DexieStorageInternals, DexieSettings } from 'rxdb';
import { monotonicWriteTimesMiddleware } from './clock/monotonicWriteTimes';
import { rangeLookupsMiddleware } from './rangeLookups';
import { withSingleRequestQueries } from './singleRequestQuery';
import { getRxStorageDexie } from './storageInternals';

export type LedgerStorage = RxStorage<DexieStorageInternals, DexieSettings>;

/**
 * Dexie over IndexedDB everywhere: the browser's own in the app, fake-indexeddb in Node tests; many-key
 * look-ups read key ranges (rangeLookups), queries read in one request (singleRequestQuery), and every
 * write is stored after the ones before it whatever the PC's clock says (clock/monotonicWriteTimes), which
 * the push, the pending count and the report digests rely on.
 * Development builds wrap it with schema validation (RxDB dev-mode requires a validator);
 * production skips it because zod already checks every write at the domain boundary.
 */
export async function createLedgerStorage(settings: DexieSettings = {}): Promise<LedgerStorage> {
  const storage = withSingleRequestQueries(
    getRxStorageDexie({
      ...settings,
      async onCreate(db, name) {
        db.use(rangeLookupsMiddleware);
        db.use(monotonicWriteTimesMiddleware);
        await settings.onCreate?.(db, name);
      },
    }),
  );
  if (!import.meta.env.DEV) return storage;
  const [{ addRxPlugin }, { RxDBDevModePlugin, disableWarnings }, { wrappedValidateAjvStorage }] = await Promise.all([
    import('rxdb'),
    import('rxdb/plugins/dev-mode'),
    import('rxdb/plugins/validate-ajv'),
  ]);
  disableWarnings();
  addRxPlugin(RxDBDevModePlugin);
  return wrappedValidateAjvStorage({ storage });
}
