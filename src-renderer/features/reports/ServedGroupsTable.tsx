import { useTranslation } from 'react-i18next';
import { UNSPECIFIED_GROUP, type ServedByGroup } from '../../domain/reports/servedGroups';
import { useReportLabels } from './useReportLabels';

/** People served by group, with the footnote on activities that serve several groups. */
export function ServedGroupsTable({ served }: { served: ServedByGroup }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const sum = served.rows.reduce((s, r) => s + r.served, 0);
  const label = (group: string) => (group === UNSPECIFIED_GROUP ? t('reports.report.served.unspecified') : labels.servedGroup(group));
  return (
    <>
      <table className="print-table" data-testid="report-served-groups">
        <thead>
          <tr>
            <th>{t('reports.report.served.group')}</th>
            <th>{t('reports.report.served.served')}</th>
            <th>{t('reports.report.served.sessions')}</th>
          </tr>
        </thead>
        <tbody>
          {served.rows.map((row) => (
            <tr key={row.group}>
              <td>{label(row.group)}</td>
              <td className="num">{row.served}</td>
              <td className="num">{row.sessions}</td>
            </tr>
          ))}
          <tr className="total-row">
            <td>{t('reports.report.served.total')}</td>
            <td className="num">{served.total}</td>
            <td />
          </tr>
        </tbody>
      </table>
      <div className="print-note" data-testid="report-served-note">
        {served.overlaps ? t('reports.report.served.overlap', { sum, total: served.total }) : t('reports.report.served.rule')}
      </div>
    </>
  );
}
