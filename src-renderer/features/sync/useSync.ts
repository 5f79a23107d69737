import { useMemo } from 'react';
import { useServices } from '../../app/LedgerContext';
import { createConflictRepository, type ConflictRepository } from '../../data/conflicts/repository';
import type { SyncStatus } from '../../sync/status';
import { useObservable } from '../../ui/useObservable';

/** The sync service's status; its stream always has a current value, so this is never "loading" for long. */
export function useSyncStatus(): SyncStatus {
  const { sync } = useServices();
  return useObservable(sync.status$) ?? sync.getStatus();
}

export function useConflictRepository(): ConflictRepository {
  const { ledger } = useServices();
  return useMemo(() => createConflictRepository(ledger.db, ledger.ctx), [ledger]);
}

/** How many conflicts wait for the keeper; undefined while loading. */
export function useOpenConflictCount(): number | undefined {
  const conflicts = useConflictRepository();
  return useObservable(useMemo(() => conflicts.openCount$(), [conflicts]));
}
