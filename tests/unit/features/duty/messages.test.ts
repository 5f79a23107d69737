import type { TFunction } from 'i18next';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { leafKeys, lookup } from '../../../support/messageKeys';
import { initI18n, zhCN } from '../../../../src-renderer/i18n';
import { duty as en } from '../../../../src-renderer/i18n/en/duty';
import { CREDIT_REVIEW_REASONS } from '../../../../src-renderer/records/shift/shape';
import { creditNotes } from '../../../../src-renderer/features/duty/creditNotes';

const ROOT = join(import.meta.dirname, '../../../../src-renderer');
const FOLDERS = ['features/duty', 'records/shift', 'records/dutyPost'].map((f) => join(ROOT, f));
const KEY_IN_CODE = /'((?:duty|common|validation|serviceRules)\.[\w.]+)'/g;

let t: TFunction;
beforeAll(async () => {
  t = (await initI18n('zh-CN')).t;
});

describe('duty screens text', () => {
  it('has a Chinese message for every key the screens and the duty records use', () => {
    const keys = new Set<string>();
    for (const folder of FOLDERS) {
      // Subfolders too (print/).
      for (const file of readdirSync(folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))) for (const m of readFileSync(file, 'utf8').matchAll(KEY_IN_CODE)) keys.add(m[1] ?? '');
    }
    expect(keys.size).toBeGreaterThan(40);
    expect([...keys].filter((key) => typeof lookup(zhCN, key) !== 'string')).toEqual([]);
    for (const status of ['review', 'confirmed', 'upcoming', 'running', 'done', 'in', 'out', 'none']) {
      expect(typeof (lookup(zhCN, `duty.status.${status}`) ?? lookup(zhCN, `duty.signIn.state.${status}`)), status).toBe('string');
    }
  });

  it('has every message in English too, with the same placeholders', () => {
    const placeholders = (text: unknown) => [...String(text).matchAll(/{{(\w+)(?:, \w+)?}}/g)].map((m) => m[1]).sort();
    for (const key of leafKeys(zhCN.duty)) {
      expect(typeof lookup(en, key), key).toBe('string');
      expect(placeholders(lookup(en, key)), key).toEqual(placeholders(lookup(zhCN.duty, key)));
    }
  });

  it('words every review reason of a credit in Chinese, the daily limit with the hours it left', () => {
    const notes = creditNotes({ volunteerId: 'volunteer:a', shiftHours: 6, hours: 4, from: '18:00', to: '23:59', review: [...CREDIT_REVIEW_REASONS] }, t);
    expect(notes).toHaveLength(CREDIT_REVIEW_REASONS.length);
    for (const note of notes) expect(note).toMatch(/[\u4e00-\u9fff]/);
    expect(notes.at(-1)).toBe('当天活动和值班合计超过24小时，本班次只计入 4 小时');
    expect(t('duty.signIn.signedOut', { name: '王芳', time: '09:00', hours: '2' })).toBe('王芳 已签退（09:00），本班计入 2 小时');
  });
});
