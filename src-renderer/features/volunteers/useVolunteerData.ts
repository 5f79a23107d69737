import { useEffect, useMemo, useState } from 'react';
import { map } from 'rxjs';
import { useLedger } from '../../app/LedgerContext';
import type { ActivityDoc } from '../../domain/entities/activity';
import type { TeamDoc } from '../../domain/entities/team';
import type { VolunteerDoc } from '../../domain/entities/volunteer';
import { useObservable } from '../../ui/useObservable';

/**
 * One volunteer, kept current (deactivating on their page shows at once): undefined while loading, null
 * when there is no such volunteer (deleted, or a stale link). The list query is shared with the list
 * screen, so this costs no second query.
 */
export function useVolunteer(id: string): VolunteerDoc | null | undefined {
  const ledger = useLedger();
  return useObservable(
    useMemo(() => ledger.volunteers.all$().pipe(map((all) => all.find((v) => v.id === id) ?? null)), [ledger, id]),
  );
}

/** Every team, by pinyin; undefined while loading (unless the list is already at hand: peek). */
export function useTeams(): TeamDoc[] | undefined {
  const ledger = useLedger();
  const live = useObservable(useMemo(() => ledger.teams.all$(), [ledger]));
  return live ?? ledger.teams.peek();
}

/** Team names by id, for showing a volunteer's teams. */
export function useTeamNames(): ReadonlyMap<string, string> {
  const teams = useTeams();
  return useMemo(() => new Map((teams ?? []).map((team) => [team.id, team.name])), [teams]);
}

/** The activities a volunteer served in, newest first; undefined while loading. */
export function useVolunteerActivities(volunteerId: string): ActivityDoc[] | undefined {
  const ledger = useLedger();
  const [state, setState] = useState<{ id: string; activities: ActivityDoc[] } | null>(null);
  useEffect(() => {
    let current = true;
    ledger.activities
      .forVolunteer(volunteerId)
      .then((activities) => {
        if (current) setState({ id: volunteerId, activities });
      })
      // An unreadable activity list shows as empty rather than keeping the page loading forever.
      .catch(() => {
        if (current) setState({ id: volunteerId, activities: [] });
      });
    return () => {
      current = false;
    };
  }, [ledger, volunteerId]);
  return state?.id === volunteerId ? state.activities : undefined;
}
