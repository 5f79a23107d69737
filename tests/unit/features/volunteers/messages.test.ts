import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../../../src-renderer/i18n';
import { STATUS_FILTERS } from '../../../../src-renderer/features/volunteers/volunteerFilter';

const FEATURE_DIR = join(import.meta.dirname, '../../../../src-renderer/features/volunteers');
const KEY_IN_CODE = /'((?:volunteers|common|validation|catalog)\.[\w.]+)'/g;

function lookup(key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], zhCN);
}

describe('volunteer screens text', () => {
  it('has a Chinese message for every key the screens use', () => {
    const keys = new Set<string>();
    for (const file of readdirSync(FEATURE_DIR).filter((f) => f.endsWith('.tsx') || f.endsWith('.ts'))) {
      for (const match of readFileSync(join(FEATURE_DIR, file), 'utf8').matchAll(KEY_IN_CODE)) keys.add(match[1] ?? '');
    }
    for (const status of STATUS_FILTERS) keys.add(`volunteers.status.${status}`);
    expect(keys.size).toBeGreaterThan(30);
    const missing = [...keys].filter((key) => typeof lookup(key) !== 'string');
    expect(missing).toEqual([]);
  });

  it('says the duplicate ID number belongs to someone, by name', () => {
    expect(zhCN.volunteers.form.duplicateId).toBe('该身份证号已登记为 {{name}}');
  });
});
