import { useTranslation } from 'react-i18next';
import type { DateRange } from '../../../domain/dates';
import type { DutyRoster } from '../../../domain/duty/dutyRoster';
import type { ShiftDoc } from '../../../records/shift/shape';
import { LedgerTable } from '../../../ui/print/LedgerTable';
import { PrintSheet } from '../../../ui/print/PrintSheet';
import { SignOffLine } from '../../../ui/print/SignOffLine';
import { formatHours } from '../../reports/format';
import '../../reports/ledger.css';
import { RosterShiftRows } from './RosterShiftRows';

export interface RosterHeading {
  stationName: string;
  postName: string;
  place: string;
  period: DateRange;
}

/**
 * The 值守排班表 of one post over a period: each shift with who stood it, when they signed in and out, the
 * hours credited and what awaits review, the totals and the sign-off line. Landscape, as the activity ledger.
 */
export function DutyRosterSheet({ roster, heading, nameOf }: { roster: DutyRoster<ShiftDoc>; heading: RosterHeading; nameOf: (volunteerId: string) => string }) {
  const { t } = useTranslation();
  const { totals } = roster;
  const columns = [
    { width: '4%', heading: t('duty.roster.columns.index') },
    { width: '9%', heading: t('duty.roster.columns.date') },
    { width: '9%', heading: t('duty.roster.columns.time') },
    { width: '5%', heading: t('duty.roster.columns.needed') },
    { width: '10%', heading: t('duty.roster.columns.name') },
    { width: '10%', heading: t('duty.roster.columns.signIn') },
    { width: '10%', heading: t('duty.roster.columns.signOut') },
    { width: '7%', heading: t('duty.roster.columns.hours') },
    { width: '7%', heading: t('duty.roster.columns.shiftHours') },
    { width: '29%', heading: t('duty.roster.columns.notes') },
  ];
  return (
    <PrintSheet orientation="landscape" testId="duty-roster-sheet">
      <h1>{t('duty.roster.sheetTitle', { post: heading.postName })}</h1>
      <div className="print-meta">
        <span>{t('duty.roster.station', { station: heading.stationName })}</span>
        {heading.place ? <span>{t('duty.roster.place', { place: heading.place })}</span> : null}
        <span>{t('reports.ledger.range', { from: heading.period.from, to: heading.period.to })}</span>
      </div>
      <LedgerTable
        testId="duty-roster-table"
        empty={roster.shifts.length === 0}
        emptyText={t('duty.roster.empty')}
        columns={columns}
      >
        {roster.shifts.map((row) => (
          <RosterShiftRows key={row.shift.id} row={row} nameOf={nameOf} />
        ))}
        {/* A body row, not <tfoot>: Chromium repeats a footer on every printed page. */}
        <tr className="total-row" data-testid="duty-roster-totals">
          <td colSpan={7}>{t('duty.roster.total', { shifts: totals.shifts, attended: totals.attended })}</td>
          <td className="num" colSpan={2}>
            {formatHours(totals.hours)}
          </td>
          <td>{totals.toReview > 0 ? t('duty.roster.totalToReview', { count: totals.toReview }) : ''}</td>
        </tr>
      </LedgerTable>
      <SignOffLine />
    </PrintSheet>
  );
}
