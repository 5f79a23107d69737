import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FIRST_YEAR, LAST_YEAR, parseTypedDate } from '../../../../src-renderer/domain/typedDate';

/** Every day of 1900–2100 as [year, month, day]. */
const realDay = fc
  .date({ min: new Date(Date.UTC(FIRST_YEAR, 0, 1)), max: new Date(Date.UTC(LAST_YEAR, 11, 31)), noInvalidDate: true })
  .map((d): [number, number, number] => [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]);

const two = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${two(m)}-${two(d)}`;
const FULL_WIDTH_OFFSET = 0xfee0;
const toFullWidth = (s: string) => s.replace(/[0-9\-/.]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + FULL_WIDTH_OFFSET));

/** The ways people write one day, year first: padded or not, four separators, digits only, 年月日. */
function spellings(y: number, m: number, d: number): string[] {
  const separated = ['-', '/', '.', ' '].flatMap((sep) => [`${y}${sep}${two(m)}${sep}${two(d)}`, `${y}${sep}${m}${sep}${d}`]);
  const written = [`${y}年${m}月${d}日`, `${y}年${two(m)}月${two(d)}日`, `${y}年${m}月${d}`];
  const all = [...separated, `${y}${two(m)}${two(d)}`, ...written];
  return [...all, ...all.map(toFullWidth), ...all.map((s) => ` ${s} `)];
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

describe('parseTypedDate', () => {
  test('every day 1900–2100 in every accepted spelling is read as that day', () => {
    fc.assert(
      fc.property(realDay, ([y, m, d]) => {
        for (const typed of spellings(y, m, d)) expect(parseTypedDate(typed)).toEqual({ ok: true, iso: iso(y, m, d) });
      }),
      { numRuns: 2000 },
    );
  });

  test('the dates of the bug report keep their day', () => {
    expect(parseTypedDate('2026-11-20')).toEqual({ ok: true, iso: '2026-11-20' });
    expect(parseTypedDate('2026/11/20')).toEqual({ ok: true, iso: '2026-11-20' });
    expect(parseTypedDate('2026-11-15')).toEqual({ ok: true, iso: '2026-11-15' });
    expect(parseTypedDate('2026-1-20')).toEqual({ ok: true, iso: '2026-01-20' });
    expect(parseTypedDate('20261120')).toEqual({ ok: true, iso: '2026-11-20' });
  });

  test('a day past the end of its month, day 0 and months 0 or 13–99 are refused as no such day', () => {
    const badDay = realDay.chain(([y, m]) =>
      fc.oneof(
        fc.tuple(fc.constant(y), fc.constant(m), fc.integer({ min: daysIn(y, m) + 1, max: 99 })),
        fc.tuple(fc.constant(y), fc.constant(m), fc.constant(0)),
        fc.tuple(fc.constant(y), fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 })), fc.integer({ min: 1, max: 28 })),
      ),
    );
    fc.assert(
      fc.property(badDay, ([y, m, d]) => {
        for (const typed of [`${y}-${two(m)}-${two(d)}`, `${y}/${m}/${d}`, `${y}${two(m)}${two(d)}`, `${y}年${m}月${d}日`]) {
          expect(parseTypedDate(typed)).toEqual({ ok: false, problem: 'noSuchDay' });
        }
      }),
    );
  });

  test('years before 1900 or after 2100 are refused as out of range', () => {
    const year = fc.oneof(fc.integer({ min: 1000, max: FIRST_YEAR - 1 }), fc.integer({ min: LAST_YEAR + 1, max: 9999 }));
    fc.assert(
      fc.property(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (y, m, d) => {
        expect(parseTypedDate(iso(y, m, d))).toEqual({ ok: false, problem: 'yearRange' });
      }),
    );
  });

  test('ambiguous spellings are refused, not guessed: two-digit years, year last, mixed separators, a one-digit day in 8 digits', () => {
    fc.assert(
      fc.property(realDay, ([y, m, d]) => {
        const refused = [
          `${two(y % 100)}-${two(m)}-${two(d)}`,
          `${two(d)}/${two(m)}/${y}`,
          `${d}.${m}.${y}`,
          `${y}-${two(m)}/${two(d)}`,
          `${y}${m}${d}`.length === 8 ? '' : `${y}${m}${d}`,
          `${y}-${two(m)}`,
        ].filter((s) => s !== '');
        for (const typed of refused) expect(parseTypedDate(typed).ok, typed).toBe(false);
      }),
    );
  });

  test('whatever is typed, the answer is a real day of 1900–2100 written YYYY-MM-DD, or a refusal', () => {
    const anyText = fc.oneof(fc.string({ maxLength: 30 }), fc.stringMatching(/^[0-9年月日\-/. ]{0,16}$/));
    fc.assert(
      fc.property(anyText, (typed) => {
        const result = parseTypedDate(typed);
        if (!result.ok) return;
        expect(result.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const [y, m, d] = result.iso.split('-').map(Number) as [number, number, number];
        expect(y).toBeGreaterThanOrEqual(FIRST_YEAR);
        expect(y).toBeLessThanOrEqual(LAST_YEAR);
        expect(d).toBeLessThanOrEqual(daysIn(y, m));
        // The answer is itself read back as the same day: nothing shifts on a second pass.
        expect(parseTypedDate(result.iso)).toEqual(result);
      }),
      { numRuns: 3000 },
    );
  });

  test('very long text is refused without being scanned', () => {
    expect(parseTypedDate(`2026-11-20${' '.repeat(32_767)}x`)).toEqual({ ok: false, problem: 'format' });
    expect(parseTypedDate('')).toEqual({ ok: false, problem: 'format' });
  });
});
