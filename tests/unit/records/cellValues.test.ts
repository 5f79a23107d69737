import { describe, expect, it } from 'vitest';
import { readDate } from '../../../src-renderer/domain/records/cellDates';
import { readIdNumber, readName, readNumber, readPhone, readTime, splitList } from '../../../src-renderer/domain/records/cellValues';
import { serialToIsoDate } from '../../../src-renderer/domain/records/excelDates';
import { formatParticipantsCell, parseParticipantsCell } from '../../../src-renderer/domain/records/participantsCell';
import type { SheetCell } from '../../../src-renderer/domain/records/sheet';

const text = (t: string): SheetCell => ({ kind: 'text', text: t });
const num = (value: number): SheetCell => ({ kind: 'number', value });
const dateCell = (iso: string): SheetCell => ({ kind: 'date', iso });

describe('cell values', () => {
  it.each([
    [num(44990), '2023-03-05'],
    [num(1), '1900-01-01'],
    [num(59), '1900-02-28'],
    [num(61), '1900-03-01'],
    [num(20230305), '2023-03-05'],
    [text('2023.3.5'), '2023-03-05'],
    [text('2023年3月5日'), '2023-03-05'],
    [text('2023/3/5'), '2023-03-05'],
    [text('2023-03-05 00:00:00'), '2023-03-05'],
    [text('２０２３-０３-０５'), '2023-03-05'],
    [dateCell('2023-03-05T00:00:00'), '2023-03-05'],
    [null, ''],
  ])('reads the date %j', (cell, iso) => {
    expect(readDate(cell, false)).toEqual({ ok: true, value: iso });
  });

  it('refuses dates that are not real or not plausible, and the phantom 1900-02-29', () => {
    for (const cell of [text('2023-02-29'), text('3/5/2023'), num(60), num(-3), num(9_999_999), text('明天'), { kind: 'boolean', value: true } as SheetCell, text('1850-01-01')]) {
      expect(readDate(cell, false).ok, JSON.stringify(cell)).toBe(false);
    }
  });

  it('counts serial numbers from 1904 in Mac workbooks', () => {
    expect(serialToIsoDate(0 + 1, true)).toBe('1904-01-02');
    expect(readDate(num(43528), true)).toEqual({ ok: true, value: '2023-03-05' });
  });

  it.each([
    [text('9:30'), '09:30'],
    [text('09:30:00'), '09:30'],
    [text('9点'), '09:00'],
    [text('9点30分'), '09:30'],
    [text('下午2:30'), '14:30'],
    [text('１４：００'), '14:00'],
    [num(0.375), '09:00'],
    [dateCell('1899-12-30T08:59:59'), '09:00'],
  ])('reads the time %j', (cell, hhmm) => {
    expect(readTime(cell)).toEqual({ ok: true, value: hhmm });
  });

  it('reads ID numbers kept as text, and refuses ones Excel made numbers', () => {
    expect(readIdNumber(text("'370102198001010015"), true)).toEqual({ ok: true, value: '370102198001010015' });
    expect(readIdNumber(text('="370102198001010015"'), true)).toEqual({ ok: true, value: '370102198001010015' });
    expect(readIdNumber(num(370102198001010000), true)).toMatchObject({ ok: false, key: 'importExport.issue.idNumberAsNumber' });
    expect(readIdNumber(text('3.70102E+17'), true)).toMatchObject({ ok: false, key: 'importExport.issue.idNumberAsNumber' });
    expect(readIdNumber(num(12345678), false)).toEqual({ ok: true, value: '12345678' });
  });

  it('reads phones typed as numbers, numbers with units, and names padded with spaces', () => {
    expect(readPhone(num(13912345678))).toEqual({ ok: true, value: '13912345678' });
    expect(readNumber(text('1,200人'))).toEqual({ ok: true, value: 1200 });
    expect(readNumber(text('很多')).ok).toBe(false);
    expect(readName(text('张　三'))).toEqual({ ok: true, value: '张三' });
    expect(readName(text(' Anna  Smith '))).toEqual({ ok: true, value: 'Anna Smith' });
    expect(splitList('义诊、理发；书法,,')).toEqual(['义诊', '理发', '书法']);
  });

  it('explains error cells and formulas without a result', () => {
    expect(readDate({ kind: 'error', code: '#N/A' }, false)).toMatchObject({ ok: false, key: 'importExport.issue.errorCell', params: { code: '#N/A' } });
    expect(readTime({ kind: 'error', code: 'noResult' })).toMatchObject({ ok: false, key: 'importExport.issue.formulaNoResult' });
  });
});

describe('participants cell', () => {
  it('reads names, ID digits and hours in any common punctuation', () => {
    const parsed = parseParticipantsCell('张三(2);李四[0011]（1.5小时）；王五、370102198001010015(3h)\n赵六');
    expect(parsed).toMatchObject({
      ok: true,
      tokens: [
        { who: '张三', idTail: '', hours: 2 },
        { who: '李四', idTail: '0011', hours: 1.5 },
        { who: '王五', idTail: '', hours: null },
        { who: '370102198001010015', idTail: '', hours: 3 },
        { who: '赵六', idTail: '', hours: null },
      ],
    });
  });

  it('refuses what it cannot read instead of guessing', () => {
    expect(parseParticipantsCell('张三(两小时)')).toEqual({ ok: false, text: '张三(两小时)' });
    expect(parseParticipantsCell('张三((2))').ok).toBe(false);
  });

  it('writes what it reads', () => {
    const cell = formatParticipantsCell([{ label: '张三', hours: 2 }, { label: '李四[0011]', hours: 1.5 }]);
    expect(cell).toBe('张三(2);李四[0011](1.5)');
    expect(parseParticipantsCell(cell)).toMatchObject({ ok: true, tokens: [{ who: '张三', hours: 2 }, { who: '李四', idTail: '0011', hours: 1.5 }] });
  });
});
