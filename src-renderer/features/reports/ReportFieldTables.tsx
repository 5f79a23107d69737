import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StationReport } from '../../domain/reports/stationReport';
import { formatHours } from './format';
import { useReportLabels } from './useReportLabels';

/** Sessions, hours and people served for each field, with a total row. */
export function FieldSummaryTable({ report }: { report: StationReport }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const { totals } = report;
  // The same element each time: React leaves an unchanged head alone on a period switch.
  const head = useMemo(
    () => (
      <thead>
        <tr>
          <th>{t('reports.report.byField.field')}</th>
          <th>{t('reports.report.byField.sessions')}</th>
          <th>{t('reports.report.byField.hours')}</th>
          <th>{t('reports.report.byField.served')}</th>
        </tr>
      </thead>
    ),
    [t],
  );
  return (
    <table className="print-table" data-testid="report-by-field">
      {head}
      <tbody>
        {report.fields.map((field) => {
          const f = totals.byField[field];
          return (
            <tr key={field}>
              <td>{labels.field(field)}</td>
              <td className="num">{f?.sessions ?? 0}</td>
              <td className="num">{formatHours(f?.hours ?? 0)}</td>
              <td className="num">{f?.served ?? 0}</td>
            </tr>
          );
        })}
        <tr className="total-row">
          <td>{t('reports.report.byField.total')}</td>
          <td className="num">{totals.sessions}</td>
          <td className="num">{formatHours(totals.hours)}</td>
          <td className="num">{totals.served}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** The yearly report's 12-month × field table of sessions (场次). */
export function MonthFieldTable({ report }: { report: StationReport }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const table = report.slotFieldTable;
  const monthLabels = useMemo(() => Array.from({ length: 12 }, (_, i) => t('reports.report.monthField.monthLabel', { month: i + 1 })), [t]);
  const monthLabel = (slot: string) =>
    monthLabels[Number(slot.slice(5, 7)) - 1] ?? t('reports.report.monthField.monthLabel', { month: Number(slot.slice(5, 7)) });
  return (
    <table className="print-table print-table--compact" data-testid="report-month-field">
      <thead>
        <tr>
          <th>{t('reports.report.monthField.month')}</th>
          {table.fields.map((field) => (
            <th key={field}>{labels.field(field)}</th>
          ))}
          <th>{t('reports.report.monthField.total')}</th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.slot}>
            <td className="center">{monthLabel(row.slot)}</td>
            {table.fields.map((field) => (
              <td key={field} className="num">
                {row.byField[field] ?? 0}
              </td>
            ))}
            <td className="num">{row.total}</td>
          </tr>
        ))}
        <tr className="total-row">
          <td className="center">{t('reports.report.monthField.total')}</td>
          {table.fields.map((field) => (
            <td key={field} className="num">
              {table.totals.byField[field] ?? 0}
            </td>
          ))}
          <td className="num">{table.totals.total}</td>
        </tr>
      </tbody>
    </table>
  );
}
