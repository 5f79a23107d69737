import { createContext, useContext } from 'react';
import type { Ledger } from '../data/session';
import type { DesktopApi } from '../platform/api';
import type { SyncService } from '../sync/syncService';

export interface AppServices {
  ledger: Ledger;
  platform: DesktopApi;
  /** Whether the browser engine agreed to keep our storage from eviction. */
  storagePersisted: boolean;
  /** Syncing with the city's server: the header indicator and the sync page read its status. */
  sync: SyncService;
}

export const LedgerContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(LedgerContext);
  if (!services) throw new Error('useServices() outside <LedgerContext.Provider>');
  return services;
}

export function useLedger(): Ledger {
  return useServices().ledger;
}
