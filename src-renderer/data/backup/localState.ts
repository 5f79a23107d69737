import { getSetting, putSetting, type LocalDb } from '../local/localDb';
import type { BackupBody, KeptUnreadable } from './format';

/**
 * The local settings a backup carries, by name: an allow-list, so nothing added later (a sync password, a
 * token) can slip into a file that may travel on a USB stick. The PC's own id, its write clock and sync
 * bookkeeping stay with the PC: a restored PC is still itself.
 */
export const BACKED_UP_SETTINGS: readonly string[] = ['language'];

/** Records a restore could not read (a newer app's), kept here so the next backup carries them on. */
export const KEPT_UNREADABLE_KEY = 'backup.keptUnreadable';

export async function readKeptUnreadable(local: LocalDb): Promise<KeptUnreadable[]> {
  const stored = await getSetting<unknown>(local, KEPT_UNREADABLE_KEY);
  return Array.isArray(stored) ? (stored as KeptUnreadable[]) : [];
}

function unreadableKey(entry: KeptUnreadable): string {
  return `${entry.collection}\n${entry.docId}\n${entry.body}`;
}

/** Adds what is not kept yet; returns how many were new. */
export async function keepUnreadable(local: LocalDb, entries: readonly KeptUnreadable[]): Promise<number> {
  if (entries.length === 0) return 0;
  return local.transaction('rw', local.settings, async () => {
    const kept = await readKeptUnreadable(local);
    const known = new Set(kept.map(unreadableKey));
    const fresh = entries.filter((e) => !known.has(unreadableKey(e)));
    if (fresh.length > 0) await putSetting(local, KEPT_UNREADABLE_KEY, [...kept, ...fresh]);
    return fresh.length;
  });
}

export async function readLocalState(local: LocalDb): Promise<Pick<BackupBody, 'settings' | 'importMappings'>> {
  const settings: Record<string, unknown> = {};
  for (const key of BACKED_UP_SETTINGS) {
    const value = await getSetting<unknown>(local, key);
    if (value !== undefined) settings[key] = value;
  }
  const importMappings = await local.importMappings.toArray();
  return { settings, importMappings };
}

/** Settings and column mappings the PC does not have yet; what it has is its own and stays. Returns how many were added. */
export async function restoreLocalState(local: LocalDb, state: Pick<BackupBody, 'settings' | 'importMappings'>): Promise<number> {
  return local.transaction('rw', local.settings, local.importMappings, async () => {
    let added = 0;
    for (const key of BACKED_UP_SETTINGS) {
      if (!(key in state.settings) || (await getSetting<unknown>(local, key)) !== undefined) continue;
      await putSetting(local, key, state.settings[key]);
      added += 1;
    }
    for (const mapping of state.importMappings) {
      if (await local.importMappings.get(mapping.headerKey)) continue;
      await local.importMappings.put(mapping);
      added += 1;
    }
    return added;
  });
}
