import { useMemo, useState } from 'react';
import { combineLatest, from, map, switchMap, type Observable } from 'rxjs';
import { useLedger } from '../../app/LedgerContext';
import type { Ledger } from '../../data/session';
import { SERVED_GROUPS, SERVICE_FIELDS } from '../../domain/catalog';
import { dutyFigures, dutyLines, type DutyFigures, type DutyLines } from '../../domain/duty/dutyFigures';
import type { PeriodDigest } from '../../domain/reports/digest';
import { periodRange, samePeriodLastYear, type ReportPeriod } from '../../domain/reports/period';
import { rankVolunteers, TOP_LIMIT } from '../../domain/reports/rankings';
import { stationReportFromDigests, type StationReport } from '../../domain/reports/stationReport';
import { useObservable } from '../../ui/useObservable';

export interface LoadedReport {
  report: StationReport;
  /** Duty shifts' credited hours beside the activities' (records/shift). */
  duty: DutyLines;
  volunteerName: (id: string) => string | undefined;
  teamName: (id: string) => string | undefined;
}

export interface StationReportState {
  /** The latest complete report; while another period loads, the previous one stays on screen. */
  loaded: LoadedReport | undefined;
  /** A report for `period` is still being read. */
  loading: boolean;
}

interface PeriodFigures {
  current: PeriodDigest;
  lastYear: PeriodDigest;
  /** Names of the volunteers the report ranks. */
  names: ReadonlyMap<string, string>;
}

/** Only the ranked volunteers' names are needed: reading all 2,000 volunteers would cost more than the report. */
async function namesOf(ledger: Ledger, ids: readonly string[]): Promise<Map<string, string>> {
  const docs = await ledger.db.volunteers.findByIds([...ids]).exec();
  return new Map([...docs.values()].map((v) => [v.id, v.name]));
}

/**
 * The digests of the period and of the same period last year, with the names the ranking needs, in one
 * step so the sheet is drawn once per change. Live: activities changed anywhere (this PC or sync) come
 * through the digests.
 */
function periodFigures$(ledger: Ledger, period: ReportPeriod): Observable<PeriodFigures> {
  return ledger.activities.reportDigests$([periodRange(period), periodRange(samePeriodLastYear(period))]).pipe(
    switchMap((digests) => {
      const [current, lastYear] = digests;
      if (!current || !lastYear) throw new Error('Expected the digests of two periods.');
      const ranked = rankVolunteers(current.volunteers, TOP_LIMIT).map((v) => v.volunteerId);
      return from(namesOf(ledger, ranked)).pipe(map((names) => ({ current, lastYear, names })));
    }),
  );
}

/** Duty figures of the period and of the same period last year, from the shifts' stored credits; live. */
function dutyOfPeriod$(ledger: Ledger, period: ReportPeriod): Observable<{ current: DutyFigures; lastYear: DutyFigures }> {
  const range = periodRange(period);
  const lastYearRange = periodRange(samePeriodLastYear(period));
  return combineLatest([ledger.shifts.inRange$(range), ledger.shifts.inRange$(lastYearRange)]).pipe(
    map(([current, lastYear]) => ({ current: dutyFigures(current, range), lastYear: dutyFigures(lastYear, lastYearRange) })),
  );
}

/**
 * The station report of a period, kept live. The figures come from per-month and per-year digests the
 * activity repository keeps beside the activities (data/activities/reportDigests.ts), so a big station's
 * yearly report reads a few small records instead of two years of activities. Pass a memoised `period`:
 * a new object means a new read.
 */
export function useStationReport(period: ReportPeriod): StationReportState {
  const ledger = useLedger();
  const figures = useObservable(useMemo(() => periodFigures$(ledger, period), [ledger, period]));
  const projects = useObservable(useMemo(() => ledger.projects.all$(), [ledger]));
  const teams = useObservable(useMemo(() => ledger.teams.all$(), [ledger]));
  const duty = useObservable(useMemo(() => dutyOfPeriod$(ledger, period), [ledger, period]));

  const report = useMemo(
    () =>
      figures && projects
        ? stationReportFromDigests({
            period,
            current: figures.current,
            lastYear: figures.lastYear,
            projects,
            fieldOrder: SERVICE_FIELDS,
            groupOrder: SERVED_GROUPS,
          })
        : undefined,
    [period, figures, projects],
  );
  const names = figures?.names;

  const fresh = useMemo((): LoadedReport | undefined => {
    if (!report || !names || !teams || !duty) return undefined;
    const teamNames = new Map(teams.map((t) => [t.id, t.name]));
    const activityHours = { current: report.comparison.hours.current, previous: report.comparison.hours.previous };
    return { report, duty: dutyLines(activityHours, duty), volunteerName: (id) => names.get(id), teamName: (id) => teamNames.get(id) };
  }, [report, names, teams, duty]);

  // Keeping the last complete report on screen avoids a blank flash and lets the charts update in place.
  const [last, setLast] = useState<LoadedReport | undefined>(undefined);
  if (fresh && fresh !== last) setLast(fresh);
  return { loaded: fresh ?? last, loading: fresh === undefined };
}
