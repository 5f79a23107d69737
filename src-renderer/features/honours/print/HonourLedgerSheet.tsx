import { useTranslation } from 'react-i18next';
import { HONOUR_LEVELS, honourKindKey, honourLevelKey, honourLinkKey } from '../../../domain/honours/honourKinds';
import type { HonourLedger } from '../../../domain/honours/honourLedger';
import { LedgerTable } from '../../../ui/print/LedgerTable';
import { PrintSheet } from '../../../ui/print/PrintSheet';
import { SignOffLine } from '../../../ui/print/SignOffLine';
import '../../reports/ledger.css';
import type { HonourRow } from '../honourRows';
import { honouredLabel, honourLabel } from '../honourText';

/**
 * The 表彰荣誉台账 of one year: each honour with its kind and own wording, level, batch, whom it honours,
 * who awarded it and when; the count by level under it and the sign-off line. Landscape, as the activity ledger.
 */
export function HonourLedgerSheet({ ledger, stationName, year }: { ledger: HonourLedger<HonourRow>; stationName: string; year: number }) {
  const { t } = useTranslation();
  const levels = HONOUR_LEVELS.map((level) => t('honours.ledger.levelCount', { level: t(honourLevelKey(level)), count: ledger.byLevel[level] })).join(
    t('reports.ledger.nameSeparator'),
  );
  const columns = [
    { width: '5%', heading: t('honours.ledger.columns.index') },
    { width: '12%', heading: t('honours.fields.kind') },
    { width: '22%', heading: t('honours.fields.title') },
    { width: '7%', heading: t('honours.fields.level') },
    { width: '8%', heading: t('honours.fields.batch') },
    { width: '8%', heading: t('honours.fields.linkKind') },
    { width: '13%', heading: t('honours.list.honoured') },
    { width: '15%', heading: t('honours.fields.awardedBy') },
    { width: '10%', heading: t('honours.fields.awardedDate') },
  ];
  return (
    <PrintSheet orientation="landscape" testId="honour-ledger-sheet">
      <h1>{t('honours.ledger.sheetTitle', { station: stationName, year })}</h1>
      <LedgerTable
        testId="honour-ledger-table"
        empty={ledger.rows.length === 0}
        emptyText={t('honours.ledger.empty')}
        columns={columns}
      >
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
          <td colSpan={columns.length}>{t('honours.ledger.total', { count: ledger.total, levels })}</td>
        </tr>
      </LedgerTable>
      <SignOffLine />
    </PrintSheet>
  );
}
