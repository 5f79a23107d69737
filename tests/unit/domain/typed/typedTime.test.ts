import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseTypedTime } from '../../../../src-renderer/domain/typedTime';

const two = (n: number) => String(n).padStart(2, '0');
const hour = fc.integer({ min: 0, max: 23 });
const minute = fc.integer({ min: 0, max: 59 });

/** The ways people write one time of day. */
function spellings(h: number, m: number): string[] {
  const list = [`${h}:${two(m)}`, `${two(h)}:${two(m)}`, `${two(h)}：${two(m)}`, `${h}.${two(m)}`, `${two(h)}${two(m)}`, `${h}${two(m)}`];
  list.push(`${h}点${two(m)}`, `${h}点${m}分`, `${h}时${two(m)}分`, `${h} 点 ${m} 分`);
  if (m === 0) list.push(`${h}点`, `${h}时`);
  if (m === 30) list.push(`${h}点半`);
  return list;
}

describe('parseTypedTime', () => {
  test('every time of day in every accepted spelling is read as that time', () => {
    fc.assert(
      fc.property(hour, minute, (h, m) => {
        for (const typed of spellings(h, m)) expect(parseTypedTime(typed), typed).toEqual({ ok: true, time: `${two(h)}:${two(m)}` });
      }),
      { numRuns: 1000 },
    );
  });

  test('hours from 24 and minutes from 60 are refused as not a time of day (25:00 is not ignored)', () => {
    expect(parseTypedTime('25:00')).toEqual({ ok: false, problem: 'outOfRange' });
    const badHour = fc.tuple(fc.integer({ min: 24, max: 99 }), minute);
    const badMinute = fc.tuple(hour, fc.integer({ min: 60, max: 99 }));
    fc.assert(
      fc.property(fc.oneof(badHour, badMinute), ([h, m]) => {
        for (const typed of [`${h}:${two(m)}`, `${two(h)}${two(m)}`, `${h}点${m}分`]) {
          expect(parseTypedTime(typed), typed).toEqual({ ok: false, problem: 'outOfRange' });
        }
      }),
    );
  });

  test('a one-digit minute is not guessed', () => {
    fc.assert(
      fc.property(hour, fc.integer({ min: 0, max: 9 }), (h, m) => {
        expect(parseTypedTime(`${h}:${m}`)).toEqual({ ok: false, problem: 'format' });
      }),
    );
  });

  test('whatever is typed, the answer is a real HH:mm time or a refusal', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 20 }), fc.stringMatching(/^[0-9:.点时分半 ]{0,8}$/)), (typed) => {
        const result = parseTypedTime(typed);
        if (!result.ok) return;
        expect(result.time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
        expect(parseTypedTime(result.time)).toEqual(result);
      }),
      { numRuns: 3000 },
    );
  });
});
