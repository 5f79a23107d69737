import type { TFunction } from 'i18next';
import { initI18n } from '../../src-renderer/i18n';

/** The app's own strings in both languages, for tests that read what the keeper would be shown. */
export async function translators(): Promise<{ zh: TFunction; en: TFunction }> {
  const i18n = await initI18n('zh-CN');
  return { zh: i18n.getFixedT('zh-CN'), en: i18n.getFixedT('en') };
}
