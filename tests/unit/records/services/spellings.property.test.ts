import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HONOUR_KINDS, HONOUR_LEVELS, HONOUR_LINK_KINDS } from '../../../../src-renderer/domain/honours/honourKinds';
import { REQUEST_STATES } from '../../../../src-renderer/domain/requests/requestStates';
import { PersonLookup, readPeople } from '../../../../src-renderer/domain/records/personLookup';
import { readPeriod, readRating, readYear } from '../../../../src-renderer/domain/records/serviceCells';
import { lookupServiceCode, serviceSpellings, type ServiceWordGroup } from '../../../../src-renderer/domain/records/serviceVocabulary';
import { LI_A, LI_B, ZHANG } from './fixtures';

const GROUPS: Array<[ServiceWordGroup, readonly string[]]> = [
  ['honourKind', HONOUR_KINDS],
  ['honourLevel', HONOUR_LEVELS],
  ['honourLink', HONOUR_LINK_KINDS],
  ['urgency', ['normal', 'urgent']],
  ['requestState', REQUEST_STATES],
  ['postActive', ['true', 'false']],
];

const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const text = (value: string) => ({ kind: 'text' as const, text: value });

describe('the service registers’ words', () => {
  it('read every spelling of every code as that code, however it is padded, cased or typed full-width', () => {
    const cases = GROUPS.flatMap(([group, codes]) => codes.flatMap((code) => serviceSpellings(group, code).map((word) => ({ group, code, word }))));
    expect(cases.length).toBeGreaterThan(120);
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.constantFrom('', ' ', '\u3000', '  '), fc.boolean(), fc.boolean(), ({ group, code, word }, pad, upper, wide) => {
        let written = upper ? word.toUpperCase() : word;
        if (wide) written = fullWidth(written);
        expect(lookupServiceCode(group, `${pad}${written}${pad}`)).toBe(code);
      }),
    );
  });

  it('know more than the label for every code', () => {
    for (const [group, codes] of GROUPS) {
      for (const code of codes) expect(serviceSpellings(group, code).length, `${group}.${code}`).toBeGreaterThan(2);
    }
  });

  it('refuse words that are none of them', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }).map((s) => `x${s}`), (word) => {
        for (const [group] of GROUPS) expect(lookupServiceCode(group, word)).toBeNull();
      }),
    );
  });
});

describe('years, ratings and time spans', () => {
  it('read a year 1900–2100 as a number, 2024, 2024年, 2024年度 or full-width digits, and refuse two digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.constantFrom('', '年', '年度', ' 年度'), fc.boolean(), (year, suffix, wide) => {
        const written = `${year}${suffix}`;
        expect(readYear({ kind: 'number', value: year })).toEqual({ ok: true, value: year });
        expect(readYear(text(wide ? fullWidth(written) : written))).toEqual({ ok: true, value: year });
      }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 2101, max: 9999 }), fc.integer({ min: 100, max: 1899 })), (year) => {
        expect(readYear(text(String(year)))).toMatchObject({ ok: false, key: 'importExport.issue.notAYear' });
      }),
    );
  });

  it('read a rating of 1–5 written as a number, n星, 五星, n分 or ★ marks', () => {
    const chinese = ['一', '二', '三', '四', '五'];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 5 }), (stars, form) => {
        const written = [String(stars), `${stars}星`, `${chinese[stars - 1]}星`, `${stars}分`, '★'.repeat(stars) + '☆'.repeat(5 - stars), `${chinese[stars - 1]}颗星`][form] ?? '';
        const read = readRating(text(written));
        expect(read.ok && read.value?.stars).toBe(stars);
      }),
    );
    for (const bad of ['0', '6', '六星', '2.5', '好']) expect(readRating(text(bad))).toMatchObject({ ok: false, key: 'importExport.issue.notARating' });
    expect(readRating(text('非常满意'))).toEqual({ ok: true, value: { stars: 5, fromWord: true } });
  });

  it('read a time span with any dash, tilde, 至 or 到 between two times', () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 22 }),
        fc.constantFrom(0, 30),
        fc.integer({ min: 1, max: 23 }),
        fc.constantFrom('-', '—', '–', '~', '～', '至', '到', ' - '),
        fc.boolean(),
        (h1, m1, span, separator, padded) => {
          const h2 = Math.min(23, h1 + span);
          const time = (h: number, m: number) => (padded ? `${pad(h)}:${pad(m)}` : `${h}:${pad(m)}`);
          const read = readPeriod(text(`${time(h1, m1)}${separator}${time(h2, 0)}`));
          expect(read).toEqual({ ok: true, value: { start: `${pad(h1)}:${pad(m1)}`, end: `${pad(h2)}:00` } });
        },
      ),
    );
    expect(readPeriod(text('下午2点至4点半'))).toEqual({ ok: true, value: { start: '14:00', end: '16:30' } });
    for (const bad of ['8:00', '8:00-', '上午-下午', '8:00-9:00-10:00']) expect(readPeriod(text(bad))).toMatchObject({ ok: false, key: 'importExport.issue.notAPeriod' });
  });
});

describe('people named in one cell', () => {
  const lookup = new PersonLookup([ZHANG, LI_A, LI_B]);
  const ways: Array<[string, string]> = [
    [ZHANG.id, '张三'],
    [ZHANG.id, ZHANG.phone],
    [ZHANG.id, ZHANG.idNumber],
    [ZHANG.id, `张三(${ZHANG.phone})`],
    [LI_A.id, `李四[${LI_A.idNumber.slice(-4)}]`],
    [LI_A.id, `李四【${LI_A.idNumber.slice(-6)}】`],
    [LI_A.id, `李四（${LI_A.phone}）`],
    [LI_A.id, LI_A.phone],
    [LI_B.id, `李四 [${LI_B.idNumber.slice(-4)}]`],
  ];

  it('finds each person however they are written and whatever separates them, each once', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ways), { minLength: 1, maxLength: 6 }), fc.constantFrom('、', '，', ',', '；', ' ', '\n', ' 、 '), (picked, separator) => {
        const read = readPeople(picked.map(([, written]) => written).join(separator), lookup);
        expect(read).toEqual({ ok: true, ids: [...new Set(picked.map(([id]) => id))] });
      }),
    );
  });

  it('never guesses between two people of one name', () => {
    expect(readPeople('张三、李四', lookup)).toEqual({ ok: false, problems: [{ key: 'importExport.issue.personAmbiguous', params: { name: '李四', count: 2 } }] });
    expect(readPeople('李四(13912345678)', lookup)).toMatchObject({ ok: false, problems: [{ key: 'importExport.issue.personUnknown' }] });
  });
});
