import { getSetting, putSetting, type LocalDb } from '../local/localDb';

/**
 * Remembers, on this PC, that a file is being read and checked. Reading a hostile file can end the page
 * itself (out of memory), taking every message with it; when the app opens again and finds the mark, it
 * says what happened instead of showing a blank start. Cleared as soon as the file was read and checked,
 * refused, or cancelled.
 */
const KEY = 'importInProgress';

export interface ImportInProgress {
  fileName: string;
  startedAt: string;
}

export async function markImportStarted(local: LocalDb, fileName: string, now: Date = new Date()): Promise<void> {
  const mark: ImportInProgress = { fileName, startedAt: now.toISOString() };
  await putSetting(local, KEY, mark);
}

export async function markImportEnded(local: LocalDb): Promise<void> {
  await local.settings.delete(KEY);
}

/** The import a previous page did not finish (and forgets it: the keeper is told once). */
export async function takeInterruptedImport(local: LocalDb): Promise<ImportInProgress | null> {
  const mark = await getSetting<unknown>(local, KEY);
  await local.settings.delete(KEY);
  if (typeof mark !== 'object' || mark === null || !('fileName' in mark) || typeof mark.fileName !== 'string') return null;
  const startedAt = 'startedAt' in mark && typeof mark.startedAt === 'string' ? mark.startedAt : '';
  return { fileName: mark.fileName, startedAt };
}
