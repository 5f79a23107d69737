import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactNames, excerpt, listParticipants } from '../../../src-renderer/domain/reports/activityParticipants';
import { pinyinKeys } from '../../../src-renderer/domain/pinyin';
import { namesCell, writeUpCell, LEDGER_NAMES_SHOWN, LEDGER_WRITE_UP_CHARS } from '../../../src-renderer/features/reports/ledgerCells';
import { translators } from '../../support/translators';

const person = (name: string) => ({ name, namePinyin: pinyinKeys(name).full });
const PEOPLE = new Map([
  ['v-liu', person('刘安')],
  ['v-li', person('李振')],
  ['v-zhang', person('张三')],
  ['v-wang', person('王五')],
]);

describe('who took part, as the record sheet lists them', () => {
  it('lists surname first, numbers the lines, and adds up people and hours', () => {
    const list = listParticipants(
      [
        { volunteerId: 'v-zhang', hours: 3 },
        { volunteerId: 'v-liu', hours: 2.5 },
        { volunteerId: 'v-li', hours: 0.5 },
      ],
      PEOPLE,
    );
    expect(list.lines.map((l) => [l.index, l.name, l.hours])).toEqual([
      [1, '李振', 0.5],
      [2, '刘安', 2.5],
      [3, '张三', 3],
    ]);
    expect(list.count).toBe(3);
    expect(list.hours).toBe(6);
  });

  it('keeps someone no longer on the volunteer list, last, with their hours in the total', () => {
    const list = listParticipants(
      [
        { volunteerId: 'v-gone', hours: 4 },
        { volunteerId: 'v-wang', hours: 1 },
      ],
      PEOPLE,
    );
    expect(list.lines.map((l) => l.name)).toEqual(['王五', null]);
    expect(list.lines[1]?.hours).toBe(4);
    expect(list.hours).toBe(5);
  });

  it('totals any recorded hours exactly: the sum of half hours, whoever is known', () => {
    const recorded = fc.array(
      fc.record({ volunteerId: fc.constantFrom('v-liu', 'v-li', 'v-zhang', 'v-wang', 'v-x', 'v-y'), halves: fc.integer({ min: 1, max: 48 }) }),
      { maxLength: 300 },
    );
    fc.assert(
      fc.property(recorded, (rows) => {
        const participants = rows.map((r) => ({ volunteerId: r.volunteerId, hours: r.halves / 2 }));
        const list = listParticipants(participants, PEOPLE);
        expect(list.count).toBe(participants.length);
        expect(list.hours).toBe(rows.reduce((sum, r) => sum + r.halves, 0) / 2);
        expect(list.lines.map((l) => l.index)).toEqual(participants.map((_, i) => i + 1));
        expect([...list.lines.map((l) => l.volunteerId)].sort()).toEqual(participants.map((p) => p.volunteerId).sort());
      }),
    );
  });
});

describe('names and write-up in one ledger line', () => {
  const twelve = listParticipants(
    Array.from({ length: 12 }, (_, i) => ({ volunteerId: `v${i}`, hours: 1 })),
    new Map(Array.from({ length: 12 }, (_, i) => [`v${i}`, person(`张${'一二三四五六七八九十甲乙'.charAt(i)}`)])),
  );

  it('shows the first names and how many in all, or everyone when asked', async () => {
    const { zh, en } = await translators();
    const short = compactNames(twelve, LEDGER_NAMES_SHOWN);
    expect(short.shown).toHaveLength(LEDGER_NAMES_SHOWN);
    expect(short.more).toBe(12 - LEDGER_NAMES_SHOWN);
    const cell = namesCell(twelve, false, zh);
    expect(cell.startsWith(`${twelve.lines[0]?.name ?? ''}、${twelve.lines[1]?.name ?? ''}`)).toBe(true);
    expect(cell.endsWith('等12人')).toBe(true);
    const full = namesCell(twelve, true, zh);
    expect(full.split('、')).toEqual(twelve.lines.map((l) => l.name));
    expect(namesCell(twelve, false, en)).toContain('12 in all');
  });

  it('names everyone when they are few, and says who is no longer on the list', async () => {
    const { zh } = await translators();
    const list = listParticipants(
      [
        { volunteerId: 'v-zhang', hours: 1 },
        { volunteerId: 'v-gone', hours: 1 },
      ],
      PEOPLE,
    );
    expect(namesCell(list, false, zh)).toBe('张三、（已删除的志愿者）');
    expect(namesCell(listParticipants([], PEOPLE), false, zh)).toBe('');
  });

  it('shortens a long write-up with …, and prints it whole when asked', () => {
    const long = `组织志愿者为辖区老人测量血压、讲解用药常识，\n现场发放健康手册${'并登记回访需求'.repeat(10)}。`;
    const cell = writeUpCell(long, false);
    expect(cell.endsWith('…')).toBe(true);
    expect(Array.from(cell)).toHaveLength(LEDGER_WRITE_UP_CHARS + 1);
    expect(cell).not.toContain('\n');
    expect(writeUpCell(long, true)).toBe(long);
    expect(writeUpCell('开展义诊。', false)).toBe('开展义诊。');
  });

  it('never cuts inside a character, and cuts only what is longer than the limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.integer({ min: 1, max: 80 }), (s, max) => {
        const e = excerpt(s, max);
        const flat = s.replace(/\s+/g, ' ').trim();
        expect(e.cut).toBe(Array.from(flat).length > max);
        if (!e.cut) expect(e.text).toBe(flat);
        else {
          expect(e.text.endsWith('…')).toBe(true);
          expect(flat.startsWith(e.text.slice(0, -1))).toBe(true);
          expect(Array.from(e.text).length).toBeLessThanOrEqual(max + 1);
        }
      }),
    );
  });
});
