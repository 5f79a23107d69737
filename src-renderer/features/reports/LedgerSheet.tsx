import { useTranslation } from 'react-i18next';
import type { ActivityDoc } from '../../domain/entities/activity';
import type { ActivityLedger } from '../../domain/reports/activityLedger';
import { PrintSheet } from '../../ui/print/PrintSheet';
import { SignOffLine } from '../../ui/print/SignOffLine';
import { useCatalog } from '../../ui/useCatalog';
import { formatHours } from './format';

/** The 台账 of a period: one line per activity, totals, and the sign-off line. Landscape for the long titles. */
export function LedgerSheet({
  ledger,
  stationName,
  from,
  to,
  field,
}: {
  ledger: ActivityLedger<ActivityDoc>;
  stationName: string;
  from: string;
  to: string;
  field: string;
}) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const { rows, totals } = ledger;
  return (
    <PrintSheet orientation="landscape" testId="ledger-sheet">
      <h1>{t('reports.ledger.sheetTitle', { station: stationName })}</h1>
      <div className="print-meta">
        <span>{t('reports.ledger.range', { from, to })}</span>
        <span>{t('reports.ledger.fieldLine', { field: field ? catalog.fields.label(field) : t('reports.ledger.allFields') })}</span>
      </div>
      <table className="print-table" data-testid="ledger-table">
        <colgroup>
          <col style={{ width: '5%' }} />
          <col style={{ width: '10%' }} />
          <col style={{ width: '29%' }} />
          <col style={{ width: '20%' }} />
          <col style={{ width: '10%' }} />
          <col style={{ width: '9%' }} />
          <col style={{ width: '9%' }} />
          <col style={{ width: '8%' }} />
        </colgroup>
        <thead>
          <tr>
            <th>{t('reports.ledger.columns.index')}</th>
            <th>{t('reports.ledger.columns.date')}</th>
            <th>{t('reports.ledger.columns.title')}</th>
            <th>{t('reports.ledger.columns.place')}</th>
            <th>{t('reports.ledger.columns.field')}</th>
            <th>{t('reports.ledger.columns.participants')}</th>
            <th>{t('reports.ledger.columns.hours')}</th>
            <th>{t('reports.ledger.columns.served')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={8} className="center">
                {t('reports.ledger.empty')}
              </td>
            </tr>
          ) : null}
          {rows.map((row) => (
            <tr key={row.activity.id} data-testid="ledger-row">
              <td className="center">{row.index}</td>
              <td className="center">{row.activity.date}</td>
              <td>{row.activity.title}</td>
              <td>{row.activity.place}</td>
              <td className="center">{catalog.fields.label(row.activity.field)}</td>
              <td className="num">{row.participants}</td>
              <td className="num">{formatHours(row.hours)}</td>
              <td className="num">{row.served}</td>
            </tr>
          ))}
          {/* A body row, not <tfoot>: Chromium repeats a footer on every printed page. */}
          <tr className="total-row" data-testid="ledger-totals">
            <td colSpan={5}>{t('reports.ledger.total', { sessions: totals.sessions })}</td>
            <td className="num">{totals.participants}</td>
            <td className="num">{formatHours(totals.hours)}</td>
            <td className="num">{totals.served}</td>
          </tr>
        </tbody>
      </table>
      <SignOffLine />
    </PrintSheet>
  );
}
