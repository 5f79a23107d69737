import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePeople, sortPeople, surnameOf } from '../../../src-renderer/domain/personOrder';
import { pinyinKeys } from '../../../src-renderer/domain/pinyin';

const person = (name: string) => ({ name, namePinyin: pinyinKeys(name).full });
const order = (names: readonly string[]) => sortPeople(names.map(person)).map((p) => p.name);

describe('people in name order', () => {
  it('puts every 李 before every 刘, whatever their given names', () => {
    expect(order(['刘安', '李振', '刘备', '李娜'])).toEqual(['李娜', '李振', '刘安', '刘备']);
  });

  it('reads surnames as surnames (单 shan, 曾 zeng, 区 ou) and keeps homophone surnames apart', () => {
    expect(order(['单雄信', '沈括', '邵华'])).toEqual(['单雄信', '邵华', '沈括']);
    expect(order(['章三', '张三', '张伟', '章明'])).toEqual(['张三', '张伟', '章明', '章三']);
  });

  it('keeps a compound surname together: all 司 first, then all 司马', () => {
    expect(order(['司马光', '司明', '司马迁', '司兰'])).toEqual(['司兰', '司明', '司马光', '司马迁']);
    expect(order(['欧阳修', '欧明', '欧阳峰'])).toEqual(['欧明', '欧阳峰', '欧阳修']);
    expect(surnameOf('欧阳')).toBe('欧');
    expect(surnameOf('欧阳修')).toBe('欧阳');
  });

  it('lists names in other scripts by their letters, among the others', () => {
    expect(order(['Anna Smith', '张三', '阿明'])).toEqual(['阿明', 'Anna Smith', '张三']);
  });

  it('is a total order: antisymmetric, and sorting twice changes nothing', () => {
    const name = fc.constantFrom('李娜', '刘安', '李振', '司马光', '司明', '张三', '章三', '单雄信', '欧阳修', '欧明', 'Anna', '王五', '吕布');
    fc.assert(
      fc.property(fc.array(name, { maxLength: 20 }), (names) => {
        const once = order(names);
        expect(order(once)).toEqual(once);
        for (const [a, b] of names.map((n, i) => [n, names[(i + 1) % names.length] ?? n] as const)) {
          // Their signs cancel out (0 + 0 for equal names; no ±0 to trip over).
          expect(Math.sign(comparePeople(person(a), person(b))) + Math.sign(comparePeople(person(b), person(a)))).toBe(0);
        }
      }),
    );
  });
});
