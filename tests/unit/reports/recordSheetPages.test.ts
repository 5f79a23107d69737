import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParticipantLine } from '../../../src-renderer/domain/reports/activityParticipants';
import {
  continuationHeight,
  headingHeight,
  lineCount,
  paginateRecordSheet,
  RECORD_LAYOUT as L,
  wrapLines,
  type RecordSheetPage,
  type RecordSheetText,
} from '../../../src-renderer/domain/reports/recordSheetPages';

const HAN = [...'张王李刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段漕钱汤尹黎易常武乔贺赖龚文'];

function text(overrides: Partial<RecordSheetText> = {}): RecordSheetText {
  return {
    subtitle: '红旗村新时代文明实践站',
    title: '学雷锋义诊进社区',
    continuedLine: '活动名称：学雷锋义诊进社区　活动日期：2025-03-05',
    place: '红旗村文化广场',
    halfRows: [
      ['2025-03-05', '08:30—11:30（3小时）'],
      ['卫生健康', '无'],
      ['无', '红旗村卫生健康志愿服务队'],
      ['红旗村新时代文明实践站', '40 人'],
    ],
    wideRows: ['老年人、残疾人'],
    writeUp: '',
    ...overrides,
  };
}

function people(count: number, name: (i: number) => string | null = (i) => `${HAN[i % HAN.length] ?? '张'}${HAN[(i * 7) % HAN.length] ?? '三'}`): ParticipantLine[] {
  return Array.from({ length: count }, (_, i) => ({ index: i + 1, volunteerId: `volunteer:${i}`, name: name(i), hours: 2 }));
}

/**
 * The height of one laid-out page, added up part by part from the layout's sizes: what the page would take
 * on paper if every estimate held. Written apart from the paginator, which subtracts as it goes.
 */
function pageHeight(page: RecordSheetPage, sheet: RecordSheetText): number {
  let height = page.number === 1 ? headingHeight(sheet) : continuationHeight(sheet.continuedLine);
  if (page.writeUp) height += L.sectionHeadMm + L.boxPaddingMm + page.writeUp.lines.length * L.lineMm;
  if (page.participants) {
    height += L.sectionHeadMm + L.rowMm;
    const rows = page.participants.lines.length === 0 ? [L.rowMm] : page.participants.lines.map((l) => Math.max(L.rowMm, lineCount(l.name ?? '', L.chars.name) * L.lineMm + L.cellPaddingMm));
    height += rows.reduce((a, b) => a + b, 0);
    if (page.participants.totals) height += L.rowMm;
  }
  if (page.signOff) height += L.signOffMm;
  return height;
}

const hanText = (min: number, max: number) => fc.array(fc.constantFrom(...HAN), { minLength: min, maxLength: max }).map((chars) => chars.join(''));
const writeUps = fc.oneof(
  fc.constant(''),
  fc.array(fc.oneof(hanText(0, 300), fc.string({ maxLength: 120 })), { maxLength: 25 }).map((paragraphs) => paragraphs.join('\n').slice(0, 5000)),
);
const sheets = fc.record({
  subtitle: hanText(1, 60),
  title: hanText(1, 100),
  place: hanText(1, 100),
  project: hanText(0, 60),
  team: hanText(0, 60),
  groups: hanText(0, 80),
  writeUp: writeUps,
});
const participantLists = fc
  .array(fc.option(hanText(1, 30), { nil: null }), { maxLength: 500 })
  .map((names) => names.map((name, i): ParticipantLine => ({ index: i + 1, volunteerId: `volunteer:${i}`, name, hours: 1.5 })));

describe('the 活动记录表 laid out on A4 pages', () => {
  it('puts every participant on exactly one page, in order; numbers the pages; ends with the totals and the sign-off', () => {
    fc.assert(
      fc.property(sheets, participantLists, (s, participants) => {
        const sheet = text({
          subtitle: s.subtitle,
          title: s.title,
          continuedLine: `活动名称：${s.title}\u3000活动日期：2025-03-05`,
          place: s.place,
          halfRows: [
            ['2025-03-05', '08:30—11:30（3小时）'],
            [s.project, s.team],
          ],
          wideRows: [s.groups],
          writeUp: s.writeUp,
        });
        const pages = paginateRecordSheet(sheet, participants);
        expect(pages.map((p) => p.number)).toEqual(pages.map((_, i) => i + 1));
        expect(pages.flatMap((p) => p.participants?.lines ?? [])).toEqual(participants);
        const last = pages.length - 1;
        expect(pages.map((p) => p.signOff)).toEqual(pages.map((_, i) => i === last));
        expect(pages.map((p) => p.participants?.totals ?? false)).toEqual(pages.map((_, i) => i === last));
        // The write-up comes whole, before the first participant; the pages after its first say 续.
        const written = wrapLines(s.writeUp, L.chars.writeUp);
        const expectedLines = written.length > 0 ? written : Array.from({ length: L.blankWriteUpLines }, () => ({ text: '', paragraphEnd: true }));
        expect(pages.flatMap((p) => p.writeUp?.lines ?? [])).toEqual(expectedLines);
        const withWriteUp = pages.filter((p) => p.writeUp).map((p) => p.number);
        const withPeople = pages.filter((p) => p.participants).map((p) => p.number);
        expect(Math.max(...withWriteUp)).toBeLessThanOrEqual(Math.min(...withPeople));
        for (const page of pages) {
          if (page.writeUp) expect(page.writeUp.continued).toBe(page.number !== withWriteUp[0]);
          if (page.participants) expect(page.participants.continued).toBe(page.number !== withPeople[0]);
          expect(pageHeight(page, sheet)).toBeLessThanOrEqual(L.pageBodyMm);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('fits a short activity on one page', () => {
    const pages = paginateRecordSheet(text({ writeUp: '为辖区老人测血压、讲解用药常识。' }), people(5));
    expect(pages).toHaveLength(1);
    expect(pages[0]?.participants?.lines).toHaveLength(5);
    expect(pages[0]?.signOff).toBe(true);
  });

  it('flows 200 people over following pages, about two dozen to a page, each page with its table heading', () => {
    const participants = people(200);
    const pages = paginateRecordSheet(text({ writeUp: '开展义诊。' }), participants);
    const perPage = pages.map((p) => p.participants?.lines.length ?? 0);
    // A 9.5 mm row for a pen: 273 mm of paper holds two dozen under the repeated headings.
    for (const count of perPage.slice(1, -1)) {
      expect(count).toBeGreaterThanOrEqual(20);
      expect(count).toBeLessThanOrEqual(26);
    }
    expect(perPage[0]).toBeGreaterThanOrEqual(8);
    expect(perPage.reduce((a, b) => a + b, 0)).toBe(200);
    expect(pages.length).toBeGreaterThanOrEqual(8);
    expect(pages.length).toBeLessThanOrEqual(10);
    expect(pages.slice(1).every((p) => p.participants?.continued === true)).toBe(true);
  });

  it('never leaves the totals and the sign-off alone on a page: the last person goes with them', () => {
    for (let count = 1; count <= 80; count += 1) {
      const pages = paginateRecordSheet(text(), people(count));
      expect(pages[pages.length - 1]?.participants?.lines.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('carries a long write-up over pages, line by line, before the participants start', () => {
    const writeUp = Array.from({ length: 40 }, (_, i) => `第${i + 1}段：${'组织志愿者入户走访独居老人，了解生活需求并登记。'.repeat(3)}`).join('\n');
    const pages = paginateRecordSheet(text({ writeUp }), people(30));
    const writeUpPages = pages.filter((p) => p.writeUp);
    expect(writeUpPages.length).toBeGreaterThanOrEqual(2);
    expect(writeUpPages.slice(1).every((p) => p.writeUp?.continued)).toBe(true);
    const lines = pages.flatMap((p) => p.writeUp?.lines ?? []);
    expect(lines.every((line) => Array.from(line.text).length <= L.chars.writeUp)).toBe(true);
  });

  it('prints the table with its one line for an activity nobody was recorded for', () => {
    const pages = paginateRecordSheet(text(), []);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.participants).toEqual({ lines: [], continued: false, totals: true });
  });

  it('gives a long name a taller row instead of letting it run into the next', () => {
    const long = people(60, (i) => (i % 2 === 0 ? '阿卜杜热合曼·买买提明·艾合买提江' : '张三'));
    const short = people(60);
    expect(paginateRecordSheet(text(), long).length).toBeGreaterThan(paginateRecordSheet(text(), short).length);
  });
});

describe('wrapLines', () => {
  it('cuts at the width, keeps the keeper’s line breaks and counts characters, not UTF-16 units', () => {
    expect(wrapLines('一二三四五\n六', 2)).toEqual([
      { text: '一二', paragraphEnd: false },
      { text: '三四', paragraphEnd: false },
      { text: '五', paragraphEnd: true },
      { text: '六', paragraphEnd: true },
    ]);
    expect(wrapLines('𠀀𠀁𠀂', 2).map((l) => l.text)).toEqual(['𠀀𠀁', '𠀂']);
    expect(wrapLines('甲\n\n乙', 10)).toHaveLength(3);
    expect(wrapLines('  \n ', 10)).toEqual([]);
  });

  it('never makes a line wider than asked and loses no character', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 1, max: 60 }), (s, width) => {
        const lines = wrapLines(s, width);
        expect(lines.every((l) => Array.from(l.text).length <= width)).toBe(true);
        const rebuilt = lines.map((l) => (l.paragraphEnd ? `${l.text}\n` : l.text)).join('');
        expect(rebuilt).toBe(lines.length === 0 ? '' : `${s.replace(/\r\n?/g, '\n').trim()}\n`);
      }),
    );
  });
});
