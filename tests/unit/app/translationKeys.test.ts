import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../../src-renderer/i18n';

const SOURCE = fileURLToPath(new URL('../../../src-renderer/', import.meta.url));
/** `t('a.b.c'` and `i18n.t('a.b.c'`: a key written out in full (keys built at run time are checked where they are built). */
const LITERAL_KEY = /\bt\(\s*'([A-Za-z][\w-]*(?:\.[\w-]+)+)'/g;
/** i18next's plural forms: a key used with `count` may exist only as key_one / key_other. */
const PLURAL_SUFFIXES = ['_one', '_other', '_zero'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'i18n' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolves(messages: unknown, key: string): boolean {
  const parts = key.split('.');
  const last = parts.pop() ?? '';
  let node: unknown = messages;
  for (const part of parts) node = (node as Record<string, unknown> | undefined)?.[part];
  const holder = node as Record<string, unknown> | undefined;
  return typeof holder?.[last] === 'string' || PLURAL_SUFFIXES.some((suffix) => typeof holder?.[`${last}${suffix}`] === 'string');
}

describe('translation keys written in the screens', () => {
  it('each names a Chinese message, so no key is ever shown to the keeper', () => {
    const missing: string[] = [];
    let seen = 0;
    for (const file of sourceFiles(SOURCE)) {
      for (const match of readFileSync(file, 'utf8').matchAll(LITERAL_KEY)) {
        const key = match[1] ?? '';
        seen += 1;
        if (!resolves(zhCN, key)) missing.push(`${relative(SOURCE, file)}: ${key}`);
      }
    }
    expect(seen).toBeGreaterThan(500);
    expect(missing).toEqual([]);
  });
});
