import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StationDoc } from '../../domain/entities/station';
import { PrintSheet } from '../../ui/print/PrintSheet';
import { SignOffLine } from '../../ui/print/SignOffLine';
import { periodLabel, todayLabel } from './format';
import { ReportCharts } from './ReportCharts';
import { FieldSummaryTable, MonthFieldTable } from './ReportFieldTables';
import { HonoursTable } from './ReportHonours';
import { ProjectsTable, TopTeamsTable, TopVolunteersTable } from './ReportRankings';
import { ReportSummaryTable } from './ReportSummaryTable';
import { ServedGroupsTable } from './ServedGroupsTable';
import type { LoadedReport } from './useStationReport';

/** Chinese ordinal numbering of sections (一、二、…), so a monthly report without the month table stays in order. */
const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function Section({ index, title, children }: { index: number; title: string; children: ReactNode }) {
  return (
    <section>
      <h2>{`${ORDINALS[index] ?? index + 1}、${title}`}</h2>
      {children}
    </section>
  );
}

/**
 * The station's monthly or yearly report as one printable A4 document. Memoised: while the next period
 * loads, the page around it re-renders and the sheet (the same report) is left alone.
 */
export const StationReportSheet = memo(function StationReportSheet({ loaded, station }: { loaded: LoadedReport; station: StationDoc }) {
  const { t } = useTranslation();
  const { report } = loaded;
  const where = [station.county, station.institute].filter(Boolean).join(' ');
  const sections: Array<{ key: string; title: string; body: ReactNode }> = [
    { key: 'summary', title: t('reports.report.sections.summary'), body: <ReportSummaryTable comparison={report.comparison} duty={loaded.duty} /> },
    { key: 'trend', title: t('reports.report.sections.trend'), body: <ReportCharts report={report} /> },
    { key: 'byField', title: t('reports.report.sections.byField'), body: <FieldSummaryTable report={report} /> },
  ];
  if (report.period.kind === 'year') {
    sections.push({ key: 'monthField', title: t('reports.report.sections.monthField'), body: <MonthFieldTable report={report} /> });
  }
  sections.push(
    { key: 'served', title: t('reports.report.sections.served'), body: <ServedGroupsTable served={report.served} /> },
    { key: 'projects', title: t('reports.report.sections.projects'), body: <ProjectsTable loaded={loaded} /> },
    { key: 'volunteers', title: t('reports.report.sections.volunteers'), body: <TopVolunteersTable loaded={loaded} /> },
    { key: 'teams', title: t('reports.report.sections.teams'), body: <TopTeamsTable loaded={loaded} /> },
  );
  if (report.period.kind === 'year') {
    sections.push({ key: 'honours', title: t('reports.report.sections.honours'), body: <HonoursTable year={report.period.year} /> });
  }

  return (
    <PrintSheet testId="report-sheet">
      <h1>{t('reports.report.sheetTitle', { station: station.name })}</h1>
      <div className="print-subtitle" data-testid="report-period">
        {periodLabel(report.period, t)}
      </div>
      <div className="print-meta">
        <span>{t('reports.report.range', { from: report.range.from, to: report.range.to })}</span>
        {where ? <span>{t('reports.report.belongsTo', { where })}</span> : null}
        <span>{t('reports.report.madeOn', { date: todayLabel() })}</span>
      </div>
      {sections.map((s, i) => (
        <Section key={s.key} index={i} title={s.title}>
          {s.body}
        </Section>
      ))}
      <SignOffLine />
    </PrintSheet>
  );
});
