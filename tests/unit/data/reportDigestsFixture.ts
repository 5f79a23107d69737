import { expect } from 'vitest';
import type { Ledger } from '../../../src-renderer/data/session';
import { SERVED_GROUPS, SERVICE_FIELDS } from '../../../src-renderer/domain/catalog';
import type { ActivityDoc } from '../../../src-renderer/domain/entities/activity';
import { periodRange, samePeriodLastYear, type ReportPeriod } from '../../../src-renderer/domain/reports/period';
import { buildStationReport, stationReportFromDigests } from '../../../src-renderer/domain/reports/stationReport';
import { TEST_STATION } from '../../support/testLedger';

/** A small deterministic pseudo-random sequence, so failures can be reproduced. */
export function sequence(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % n;
  };
}

const FIELDS = ['theory', 'health', 'aid', 'city_added_field'];
const GROUPS = ['elderly', 'children', 'disabled'];
const NOW = '2025-01-01T00:00:00.000Z';
let made = 0;

/** Activity documents as replication or an import would write them (no repository, no validation). */
export function activityDocs(count: number, years: readonly number[], seed: number): ActivityDoc[] {
  const next = sequence(seed);
  return Array.from({ length: count }, () => {
    made += 1;
    const year = years[next(years.length)] ?? 2024;
    const date = `${year}-${String(next(12) + 1).padStart(2, '0')}-${String(next(28) + 1).padStart(2, '0')}`;
    const participants = Array.from({ length: next(5) }, (_, i) => ({ volunteerId: `volunteer:${(next(9) + i * 9) % 30}`, hours: (next(8) + 1) / 2 }));
    const unique = [...new Map(participants.map((p) => [p.volunteerId, p])).values()];
    return {
      id: `activity:${String(made).padStart(6, '0')}`,
      stationId: TEST_STATION.code,
      createdAt: NOW,
      updatedAt: NOW,
      updatedBy: 'test-pc',
      title: `活动${made}`,
      date,
      startTime: '09:00',
      endTime: '11:00',
      place: '社区服务中心',
      field: FIELDS[next(FIELDS.length)] ?? 'theory',
      projectId: next(3) === 0 ? '' : `project:${next(4)}`,
      teamId: next(4) === 0 ? '' : `team:${next(5)}`,
      theme: '',
      participants: unique,
      servedCount: next(60),
      servedGroups: GROUPS.filter(() => next(3) === 0),
      summary: '',
      totalHours: unique.reduce((s, p) => s + p.hours, 0),
      participantCount: unique.length,
    };
  });
}

/** The report of a period as the screen builds it from the stored digests. */
export async function reportFromDigests(ledger: Ledger, period: ReportPeriod) {
  const [current, lastYear] = await ledger.activities.reportDigests([periodRange(period), periodRange(samePeriodLastYear(period))]);
  if (!current || !lastYear) throw new Error('two digests expected');
  return stationReportFromDigests({ period, current, lastYear, projects: [], fieldOrder: SERVICE_FIELDS, groupOrder: SERVED_GROUPS });
}

/** The same report computed from the activities themselves, read through an ordinary RxDB query. */
export async function reportFromActivities(ledger: Ledger, period: ReportPeriod) {
  const [activities, lastYearActivities] = await Promise.all([
    ledger.activities.query(periodRange(period)),
    ledger.activities.query(periodRange(samePeriodLastYear(period))),
  ]);
  return buildStationReport({ period, activities, lastYearActivities, projects: [], fieldOrder: SERVICE_FIELDS, groupOrder: SERVED_GROUPS });
}

const PERIODS: ReportPeriod[] = [
  { kind: 'year', year: 2023 },
  { kind: 'year', year: 2024 },
  { kind: 'year', year: 2025 },
  { kind: 'month', month: '2024-02' },
  { kind: 'month', month: '2024-12' },
  { kind: 'month', month: '2025-01' },
];

export async function expectReportsMatchActivities(ledger: Ledger): Promise<void> {
  for (const period of PERIODS) {
    expect(await reportFromDigests(ledger, period), JSON.stringify(period)).toEqual(await reportFromActivities(ledger, period));
  }
}

export async function storedDoc(ledger: Ledger, id: string): Promise<ActivityDoc> {
  const doc = await ledger.activities.get(id);
  if (!doc) throw new Error(`no activity ${id}`);
  return doc;
}

