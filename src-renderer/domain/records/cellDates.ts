import { toHalfWidth } from '../halfWidth';
import { FIRST_YEAR, LAST_YEAR, parseTypedDate } from '../typedDate';
import { parseTypedMonth, parseTypedYear } from '../typedPeriod';
import { errorRead, ok, problem, quoted, type CellRead } from './cellRead';
import { cellText } from './cellText';
import { isPlausibleDate, serialToIsoDate } from './excelDates';
import { isBlankCell, type SheetCell } from './sheet';

/**
 * What a date column does with a cell that names only a month (2025年6月, 2022.10, 1959-12, 2025/6).
 * The ledger stores whole days everywhere (reports count volunteers by the day they joined, certificates
 * print it), so a month is stored as one of its days and the keeper is told which: the first for a date
 * that starts something (joined, founded, born), the last for one that ends it (a project's end date).
 * An activity happened on one day: for it a month is not enough.
 */
export type MonthRule = 'needsDay' | 'firstDay' | 'lastDay';

export interface DateValue {
  /** YYYY-MM-DD; '' for a blank cell. */
  iso: string;
  /** The cell named a month only and `iso` is the day chosen by the column's rule. */
  fromMonth: boolean;
}

/** No date spelling is longer; longer text is refused before any pattern looks at it. */
const MAX_DATE_TEXT = 40;
/** 20230305 typed as a number: as a serial it would be a day in the year 57,000. */
const COMPACT_DAY_MIN = 19000101;
const COMPACT_DAY_MAX = 21001231;
/** 195912 typed as a number: a year and a month. */
const COMPACT_MONTH_MIN = 190001;
const COMPACT_MONTH_MAX = 210012;
/** A time after the date, as CSV copies of date cells carry it: "2023/3/5 0:00", "2023-03-05T08:00:00". */
const TIME_SUFFIX = /^\d{1,2}:\d{2}(?::\d{2})?$/;

const pad2 = (n: number) => String(n).padStart(2, '0');

function withoutTime(text: string): string {
  const cut = Math.max(text.lastIndexOf(' '), text.lastIndexOf('T'));
  if (cut <= 0 || !TIME_SUFFIX.test(text.slice(cut + 1))) return text;
  return text.slice(0, cut).trimEnd();
}

function lastDayOf(month: string): string {
  const [year = 0, m = 1] = month.split('-').map(Number);
  return `${month}-${pad2(new Date(Date.UTC(year, m, 0)).getUTCDate())}`;
}

function monthDay(month: string, rule: MonthRule, value: string): CellRead<DateValue> {
  if (rule === 'needsDay') return problem('importExport.issue.dateNeedsDay', { value });
  return ok({ iso: rule === 'firstDay' ? `${month}-01` : lastDayOf(month), fromMonth: true });
}

function readDateText(raw: string, rule: MonthRule): CellRead<DateValue> {
  const value = quoted(raw);
  const text = toHalfWidth(raw).trim();
  if (text.length > MAX_DATE_TEXT) return problem('importExport.issue.notADate', { value });
  // 5号 is how 5日 is said; the typed-date reader knows the written form only.
  const bare = withoutTime(text).replace(/号$/, '日');
  const day = parseTypedDate(bare);
  if (day.ok) return ok({ iso: day.iso, fromMonth: false });
  const month = parseTypedMonth(bare);
  if (month.ok) return monthDay(month.month, rule, value);
  if (parseTypedYear(bare).ok) return problem('importExport.issue.yearOnly', { value });
  const understood = day.problem !== 'format' || month.problem !== 'format';
  return problem(understood ? 'importExport.issue.dateInvalid' : 'importExport.issue.notADate', { value });
}

/**
 * A number in a date column. Besides Excel's serial days: 20230305 and 195912 typed as numbers, a year
 * alone (not enough), and 1959.12 — a year and month Excel stored as a number, which has lost the zero of
 * 2022.10: x.1 may be January or October and is refused rather than guessed.
 */
function readDateNumber(v: number, date1904: boolean, rule: MonthRule): CellRead<DateValue> {
  const value = quoted(String(v));
  if (Number.isInteger(v)) {
    if (v >= COMPACT_DAY_MIN && v <= COMPACT_DAY_MAX) return readDateText(String(v), rule);
    if (v >= COMPACT_MONTH_MIN && v <= COMPACT_MONTH_MAX) {
      const month = parseTypedMonth(String(v));
      return month.ok ? monthDay(month.month, rule, value) : problem('importExport.issue.dateInvalid', { value });
    }
    if (v >= FIRST_YEAR && v <= LAST_YEAR) return problem('importExport.issue.yearOnly', { value });
  } else if (v > FIRST_YEAR && v < LAST_YEAR + 1) {
    const [year = '', fraction = ''] = String(v).split('.');
    if (fraction === '1') return problem('importExport.issue.yearMonthAmbiguous', { value, year });
    const month = fraction.length <= 2 ? Number(fraction) : 0;
    if (month < 1 || month > 12) return problem('importExport.issue.dateInvalid', { value });
    return monthDay(`${year}-${pad2(month)}`, rule, value);
  }
  const iso = serialToIsoDate(v, date1904);
  return iso !== null && isPlausibleDate(iso) ? ok({ iso, fromMonth: false }) : problem('importExport.issue.dateInvalid', { value });
}

/**
 * A date as Chinese sheets write it: a date cell, an Excel serial number (a date column formatted as
 * "常规"), or text in every spelling the forms accept (2023-3-5, 2023/3/5, 2023.3.5, 2023年3月5日,
 * 20230305), a time after it allowed. A month alone follows `rule`. Blank is { iso: '' }.
 */
export function readDateCell(cell: SheetCell | undefined, date1904: boolean, rule: MonthRule): CellRead<DateValue> {
  if (isBlankCell(cell) || cell === null || cell === undefined) return ok({ iso: '', fromMonth: false });
  switch (cell.kind) {
    case 'error':
      return errorRead(cell);
    case 'boolean':
      return problem('importExport.issue.notADate', { value: cellText(cell) });
    case 'date': {
      const iso = cell.iso.slice(0, 10);
      return isPlausibleDate(iso) ? ok({ iso, fromMonth: false }) : problem('importExport.issue.dateInvalid', { value: iso });
    }
    case 'number':
      return readDateNumber(cell.value, date1904, rule);
    case 'text':
      return readDateText(cell.text, rule);
  }
}

/** A date that must name its day (an activity's): 'YYYY-MM-DD', '' when blank. */
export function readDate(cell: SheetCell | undefined, date1904: boolean): CellRead<string> {
  const read = readDateCell(cell, date1904, 'needsDay');
  return read.ok ? ok(read.value.iso) : read;
}
