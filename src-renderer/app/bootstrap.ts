import type { LocalDb } from '../data/local/localDb';
import { openLedger } from '../data/session';
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

export async function bootstrap(local: LocalDb): Promise<AppServices> {
  const platform = getPlatform(local);
  const [ledger, storagePersisted] = await Promise.all([
    createLedgerStorage().then((storage) => openLedger({ storage, local, multiInstance: platform.shell === 'web' })),
    requestPersistentStorage().catch(() => false),
  ]);
  const sync = createSyncService({ ledger, credentials: platform, health: { appVersion: __APP_VERSION__ } });
  // Sync starts in the background: the app is usable offline, and its status shows any trouble.
  sync.start().catch((error: unknown) => console.error('sync did not start', error instanceof Error ? error.message : error));
  return { ledger, platform, storagePersisted, sync };
}
