import { describe, expect, it } from 'vitest';
import { SERVED_GROUPS, SERVICE_FIELDS } from '../../../../src-renderer/domain/catalog';
import { summarizeActivities } from '../../../../src-renderer/domain/figures';
import { digestActivities, type ReportActivity } from '../../../../src-renderer/domain/reports/digest';
import type { ReportPeriod } from '../../../../src-renderer/domain/reports/period';
import { buildStationReport, digestTotals, stationReportFromDigests } from '../../../../src-renderer/domain/reports/stationReport';
import { ACTIVITIES_2023, ACTIVITIES_2024, PROJECTS } from '../../reports/fixture';

function sequence(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % n;
  };
}

/** A busy year: repeated volunteers, half hours, several groups, no team or project on some activities. */
function busyYear(year: number, count: number, seed: number): ReportActivity[] {
  const next = sequence(seed);
  return Array.from({ length: count }, () => ({
    date: `${year}-${String(next(12) + 1).padStart(2, '0')}-${String(next(28) + 1).padStart(2, '0')}`,
    field: ['theory', 'health', 'aid', 'new_field'][next(4)] ?? 'theory',
    teamId: next(5) === 0 ? '' : `T${next(6)}`,
    projectId: next(3) === 0 ? '' : `P${next(5) + 1}`,
    participants: [...new Set(Array.from({ length: next(6) }, () => `v${next(40)}`))].map((volunteerId) => ({ volunteerId, hours: (next(10) + 1) / 2 })),
    servedCount: next(80),
    servedGroups: ['elderly', 'children', 'disabled'].filter(() => next(3) === 0),
  }));
}

const YEAR: ReportPeriod = { kind: 'year', year: 2024 };
const options = { projects: PROJECTS, fieldOrder: SERVICE_FIELDS, groupOrder: SERVED_GROUPS };

describe('period digests', () => {
  it('rebuild the report exactly after being stored and read back (structured clone, as IndexedDB keeps them)', () => {
    const current = structuredClone(digestActivities(ACTIVITIES_2024.filter((a) => a.date.startsWith('2024'))));
    const lastYear = structuredClone(digestActivities(ACTIVITIES_2023));
    const fromStored = stationReportFromDigests({ period: YEAR, current, lastYear, ...options });
    expect(fromStored).toEqual(buildStationReport({ period: YEAR, activities: ACTIVITIES_2024, lastYearActivities: ACTIVITIES_2023, ...options }));
    expect(fromStored.totals.hours).toBe(14);
    expect(fromStored.topVolunteers[0]).toEqual({ volunteerId: 'v1', hours: 6, sessions: 3 });
  });

  it('add up to the same totals as the activities, hours exact to the half hour', () => {
    const activities = busyYear(2024, 400, 42);
    expect(digestTotals(digestActivities(activities))).toEqual(summarizeActivities(activities));
  });

  it('give the same report whatever order the activities are read in', () => {
    const activities = busyYear(2024, 300, 7);
    const lastYear = busyYear(2023, 200, 8);
    const next = sequence(99);
    const shuffled = activities.map((a) => ({ a, k: next(1_000_000) })).sort((x, y) => x.k - y.k).map((x) => x.a);
    const month: ReportPeriod = { kind: 'month', month: '2024-05' };
    for (const period of [YEAR, month]) {
      expect(buildStationReport({ period, activities: shuffled, lastYearActivities: [...lastYear].reverse(), ...options })).toEqual(
        buildStationReport({ period, activities, lastYearActivities: lastYear, ...options }),
      );
    }
  });
});
