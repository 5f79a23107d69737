import { useTranslation } from 'react-i18next';
import { HONOUR_LEVELS, honourKindKey, honourLevelKey, honourLinkKey } from '../../../domain/honours/honourKinds';
import type { HonourLedger } from '../../../domain/honours/honourLedger';
import { PrintSheet } from '../../../ui/print/PrintSheet';
import { SignOffLine } from '../../../ui/print/SignOffLine';
import '../../reports/ledger.css';
import type { HonourRow } from '../honourRows';
import { honouredLabel, honourLabel } from '../honourText';

const WIDTHS = ['5%', '12%', '22%', '7%', '8%', '8%', '13%', '15%', '10%'];

/**
 * The 表彰荣誉台账 of one year: each honour with its kind and own wording, level, batch, whom it honours,
 * who awarded it and when; the count by level under it and the sign-off line. Landscape, as the activity ledger.
 */
export function HonourLedgerSheet({ ledger, stationName, year }: { ledger: HonourLedger<HonourRow>; stationName: string; year: number }) {
  const { t } = useTranslation();
  const levels = HONOUR_LEVELS.map((level) => t('honours.ledger.levelCount', { level: t(honourLevelKey(level)), count: ledger.byLevel[level] })).join(
    t('reports.ledger.nameSeparator'),
  );
  return (
    <PrintSheet orientation="landscape" testId="honour-ledger-sheet">
      <h1>{t('honours.ledger.sheetTitle', { station: stationName, year })}</h1>
      <table className="print-table ledger-table" data-testid="honour-ledger-table">
        <colgroup>
          {WIDTHS.map((width, i) => (
            <col key={i} style={{ width }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th>{t('honours.ledger.columns.index')}</th>
            <th>{t('honours.fields.kind')}</th>
            <th>{t('honours.fields.title')}</th>
            <th>{t('honours.fields.level')}</th>
            <th>{t('honours.fields.batch')}</th>
            <th>{t('honours.fields.linkKind')}</th>
            <th>{t('honours.list.honoured')}</th>
            <th>{t('honours.fields.awardedBy')}</th>
            <th>{t('honours.fields.awardedDate')}</th>
          </tr>
        </thead>
        <tbody>
          {ledger.rows.length === 0 ? (
            <tr>
              <td colSpan={WIDTHS.length} className="center">
                {t('honours.ledger.empty')}
              </td>
            </tr>
          ) : null}
          {ledger.rows.map(({ index, honour }) => (
            <tr key={honour.id} data-testid="honour-ledger-row">
              <td className="center">{index}</td>
              <td>{t(honourKindKey(honour.kind))}</td>
              <td>{honourLabel(honour, t)}</td>
              <td className="center">{t(honourLevelKey(honour.level))}</td>
              <td className="center">{honour.batch}</td>
              <td className="center">{t(honourLinkKey(honour.linkKind))}</td>
              <td>{honouredLabel(honour, t)}</td>
              <td>{honour.awardedBy}</td>
              <td className="center">{honour.awardedDate}</td>
            </tr>
          ))}
          {/* A body row, not <tfoot>: Chromium repeats a footer on every printed page. */}
          <tr className="total-row" data-testid="honour-ledger-totals">
            <td colSpan={WIDTHS.length}>{t('honours.ledger.total', { count: ledger.total, levels })}</td>
          </tr>
        </tbody>
      </table>
      <SignOffLine />
    </PrintSheet>
  );
}
