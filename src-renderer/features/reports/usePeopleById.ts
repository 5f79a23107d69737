import { useMemo } from 'react';
import { useLedger } from '../../app/LedgerContext';
import type { Named } from '../../domain/personOrder';
import { useObservable } from '../../ui/useObservable';

/** Every volunteer's name by id (inactive ones too: they served), for sheets that list who took part. */
export function usePeopleById(): ReadonlyMap<string, Named> | undefined {
  const ledger = useLedger();
  const volunteers = useObservable(useMemo(() => ledger.volunteers.all$(), [ledger]));
  return useMemo(() => (volunteers ? new Map(volunteers.map((v) => [v.id, { name: v.name, namePinyin: v.namePinyin }])) : undefined), [volunteers]);
}
