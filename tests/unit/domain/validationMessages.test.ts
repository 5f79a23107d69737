import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { validation as zh } from '../../../src-renderer/i18n/zh-CN/validation';
import { validation as en } from '../../../src-renderer/i18n/en/validation';
import { idNumberMessageKey, type IdNumberProblem } from '../../../src-renderer/domain/idNumber';
import { PHONE_INVALID_KEY } from '../../../src-renderer/domain/phone';
import {
  HOURS_DAILY_OVERFLOW_KEY,
  HOURS_INVALID_KEY,
  TIME_END_BEFORE_START_KEY,
  TIME_INVALID_KEY,
} from '../../../src-renderer/domain/hours';

const PROBLEMS: IdNumberProblem[] = ['length', 'format', 'region', 'birthDate', 'checksum'];
const DOMAIN_KEYS = [
  ...PROBLEMS.map(idNumberMessageKey),
  PHONE_INVALID_KEY,
  HOURS_INVALID_KEY,
  HOURS_DAILY_OVERFLOW_KEY,
  TIME_INVALID_KEY,
  TIME_END_BEFORE_START_KEY,
  'validation.date.invalid',
  'validation.required',
];

async function translator(language: 'zh-CN' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: 'zh-CN',
    resources: { 'zh-CN': { translation: { validation: zh } }, en: { translation: { validation: en } } },
    interpolation: { escapeValue: false },
  });
  return instance;
}

describe('validation messages', () => {
  it.each(['zh-CN', 'en'] as const)('every key the domain returns has a %s text', async (language) => {
    const i18n = await translator(language);
    for (const key of DOMAIN_KEYS) {
      expect(i18n.exists(key, { fallbackLng: [] }), key).toBe(true);
      expect(i18n.t(key)).not.toBe(key);
    }
  });

  it('tells the keeper the check character is wrong', async () => {
    const text = (await translator('zh-CN')).t(idNumberMessageKey('checksum'));
    expect(text).toContain('校验码');
    expect(text).toMatch(/不对|错误/);
  });

  it.each([
    ['zh-CN', '张三 在 2024-03-05 的服务时长合计 24.5 小时'],
    ['en', 'Zhang San would have 24.5 service hours on 2024-03-05'],
  ] as const)('fills in the daily overflow message in %s', async (language, expected) => {
    const name = language === 'en' ? 'Zhang San' : '张三';
    const text = (await translator(language)).t(HOURS_DAILY_OVERFLOW_KEY, { name, date: '2024-03-05', total: 24.5 });
    expect(text).toContain(expected);
    expect(text).not.toContain('{{');
  });
});
