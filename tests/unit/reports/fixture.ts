import type { ReportProject } from '../../../src-renderer/domain/reports/projects';
import type { ReportActivity } from '../../../src-renderer/domain/reports/stationReport';

/**
 * A small station, small enough to add up by hand. The expected figures in the tests are worked out from
 * this table on paper, not by the code under test.
 *
 * | id | date       | field   | team | project | hours (per volunteer)   | served | groups             |
 * | A1 | 2024-01-10 | theory  | T1   | P1      | v1 2, v2 2        = 4   | 30     | elderly            |
 * | A2 | 2024-01-20 | health  | T2   |         | v1 3, v3 1.5      = 4.5 | 50     | elderly, disabled  |
 * | A3 | 2024-03-05 | customs | T1   | P1      | v2 2, v3 2, v4 .5 = 4.5 | 0      | (none)             |
 * | A4 | 2024-03-05 | health  |      | P2      | v1 1              = 1   | 20     | children           |
 * | A5 | 2024-12-31 | theory  | T2   |         | (nobody)          = 0   | 10     | residents          |
 * | X  | 2025-01-01 | theory  | T1   | P1      | v1 8                    | 99     | elderly (outside)  |
 * 2023 (last year):
 * | B1 | 2023-02-01 | theory  | T1   |         | v1 2, v5 2        = 4   | 40     | elderly            |
 * | B2 | 2023-07-01 | health  | T2   |         | v5 3              = 3   | 0      | (none)             |
 */
function activity(
  id: string,
  date: string,
  field: string,
  teamId: string,
  projectId: string,
  participants: Array<[string, number]>,
  servedCount: number,
  servedGroups: string[],
): ReportActivity & { id: string; title: string; place: string; startTime: string } {
  return {
    id,
    date,
    field,
    teamId,
    projectId,
    participants: participants.map(([volunteerId, hours]) => ({ volunteerId, hours })),
    servedCount,
    servedGroups,
    title: `活动${id}`,
    place: '社区服务中心',
    startTime: '09:00',
  };
}

export const ACTIVITIES_2024 = [
  activity('A1', '2024-01-10', 'theory', 'T1', 'P1', [['v1', 2], ['v2', 2]], 30, ['elderly']),
  activity('A2', '2024-01-20', 'health', 'T2', '', [['v1', 3], ['v3', 1.5]], 50, ['elderly', 'disabled']),
  activity('A3', '2024-03-05', 'customs', 'T1', 'P1', [['v2', 2], ['v3', 2], ['v4', 0.5]], 0, []),
  activity('A4', '2024-03-05', 'health', '', 'P2', [['v1', 1]], 20, ['children']),
  activity('A5', '2024-12-31', 'theory', 'T2', '', [], 10, ['residents']),
  activity('X', '2025-01-01', 'theory', 'T1', 'P1', [['v1', 8]], 99, ['elderly']),
];

export const ACTIVITIES_2023 = [
  activity('B1', '2023-02-01', 'theory', 'T1', '', [['v1', 2], ['v5', 2]], 40, ['elderly']),
  activity('B2', '2023-07-01', 'health', 'T2', '', [['v5', 3]], 0, []),
];

function project(id: string, status: string, startDate: string, endDate: string): ReportProject {
  return { id, name: `项目${id}`, namePinyin: `xiangmu${id.toLowerCase()}`, field: 'aid', status, startDate, endDate };
}

export const PROJECTS = [
  project('P1', 'running', '2023-06-01', ''),
  // Finished on paper in 2022, yet an activity of 2024 belongs to it.
  project('P2', 'finished', '2022-01-01', '2022-12-31'),
  project('P3', 'running', '2024-05-01', '2024-08-31'),
  project('P4', 'planned', '2024-06-01', ''),
  project('P5', 'finished', '2023-01-01', '2023-12-31'),
];
