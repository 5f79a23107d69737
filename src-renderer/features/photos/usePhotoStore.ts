import { useMemo } from 'react';
import { map } from 'rxjs';
import { useLedger, useServices } from '../../app/LedgerContext';
import type { Ledger } from '../../data/session';
import type { PhotoProgressEntry } from '../../photos/sync/progress';
import { useObservable } from '../../ui/useObservable';
import type { PhotoStoreView } from './photoStoreView';

/**
 * The station's photo store on this PC, opened with the ledger; undefined where the ledger was opened
 * without one, and the photo screens then show nothing rather than fail.
 */
export function usePhotoStore(): PhotoStoreView | undefined {
  const ledger: Ledger & { photos?: PhotoStoreView } = useLedger();
  return ledger.photos;
}

/** The photo channel's live progress by photo id; empty while nothing is being sent. */
export function usePhotoProgress(): ReadonlyMap<string, PhotoProgressEntry> {
  const { sync } = useServices();
  const progress$ = useMemo(() => sync.photoProgress$.pipe(map(byPhotoId)), [sync]);
  return useObservable(progress$) ?? NO_PROGRESS;
}

function byPhotoId(entries: readonly PhotoProgressEntry[]): ReadonlyMap<string, PhotoProgressEntry> {
  return new Map(entries.map((entry) => [entry.photoId, entry]));
}

const NO_PROGRESS: ReadonlyMap<string, PhotoProgressEntry> = new Map();
