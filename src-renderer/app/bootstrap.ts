import type { LocalDb } from '../data/local/localDb';
import { openLedger } from '../data/session';
import { createLedgerStorage } from '../data/storage';
import { getPlatform } from '../platform';
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
  return { ledger, platform, storagePersisted };
}
