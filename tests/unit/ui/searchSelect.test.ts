import { describe, expect, it } from 'vitest';
import { searchableOption } from '../../../src-renderer/features/activities/selectSearch';
import { firstMatchIsClear } from '../../../src-renderer/ui/SearchSelect';

const LEVELS = [searchableOption('national', '国家级'), searchableOption('provincial', '省级'), searchableOption('city', '市级'), searchableOption('county', '县级')];
const FIELDS = [searchableOption('health', '卫生健康', ['义诊']), searchableOption('eco', '生态环保', ['环境卫生', '垃圾分类']), searchableOption('safety', '平安建设', ['交通'])];

describe('Enter in a searchable select', () => {
  it('takes nothing when two options fit the typed initials alike', () => {
    expect(firstMatchIsClear('sj', LEVELS)).toBe(false);
    expect(firstMatchIsClear('ＳＪ', LEVELS)).toBe(false);
  });

  it('takes the one option the text finds, by name, pinyin or initials', () => {
    expect(firstMatchIsClear('shij', LEVELS)).toBe(true);
    expect(firstMatchIsClear('xj', LEVELS)).toBe(true);
    expect(firstMatchIsClear('pajs', FIELDS)).toBe(true);
    expect(firstMatchIsClear('交通', FIELDS)).toBe(true);
  });

  it('takes the one found by its own name over one found by another name', () => {
    // 卫生 is in 卫生健康's name and in 生态环保's other name 环境卫生.
    expect(firstMatchIsClear('卫生', FIELDS)).toBe(true);
    expect(firstMatchIsClear('ws', FIELDS)).toBe(true);
  });

  it('keeps the usual first choice before anything is typed', () => {
    expect(firstMatchIsClear('', LEVELS)).toBe(true);
  });
});
