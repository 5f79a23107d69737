import type { DateRange } from '../dates';
import { fromHalfHourUnits, toHalfHourUnits } from '../hours';

export interface ReportProject {
  id: string;
  name: string;
  namePinyin: string;
  field: string;
  status: string;
  startDate: string;
  /** '' while the project has no planned end. */
  endDate: string;
}

export interface ProjectInPeriod {
  project: ReportProject;
  sessions: number;
  hours: number;
}

/** The sessions and hours (in half-hour units) a project had in a period. */
export interface ProjectWork {
  projectId: string;
  sessions: number;
  units: number;
}

/** The work of every project that had activities (activities with no project are left out). */
export function projectWork(activities: Iterable<{ projectId: string; participants: ReadonlyArray<{ hours: number }> }>): ProjectWork[] {
  const work = new Map<string, ProjectWork>();
  for (const a of activities) {
    if (a.projectId === '') continue;
    let row = work.get(a.projectId);
    if (!row) work.set(a.projectId, (row = { projectId: a.projectId, sessions: 0, units: 0 }));
    row.sessions += 1;
    for (const p of a.participants) row.units += toHalfHourUnits(p.hours);
  }
  return [...work.values()];
}

/**
 * Projects running in the period: those whose dates overlap it (an open end runs on) unless still only
 * planned, plus any project that had activities in the period whatever its dates say (the record of work
 * done wins over a stale status). Most sessions first, then by name.
 */
export function projectsWithWork(projects: readonly ReportProject[], work: readonly ProjectWork[], range: DateRange): ProjectInPeriod[] {
  const byProject = new Map(work.map((w) => [w.projectId, w]));
  const overlaps = (p: ReportProject) =>
    p.status !== 'planned' && p.startDate <= range.to && (p.endDate === '' || p.endDate >= range.from);
  return projects
    .filter((p) => byProject.has(p.id) || overlaps(p))
    .map((project) => {
      const w = byProject.get(project.id);
      return { project, sessions: w?.sessions ?? 0, hours: fromHalfHourUnits(w?.units ?? 0) };
    })
    .sort((a, b) => b.sessions - a.sessions || (a.project.namePinyin < b.project.namePinyin ? -1 : a.project.namePinyin > b.project.namePinyin ? 1 : 0));
}

/** Projects running in the period with their work in it (see projectsWithWork). */
export function projectsInPeriod(
  projects: readonly ReportProject[],
  activities: Iterable<{ projectId: string; participants: ReadonlyArray<{ hours: number }> }>,
  range: DateRange,
): ProjectInPeriod[] {
  return projectsWithWork(projects, projectWork(activities), range);
}
