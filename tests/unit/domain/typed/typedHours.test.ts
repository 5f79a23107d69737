import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { exceedsActivitySpan, hoursProblem, parseTypedHours } from '../../../../src-renderer/domain/typedHours';

/** 0.5, 1, … 24: every figure that may be saved for one person. */
const savable = fc.integer({ min: 1, max: 48 }).map((units) => units / 2);

describe('parseTypedHours and hoursProblem', () => {
  test('every savable figure, typed plainly, with 小时 or in full-width digits, is read as itself and accepted', () => {
    fc.assert(
      fc.property(savable, (hours) => {
        const text = String(hours);
        const fullWidth = text.replace(/[0-9.]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
        for (const typed of [text, `${text}小时`, ` ${text} `, fullWidth, hours < 1 ? '.5' : text]) {
          expect(parseTypedHours(typed), typed).toBe(hours);
        }
        expect(hoursProblem(hours)).toBeNull();
      }),
    );
  });

  test('more than 24 is read as typed and refused, never turned into 24', () => {
    fc.assert(
      fc.property(fc.integer({ min: 49, max: 1998 }).map((u) => u / 2), (hours) => {
        expect(parseTypedHours(String(hours))).toBe(hours);
        expect(hoursProblem(hours)).toBe('overDay');
      }),
    );
    expect(hoursProblem(25)).toBe('overDay');
  });

  test('empty, zero and figures that are not whole half hours are refused', () => {
    expect(hoursProblem(null)).toBe('empty');
    expect(hoursProblem(0)).toBe('empty');
    expect(hoursProblem(-1)).toBe('empty');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2399 }).filter((c) => c % 50 !== 0), (cents) => {
        expect(hoursProblem(cents / 100)).toBe('notHalfHour');
      }),
    );
  });

  test('text that is not a number is not read as one', () => {
    for (const typed of ['', '.', 'abc', '1..5', '2小时30分', '--1', '1e3']) expect(parseTypedHours(typed), typed).toBeNull();
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (typed) => {
        const n = parseTypedHours(typed);
        if (n !== null) expect(Number.isFinite(n) && n >= 0).toBe(true);
      }),
    );
  });

  test('more than the activity lasted needs a confirmation; the span itself or less does not', () => {
    expect(exceedsActivitySpan(24, '08:30', '11:30')).toBe(true);
    expect(exceedsActivitySpan(3, '08:30', '11:30')).toBe(false);
    expect(exceedsActivitySpan(3.5, '08:30', '11:30')).toBe(true);
    // While the times are incomplete there is nothing to compare with.
    expect(exceedsActivitySpan(24, '08:30', '')).toBe(false);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 22 }), fc.integer({ min: 1, max: 47 }), savable, (startHour, halfHours, hours) => {
        const endMinutes = startHour * 60 + halfHours * 30;
        fc.pre(endMinutes < 24 * 60);
        const time = (min: number) => `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;
        expect(exceedsActivitySpan(hours, time(startHour * 60), time(endMinutes))).toBe(hours > halfHours / 2);
      }),
    );
  });
});
