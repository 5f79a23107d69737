import { useTranslation } from 'react-i18next';
import { hasDuty, type DutyLines } from '../../domain/duty/dutyFigures';
import { COMPARED_METRICS, formatPercentChange, type Comparison, type MetricChange } from '../../domain/reports/comparison';
import { formatHours } from './format';

/**
 * The four headline figures, this period against the same period last year; where the station kept duty
 * posts, the duty shifts' hours follow the activities' hours, then both together.
 */
export function ReportSummaryTable({ comparison, duty }: { comparison: Comparison; duty?: DutyLines }) {
  const { t } = useTranslation();
  const show = (metric: string, value: number) => (metric === 'hours' ? formatHours(value) : String(value));
  const hoursRow = (key: string, label: string, c: MetricChange) => (
    <tr key={key} data-testid={`report-summary-${key}`}>
      <td>{label}</td>
      <td className="num" data-testid={`report-${key}`}>
        {formatHours(c.current)}
      </td>
      <td className="num">{formatHours(c.previous)}</td>
      <td className="num">{c.ratio === null ? t('reports.report.summary.noData') : formatPercentChange(c.ratio)}</td>
    </tr>
  );
  const dutyRows =
    duty && hasDuty(duty) ? [hoursRow('dutyHours', t('duty.report.dutyHours'), duty.dutyHours), hoursRow('allHours', t('duty.report.allHours'), duty.allHours)] : [];
  return (
    <table className="print-table" data-testid="report-summary">
      <thead>
        <tr>
          <th>{t('reports.report.summary.metric')}</th>
          <th>{t('reports.report.summary.current')}</th>
          <th>{t('reports.report.summary.lastYear')}</th>
          <th>{t('reports.report.summary.change')}</th>
        </tr>
      </thead>
      <tbody>
        {COMPARED_METRICS.flatMap((metric) => {
          const c = comparison[metric];
          const row = (
            <tr key={metric} data-testid={`report-summary-${metric}`}>
              <td>{t(`reports.report.metrics.${metric}`)}</td>
              <td className="num" data-testid={`report-${metric}`}>
                {show(metric, c.current)}
              </td>
              <td className="num">{show(metric, c.previous)}</td>
              <td className="num">{c.ratio === null ? t('reports.report.summary.noData') : formatPercentChange(c.ratio)}</td>
            </tr>
          );
          return metric === 'hours' ? [row, ...dutyRows] : [row];
        })}
      </tbody>
    </table>
  );
}
