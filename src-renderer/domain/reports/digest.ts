import type { ActivityFacts } from '../figures';
import { dayFigures, type DayFigures } from './fieldTables';
import { projectWork, type ProjectWork } from './projects';
import { teamWork, volunteerWork, type TeamWork, type VolunteerWork } from './rankings';
import { groupFigures, type ServedGroupRow } from './servedGroups';

/** What a report needs of an activity (an ActivityDoc has all of it). */
export interface ReportActivity extends ActivityFacts {
  teamId: string;
  projectId: string;
  servedGroups: readonly string[];
}

/**
 * Everything a station report takes from one period's activities, already added up: small enough to keep,
 * and enough to rebuild every figure of the report exactly (hours are kept in half-hour units). A digest
 * holds plain data only, so it can be stored as it is.
 */
export interface PeriodDigest {
  /** Per date and field; every total is a sum of these. */
  days: DayFigures[];
  groups: ServedGroupRow[];
  /** Some activity listed more than one group of people served. */
  groupOverlaps: boolean;
  projects: ProjectWork[];
  volunteers: VolunteerWork[];
  teams: TeamWork[];
}

/** The digest of a period's activities (the caller picks the activities dated in it). */
export function digestActivities(activities: readonly ReportActivity[]): PeriodDigest {
  const groups = groupFigures(activities);
  return {
    days: dayFigures(activities),
    groups: groups.rows,
    groupOverlaps: groups.overlaps,
    projects: projectWork(activities),
    volunteers: volunteerWork(activities),
    teams: teamWork(activities),
  };
}

export const EMPTY_DIGEST: PeriodDigest = { days: [], groups: [], groupOverlaps: false, projects: [], volunteers: [], teams: [] };
