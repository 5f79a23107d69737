import { describe, expect, it } from 'vitest';
import {
  compareByPinyin,
  compareNamesByPinyin,
  matchesVolunteerQuery,
  pinyinKeys,
  type SearchableVolunteer,
} from '../../../src-renderer/domain/pinyin';

describe('pinyinKeys', () => {
  it.each([
    ['张三', 'zhangsan', 'zs'],
    ['单田芳', 'shantianfang', 'stf'],
    ['曾国藩', 'zengguofan', 'zgf'],
    ['解缙', 'xiejin', 'xj'],
    ['仇英', 'qiuying', 'qy'],
    ['区家麟', 'oujialin', 'ojl'],
    ['朴槿惠', 'piaojinhui', 'pjh'],
    ['欧阳修', 'ouyangxiu', 'oyx'],
    ['吕小明', 'lvxiaoming', 'lxm'],
    ['阿依古丽·买买提', 'ayigulimaimaiti', 'ayglmmt'],
    ['Anna', 'anna', 'a'],
    ['Anna Smith', 'annasmith', 'as'],
    ['李 Anna', 'lianna', 'la'],
    ['ＡＮＮＡ李', 'annali', 'al'],
    ['', '', ''],
  ])('%s → %s / %s', (name, full, initials) => {
    expect(pinyinKeys(name)).toEqual({ full, initials });
  });
});

function volunteer(name: string, phone = '', idNumber = ''): SearchableVolunteer {
  const keys = pinyinKeys(name);
  return { name, namePinyin: keys.full, nameInitials: keys.initials, phone, idNumber };
}

describe('matchesVolunteerQuery', () => {
  const zhangsan = volunteer('张三', '13812345678', '11010519491231002X');
  const shan = volunteer('单雄信', '0531-88886666', '370102199003071238');
  const anna = volunteer('Anna Smith', '', 'E12345678');

  it.each([
    ['', zhangsan, true],
    ['   ', zhangsan, true],
    ['张', zhangsan, true],
    ['张三', zhangsan, true],
    [' 张三 ', zhangsan, true],
    ['三', zhangsan, true],
    ['李', zhangsan, false],
    ['zs', zhangsan, true],
    ['ZS', zhangsan, true],
    ['zhangs', zhangsan, true],
    ['zhangsan', zhangsan, true],
    ['zhang san', zhangsan, true],
    ['san', zhangsan, true],
    ['z', zhangsan, true],
    ['s', zhangsan, true],
    ['q', zhangsan, false],
    ['zx', zhangsan, false],
    ['lisi', zhangsan, false],
    ['ｚｓ', zhangsan, true],
    ['shan', shan, true],
    ['sxx', shan, true],
    ['dan', shan, false],
    ['anna', anna, true],
    ['as', anna, true],
    ['smith', anna, true],
    ['138', zhangsan, true],
    ['5678', zhangsan, true],
    ['1234 5678', zhangsan, true],
    ['139', zhangsan, false],
    ['002X', zhangsan, true],
    ['002x', zhangsan, true],
    ['02x', zhangsan, true],
    ['1231', zhangsan, false],
    ['12', zhangsan, false],
    ['2x', zhangsan, false],
    ['8888', shan, true],
    ['0531-8888', shan, true],
    ['71238', shan, true],
    ['E12345678', anna, true],
    ['678', anna, true],
    ['345678', anna, true],
  ])('%j in %s → %s', (query, v, expected) => {
    expect(matchesVolunteerQuery(v, query)).toBe(expected);
  });
});

describe('compareByPinyin', () => {
  it('sorts names by pinyin the way a Chinese reader expects', () => {
    const names = ['赵六', '张三', '单雄信', '阿明', '李四', '王五', '曾国藩', 'Anna'];
    const sorted = names
      .map((name) => ({ name, namePinyin: pinyinKeys(name).full }))
      .sort(compareByPinyin)
      .map((v) => v.name);
    expect(sorted).toEqual(['阿明', 'Anna', '李四', '单雄信', '王五', '曾国藩', '张三', '赵六']);
  });

  it('orders homophones by the name, so the order is always the same', () => {
    expect(compareNamesByPinyin('章三', '张三')).toBe(-compareNamesByPinyin('张三', '章三'));
    expect(compareNamesByPinyin('张三', '章三')).not.toBe(0);
    expect(compareNamesByPinyin('张三', '张三')).toBe(0);
  });

  it('compareNamesByPinyin agrees with the stored-key comparison', () => {
    expect(compareNamesByPinyin('张三', '李四')).toBeGreaterThan(0);
    expect(compareNamesByPinyin('单雄信', '王五')).toBeLessThan(0);
  });
});
