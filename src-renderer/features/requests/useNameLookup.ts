import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLedger } from '../../app/LedgerContext';
import { useObservable } from '../../ui/useObservable';
import { useVolunteersInNameOrder } from '../../ui/volunteersInNameOrder';
import type { NameLookup } from './requestRows';

/** Team and volunteer names for the ids a request stores; a deleted one is said so. Undefined while loading. */
export function useNameLookup(): NameLookup | undefined {
  const { t } = useTranslation();
  const ledger = useLedger();
  const volunteers = useVolunteersInNameOrder();
  const teams = useObservable(useMemo(() => ledger.teams.all$(), [ledger]));
  return useMemo(() => {
    if (!volunteers || !teams) return undefined;
    const volunteerNames = new Map(volunteers.map((v) => [v.id, v.name]));
    const teamNames = new Map(teams.map((team) => [team.id, team.name]));
    return {
      team: (id: string) => teamNames.get(id) ?? t('requests.list.unknownTeam'),
      volunteer: (id: string) => volunteerNames.get(id) ?? t('requests.list.unknownVolunteer'),
    };
  }, [volunteers, teams, t]);
}
