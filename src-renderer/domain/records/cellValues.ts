import { toHalfWidth } from '../halfWidth';
import { errorRead, ok, problem, quoted, type CellRead } from './cellRead';
import { cellText } from './cellText';
import { isBlankCell, type SheetCell } from './sheet';

export type { CellRead } from './cellRead';

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

const MINUTES_PER_DAY = 24 * 60;
/**
 * No time or number spelling is longer. Longer text is refused before a pattern sees it, so the patterns
 * below cost the same on a 32,767-character cell as on "9:30".
 */
const MAX_TIME_TEXT = 24;
const MAX_NUMBER_TEXT = 32;
const TIME_TEXT = /^(上午|下午|晚上|早上|中午)?\s*(\d{1,2})\s*(?:[:：.时点]\s*(?:(\d{1,2})\s*分?|(半))?)?(?::\d{2})?$/;
const AFTERNOON = new Set(['下午', '晚上']);
const HALF_PAST = 30;

function hhmm(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

function readTimeText(raw: string): CellRead<string> {
  const value = quoted(raw);
  const text = toHalfWidth(raw).trim();
  const m = text.length > MAX_TIME_TEXT ? null : TIME_TEXT.exec(text);
  if (!m) return problem('importExport.issue.notATime', { value });
  let h = Number(m[2]);
  const min = m[4] !== undefined ? HALF_PAST : m[3] === undefined ? 0 : Number(m[3]);
  if (m[1] !== undefined && AFTERNOON.has(m[1]) && h < 12) h += 12;
  if (h > 23 || min > 59) return problem('importExport.issue.timeOutOfRange', { value });
  return ok(hhmm(h * 60 + min));
}

/** A time of day → 'HH:mm': a time cell, a fraction of a day, or text like 9:30, 09:30:00, 9点半, 下午2:30. */
export function readTime(cell: SheetCell | undefined): CellRead<string> {
  if (isBlankCell(cell) || cell === null || cell === undefined) return ok('');
  switch (cell.kind) {
    case 'error':
      return errorRead(cell);
    case 'boolean':
      return problem('importExport.issue.notATime', { value: cellText(cell) });
    case 'date': {
      const [h = 0, m = 0, s = 0] = cell.iso.slice(11).split(':').map(Number);
      return ok(hhmm(h * 60 + m + (s >= 30 ? 1 : 0)));
    }
    case 'number': {
      const v = cell.value;
      const minutes = Math.round(v * MINUTES_PER_DAY);
      if (v < 0 || v >= 1 || minutes >= MINUTES_PER_DAY) return problem('importExport.issue.notATime', { value: quoted(String(v)) });
      return ok(hhmm(minutes));
    }
    case 'text':
      return readTimeText(cell.text);
  }
}

const NUMBER_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
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
      const trimmed = toHalfWidth(cell.text).trim();
      if (trimmed.length > MAX_NUMBER_TEXT) return problem('importExport.issue.notANumber', { value: quoted(cell.text) });
      const text = trimmed.replace(THOUSANDS, '').replace(UNIT_SUFFIX, '').trim();
      return NUMBER_TEXT.test(text) ? ok(Number(text)) : problem('importExport.issue.notANumber', { value: quoted(cell.text) });
    }
    default:
      return problem('importExport.issue.notANumber', { value: cellText(cell) });
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
  if (cell?.kind === 'number') {
    return Number.isSafeInteger(cell.value) ? ok(cell.value.toFixed(0)) : problem('importExport.issue.notAPhone', { value: quoted(String(cell.value)) });
  }
  if (cell?.kind === 'date' || cell?.kind === 'boolean') return problem('importExport.issue.notAPhone', { value: cellText(cell) });
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
