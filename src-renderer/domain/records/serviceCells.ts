import { toHalfWidth } from '../halfWidth';
import { errorRead, ok, problem, quoted, type CellRead } from './cellRead';
import { cellText } from './cellText';
import { readTime } from './cellValues';
import { isBlankCell, type SheetCell } from './sheet';

/**
 * Cells of the service registers (honours, requests, duty schedules) the older kinds do not have: a year,
 * a resident's rating, and a shift's time span written in one cell.
 */

const YEARS = { min: 1900, max: 2100 } as const;
/** 2024, 2024年, 2024年度, 2024 年度. Two digits (24) are refused: 1924 or 2024 is not a guess to make. */
const YEAR_TEXT = /^(\d{4})\s*(?:年度?)?$/;
const MAX_SHORT_TEXT = 24;

/** A year, 1900–2100. null when blank. */
export function readYear(cell: SheetCell | undefined): CellRead<number | null> {
  if (isBlankCell(cell) || cell === null || cell === undefined) return ok(null);
  switch (cell.kind) {
    case 'error':
      return errorRead(cell);
    case 'number':
      return Number.isInteger(cell.value) && cell.value >= YEARS.min && cell.value <= YEARS.max
        ? ok(cell.value)
        : problem('importExport.issue.notAYear', { value: quoted(cellText(cell)) });
    case 'text': {
      const text = toHalfWidth(cell.text).trim();
      const m = text.length > MAX_SHORT_TEXT ? null : YEAR_TEXT.exec(text);
      const year = m ? Number(m[1]) : NaN;
      return year >= YEARS.min && year <= YEARS.max ? ok(year) : problem('importExport.issue.notAYear', { value: quoted(cell.text) });
    }
    default:
      return problem('importExport.issue.notAYear', { value: quoted(cellText(cell)) });
  }
}

const CHINESE_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5 };
/** 5, 5星, 五星, 5分, 五颗星. */
const STARS_TEXT = /^([1-5一二两三四五])\s*(?:颗?星|分)?$/;
const STAR_GLYPHS = /^[★☆]+$/;
/** How residents' satisfaction is written in words; 4 and 5 count as satisfied (requestFigures). */
const RATING_WORDS: Readonly<Record<string, number>> = {
  非常满意: 5,
  很满意: 5,
  十分满意: 5,
  满意: 4,
  比较满意: 4,
  较满意: 4,
  基本满意: 3,
  一般: 3,
  不太满意: 2,
  不满意: 2,
  很不满意: 1,
  非常不满意: 1,
};

export interface RatingValue {
  stars: number;
  /** Written as a word (满意) or as ★ marks: the import says how it read it. */
  fromWord: boolean;
}

/** A resident's rating, 1–5. null when blank. */
export function readRating(cell: SheetCell | undefined): CellRead<RatingValue | null> {
  if (isBlankCell(cell) || cell === null || cell === undefined) return ok(null);
  if (cell.kind === 'error') return errorRead(cell);
  const value = quoted(cellText(cell));
  if (cell.kind === 'number') {
    return Number.isInteger(cell.value) && cell.value >= 1 && cell.value <= 5 ? ok({ stars: cell.value, fromWord: false }) : problem('importExport.issue.notARating', { value });
  }
  if (cell.kind !== 'text') return problem('importExport.issue.notARating', { value });
  const text = toHalfWidth(cell.text).replace(/\s+/g, '');
  if (text.length > MAX_SHORT_TEXT) return problem('importExport.issue.notARating', { value });
  const m = STARS_TEXT.exec(text);
  if (m?.[1] !== undefined) return ok({ stars: CHINESE_DIGITS[m[1]] ?? Number(m[1]), fromWord: false });
  if (STAR_GLYPHS.test(text)) {
    const stars = [...text].filter((c) => c === '★').length;
    return stars >= 1 && stars <= 5 ? ok({ stars, fromWord: true }) : problem('importExport.issue.notARating', { value });
  }
  const word = RATING_WORDS[text];
  return word === undefined ? problem('importExport.issue.notARating', { value }) : ok({ stars: word, fromWord: true });
}

/** The words a rating may be written as, for tests and the template's help. */
export const RATING_WORD_LIST: readonly string[] = Object.keys(RATING_WORDS);

/** 08:00-10:00, 8:00～10:00, 8点至10点, 上午8:00—11:30: the dash, tilde, 至 or 到 between two times. */
const PERIOD_SEPARATOR = /\s*(?:-|–|—|~|～|至|到)+\s*/;
const MAX_PERIOD_TEXT = 48;

/** A shift's span in one cell → its two times ('HH:mm'); '' when blank. */
export function readPeriod(cell: SheetCell | undefined): CellRead<{ start: string; end: string } | null> {
  if (isBlankCell(cell) || cell === null || cell === undefined) return ok(null);
  if (cell.kind === 'error') return errorRead(cell);
  const value = quoted(cellText(cell));
  const text = cell.kind === 'text' ? toHalfWidth(cell.text).trim() : '';
  const parts = text.length > MAX_PERIOD_TEXT ? [] : text.split(PERIOD_SEPARATOR);
  if (parts.length !== 2) return problem('importExport.issue.notAPeriod', { value });
  const [startText = '', endText = ''] = parts;
  const start = readTime({ kind: 'text', text: startText });
  // 下午2点-4点: the second time takes the first one's part of the day when it names none.
  const dayPart = /^(上午|下午|晚上|早上|中午)/.exec(startText)?.[1] ?? '';
  const end = readTime({ kind: 'text', text: /^(上午|下午|晚上|早上|中午)/.test(endText) ? endText : dayPart + endText });
  if (!start.ok || !end.ok || start.value === '' || end.value === '') return problem('importExport.issue.notAPeriod', { value });
  return ok({ start: start.value, end: end.value });
}
