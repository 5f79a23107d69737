import { quoted } from './cellRead';
import { readDateCell, type MonthRule } from './cellDates';
import { cellText } from './cellText';
import type { RowProblems, RowReader } from './rowReader';

type MonthToDay = Exclude<MonthRule, 'needsDay'>;

const MONTH_NOTE: Record<MonthToDay, string> = { firstDay: 'importExport.note.monthStart', lastDay: 'importExport.note.monthEnd' };

/** A date where a month is enough (joined, founded, started): the month's first day, said in a note. */
export function readMonthOrDay(row: RowReader, problems: RowProblems, field: string, rule: MonthToDay = 'firstDay'): string | undefined {
  const read = problems.take(field, readDateCell(row.cell(field), row.date1904, rule));
  if (read === undefined) return undefined;
  if (read.fromMonth) problems.note(field, MONTH_NOTE[rule], { value: quoted(cellText(row.cell(field))), iso: read.iso });
  return read.iso;
}

/**
 * An optional date (a team's founding, a project's end): a value that cannot be read is left out and the
 * row imported without it, with a warning quoting it; on an update the ledger's value stays.
 */
export function readOptionalDate(row: RowReader, problems: RowProblems, field: string, rule: MonthToDay, updating: boolean): string | undefined {
  const read = readDateCell(row.cell(field), row.date1904, rule);
  const value = quoted(cellText(row.cell(field)));
  if (!read.ok) {
    problems.warn(field, updating ? 'importExport.warn.optionalKept' : 'importExport.warn.optionalDropped', { value });
    return updating ? undefined : '';
  }
  if (read.value.fromMonth) problems.note(field, MONTH_NOTE[rule], { value, iso: read.value.iso });
  return read.value.iso;
}

/** A required date left blank on a new record is 此项必填, not a date the schema cannot read. */
export function requireDate(row: RowReader, problems: RowProblems, field: string, updating: boolean): void {
  if (!updating && !row.filled(field)) problems.error(field, 'validation.required');
}
