import type { TFunction } from 'i18next';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { leafKeys, lookup } from '../../../support/messageKeys';
import { starLevelKey, starStanding, STARS_TO_NEXT_KEY } from '../../../../src-renderer/domain/honours/starLevel';
import { initI18n, zhCN } from '../../../../src-renderer/i18n';
import { honours as en } from '../../../../src-renderer/i18n/en/honours';

const FEATURE = join(import.meta.dirname, '../../../../src-renderer/features/honours');
const KEY_IN_CODE = /'((?:honours|common|validation|serviceRules)\.[\w.]+)'/g;

let t: TFunction;
beforeAll(async () => {
  t = (await initI18n('zh-CN')).t;
});

describe('honour screens text', () => {
  it('has a Chinese message for every key the screens use', () => {
    const keys = new Set<string>();
    // Subfolders too (print/).
    for (const file of readdirSync(FEATURE, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))) {
      for (const m of readFileSync(file, 'utf8').matchAll(KEY_IN_CODE)) keys.add(m[1] ?? '');
    }
    expect(keys.size).toBeGreaterThan(30);
    expect([...keys].filter((key) => typeof lookup(zhCN, key) !== 'string')).toEqual([]);
  });

  it('has every message in English too, with the same placeholders and nested keys', () => {
    const placeholders = (text: unknown) => [...String(text).matchAll(/{{(\w+)(?:, \w+)?}}|\$t\(([\w.{}]+)\)/g)].map((m) => m[1] ?? m[2]).sort();
    for (const key of leafKeys(zhCN.honours)) {
      expect(typeof lookup(en, key), key).toBe('string');
      expect(placeholders(lookup(en, key)), key).toEqual(placeholders(lookup(zhCN.honours, key)));
    }
  });

  it('says a volunteer’s star and what is left to the next one in Chinese', () => {
    const standing = starStanding(104);
    expect(t(starLevelKey(standing.stars))).toBe('一星志愿者');
    expect(t(STARS_TO_NEXT_KEY, { hours: standing.hoursToNextStar, stars: standing.stars + 1 })).toBe('再服务 196 小时可成为二星志愿者');
    expect(t('honours.form.saved', { name: '优秀志愿者' })).toBe('已保存表彰：“优秀志愿者”。');
  });
});
