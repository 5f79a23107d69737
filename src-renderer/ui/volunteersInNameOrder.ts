import { useMemo } from 'react';
import { useLedger } from '../app/LedgerContext';
import type { VolunteerDoc } from '../domain/entities/volunteer';
import { sortPeople } from '../domain/personOrder';
import { useObservable } from './useObservable';

/**
 * The shared volunteer list (kept by the repository in whole-name pinyin order) in the order people
 * expect, surname first. Sorted once per version of the list, whichever screens show it.
 */
const sortedLists = new WeakMap<readonly VolunteerDoc[], VolunteerDoc[]>();

export function inNameOrder(volunteers: readonly VolunteerDoc[]): VolunteerDoc[] {
  let sorted = sortedLists.get(volunteers);
  if (sorted === undefined) {
    sorted = sortPeople(volunteers);
    sortedLists.set(volunteers, sorted);
  }
  return sorted;
}

/** Every volunteer, inactive ones too, surname first; undefined while loading. */
export function useVolunteersInNameOrder(): VolunteerDoc[] | undefined {
  const ledger = useLedger();
  const live = useObservable(useMemo(() => ledger.volunteers.all$(), [ledger]));
  return useMemo(() => (live ? inNameOrder(live) : undefined), [live]);
}
