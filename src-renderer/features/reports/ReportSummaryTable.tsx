import { useTranslation } from 'react-i18next';
import { COMPARED_METRICS, formatPercentChange, type Comparison } from '../../domain/reports/comparison';
import { formatHours } from './format';

/** The four headline figures, this period against the same period last year. */
export function ReportSummaryTable({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation();
  const show = (metric: string, value: number) => (metric === 'hours' ? formatHours(value) : String(value));
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
        {COMPARED_METRICS.map((metric) => {
          const c = comparison[metric];
          return (
            <tr key={metric} data-testid={`report-summary-${metric}`}>
              <td>{t(`reports.report.metrics.${metric}`)}</td>
              <td className="num" data-testid={`report-${metric}`}>
                {show(metric, c.current)}
              </td>
              <td className="num">{show(metric, c.previous)}</td>
              <td className="num">{c.ratio === null ? t('reports.report.summary.noData') : formatPercentChange(c.ratio)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
