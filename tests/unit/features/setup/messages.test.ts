import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../../../src-renderer/i18n';
import { FIVE_HAVES } from '../../../../src-renderer/domain/catalog';
import { home as enHome } from '../../../../src-renderer/i18n/en/home';
import { projects as enProjects } from '../../../../src-renderer/i18n/en/projects';
import { settings as enSettings } from '../../../../src-renderer/i18n/en/settings';
import { setup as enSetup } from '../../../../src-renderer/i18n/en/setup';
import { teams as enTeams } from '../../../../src-renderer/i18n/en/teams';
import { FIRST_STEPS } from '../../../../src-renderer/features/home/homeFigures';
import { LANGUAGES } from '../../../../src-renderer/features/settings/language';

const SRC = join(import.meta.dirname, '../../../../src-renderer');
const SOURCES = [
  ...['setup', 'home', 'teams', 'projects', 'settings'].flatMap((feature) =>
    readdirSync(join(SRC, 'features', feature))
      .filter((f) => f.endsWith('.ts') || f.endsWith('.tsx'))
      .map((f) => join(SRC, 'features', feature, f)),
  ),
  join(SRC, 'ui/VolunteerSelect.tsx'),
];
const KEY_IN_CODE = /'((?:setup|home|teams|projects|settings|sync|common|validation|catalog)\.[\w.]+)'/g;

function lookup(root: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], root);
}

/** Every leaf key of a message tree, as dotted paths. */
function leafKeys(node: unknown, prefix: string): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
}

describe('set-up, home, teams, projects and settings text', () => {
  it('has a Chinese message for every key the screens use', () => {
    const keys = new Set<string>();
    for (const file of SOURCES) for (const m of readFileSync(file, 'utf8').matchAll(KEY_IN_CODE)) keys.add(m[1] ?? '');
    // Keys built from catalogue codes at run time.
    for (const step of FIRST_STEPS) for (const part of ['title', 'description', 'action']) keys.add(`home.firstSteps.${step}.${part}`);
    for (const item of FIVE_HAVES) keys.add(`setup.selfCheck.notePlaceholders.${item}`);
    for (const language of LANGUAGES) keys.add(`settings.language.names.${language}`);
    for (const shell of ['desktop', 'web']) keys.add(`settings.about.shells.${shell}`);
    expect(keys.size).toBeGreaterThan(100);
    expect([...keys].filter((key) => typeof lookup(zhCN, key) !== 'string')).toEqual([]);
  });

  it.each([
    ['setup', zhCN.setup, enSetup],
    ['home', zhCN.home, enHome],
    ['teams', zhCN.teams, enTeams],
    ['projects', zhCN.projects, enProjects],
    ['settings', zhCN.settings, enSettings],
  ] as const)('has English for every %s message, with the same placeholders', (_ns, zh, en) => {
    for (const key of leafKeys(zh, '')) {
      const zhText = lookup(zh, key) as string;
      const enText = lookup(en, key);
      expect(typeof enText, key).toBe('string');
      // i18next treats an empty string as missing and would show the Chinese text instead.
      expect(enText, key).not.toBe('');
      const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(placeholders(enText as string), key).toEqual(placeholders(zhText));
    }
  });
});
