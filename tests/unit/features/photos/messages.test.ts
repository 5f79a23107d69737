import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { photos as en } from '../../../../src-renderer/i18n/en/photos';
import { photos as zh } from '../../../../src-renderer/i18n/zh-CN/photos';
import { leafKeys, lookup } from '../../../support/messageKeys';

const FEATURE_DIR = join(__dirname, '../../../../src-renderer/features/photos');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('photo screens’ messages', () => {
  it('every photos.* key the screens name has Chinese text', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(FEATURE_DIR)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\('photos\.([\w.]+)'/g)) used.add(match[1]!);
    }
    // Keys built from a status kind: photos.status.<kind> and <kind>Help.
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) expect(typeof lookup(zh, key), key).toBe('string');
    for (const kind of ['pending', 'queued', 'failed', 'onServer', 'tooLarge', 'failedHelp', 'tooLargeHelp']) {
      expect(typeof lookup(zh, `status.${kind}`)).toBe('string');
    }
  });

  it('English has every key with the same placeholders', () => {
    for (const key of leafKeys(zh)) {
      expect(typeof lookup(en, key), key).toBe('string');
      expect(placeholders(lookup(en, key)), key).toEqual(placeholders(lookup(zh, key)));
    }
  });
});
