import { useTranslation } from 'react-i18next';
import type { DateRange } from '../../../domain/dates';
import type { RequestLedger } from '../../../domain/requests/requestLedger';
import { satisfactionPercent } from '../../../domain/requests/requestFigures';
import type { RequestDoc } from '../../../records/request/shape';
import { LedgerTable } from '../../../ui/print/LedgerTable';
import { PrintSheet } from '../../../ui/print/PrintSheet';
import { SignOffLine } from '../../../ui/print/SignOffLine';
import '../../reports/ledger.css';
import type { NameLookup } from '../requestRows';
import { closingCell, dispatchedCell, ratingCell, residentCell, stateCell } from './requestLedgerCells';

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
  const columns = [
    { width: '4%', heading: t('requests.ledger.columns.index') },
    { width: '8%', heading: t('requests.fields.receivedDate') },
    { width: '10%', heading: t('requests.list.resident') },
    { width: '9%', heading: t('requests.fields.phone') },
    { width: '19%', heading: t('requests.fields.need') },
    { width: '7%', heading: t('requests.fields.field') },
    { width: '12%', heading: t('requests.ledger.columns.dispatched') },
    { width: '9%', heading: t('requests.fields.state') },
    { width: '12%', heading: t('requests.ledger.columns.closing') },
    { width: '10%', heading: t('requests.fields.rating') },
  ];
  return (
    <PrintSheet orientation="landscape" testId="request-ledger-sheet">
      <h1>{t('requests.ledger.sheetTitle', { station: stationName })}</h1>
      <div className="print-meta">
        <span>{t('reports.ledger.range', { from: period.from, to: period.to })}</span>
      </div>
      <LedgerTable
        testId="request-ledger-table"
        empty={ledger.rows.length === 0}
        emptyText={t('requests.ledger.empty')}
        columns={columns}
      >
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
          <td colSpan={columns.length}>{t('requests.ledger.total', { ...totals, rate })}</td>
        </tr>
      </LedgerTable>
      <SignOffLine />
    </PrintSheet>
  );
}
