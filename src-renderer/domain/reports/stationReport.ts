import type { DateRange } from '../dates';
import { summarizeActivities, type ActivityFacts, type ActivityFigures } from '../figures';
import { compareFigures, type Comparison } from './comparison';
import { figuresBySlot, reportFields, sessionsBySlotAndField, type SlotFieldTable, type TimeSlotFigures } from './fieldTables';
import { bucketOf, periodBuckets, periodRange, samePeriodLastYear, type ReportPeriod } from './period';
import { projectsInPeriod, type ProjectInPeriod, type ReportProject } from './projects';
import { TOP_LIMIT, topTeams, topVolunteers, type TeamRank, type VolunteerRank } from './rankings';
import { servedByGroup, type ServedByGroup } from './servedGroups';

/** What a report needs of an activity (an ActivityDoc has all of it). */
export interface ReportActivity extends ActivityFacts {
  teamId: string;
  projectId: string;
  servedGroups: readonly string[];
}

export interface StationReportInput {
  period: ReportPeriod;
  /** Activities dated inside the period (others are ignored). */
  activities: readonly ReportActivity[];
  /** Activities of the same period one year earlier, for the comparison. */
  lastYearActivities: readonly ReportActivity[];
  projects: readonly ReportProject[];
  /** Catalogue orders, so tables list fields and groups as the city does. */
  fieldOrder: readonly string[];
  groupOrder: readonly string[];
  /** Sort keys (pinyin of names) for ties in the rankings. */
  volunteerKey?: (id: string) => string;
  teamKey?: (id: string) => string;
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

/** Every figure of the station's monthly or yearly report, from the period's activities. */
export function buildStationReport(input: StationReportInput): StationReport {
  const { period } = input;
  const range = periodRange(period);
  const lastYearRange = periodRange(samePeriodLastYear(period));
  const activities = input.activities.filter(within(range));
  const lastYear = input.lastYearActivities.filter(within(lastYearRange));

  const totals = summarizeActivities(activities);
  const previous = summarizeActivities(lastYear);
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
    bySlot: figuresBySlot(activities, periodBuckets(period), slotOf),
    slotFieldTable: sessionsBySlotAndField(activities, tableSlots, fields, tableSlotOf),
    served: servedByGroup(activities, input.groupOrder),
    projects: projectsInPeriod(input.projects, activities, range),
    topVolunteers: topVolunteers(activities, TOP_LIMIT, input.volunteerKey),
    topTeams: topTeams(activities, TOP_LIMIT, input.teamKey),
    comparison: compareFigures(totals, previous),
  };
}
