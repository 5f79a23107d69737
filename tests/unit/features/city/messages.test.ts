import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leafKeys, lookup } from '../../../support/messageKeys';
import { zhCN } from '../../../../src-renderer/i18n';
import { city as en } from '../../../../src-renderer/i18n/en/city';
import { FIGURES } from '../../../../src-renderer/features/city/dashboardFigures';
import { HEALTH_ORDER } from '../../../../src-renderer/features/city/healthRows';

const FOLDER = join(import.meta.dirname, '../../../../src-renderer/features/city');
const KEY_IN_CODE = /'((?:city|sync|catalog)\.[\w.]+)'/g;

describe('city dashboard text', () => {
  it('has a Chinese message for every key the dashboard uses, each figure and each health state', () => {
    const keys = new Set<string>();
    for (const file of readdirSync(FOLDER)) for (const m of readFileSync(join(FOLDER, file), 'utf8').matchAll(KEY_IN_CODE)) keys.add(m[1] ?? '');
    for (const figure of FIGURES) keys.add(`city.figures.cards.${figure}`);
    for (const state of HEALTH_ORDER) keys.add(`city.health.states.${state}`);
    expect(keys.size).toBeGreaterThan(30);
    expect([...keys].filter((key) => typeof lookup(zhCN, key) !== 'string')).toEqual([]);
  });

  it('has every message in English too, with the same placeholders', () => {
    const placeholders = (text: unknown) => [...String(text).matchAll(/{{(\w+)(?:, \w+)?}}/g)].map((m) => m[1]).sort();
    for (const key of leafKeys(zhCN.city)) {
      expect(typeof lookup(en, key), key).toBe('string');
      expect(placeholders(lookup(en, key)), key).toEqual(placeholders(lookup(zhCN.city, key)));
    }
  });
});
