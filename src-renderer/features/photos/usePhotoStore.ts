import { useMemo } from 'react';
import { NEVER, type Observable } from 'rxjs';
import { useLedger } from '../../app/LedgerContext';
import type { Ledger } from '../../data/session';
import { useObservable } from '../../ui/useObservable';
import type { PhotoStoreView } from './photoStoreView';
import type { PhotoProgress } from './uploadStatus';

/**
 * The station's photo store on this PC, opened with the ledger; undefined where the ledger was opened
 * without one, and the photo screens then show nothing rather than fail.
 */
export function usePhotoStore(): PhotoStoreView | undefined {
  const ledger: Ledger & { photos?: PhotoStoreView } = useLedger();
  return ledger.photos;
}

/** The photo channel's live progress by photo id; empty while nothing is being sent. */
export function usePhotoProgress(): ReadonlyMap<string, PhotoProgress> {
  const progress$: Observable<ReadonlyMap<string, PhotoProgress>> = useMemo(() => NEVER, []);
  return useObservable(progress$) ?? NO_PROGRESS;
}

const NO_PROGRESS: ReadonlyMap<string, PhotoProgress> = new Map();
