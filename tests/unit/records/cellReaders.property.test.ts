import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readDateCell, type MonthRule } from '../../../src-renderer/domain/records/cellDates';
import { readNumber, readTime } from '../../../src-renderer/domain/records/cellValues';
import { formatParticipantsCell, parseParticipantsCell } from '../../../src-renderer/domain/records/participantsCell';
import type { SheetCell } from '../../../src-renderer/domain/records/sheet';
import { isIsoDate } from '../../../src-renderer/domain/dates';
import { FIRST_YEAR, LAST_YEAR } from '../../../src-renderer/domain/typedDate';
import { EXCEL_CELL_LIMIT, hostileCellTexts } from '../../support/hostileFiles';
import { messageExists } from './support';

/**
 * The import's cell readers, over every input a rule has: each valid date of 1900–2100 in each spelling a
 * sheet may hold reads as that day whatever the column; a month where a month is enough becomes its first
 * or last day; everything else is refused with a message quoting it, and nothing else is ever produced.
 */

const text = (t: string): SheetCell => ({ kind: 'text', text: t });
const num = (value: number): SheetCell => ({ kind: 'number', value });
const RULES: readonly MonthRule[] = ['needsDay', 'firstDay', 'lastDay'];
const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

const two = (n: number) => String(n).padStart(2, '0');
const isoOf = (y: number, m: number, d: number) => `${y}-${two(m)}-${two(d)}`;
const FULL_WIDTH_OFFSET = 0xfee0;
const toFullWidth = (s: string) => s.replace(/[0-9\-/.:]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + FULL_WIDTH_OFFSET));
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

const realDay = fc
  .date({ min: new Date(Date.UTC(FIRST_YEAR, 0, 1)), max: new Date(Date.UTC(LAST_YEAR, 11, 31)), noInvalidDate: true })
  .map((d): [number, number, number] => [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]);
const realMonth = fc.tuple(fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }), fc.integer({ min: 1, max: 12 }));

/** One day as sheets hold it: typed text in every spelling the forms accept (with a time, 号, full-width), numbers and date cells. */
function dayCells(y: number, m: number, d: number): SheetCell[] {
  const separated = ['-', '/', '.', ' '].flatMap((sep) => [`${y}${sep}${two(m)}${sep}${two(d)}`, `${y}${sep}${m}${sep}${d}`]);
  const written = [`${y}年${m}月${d}日`, `${y}年${two(m)}月${two(d)}日`, `${y}年${m}月${d}`, `${y}年${m}月${d}号`];
  const all = [...separated, `${y}${two(m)}${two(d)}`, ...written];
  const texts = [...all, ...all.map(toFullWidth), ...all.map((s) => ` ${s} `), `${y}-${two(m)}-${two(d)} 00:00:00`, `${y}/${m}/${d} 9:30`, `${y}-${two(m)}-${two(d)}T08:00:00`];
  const ms = Date.UTC(y, m - 1, d);
  const serial1900 = (ms - EPOCH_1900) / MS_PER_DAY;
  return [
    ...texts.map(text),
    { kind: 'date', iso: `${isoOf(y, m, d)}T00:00:00` },
    num(y * 10_000 + m * 100 + d),
    // Serials before 1900-03-01 count Excel's phantom 1900-02-29 differently (tested in cellValues.test.ts);
    // serials 1900–2100 (days of 1905) are read as the years a keeper typed, not as dates nobody records.
    ...(serial1900 > 60 && (serial1900 < FIRST_YEAR || serial1900 > LAST_YEAR + 1) ? [num(serial1900), num(serial1900 + 0.375)] : []),
  ];
}

/** One month as year-month spellings write it (2025年6月, 2022.10, 1959-12, 2025/6, 195912). */
function monthCells(y: number, m: number): SheetCell[] {
  const texts = [`${y}年${m}月`, `${y}年${two(m)}月`, `${y}.${two(m)}`, `${y}.${m}`, `${y}-${m}`, `${y}-${two(m)}`, `${y}/${m}`, `${y}${two(m)}`, `${y} 年 ${m} 月`];
  // A number keeps x.10 as x.1, which is refused as ambiguous (tested below).
  const numbers = m === 1 || m === 10 ? [] : [num(Number(`${y}.${two(m)}`))];
  return [...texts.map(text), ...texts.map((t) => text(toFullWidth(t))), ...numbers, num(y * 100 + m)];
}

describe('import date cells', () => {
  test('every day of 1900–2100 in every spelling is read as that day, whatever the column', () => {
    fc.assert(
      fc.property(realDay, fc.constantFrom(...RULES), ([y, m, d], rule) => {
        for (const cell of dayCells(y, m, d)) {
          expect(readDateCell(cell, false, rule), JSON.stringify(cell)).toEqual({ ok: true, value: { iso: isoOf(y, m, d), fromMonth: false } });
        }
      }),
      { numRuns: 1500 },
    );
  });

  test('serial numbers of Mac workbooks count from 1904', () => {
    fc.assert(
      fc.property(realDay, ([y, m, d]) => {
        const serial = (Date.UTC(y, m - 1, d) - EPOCH_1904) / MS_PER_DAY;
        fc.pre(serial >= 1 && serial > LAST_YEAR);
        expect(readDateCell(num(serial), true, 'needsDay')).toEqual({ ok: true, value: { iso: isoOf(y, m, d), fromMonth: false } });
      }),
      { numRuns: 500 },
    );
  });

  test('a month alone is its first day where a month is enough, its last day for an end date, and refused for an activity', () => {
    fc.assert(
      fc.property(realMonth, ([y, m]) => {
        for (const cell of monthCells(y, m)) {
          const label = JSON.stringify(cell);
          expect(readDateCell(cell, false, 'firstDay'), label).toEqual({ ok: true, value: { iso: isoOf(y, m, 1), fromMonth: true } });
          expect(readDateCell(cell, false, 'lastDay'), label).toEqual({ ok: true, value: { iso: isoOf(y, m, daysIn(y, m)), fromMonth: true } });
          expect(readDateCell(cell, false, 'needsDay'), label).toMatchObject({ ok: false, key: 'importExport.issue.dateNeedsDay' });
        }
      }),
      { numRuns: 800 },
    );
  });

  test('a year with .1 typed into a number cell may be January or October, and is refused as such', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_YEAR, max: LAST_YEAR - 1 }), (y) => {
        expect(readDateCell(num(Number(`${y}.10`)), false, 'firstDay')).toEqual({
          ok: false,
          key: 'importExport.issue.yearMonthAmbiguous',
          params: { value: `${y}.1`, year: String(y) },
        });
      }),
    );
  });

  test('days that do not exist, years outside 1900–2100 and a year alone are refused, quoting what was written', () => {
    const impossible = fc.oneof(
      realMonth.map(([y, m]) => `${y}-${two(m)}-${daysIn(y, m) + 1}`),
      realMonth.map(([y, m]) => `${y}年${m}月0日`),
      fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }).map((y) => `${y}年13月`),
      fc.integer({ min: 1000, max: FIRST_YEAR - 1 }).map((y) => `${y}-06-15`),
      fc.integer({ min: LAST_YEAR + 1, max: 9999 }).map((y) => `${y}/6/15`),
      fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }).map((y) => `${y}年`),
      realDay.map(([y, m, d]) => `${two(d)}/${two(m)}/${y}`),
      realDay.map(([y, m, d]) => `${String(y).slice(2)}-${two(m)}-${two(d)}`),
    );
    fc.assert(
      fc.property(impossible, fc.constantFrom(...RULES), (written, rule) => {
        const read = readDateCell(text(written), false, rule);
        expect(read.ok, written).toBe(false);
        if (read.ok) return;
        expect(messageExists(read.key), read.key).toBe(true);
        expect(read.params?.value).toBe(written);
      }),
      { numRuns: 1500 },
    );
  });

  test('whatever a cell holds, the reader gives a real day of 1900–2100 or a message, never anything else', () => {
    const anyCell = fc.oneof(
      fc.string({ maxLength: 60 }).map(text),
      fc.string({ unit: fc.constantFrom(...'0123456789-./年月日号 :T０１２'), maxLength: 30 }).map(text),
      fc.double({ noNaN: true }).map(num),
      fc.integer({ min: -1e9, max: 1e9 }).map(num),
    );
    fc.assert(
      fc.property(anyCell, fc.constantFrom(...RULES), fc.boolean(), (cell, rule, date1904) => {
        const read = readDateCell(cell, date1904, rule);
        if (read.ok) {
          if (read.value.iso === '') return;
          expect(isIsoDate(read.value.iso)).toBe(true);
          expect(read.value.iso >= `${FIRST_YEAR}-01-01` && read.value.iso <= `${LAST_YEAR}-12-31`).toBe(true);
          if (rule === 'needsDay') expect(read.value.fromMonth).toBe(false);
          // What was read reads back the same.
          expect(readDateCell(text(read.value.iso), false, 'needsDay')).toEqual({ ok: true, value: { iso: read.value.iso, fromMonth: false } });
        } else expect(messageExists(read.key), read.key).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('import time cells', () => {
  const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }));

  test('every time of day in every spelling is read as that time', () => {
    fc.assert(
      fc.property(clock, ([h, m]) => {
        const hhmm = `${two(h)}:${two(m)}`;
        const spellings = [`${h}:${two(m)}`, hhmm, `${hhmm}:00`, `${h}点${m}分`, `${h}点${m}`, `${h}时${two(m)}分`, `${h}.${two(m)}`, toFullWidth(hhmm), `${h}：${two(m)}`];
        for (const written of spellings) expect(readTime(text(written)), written).toEqual({ ok: true, value: hhmm });
        if (m === 0) expect(readTime(text(`${h}点`))).toEqual({ ok: true, value: hhmm });
        if (m === 30) expect(readTime(text(`${h}点半`))).toEqual({ ok: true, value: hhmm });
        if (h >= 1 && h < 12) expect(readTime(text(`下午${h}:${two(m)}`))).toEqual({ ok: true, value: `${two(h + 12)}:${two(m)}` });
        expect(readTime(num((h * 60 + m) / 1440))).toEqual({ ok: true, value: hhmm });
      }),
      { numRuns: 1000 },
    );
  });

  test('hours past 23 and minutes past 59 are refused with a message quoting them', () => {
    const outOfRange = fc.oneof(
      fc.tuple(fc.integer({ min: 24, max: 99 }), fc.integer({ min: 0, max: 59 })),
      fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 60, max: 99 })),
    );
    fc.assert(
      fc.property(outOfRange, ([h, m]) => {
        const written = `${h}:${two(m)}`;
        expect(readTime(text(written))).toEqual({ ok: false, key: 'importExport.issue.timeOutOfRange', params: { value: written } });
      }),
    );
  });

  test('whatever a cell holds, the reader gives HH:mm of one day or a message', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }).map(text), fc.double({ noNaN: true }).map(num)), (cell) => {
        const read = readTime(cell);
        if (read.ok) expect(read.value === '' || /^([01]\d|2[0-3]):[0-5]\d$/.test(read.value)).toBe(true);
        else expect(messageExists(read.key), read.key).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('participants cells', () => {
  const name = fc.string({ unit: fc.constantFrom(...'张王李赵刘陈杨黄周吴三四五六七八九十明华'), minLength: 1, maxLength: 4 });
  const hours = fc.integer({ min: 1, max: 48 }).map((halves) => halves / 2);

  test('what the export writes, the import reads back: names, ID digits and hours', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(name, fc.option(fc.stringMatching(/^\d{4}$/), { nil: undefined }), hours), { minLength: 1, maxLength: 30 }), (people) => {
        const cell = formatParticipantsCell(people.map(([who, tail, h]) => ({ label: tail === undefined ? who : `${who}[${tail}]`, hours: h })));
        expect(parseParticipantsCell(cell)).toEqual({
          ok: true,
          tokens: people.map(([who, tail, h], i) => ({ who, idTail: tail ?? '', hours: h, text: cell.split(';')[i] })),
        });
      }),
    );
  });
});

describe('hostile cells', () => {
  // Cells as long as Excel allows, built to make a backtracking pattern try every way to split them: the
  // readers must answer each (the test's own time limit is what catches a relapse).
  test.each(hostileCellTexts().map((h, i) => [i, h] as const))('long adversarial cell %i is refused by every reader', (_, hostile) => {
    expect(hostile.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    for (const rule of RULES) expect(readDateCell(text(hostile), false, rule).ok).toBe(false);
    expect(readTime(text(hostile)).ok).toBe(false);
    expect(readNumber(text(hostile)).ok).toBe(false);
    const participants = parseParticipantsCell(hostile);
    // Read or refused, what comes back are pieces of the cell (whole rows of these are refused in hostileFiles.test.ts).
    if (participants.ok) expect(participants.tokens.every((t) => hostile.includes(t.text) && hostile.includes(t.who))).toBe(true);
    else expect(hostile).toContain(participants.text);
  });
});
