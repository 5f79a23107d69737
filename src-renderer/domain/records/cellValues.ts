import { toHalfWidth } from '../halfWidth';
import { cellText } from './cellText';
import { isPlausibleDate, serialToIsoDate } from './excelDates';
import { NO_FORMULA_RESULT, isBlankCell, type SheetCell } from './sheet';

/** A cell read as one kind of value; `key` is an i18n key (importExport.issue.*) when it could not be. */
export type CellRead<T> = { ok: true; value: T } | { ok: false; key: string; params?: Record<string, string | number> };

const ok = <T>(value: T): CellRead<T> => ({ ok: true, value });
const problem = <T>(key: string, params?: Record<string, string | number>): CellRead<T> =>
  params ? { ok: false, key, params } : { ok: false, key };

/** An error cell (#N/A, a formula never calculated) is explained instead of being read as empty. */
function errorRead<T>(cell: { kind: 'error'; code: string }): CellRead<T> {
  return cell.code === NO_FORMULA_RESULT ? problem('importExport.issue.formulaNoResult') : problem('importExport.issue.errorCell', { code: cell.code });
}

const pad2 = (n: number) => String(n).padStart(2, '0');

const GUARDED_FORMULA = /^'[=+@-]/;

/** Free text: trimmed; numbers and dates as shown. Full-width punctuation stays: it is Chinese prose. */
export function readText(cell: SheetCell | undefined): CellRead<string> {
  if (cell?.kind === 'error') return errorRead(cell);
  const text = cellText(cell).trim();
  // The CSV export guards formula-like text with an apostrophe; it is not part of the value.
  return ok(GUARDED_FORMULA.test(text) ? text.slice(1) : text);
}

const SPACES = /[\s\u3000]+/g;
const HAN_OR_SPACE = /^[\p{Script=Han}·\s\u3000]+$/u;

/** "张\u3000三" (padded to line up two-character names) is 张三; Latin names keep their single spaces. */
export function readName(cell: SheetCell | undefined): CellRead<string> {
  const text = readText(cell);
  if (!text.ok) return text;
  const v = text.value;
  return ok(HAN_OR_SPACE.test(v) ? v.replace(SPACES, '') : v.replace(SPACES, ' '));
}

const DATE_TEXT = /^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
/** 20230305 typed as a number: as a serial it would be a day in the year 57,000. */
const COMPACT_MIN = 19000101;
const COMPACT_MAX = 20991231;

function checkedDate(y: string | number, m: string | number, d: string | number): CellRead<string> {
  const iso = `${String(y).padStart(4, '0')}-${pad2(Number(m))}-${pad2(Number(d))}`;
  return isPlausibleDate(iso) ? ok(iso) : problem('importExport.issue.dateInvalid');
}

/**
 * A date as Chinese sheets write it: a date cell, an Excel serial number (a date column formatted as
 * "常规"), or text such as 2023-3-5, 2023/3/5, 2023.3.5, 2023年3月5日 or 20230305. '' when blank.
 */
export function readDate(cell: SheetCell | undefined, date1904: boolean): CellRead<string> {
  if (isBlankCell(cell) || cell === null || cell === undefined) return ok('');
  switch (cell.kind) {
    case 'error':
      return errorRead(cell);
    case 'boolean':
      return problem('importExport.issue.notADate');
    case 'date': {
      const iso = cell.iso.slice(0, 10);
      return isPlausibleDate(iso) ? ok(iso) : problem('importExport.issue.dateInvalid');
    }
    case 'number': {
      const v = cell.value;
      if (Number.isInteger(v) && v >= COMPACT_MIN && v <= COMPACT_MAX) {
        const m = COMPACT_DATE.exec(String(v));
        if (m) return checkedDate(m[1] ?? '', m[2] ?? '', m[3] ?? '');
      }
      const iso = serialToIsoDate(v, date1904);
      return iso !== null && isPlausibleDate(iso) ? ok(iso) : problem('importExport.issue.dateInvalid');
    }
    case 'text': {
      const text = toHalfWidth(cell.text).trim();
      const m = DATE_TEXT.exec(text) ?? COMPACT_DATE.exec(text);
      if (!m) return problem('importExport.issue.notADate');
      return checkedDate(m[1] ?? '', m[2] ?? '', m[3] ?? '');
    }
  }
}

const MINUTES_PER_DAY = 24 * 60;
const TIME_TEXT = /^(上午|下午|晚上|早上|中午)?\s*(\d{1,2})\s*(?:[:：.时点]\s*(\d{1,2})?\s*分?)?(?::\d{2})?$/;
const AFTERNOON = new Set(['下午', '晚上']);

function hhmm(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/** A time of day → 'HH:mm': a time cell, a fraction of a day, or text like 9:30, 09:30:00, 9点30, 下午2:30. */
export function readTime(cell: SheetCell | undefined): CellRead<string> {
  if (isBlankCell(cell) || cell === null || cell === undefined) return ok('');
  switch (cell.kind) {
    case 'error':
      return errorRead(cell);
    case 'boolean':
      return problem('importExport.issue.notATime');
    case 'date': {
      const [h = 0, m = 0, s = 0] = cell.iso.slice(11).split(':').map(Number);
      return ok(hhmm(h * 60 + m + (s >= 30 ? 1 : 0)));
    }
    case 'number': {
      const v = cell.value;
      if (v < 0 || v >= 1) return problem('importExport.issue.notATime');
      const minutes = Math.round(v * MINUTES_PER_DAY);
      return minutes >= MINUTES_PER_DAY ? problem('importExport.issue.notATime') : ok(hhmm(minutes));
    }
    case 'text': {
      const m = TIME_TEXT.exec(toHalfWidth(cell.text).trim());
      if (!m) return problem('importExport.issue.notATime');
      let h = Number(m[2]);
      const min = m[3] === undefined ? 0 : Number(m[3]);
      if (m[1] !== undefined && AFTERNOON.has(m[1]) && h < 12) h += 12;
      if (h > 23 || min > 59) return problem('importExport.issue.notATime');
      return ok(hhmm(h * 60 + min));
    }
  }
}

const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;
const UNIT_SUFFIX = /(?:人次|人|名|个|位|小时|h|户)$/i;
const THOUSANDS = /,/g;

/** A number: a number cell, or text such as "30", "30人", "1,200", "2.5小时". null when blank. */
export function readNumber(cell: SheetCell | undefined): CellRead<number | null> {
  if (isBlankCell(cell) || cell === null || cell === undefined) return ok(null);
  switch (cell.kind) {
    case 'error':
      return errorRead(cell);
    case 'number':
      return ok(cell.value);
    case 'text': {
      const text = toHalfWidth(cell.text).trim().replace(THOUSANDS, '').replace(UNIT_SUFFIX, '').trim();
      return NUMBER_TEXT.test(text) ? ok(Number(text)) : problem('importExport.issue.notANumber');
    }
    default:
      return problem('importExport.issue.notANumber');
  }
}

const SCIENTIFIC = /^\d+(?:\.\d+)?e\+?\d+$/i;
/** ="370102…" and a leading apostrophe are the usual tricks to keep Excel from turning an ID into a number. */
const FORMULA_WRAPPED = /^="(.*)"$/;

/**
 * An ID number cell. Excel keeps 15 significant digits, so an 18-digit number typed into a "常规" cell
 * lost its last digits the moment it was entered: such a cell (a number, or "3.70102E+17" in a CSV) is
 * refused with that explanation rather than guessed. Numbers are fine for documents without a checksum
 * only while they are exact.
 */
export function readIdNumber(cell: SheetCell | undefined, residentId: boolean): CellRead<string> {
  if (isBlankCell(cell) || cell === null || cell === undefined) return ok('');
  switch (cell.kind) {
    case 'error':
      return errorRead(cell);
    case 'number':
      if (residentId || !Number.isSafeInteger(cell.value)) return problem('importExport.issue.idNumberAsNumber');
      return ok(cell.value.toFixed(0));
    case 'text': {
      let text = toHalfWidth(cell.text).trim();
      text = FORMULA_WRAPPED.exec(text)?.[1] ?? text;
      if (text.startsWith("'")) text = text.slice(1);
      if (SCIENTIFIC.test(text.replace(/\s/g, ''))) return problem('importExport.issue.idNumberAsNumber');
      return ok(text);
    }
    default:
      return problem('importExport.issue.notAnIdNumber');
  }
}

/** Phones typed into a "常规" cell are numbers; an 11-digit mobile survives that intact. */
export function readPhone(cell: SheetCell | undefined): CellRead<string> {
  if (cell?.kind === 'number') return Number.isSafeInteger(cell.value) ? ok(cell.value.toFixed(0)) : problem('importExport.issue.notAPhone');
  if (cell?.kind === 'date' || cell?.kind === 'boolean') return problem('importExport.issue.notAPhone');
  const text = readText(cell);
  if (!text.ok) return text;
  const unwrapped = FORMULA_WRAPPED.exec(text.value)?.[1] ?? text.value;
  return ok(unwrapped.startsWith("'") ? unwrapped.slice(1) : unwrapped);
}

const LIST_SEPARATORS = /[;；,，、/\n\r|]+/;

/** "义诊、理发；书法" → ['义诊', '理发', '书法']. */
export function splitList(text: string): string[] {
  return text
    .split(LIST_SEPARATORS)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
