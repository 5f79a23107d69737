import fc from 'fast-check';
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { optionMatches, searchableOption } from '../../../src-renderer/features/activities/selectSearch';
import { SERVICE_FIELDS } from '../../../src-renderer/domain/catalog';
import { aliasesOf, serviceFieldChoices, type ServiceFieldChoice } from '../../../src-renderer/domain/serviceFields';
import { translators } from '../../support/translators';

let zh: TFunction;
let builtin: ServiceFieldChoice[];

beforeAll(async () => {
  ({ zh } = await translators());
  builtin = SERVICE_FIELDS.map((code) => ({ value: code, label: zh(`catalog.fields.${code}`), aliases: aliasesOf(zh(`catalog.fieldAliases.${code}`)) }));
});

/** What the keeper gets for what they type in a field picker, as its labels. */
function found(choices: readonly ServiceFieldChoice[], typed: string): string[] {
  return choices.map((c) => searchableOption(c.value, c.label, c.aliases)).filter((o) => optionMatches(typed, o)).map((o) => o.label);
}

describe('service fields that fit village life', () => {
  it('has 文化文艺 and 体育健身, and finds fields by the words people use for them', () => {
    const all = serviceFieldChoices(builtin, []);
    expect(all.map((c) => c.label)).toEqual(expect.arrayContaining(['文化文艺', '体育健身', '风尚倡树']));
    expect(found(all, '广场舞')).toEqual(['文化文艺']);
    expect(found(all, '文艺演出')).toEqual(['文化文艺']);
    expect(found(all, 'gcw')).toEqual(['文化文艺']);
    expect(found(all, 'guangchangwu')).toEqual(['文化文艺']);
    expect(found(all, '运动会')).toEqual(['体育健身']);
    expect(found(all, '移风易俗')).toEqual(['风尚倡树']);
    expect(found(all, '文明新风')).toEqual(['风尚倡树']);
    expect(found(all, '义诊')).toEqual(['卫生健康']);
  });

  it('every search word of every field finds that field, typed as characters, pinyin or initials', () => {
    const all = serviceFieldChoices(builtin, []);
    const words = all.flatMap((c) => c.aliases.map((alias) => ({ label: c.label, alias })));
    fc.assert(
      fc.property(fc.constantFrom(...words), ({ label, alias }) => {
        expect(found(all, alias)).toContain(label);
      }),
      { numRuns: 200 },
    );
  });

  it('offers a field the city publishes by its name and search words, after the app’s own, without a new app version', () => {
    const published = [
      { code: 'rural_revival', name: '乡村振兴', body: '产业帮扶，电商培训、直播带货', order: 2 },
      { code: 'culture', name: '城里的叫法', body: '秧歌', order: 1 },
      { code: '  ', name: '空', body: '', order: 3 },
    ];
    const all = serviceFieldChoices(builtin, published);
    expect(all.slice(0, builtin.length).map((c) => c.value)).toEqual([...SERVICE_FIELDS]);
    expect(all.at(-1)).toEqual({ value: 'rural_revival', label: '乡村振兴', aliases: ['产业帮扶', '电商培训', '直播带货'] });
    expect(all).toHaveLength(builtin.length + 1);
    // A field the app has keeps its own name (records and reports say it so) and gains the city's words.
    expect(all.find((c) => c.value === 'culture')?.label).toBe('文化文艺');
    expect(found(all, '秧歌')).toEqual(['文化文艺']);
    expect(found(all, '直播带货')).toEqual(['乡村振兴']);
  });

  it('reads search words written with any of the separators people use, each once', () => {
    expect(aliasesOf('广场舞, 文艺演出，戏曲、书画；读书\n电影  广场舞')).toEqual(['广场舞', '文艺演出', '戏曲', '书画', '读书', '电影']);
    expect(aliasesOf('')).toEqual([]);
  });
});
