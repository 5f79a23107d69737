import { useMemo } from 'react';
import { useLedger } from '../../app/LedgerContext';
import { useObservable } from '../../ui/useObservable';
import { namesById, type LinkNames } from './honourRows';

/** The station's volunteer, team and project names by id, kept current; undefined while any is loading. */
export function useLinkNames(): LinkNames | undefined {
  const ledger = useLedger();
  const volunteers = useObservable(useMemo(() => ledger.volunteers.all$(), [ledger]));
  const teams = useObservable(useMemo(() => ledger.teams.all$(), [ledger]));
  const projects = useObservable(useMemo(() => ledger.projects.all$(), [ledger]));
  return useMemo(
    () => (volunteers && teams && projects ? { volunteer: namesById(volunteers), team: namesById(teams), project: namesById(projects) } : undefined),
    [volunteers, teams, projects],
  );
}
