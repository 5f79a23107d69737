import { useTranslation } from 'react-i18next';
import type { RosterLine, RosterShiftRows as ShiftRows } from '../../../domain/duty/dutyRoster';
import type { ShiftDoc } from '../../../records/shift/shape';
import { formatHours } from '../../reports/format';
import { creditNotes } from '../creditNotes';

/** Sign-in or sign-out times of one person, visits joined (07:00、08:00); a missing sign-out said as such. */
function timesCell(line: RosterLine<ShiftDoc>, which: 'signIn' | 'signOut', missing: string): string {
  return line.times.map((visit) => visit[which] || missing).join('、');
}

/**
 * One shift's lines of the roster: the shift's date, time, people needed and hours span its people's
 * lines; a shift nobody was on still takes a line, so a gap in the schedule shows on paper. A shift still
 * to come lists its people as 已报名 with the times and hours left blank, to be filled in by hand.
 */
export function RosterShiftRows({ row, nameOf }: { row: ShiftRows<ShiftDoc>; nameOf: (volunteerId: string) => string }) {
  const { t } = useTranslation();
  const { shift, lines } = row;
  const span = Math.max(lines.length, 1);
  const shiftCells = (
    <>
      <td className="center" rowSpan={span}>
        {row.index}
      </td>
      <td className="center" rowSpan={span}>
        {shift.date}
      </td>
      <td className="center" rowSpan={span}>
        {`${shift.startTime}–${shift.endTime}`}
      </td>
      <td className="num" rowSpan={span}>
        {shift.needed}
      </td>
    </>
  );
  const shiftHours = (
    <td className="num" rowSpan={span} data-testid="duty-roster-shift-hours">
      {row.upcoming ? '' : formatHours(row.hours)}
    </td>
  );
  if (lines.length === 0) {
    // Still to come: a blank line for the desk to write in by hand; past: nobody stood it.
    return (
      <tr data-testid="duty-roster-line">
        {shiftCells}
        <td className="center" data-testid="duty-roster-name">
          {row.upcoming ? '' : t('duty.roster.noOne')}
        </td>
        <td />
        <td />
        <td className="num">{row.upcoming ? '' : 0}</td>
        {shiftHours}
        <td data-testid="duty-roster-note">{row.upcoming ? t('duty.roster.noSignUps') : ''}</td>
      </tr>
    );
  }
  const note = (line: RosterLine<ShiftDoc>): string => {
    if (row.upcoming) return t('duty.roster.signedUp');
    if (line.times.length === 0) return t('duty.roster.absent');
    const notes = line.credit ? creditNotes(line.credit, t).join('；') : '';
    if (notes === '') return '';
    return t(line.toReview ? 'duty.roster.toReview' : 'duty.roster.reviewed', { notes });
  };
  return (
    <>
      {lines.map((line, i) => (
        <tr key={line.volunteerId} data-testid="duty-roster-line">
          {i === 0 ? shiftCells : null}
          <td data-testid="duty-roster-name">{nameOf(line.volunteerId)}</td>
          <td className="center">{timesCell(line, 'signIn', '')}</td>
          <td className="center">{timesCell(line, 'signOut', t('duty.roster.noSignOut'))}</td>
          <td className="num" data-testid="duty-roster-hours">
            {row.upcoming ? '' : formatHours(line.hours)}
          </td>
          {i === 0 ? shiftHours : null}
          <td data-testid="duty-roster-note">{note(line)}</td>
        </tr>
      ))}
    </>
  );
}
