import { useMemo } from 'react';
import { useLedger } from '../../app/LedgerContext';
import type { ProjectDoc } from '../../domain/entities/project';
import type { TeamDoc } from '../../domain/entities/team';
import { useObservable } from '../../ui/useObservable';
import { namedOptions, type SearchableOption } from './selectSearch';

export interface TeamsAndProjects {
  teams: TeamDoc[];
  projects: ProjectDoc[];
  teamOptions: SearchableOption[];
  projectOptions: SearchableOption[];
  teamName: (id: string) => string;
  projectName: (id: string) => string;
}

/** Teams and projects for the selects and for showing names where activities store ids. */
export function useTeamsAndProjects(): TeamsAndProjects {
  const ledger = useLedger();
  const teams = useObservable(useMemo(() => ledger.teams.all$(), [ledger]));
  const projects = useObservable(useMemo(() => ledger.projects.all$(), [ledger]));
  return useMemo(() => {
    const teamNames = new Map((teams ?? []).map((d) => [d.id, d.name]));
    const projectNames = new Map((projects ?? []).map((d) => [d.id, d.name]));
    return {
      teams: teams ?? [],
      projects: projects ?? [],
      teamOptions: namedOptions(teams ?? []),
      projectOptions: namedOptions(projects ?? []),
      teamName: (id: string) => teamNames.get(id) ?? '',
      projectName: (id: string) => projectNames.get(id) ?? '',
    };
  }, [teams, projects]);
}
