import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BackupFileError, type BackupRefusal } from '../../../src-renderer/data/backup/readBackup';
import { BACKUP_COLLECTIONS } from '../../../src-renderer/data/backup/records';
import { zhCN } from '../../../src-renderer/i18n';
import { backup as en } from '../../../src-renderer/i18n/en/backup';

const FEATURE = join(import.meta.dirname, '../../../src-renderer/features/backup');
const KEY_IN_CODE = /'((?:backup|common)\.[\w.]+)'/g;
const REFUSALS: readonly BackupRefusal[] = ['notBackup', 'damaged', 'newerFormat', 'otherStation'];

function lookup(root: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], root);
}

function leafKeys(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
}

describe('backup and restore text', () => {
  it('has a Chinese message for every key the screens use, every refusal and every record type', () => {
    const keys = new Set<string>();
    for (const file of readdirSync(FEATURE)) {
      for (const m of readFileSync(join(FEATURE, file), 'utf8').matchAll(KEY_IN_CODE)) keys.add(m[1] ?? '');
    }
    for (const reason of REFUSALS) keys.add(new BackupFileError(reason).key);
    for (const spec of BACKUP_COLLECTIONS) keys.add(`backup.collections.${spec.name}`);
    expect(keys.size).toBeGreaterThan(30);
    expect([...keys].filter((key) => typeof lookup(zhCN, key) !== 'string')).toEqual([]);
  });

  it('has every message in English too, with the same placeholders', () => {
    const placeholders = (text: unknown) => [...String(text).matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    for (const key of leafKeys(zhCN.backup)) {
      expect(typeof lookup(en, key), key).toBe('string');
      expect(placeholders(lookup(en, key)), key).toEqual(placeholders(lookup(zhCN.backup, key)));
    }
  });

  it('names both stations when it refuses another station’s file', () => {
    const error = new BackupFileError('otherStation', { file: 'A-1', here: 'B-2' });
    expect(lookup(zhCN, error.key)).toContain('{{file}}');
    expect(lookup(zhCN, error.key)).toContain('{{here}}');
  });
});
