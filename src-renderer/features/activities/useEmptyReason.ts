import { useMemo } from 'react';
import { defer, of, type Observable } from 'rxjs';
import { useLedger } from '../../app/LedgerContext';
import { useObservable } from '../../ui/useObservable';

/** Why the activity list is empty, so the empty state can say what to do first. */
export type EmptyReason = 'noVolunteers' | 'noActivities' | 'nothingInFilter';

/**
 * Asked only while the filtered list is empty: whether the station holds at least one activity, and if not,
 * any volunteer (activities need people first).
 */
export function useEmptyReason(listIsEmpty: boolean): EmptyReason | undefined {
  const ledger = useLedger();
  const reason$ = useMemo(
    (): Observable<EmptyReason | undefined> =>
      listIsEmpty
        ? defer(async (): Promise<EmptyReason> => {
            if ((await ledger.activities.count()) > 0) return 'nothingInFilter';
            return (await ledger.volunteers.all()).length > 0 ? 'noActivities' : 'noVolunteers';
          })
        : of(undefined),
    [ledger, listIsEmpty],
  );
  return useObservable(reason$);
}
