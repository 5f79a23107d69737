import type { TFunction } from 'i18next';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { leafKeys, lookup } from '../../../support/messageKeys';
import { initI18n, zhCN } from '../../../../src-renderer/i18n';
import { requests as en } from '../../../../src-renderer/i18n/en/requests';
import { REQUEST_URGENCIES } from '../../../../src-renderer/records/request/shape';

const SOURCES = [
  join(import.meta.dirname, '../../../../src-renderer/features/requests'),
  join(import.meta.dirname, '../../../../src-renderer/records/request'),
];
const KEY_IN_CODE = /'((?:requests|common|validation|serviceRules)\.[\w.]+)'/g;

let t: TFunction;
beforeAll(async () => {
  t = (await initI18n('zh-CN')).t;
});

describe('群众点单 text', () => {
  it('has a Chinese message for every key the screens and the repository use', () => {
    const keys = new Set<string>(REQUEST_URGENCIES.map((u) => `requests.urgency.${u}`));
    for (const dir of SOURCES) {
      // Subfolders too (print/).
      for (const file of readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))) {
        for (const m of readFileSync(file, 'utf8').matchAll(KEY_IN_CODE)) keys.add(m[1] ?? '');
      }
    }
    expect(keys.size).toBeGreaterThan(50);
    expect([...keys].filter((key) => typeof lookup(zhCN, key) !== 'string')).toEqual([]);
  });

  it('has every message in English too, with the same placeholders', () => {
    const placeholders = (text: unknown) => [...String(text).matchAll(/{{(\w+)(?:, \w+)?}}|\$t\(([\w.{}]+)\)/g)].map((m) => m[1] ?? m[2]).sort();
    for (const key of leafKeys(zhCN.requests)) {
      expect(typeof lookup(en, key), key).toBe('string');
      expect(placeholders(lookup(en, key)), key).toEqual(placeholders(lookup(zhCN.requests, key)));
    }
  });

  it('says what a step did and why one was refused in Chinese', () => {
    expect(t('requests.detail.actionDone', { action: 'dispatch' })).toBe('已派单。');
    expect(t('requests.detail.stepTo', { action: t('requests.detail.step', { action: 'close' }), state: 'done' })).toBe('办结 → 已办结');
    expect(t('requests.validation.wantedBeforeReceived', { receivedDate: '2024-03-05' })).toBe('希望完成日期不能早于收到日期 2024-03-05');
    expect(t('requests.list.tab', { label: '待派单', count: 3 })).toBe('待派单 3');
  });
});
