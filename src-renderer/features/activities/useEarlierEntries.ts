import { useMemo } from 'react';
import { catchError, defer, map, of } from 'rxjs';
import { useLedger } from '../../app/LedgerContext';
import { todayIso } from '../../domain/dates';
import { useObservable } from '../../ui/useObservable';
import { earlierEntries, earlierRange, type EarlierEntries } from './earlierEntries';

/** The titles and places of the last year's activities, read once as the form opens; undefined meanwhile. */
export function useEarlierEntries(): EarlierEntries | undefined {
  const ledger = useLedger();
  return useObservable(
    useMemo(
      () =>
        defer(() => ledger.activities.query(earlierRange(todayIso()))).pipe(
          map(earlierEntries),
          // Suggestions are a help, not the form: unreadable, the boxes are plain text boxes.
          catchError(() => of(earlierEntries([]))),
        ),
      [ledger],
    ),
  );
}
