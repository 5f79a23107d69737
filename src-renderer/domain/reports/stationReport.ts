import type { DateRange } from '../dates';
import type { ActivityFigures, FieldFigures } from '../figures';
import { fromHalfHourUnits } from '../hours';
import { compareFigures, type Comparison } from './comparison';
import { digestActivities, type PeriodDigest, type ReportActivity } from './digest';
import { figuresBySlot, reportFields, sessionsBySlotAndField, type SlotFieldTable, type Sums, type TimeSlotFigures } from './fieldTables';
import { bucketOf, periodBuckets, periodRange, samePeriodLastYear, type ReportPeriod } from './period';
import { projectsWithWork, type ProjectInPeriod, type ReportProject } from './projects';
import { rankTeams, rankVolunteers, TOP_LIMIT, type TeamRank, type VolunteerRank } from './rankings';
import { orderServedGroups, type ServedByGroup } from './servedGroups';

export type { ReportActivity } from './digest';

interface ReportOptions {
  period: ReportPeriod;
  projects: readonly ReportProject[];
  /** Catalogue orders, so tables list fields and groups as the city does. */
  fieldOrder: readonly string[];
  groupOrder: readonly string[];
  /** Sort keys (pinyin of names) for ties in the rankings. */
  volunteerKey?: (id: string) => string;
  teamKey?: (id: string) => string;
}

export interface StationReportInput extends ReportOptions {
  /** Activities dated inside the period (others are ignored). */
  activities: readonly ReportActivity[];
  /** Activities of the same period one year earlier, for the comparison. */
  lastYearActivities: readonly ReportActivity[];
}

export interface DigestReportInput extends ReportOptions {
  /** The digest of the activities dated inside the period (periodRange), and nothing else. */
  current: PeriodDigest;
  /** The digest of the same period one year earlier (periodRange of samePeriodLastYear). */
  lastYear: PeriodDigest;
}

export interface StationReport {
  period: ReportPeriod;
  range: DateRange;
  lastYearRange: DateRange;
  totals: ActivityFigures;
  /** Columns of the field tables: the catalogue's fields, then others in use. */
  fields: string[];
  /** By month (yearly report) or by day (monthly report). */
  bySlot: TimeSlotFigures[];
  /** Sessions by month × field; for a monthly report a single row. */
  slotFieldTable: SlotFieldTable;
  served: ServedByGroup;
  projects: ProjectInPeriod[];
  topVolunteers: VolunteerRank[];
  topTeams: TeamRank[];
  comparison: Comparison;
}

function within(range: DateRange) {
  return (a: { date: string }) => a.date >= range.from && a.date <= range.to;
}

/** Sessions, hours, distinct active volunteers and people served, overall and by field. */
export function digestTotals(digest: PeriodDigest): ActivityFigures {
  const byField = new Map<string, Sums>();
  for (const day of digest.days) {
    for (const [field, sums] of Object.entries(day.byField)) {
      const f = byField.get(field) ?? { sessions: 0, units: 0, served: 0 };
      f.sessions += sums.sessions;
      f.units += sums.units;
      f.served += sums.served;
      byField.set(field, f);
    }
  }
  const all = [...byField.values()];
  const total = (key: keyof Sums) => all.reduce((sum, f) => sum + f[key], 0);
  return {
    sessions: total('sessions'),
    hours: fromHalfHourUnits(total('units')),
    served: total('served'),
    volunteersActive: digest.volunteers.length,
    byField: Object.fromEntries(
      [...byField].map(([field, f]): [string, FieldFigures] => [field, { sessions: f.sessions, hours: fromHalfHourUnits(f.units), served: f.served }]),
    ),
  };
}

/** Every figure of the station's monthly or yearly report, from the digests of the period and of last year's. */
export function stationReportFromDigests(input: DigestReportInput): StationReport {
  const { period, current } = input;
  const range = periodRange(period);
  const lastYearRange = periodRange(samePeriodLastYear(period));

  const totals = digestTotals(current);
  const previous = digestTotals(input.lastYear);
  const fields = reportFields(input.fieldOrder, Object.keys(totals.byField));
  const slotOf = (date: string) => bucketOf(period, date);
  // A monthly report's field table has one row (the month); its chart goes by day.
  const tableSlots = period.kind === 'year' ? periodBuckets(period) : [period.month];
  const tableSlotOf = period.kind === 'year' ? slotOf : (date: string) => date.slice(0, 7);

  return {
    period,
    range,
    lastYearRange,
    totals,
    fields,
    bySlot: figuresBySlot(current.days, periodBuckets(period), slotOf),
    slotFieldTable: sessionsBySlotAndField(current.days, tableSlots, fields, tableSlotOf),
    served: orderServedGroups({ rows: current.groups, overlaps: current.groupOverlaps }, totals.served, input.groupOrder),
    projects: projectsWithWork(input.projects, current.projects, range),
    topVolunteers: rankVolunteers(current.volunteers, TOP_LIMIT, input.volunteerKey),
    topTeams: rankTeams(current.teams, TOP_LIMIT, input.teamKey),
    comparison: compareFigures(totals, previous),
  };
}

/** Every figure of the station's monthly or yearly report, from the period's activities. */
export function buildStationReport(input: StationReportInput): StationReport {
  const { activities, lastYearActivities, ...options } = input;
  return stationReportFromDigests({
    ...options,
    current: digestActivities(activities.filter(within(periodRange(input.period)))),
    lastYear: digestActivities(lastYearActivities.filter(within(periodRange(samePeriodLastYear(input.period))))),
  });
}
