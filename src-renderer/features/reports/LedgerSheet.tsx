import { useTranslation } from 'react-i18next';
import type { ActivityDoc } from '../../domain/entities/activity';
import type { Named } from '../../domain/personOrder';
import type { ActivityLedger } from '../../domain/reports/activityLedger';
import { listParticipants } from '../../domain/reports/activityParticipants';
import { PrintSheet } from '../../ui/print/PrintSheet';
import { SignOffLine } from '../../ui/print/SignOffLine';
import { useCatalog } from '../../ui/useCatalog';
import './ledger.css';
import { formatHours } from './format';
import { namesCell, writeUpCell } from './ledgerCells';

/**
 * The 台账 of a period: one line per activity with who took part and what was done, totals, and the
 * sign-off line. Landscape for the long titles.
 */
export function LedgerSheet({
  ledger,
  people,
  full,
  stationName,
  from,
  to,
  field,
}: {
  ledger: ActivityLedger<ActivityDoc>;
  people: ReadonlyMap<string, Named>;
  /** Every name and the whole write-up, instead of the first names and an excerpt (see ledgerCells). */
  full: boolean;
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
      <table className="print-table ledger-table" data-testid="ledger-table">
        <colgroup>
          <col style={{ width: '4%' }} />
          <col style={{ width: '8.5%' }} />
          <col style={{ width: '15%' }} />
          <col style={{ width: '11%' }} />
          <col style={{ width: '7%' }} />
          <col style={{ width: '20%' }} />
          <col style={{ width: '5%' }} />
          <col style={{ width: '6%' }} />
          <col style={{ width: '6%' }} />
          <col style={{ width: '17.5%' }} />
        </colgroup>
        <thead>
          <tr>
            <th>{t('reports.ledger.columns.index')}</th>
            <th>{t('reports.ledger.columns.date')}</th>
            <th>{t('reports.ledger.columns.title')}</th>
            <th>{t('reports.ledger.columns.place')}</th>
            <th>{t('reports.ledger.columns.field')}</th>
            <th>{t('reports.ledger.columns.names')}</th>
            <th>{t('reports.ledger.columns.participants')}</th>
            <th>{t('reports.ledger.columns.hours')}</th>
            <th>{t('reports.ledger.columns.served')}</th>
            <th>{t('reports.ledger.columns.writeUp')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={10} className="center">
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
              <td data-testid="ledger-names">{namesCell(listParticipants(row.activity.participants, people), full, t)}</td>
              <td className="num">{row.participants}</td>
              <td className="num">{formatHours(row.hours)}</td>
              <td className="num">{row.served}</td>
              <td className="ledger-write-up" data-testid="ledger-write-up">
                {writeUpCell(row.activity.summary, full)}
              </td>
            </tr>
          ))}
          {/* A body row, not <tfoot>: Chromium repeats a footer on every printed page. */}
          <tr className="total-row" data-testid="ledger-totals">
            <td colSpan={5}>{t('reports.ledger.total', { sessions: totals.sessions })}</td>
            <td />
            <td className="num">{totals.participants}</td>
            <td className="num">{formatHours(totals.hours)}</td>
            <td className="num">{totals.served}</td>
            <td />
          </tr>
        </tbody>
      </table>
      <SignOffLine />
    </PrintSheet>
  );
}
