import { useMemo } from 'react';
import { useLedger } from '../../app/LedgerContext';
import type { ShiftDoc } from '../../records/shift/shape';
import { useObservable } from '../../ui/useObservable';

/** The shifts a volunteer was credited on, newest first, kept current; undefined while loading. */
export function useVolunteerShifts(volunteerId: string): ShiftDoc[] | undefined {
  const ledger = useLedger();
  return useObservable(useMemo(() => ledger.shifts.forVolunteer$(volunteerId), [ledger, volunteerId]));
}
