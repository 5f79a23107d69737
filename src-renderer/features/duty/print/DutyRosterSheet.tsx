import { useTranslation } from 'react-i18next';
import type { DateRange } from '../../../domain/dates';
import type { DutyRoster } from '../../../domain/duty/dutyRoster';
import type { ShiftDoc } from '../../../records/shift/shape';
import { PrintSheet } from '../../../ui/print/PrintSheet';
import { SignOffLine } from '../../../ui/print/SignOffLine';
import { formatHours } from '../../reports/format';
import '../../reports/ledger.css';
import { RosterShiftRows } from './RosterShiftRows';

/** Column widths of the ten columns across A4 landscape. */
const WIDTHS = ['4%', '9%', '9%', '5%', '10%', '10%', '10%', '7%', '7%', '29%'];

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
  return (
    <PrintSheet orientation="landscape" testId="duty-roster-sheet">
      <h1>{t('duty.roster.sheetTitle', { post: heading.postName })}</h1>
      <div className="print-meta">
        <span>{t('duty.roster.station', { station: heading.stationName })}</span>
        {heading.place ? <span>{t('duty.roster.place', { place: heading.place })}</span> : null}
        <span>{t('reports.ledger.range', { from: heading.period.from, to: heading.period.to })}</span>
      </div>
      <table className="print-table ledger-table" data-testid="duty-roster-table">
        <colgroup>
          {WIDTHS.map((width, i) => (
            <col key={i} style={{ width }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th>{t('duty.roster.columns.index')}</th>
            <th>{t('duty.roster.columns.date')}</th>
            <th>{t('duty.roster.columns.time')}</th>
            <th>{t('duty.roster.columns.needed')}</th>
            <th>{t('duty.roster.columns.name')}</th>
            <th>{t('duty.roster.columns.signIn')}</th>
            <th>{t('duty.roster.columns.signOut')}</th>
            <th>{t('duty.roster.columns.hours')}</th>
            <th>{t('duty.roster.columns.shiftHours')}</th>
            <th>{t('duty.roster.columns.notes')}</th>
          </tr>
        </thead>
        <tbody>
          {roster.shifts.length === 0 ? (
            <tr>
              <td colSpan={WIDTHS.length} className="center">
                {t('duty.roster.empty')}
              </td>
            </tr>
          ) : null}
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
        </tbody>
      </table>
      <SignOffLine />
    </PrintSheet>
  );
}
