import { useMemo, useState } from 'react';
import { from, of } from 'rxjs';
import { useLedger } from '../../app/LedgerContext';
import type { Ledger } from '../../data/session';
import { SERVED_GROUPS, SERVICE_FIELDS } from '../../domain/catalog';
import { periodRange, samePeriodLastYear, type ReportPeriod } from '../../domain/reports/period';
import { buildStationReport, type StationReport } from '../../domain/reports/stationReport';
import { useObservable } from '../../ui/useObservable';

export interface LoadedReport {
  report: StationReport;
  volunteerName: (id: string) => string | undefined;
  teamName: (id: string) => string | undefined;
}

export interface StationReportState {
  /** The latest complete report; while another period loads, the previous one stays on screen. */
  loaded: LoadedReport | undefined;
  /** A report for `period` is still being read. */
  loading: boolean;
}

/** Only the ranked volunteers' names are needed: reading all 2,000 volunteers would cost more than the report. */
async function namesOf(ledger: Ledger, ids: readonly string[]): Promise<Map<string, string>> {
  const docs = await Promise.all(ids.map((id) => ledger.volunteers.get(id)));
  return new Map(docs.flatMap((v) => (v ? [[v.id, v.name] as const] : [])));
}

/**
 * The station report of a period, kept live: the activities of the period and of the same period last
 * year come from two date-range queries (the date index), and the figures are recomputed in memory when
 * either changes. Pass a memoised `period`: a new object means new queries.
 */
export function useStationReport(period: ReportPeriod): StationReportState {
  const ledger = useLedger();
  const current = useObservable(useMemo(() => ledger.activities.query$(periodRange(period)), [ledger, period]));
  const lastYear = useObservable(useMemo(() => ledger.activities.query$(periodRange(samePeriodLastYear(period))), [ledger, period]));
  const projects = useObservable(useMemo(() => ledger.projects.all$(), [ledger]));
  const teams = useObservable(useMemo(() => ledger.teams.all$(), [ledger]));

  const report = useMemo(
    () =>
      current && lastYear && projects
        ? buildStationReport({
            period,
            activities: current,
            lastYearActivities: lastYear,
            projects,
            fieldOrder: SERVICE_FIELDS,
            groupOrder: SERVED_GROUPS,
          })
        : undefined,
    [period, current, lastYear, projects],
  );
  const rankedIds = report?.topVolunteers.map((v) => v.volunteerId).join('\n');
  const names = useObservable(
    useMemo(() => (rankedIds === undefined ? of(null) : from(namesOf(ledger, rankedIds ? rankedIds.split('\n') : []))), [ledger, rankedIds]),
  );

  const fresh = useMemo((): LoadedReport | undefined => {
    if (!report || !names || !teams) return undefined;
    const teamNames = new Map(teams.map((t) => [t.id, t.name]));
    return { report, volunteerName: (id) => names.get(id), teamName: (id) => teamNames.get(id) };
  }, [report, names, teams]);

  // Keeping the last complete report on screen avoids a blank flash and lets the charts update in place.
  const [last, setLast] = useState<LoadedReport | undefined>(undefined);
  if (fresh && fresh !== last) setLast(fresh);
  return { loaded: fresh ?? last, loading: fresh === undefined };
}
