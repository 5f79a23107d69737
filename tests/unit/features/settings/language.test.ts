import { afterEach, describe, expect, it } from 'vitest';
import { openLocalDb, putSetting, type LocalDb } from '../../../../src-renderer/data/local/localDb';
import { LANGUAGE_SETTING_KEY, loadSavedLanguage, saveLanguage } from '../../../../src-renderer/features/settings/language';

let counter = 0;
let local: LocalDb | undefined;

function freshLocal(): LocalDb {
  counter += 1;
  local = openLocalDb(`language-test-${process.pid}-${counter}`);
  return local;
}

describe('language choice', () => {
  afterEach(() => {
    local?.close();
  });

  it('has no choice on a new PC, and remembers the one made', async () => {
    const db = freshLocal();
    expect(await loadSavedLanguage(db)).toBeUndefined();
    await saveLanguage(db, 'en');
    expect(await loadSavedLanguage(db)).toBe('en');
    await saveLanguage(db, 'zh-CN');
    expect(await loadSavedLanguage(db)).toBe('zh-CN');
  });

  it('ignores a stored value that is not a supported language', async () => {
    const db = freshLocal();
    await putSetting(db, LANGUAGE_SETTING_KEY, 'fr');
    expect(await loadSavedLanguage(db)).toBeUndefined();
  });
});
