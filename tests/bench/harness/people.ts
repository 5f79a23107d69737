import { idNumberCheckChar } from '../../../src-renderer/domain/idNumber';
import type { Random } from './random';

/** The most common surnames, roughly in order of frequency, so the list has realistic clusters (王, 李, 张). */
const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗',
  '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁', '潘', '于', '蒋', '蔡',
  '余', '杜', '叶', '程', '苏', '魏', '吕', '丁', '任', '沈', '姚', '卢', '姜', '崔', '钟', '谭', '陆', '汪', '范', '金',
  '石', '廖', '贾', '夏', '韦', '付', '方', '白', '邹', '孟', '熊', '秦', '邱', '江', '尹', '薛', '闫', '段', '雷', '侯',
  '龙', '史', '陶', '黎', '贺', '顾', '毛', '郝', '龚', '邵', '万', '钱', '严', '覃', '武', '戴', '莫', '孔', '向', '汤',
  '单', '解', '欧阳', '司马', '上官',
] as const;

const GIVEN_MALE = [
  '伟', '强', '磊', '军', '勇', '杰', '涛', '明', '超', '刚', '平', '辉', '鹏', '华', '飞', '鑫', '波', '斌', '宇', '浩',
  '凯', '健', '俊', '帆', '帅', '旭', '宁', '龙', '林', '阳', '建国', '志强', '海涛', '文博', '子轩', '浩然', '国华', '德明',
  '振华', '永刚', '晓东', '立新', '春生', '宏伟', '俊杰', '天佑', '博文', '思远', '家豪', '明轩',
] as const;

const GIVEN_FEMALE = [
  '芳', '娜', '敏', '静', '丽', '艳', '娟', '霞', '秀英', '桂英', '玉兰', '婷', '雪', '琳', '慧', '颖', '倩', '洁', '燕', '萍',
  '红', '玲', '梅', '莉', '丹', '蕾', '薇', '欣', '怡', '悦', '淑华', '秀兰', '凤英', '晓燕', '丽娟', '春梅', '海燕', '雨欣',
  '子涵', '梓萱', '诗琪', '欣怡', '佳怡', '思雨', '雅静', '晓红', '美玲', '文静', '婉婷', '心怡',
] as const;

/** County codes (GB/T 2260) around one city, as a station's residents mostly were born nearby. */
const REGION_CODES = ['370102', '370103', '370104', '370105', '370112', '370113', '370114', '370124', '371102', '370203', '370685', '410105', '130102'] as const;

const MOBILE_PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '158', '159', '180', '181', '185', '186', '187', '188', '189', '199'] as const;

export type Gender = 'male' | 'female';

export function personName(random: Random, gender: Gender): string {
  return random.pick(SURNAMES) + random.pick(gender === 'male' ? GIVEN_MALE : GIVEN_FEMALE);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** A birth date between `fromYear` and `toYear` inclusive; days stop at 28 so every month is valid. */
export function birthDate(random: Random, fromYear: number, toYear: number): string {
  return `${random.int(fromYear, toYear)}-${pad(random.int(1, 12), 2)}-${pad(random.int(1, 28), 2)}`;
}

/**
 * A resident ID number in the GB 11643 format: region, birth date, a sequence whose last digit is odd for
 * men and even for women, and the computed check character. Unique within `taken`.
 */
export function residentIdNumber(random: Random, gender: Gender, birth: string, taken: Set<string>): string {
  for (;;) {
    const sequence = random.int(0, 99) * 10 + random.int(0, 4) * 2 + (gender === 'male' ? 1 : 0);
    const first17 = random.pick(REGION_CODES) + birth.replaceAll('-', '') + pad(sequence, 3);
    const id = first17 + idNumberCheckChar(first17);
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

export function mobilePhone(random: Random, taken: Set<string>): string {
  for (;;) {
    const phone = random.pick(MOBILE_PREFIXES) + pad(random.int(0, 99_999_999), 8);
    if (!taken.has(phone)) {
      taken.add(phone);
      return phone;
    }
  }
}
