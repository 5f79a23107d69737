import { useTranslation } from 'react-i18next';
import type { DateRange } from '../../../domain/dates';
import type { RequestLedger } from '../../../domain/requests/requestLedger';
import { satisfactionPercent } from '../../../domain/requests/requestFigures';
import type { RequestDoc } from '../../../records/request/shape';
import { PrintSheet } from '../../../ui/print/PrintSheet';
import { SignOffLine } from '../../../ui/print/SignOffLine';
import '../../reports/ledger.css';
import type { NameLookup } from '../requestRows';
import { closingCell, dispatchedCell, ratingCell, residentCell, stateCell } from './requestLedgerCells';

const WIDTHS = ['4%', '8%', '10%', '9%', '19%', '7%', '12%', '9%', '12%', '10%'];

/**
 * The 群众点单台账 of a period: each request received in it — who asked (phone masked), what, in which field,
 * to whom it went, where it stands, the activity that served it and the resident's rating — with the
 * totals and the sign-off line. Landscape, as the activity ledger.
 */
export function RequestLedgerSheet({
  ledger,
  stationName,
  period,
  names,
  fieldLabel,
  activityTitle,
}: {
  ledger: RequestLedger<RequestDoc>;
  stationName: string;
  period: DateRange;
  names: NameLookup;
  fieldLabel: (code: string) => string;
  activityTitle: (id: string) => string;
}) {
  const { t } = useTranslation();
  const { totals } = ledger;
  const rate = totals.rated === 0 ? t('requests.ledger.noRating') : `${satisfactionPercent(totals.satisfied / totals.rated)}%`;
  return (
    <PrintSheet orientation="landscape" testId="request-ledger-sheet">
      <h1>{t('requests.ledger.sheetTitle', { station: stationName })}</h1>
      <div className="print-meta">
        <span>{t('reports.ledger.range', { from: period.from, to: period.to })}</span>
      </div>
      <table className="print-table ledger-table" data-testid="request-ledger-table">
        <colgroup>
          {WIDTHS.map((width, i) => (
            <col key={i} style={{ width }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th>{t('requests.ledger.columns.index')}</th>
            <th>{t('requests.fields.receivedDate')}</th>
            <th>{t('requests.list.resident')}</th>
            <th>{t('requests.fields.phone')}</th>
            <th>{t('requests.fields.need')}</th>
            <th>{t('requests.fields.field')}</th>
            <th>{t('requests.ledger.columns.dispatched')}</th>
            <th>{t('requests.fields.state')}</th>
            <th>{t('requests.ledger.columns.closing')}</th>
            <th>{t('requests.fields.rating')}</th>
          </tr>
        </thead>
        <tbody>
          {ledger.rows.length === 0 ? (
            <tr>
              <td colSpan={WIDTHS.length} className="center">
                {t('requests.ledger.empty')}
              </td>
            </tr>
          ) : null}
          {ledger.rows.map((row) => (
            <tr key={row.request.id} data-testid="request-ledger-row">
              <td className="center">{row.index}</td>
              <td className="center">{row.request.receivedDate}</td>
              <td data-testid="request-ledger-resident">{residentCell(row)}</td>
              <td className="center" data-testid="request-ledger-phone">
                {row.maskedPhone}
              </td>
              <td>{row.request.need}</td>
              <td className="center">{fieldLabel(row.request.field)}</td>
              <td>{dispatchedCell(row, names, t)}</td>
              <td className="center">{stateCell(row, t)}</td>
              <td>{closingCell(row, activityTitle, t)}</td>
              <td>{ratingCell(row, t)}</td>
            </tr>
          ))}
          {/* A body row, not <tfoot>: Chromium repeats a footer on every printed page. */}
          <tr className="total-row" data-testid="request-ledger-totals">
            <td colSpan={WIDTHS.length}>{t('requests.ledger.total', { ...totals, rate })}</td>
          </tr>
        </tbody>
      </table>
      <SignOffLine />
    </PrintSheet>
  );
}
