import type { LocalDb } from '../data/local/localDb';
import { openLedger } from '../data/session';
import { snapshotBeforeMigration, takeDueSnapshot } from '../data/backup/autoSnapshot';
import { SnapshotBeforeUpdateError } from '../data/migration/migrationFailed';
import { createLedgerStorage } from '../data/storage';
import { getPlatform } from '../platform';
import { createSyncService } from '../sync/syncService';
import type { AppServices } from './LedgerContext';

/**
 * Asks the engine to keep our IndexedDB through storage pressure; Chromium decides by its own rules
 * (installed app, engagement), so the answer is shown in Settings rather than assumed.
 */
async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}

/** Long enough for the first screen to be drawn and its lists read before the snapshot reads everything. */
const SNAPSHOT_DELAY_MS = 3000;

export async function bootstrap(local: LocalDb): Promise<AppServices> {
  const platform = getPlatform(local);
  const [ledger, storagePersisted] = await Promise.all([
    createLedgerStorage().then((storage) =>
      openLedger({
        storage,
        local,
        multiInstance: platform.shell === 'web',
        // An update's migration waits for a snapshot of the data as the previous version left it.
        beforeMigration: (db, pending) =>
          snapshotBeforeMigration(db, local, pending, platform, __APP_VERSION__).catch((error: unknown) => {
            throw new SnapshotBeforeUpdateError(error);
          }),
      }),
    ),
    requestPersistentStorage().catch(() => false),
  ]);
  const sync = createSyncService({ ledger, credentials: platform, health: { appVersion: __APP_VERSION__ } });
  // Sync starts in the background: the app is usable offline, and its status shows any trouble.
  sync.start().catch((error: unknown) => console.error('sync did not start', error instanceof Error ? error.message : error));
  // The day's (or the update's) snapshot after the first screen is up; a failure is kept for the backup page.
  setTimeout(() => {
    takeDueSnapshot(ledger, platform, __APP_VERSION__).catch((error: unknown) => console.error('automatic snapshot failed', error instanceof Error ? error.message : error));
  }, SNAPSHOT_DELAY_MS);
  return { ledger, platform, storagePersisted, sync };
}
