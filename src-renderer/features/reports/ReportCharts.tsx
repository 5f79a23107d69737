import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StationReport } from '../../domain/reports/stationReport';
import { fieldChartOption, slotChartOption, type ChartLabels } from './chartOptions';
import { EChart } from './EChart';
import { useReportLabels } from './useReportLabels';

const CHART_HEIGHT = 230;
/** The field chart grows with the fields that had sessions, so one field is not one huge bar. */
const FIELD_ROW_HEIGHT = 22;
const FIELD_CHART_PADDING = 24;

/** The bar chart over time and the bars by field, one under the other to use the sheet's width. */
export function ReportCharts({ report }: { report: StationReport }) {
  const { t } = useTranslation();
  const catalogLabels = useReportLabels();
  const labels = useMemo(
    (): ChartLabels => ({
      sessions: t('reports.report.charts.sessions'),
      hours: t('reports.report.charts.hours'),
      sessionsUnit: t('common.sessionsUnit'),
      slotLabel: (slot) =>
        report.period.kind === 'year'
          ? t('reports.report.charts.monthAxis', { month: Number(slot.slice(5, 7)) })
          : t('reports.report.charts.dayAxis', { day: Number(slot.slice(8, 10)) }),
      fieldLabel: catalogLabels.field,
    }),
    [t, catalogLabels, report.period.kind],
  );
  const bars = useMemo(() => slotChartOption(report, labels), [report, labels]);
  const byField = useMemo(() => fieldChartOption(report, labels), [report, labels]);
  const fieldsWithSessions = report.fields.filter((f) => (report.totals.byField[f]?.sessions ?? 0) > 0).length;
  const barsTitle = report.period.kind === 'year' ? t('reports.report.charts.byMonth') : t('reports.report.charts.byDay');
  return (
    <div className="print-avoid-break">
      <div className="print-note">{barsTitle}</div>
      <EChart option={bars} height={CHART_HEIGHT} testId="report-chart-time" />
      {report.totals.sessions > 0 ? (
        <>
          <div className="print-note">{t('reports.report.charts.byField')}</div>
          <EChart option={byField} height={fieldsWithSessions * FIELD_ROW_HEIGHT + FIELD_CHART_PADDING} testId="report-chart-field" />
        </>
      ) : null}
    </div>
  );
}
