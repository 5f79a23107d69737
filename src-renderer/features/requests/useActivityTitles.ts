import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { from } from 'rxjs';
import { useLedger } from '../../app/LedgerContext';
import { useObservable } from '../../ui/useObservable';

/** The titles of the activities a request links (a handful at most); a deleted one is said so. */
export function useActivityTitles(ids: readonly string[]): (id: string) => string {
  const { t } = useTranslation();
  const ledger = useLedger();
  const key = [...new Set(ids.filter((id) => id !== ''))].sort().join('\n');
  const titles = useObservable(
    useMemo(
      () =>
        from(
          Promise.all(key === '' ? [] : key.split('\n').map(async (id) => [id, (await ledger.activities.get(id))?.title] as const)).then(
            (pairs) => new Map(pairs),
          ),
        ),
      [ledger, key],
    ),
  );
  return (id: string) => titles?.get(id) ?? (titles ? t('requests.detail.activityGone') : '');
}
