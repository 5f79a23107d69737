import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FIRST_YEAR, LAST_YEAR } from '../../../../src-renderer/domain/typedDate';
import { parseTypedMonth, parseTypedYear } from '../../../../src-renderer/domain/typedPeriod';

const two = (n: number) => String(n).padStart(2, '0');
const FULL_WIDTH_OFFSET = 0xfee0;
const toFullWidth = (s: string) => s.replace(/[0-9\-/.]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + FULL_WIDTH_OFFSET));
const year = fc.integer({ min: FIRST_YEAR, max: LAST_YEAR });
const month = fc.integer({ min: 1, max: 12 });

/** The ways people write one month, year first. */
function monthSpellings(y: number, m: number): string[] {
  const separated = ['-', '/', '.', ' '].flatMap((sep) => [`${y}${sep}${two(m)}`, `${y}${sep}${m}`]);
  const all = [...separated, `${y}${two(m)}`, `${y}年${m}月`, `${y}年${two(m)}月`, `${y}年${m}`];
  return [...all, ...all.map(toFullWidth), ...all.map((s) => ` ${s} `)];
}

describe('parseTypedMonth', () => {
  test('every month 1900–2100 in every accepted spelling is read as that month', () => {
    fc.assert(
      fc.property(year, month, (y, m) => {
        for (const typed of monthSpellings(y, m)) expect(parseTypedMonth(typed)).toEqual({ ok: true, month: `${y}-${two(m)}` });
      }),
    );
  });

  test('month 0 or 13–99 is refused as no such month; years outside 1900–2100 as out of range', () => {
    const badMonth = fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 }));
    fc.assert(
      fc.property(year, badMonth, (y, m) => {
        for (const typed of [`${y}-${two(m)}`, `${y}/${m}`, `${y}年${m}月`]) expect(parseTypedMonth(typed)).toEqual({ ok: false, problem: 'noSuchMonth' });
      }),
    );
    const badYear = fc.oneof(fc.integer({ min: 1000, max: FIRST_YEAR - 1 }), fc.integer({ min: LAST_YEAR + 1, max: 9999 }));
    fc.assert(
      fc.property(badYear, month, (y, m) => {
        expect(parseTypedMonth(`${y}-${two(m)}`)).toEqual({ ok: false, problem: 'yearRange' });
      }),
    );
  });

  test('ambiguous or incomplete spellings are refused, not guessed', () => {
    for (const typed of ['26-11', '11/2026', '2026', '2026-11-20', '2026-', '十一月', '', '2026-1-', `${'1'.repeat(40)}`]) {
      expect(parseTypedMonth(typed)).toEqual({ ok: false, problem: 'format' });
    }
  });
});

describe('parseTypedYear', () => {
  test('every year 1900–2100, with or without 年, is read as that year', () => {
    fc.assert(
      fc.property(year, (y) => {
        for (const typed of [`${y}`, `${y}年`, ` ${y} `, toFullWidth(`${y}`)]) expect(parseTypedYear(typed)).toEqual({ ok: true, year: y });
      }),
    );
  });

  test('two-digit years, months and out-of-range years are refused', () => {
    expect(parseTypedYear('26')).toEqual({ ok: false, problem: 'format' });
    expect(parseTypedYear('2026-11')).toEqual({ ok: false, problem: 'format' });
    expect(parseTypedYear('1899')).toEqual({ ok: false, problem: 'yearRange' });
    expect(parseTypedYear('2101年')).toEqual({ ok: false, problem: 'yearRange' });
  });
});
