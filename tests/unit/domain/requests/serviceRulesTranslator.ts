import i18next, { type i18n } from 'i18next';
import { serviceRules as en } from '../../../../src-renderer/i18n/en/serviceRules';
import { serviceRules as zh } from '../../../../src-renderer/i18n/zh-CN/serviceRules';

/** An i18next holding only the serviceRules namespace, the way the app nests it, with no fallback between languages. */
export async function serviceRulesTranslator(language: 'zh-CN' | 'en'): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: false,
    resources: { 'zh-CN': { translation: { serviceRules: zh } }, en: { translation: { serviceRules: en } } },
    interpolation: { escapeValue: false },
  });
  return instance;
}

export const LANGUAGES = ['zh-CN', 'en'] as const;

/** A text that is whole: no key echoed back, no placeholder or nested key left unfilled. */
export function expectWhole(text: string, key: string): void {
  if (text === key || text.includes('{{') || text.includes('$t(') || text.includes('serviceRules.')) {
    throw new Error(`${key} rendered as ${JSON.stringify(text)}`);
  }
}
