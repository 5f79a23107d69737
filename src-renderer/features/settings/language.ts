import { getSetting, putSetting, type LocalDb } from '../../data/local/localDb';
import type { Language } from '../../i18n';

/** Key of the keeper's language choice in the local (never replicated) settings table. */
export const LANGUAGE_SETTING_KEY = 'language';

export const LANGUAGES: readonly Language[] = ['zh-CN', 'en'];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language chosen on this PC, if any; anything unreadable counts as no choice. */
export async function loadSavedLanguage(local: LocalDb): Promise<Language | undefined> {
  const value = await getSetting<unknown>(local, LANGUAGE_SETTING_KEY);
  return isLanguage(value) ? value : undefined;
}

export async function saveLanguage(local: LocalDb, language: Language): Promise<void> {
  await putSetting(local, LANGUAGE_SETTING_KEY, language);
}
