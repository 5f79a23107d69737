import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { SETUP_FILE_ISSUES } from '../../../src-renderer/domain/stationSetupFile';
import { conflicts as enConflicts } from '../../../src-renderer/i18n/en/conflicts';
import { sync as enSync } from '../../../src-renderer/i18n/en/sync';
import { conflicts as zhConflicts } from '../../../src-renderer/i18n/zh-CN/conflicts';
import { sync as zhSync } from '../../../src-renderer/i18n/zh-CN/sync';
import { SYNCED_COLLECTIONS } from '../../../src-renderer/sync/collections';
import type { SyncPhase } from '../../../src-renderer/sync/status';
import { SYNC_ERROR_KINDS, syncErrorKey } from '../../../src-renderer/sync/syncError';

const PHASES: SyncPhase[] = ['notConfigured', 'offline', 'syncing', 'upToDate', 'error'];

const KEYS = [
  ...SYNC_ERROR_KINDS.map(syncErrorKey),
  'sync.errors.credentialsUnreadable',
  ...Object.values(SETUP_FILE_ISSUES),
  ...PHASES.map((p) => `sync.phase.${p}`),
  ...SYNCED_COLLECTIONS.map((s) => `sync.collections.${s.name}`),
  'conflicts.kind.edit-edit',
  'conflicts.kind.delete-edit',
];

async function translator(language: 'zh-CN' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: 'zh-CN',
    resources: {
      'zh-CN': { translation: { sync: zhSync, conflicts: zhConflicts } },
      en: { translation: { sync: enSync, conflicts: enConflicts } },
    },
    interpolation: { escapeValue: false },
  });
  return instance;
}

describe('sync messages', () => {
  it.each(['zh-CN', 'en'] as const)('every error, phase and set-up file problem the code can report has a %s text', async (language) => {
    const i18n = await translator(language);
    for (const key of KEYS) {
      expect(i18n.exists(key, { fallbackLng: [] }), key).toBe(true);
      expect(i18n.t(key)).not.toBe(key);
    }
  });

  it('every error message tells the keeper what to do next, in Chinese', async () => {
    const i18n = await translator('zh-CN');
    for (const kind of SYNC_ERROR_KINDS) {
      expect(i18n.t(syncErrorKey(kind)), kind).toMatch(/请|自动重试|照常/);
    }
  });
});
