import type { ProjectStatus } from '../../domain/catalog';
import type { ProjectDoc } from '../../domain/entities/project';
import { matchesNameQuery, nameKeys, type NameKeys } from '../teams/nameSearch';

export interface ProjectRow {
  id: string;
  name: string;
  field: string;
  ownerTeamId: string;
  /** '' when no team runs it or the team was deleted. */
  ownerTeamName: string;
  startDate: string;
  endDate: string;
  status: ProjectStatus;
  brand: string;
  keys: NameKeys;
}

export function projectRows(projects: readonly ProjectDoc[], teams: readonly { id: string; name: string }[]): ProjectRow[] {
  const teamNames = new Map(teams.map((t) => [t.id, t.name]));
  return projects.map((p) => ({
    id: p.id,
    name: p.name,
    field: p.field,
    ownerTeamId: p.ownerTeamId,
    ownerTeamName: p.ownerTeamId ? (teamNames.get(p.ownerTeamId) ?? '') : '',
    startDate: p.startDate,
    endDate: p.endDate,
    status: p.status,
    brand: p.brand,
    keys: nameKeys(p),
  }));
}

export interface ProjectFilter {
  query: string;
  /** '' for every status. */
  status: ProjectStatus | '';
}

/** The search box matches the project's name or its brand (people know a project by either). */
export function filterProjects(rows: readonly ProjectRow[], filter: ProjectFilter): ProjectRow[] {
  const brandQuery = filter.query.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (filter.status === '' || r.status === filter.status) &&
      (matchesNameQuery(r.keys, filter.query) || (brandQuery !== '' && r.brand.toLowerCase().includes(brandQuery))),
  );
}
