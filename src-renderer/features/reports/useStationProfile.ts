import { useMemo } from 'react';
import { useLedger } from '../../app/LedgerContext';
import type { StationDoc } from '../../domain/entities/station';
import { useObservable } from '../../ui/useObservable';

/** The station profile for sheet headings; undefined while loading, null before first-run set-up. */
export function useStationProfile(): StationDoc | null | undefined {
  const ledger = useLedger();
  return useObservable(useMemo(() => ledger.station.profile$(), [ledger]));
}
