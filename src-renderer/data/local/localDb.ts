import { Dexie, type EntityTable } from 'dexie';

/**
 * Local-only state that never replicates: this PC's id, settings, the sync run log, remembered import
 * column mappings. It lives outside RxDB so it costs no collection slot (RxDB's free tier allows 13).
 */
export interface SettingRow {
  key: string;
  value: unknown;
}

export interface SyncRunRow {
  id?: number;
  startedAt: string;
  finishedAt: string;
  sent: number;
  received: number;
  /** i18n key of the error, if the run failed. */
  errorKey: string;
  errorDetail: string;
}

export interface ImportMappingRow {
  /** A fingerprint of the sheet's header row. */
  headerKey: string;
  kind: string;
  mapping: Record<string, string>;
  savedAt: string;
}

export type LocalDb = Dexie & {
  settings: EntityTable<SettingRow, 'key'>;
  syncRuns: EntityTable<SyncRunRow, 'id'>;
  importMappings: EntityTable<ImportMappingRow, 'headerKey'>;
};

export const LOCAL_DATABASE_NAME = 'station-ledger-local';

export function openLocalDb(name: string = LOCAL_DATABASE_NAME): LocalDb {
  const db = new Dexie(name) as LocalDb;
  db.version(1).stores({
    settings: 'key',
    syncRuns: '++id, startedAt',
    importMappings: 'headerKey, kind',
  });
  return db;
}

export async function getSetting<T>(db: LocalDb, key: string): Promise<T | undefined> {
  const row = await db.settings.get(key);
  return row?.value as T | undefined;
}

export async function putSetting(db: LocalDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

/** Each PC gets a random id once; it is written to `updatedBy` on every change it makes. */
export async function getDeviceId(db: LocalDb): Promise<string> {
  const existing = await getSetting<string>(db, 'deviceId');
  if (existing) return existing;
  const id = `pc-${crypto.randomUUID()}`;
  await putSetting(db, 'deviceId', id);
  return id;
}
