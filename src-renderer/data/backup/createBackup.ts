import type { RxCollection } from 'rxdb';
import { stampMs } from '../../domain/clock/hybridClock';
import type { Ledger } from '../session';
import { queryStored } from '../storageInternals';
import { BACKUP_EXTENSION, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupBody, type BackupHeader, type BackupRecord, type RecordCount } from './format';
import { gzip, sha256Hex } from './gzip';
import { readKeptUnreadable, readLocalState } from './localState';
import { BACKUP_COLLECTIONS, toBackupRecord } from './records';

export type BackupSource = Pick<Ledger, 'db' | 'local' | 'ctx' | 'clock'>;

export interface BackupFile {
  header: BackupHeader;
  data: Uint8Array;
  fileName: string;
}

function newest(current: string, candidate: unknown): string {
  const [a, b] = [stampMs(current), stampMs(candidate)];
  return b !== null && (a === null || b > a) && typeof candidate === 'string' ? candidate : current;
}

/** `YYYYMMDD-HHmm` of the PC's local time: only a name for the keeper to tell files apart. */
function fileStamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}${two(date.getMonth() + 1)}${two(date.getDate())}-${two(date.getHours())}${two(date.getMinutes())}`;
}

/**
 * A full snapshot of the station on this PC: every synced collection with revisions and deletions (the
 * conflict register among them), the kept records of newer apps, allowed local settings. Read collection
 * by collection from storage, below RxDB's document cache.
 */
export async function createBackup(source: BackupSource, appVersion: string, wall: () => Date = () => new Date()): Promise<BackupFile> {
  const collections: Record<string, BackupRecord[]> = {};
  const counts: Record<string, RecordCount> = {};
  const schemaVersions: Record<string, number> = {};
  let newestRecordStamp = '';
  for (const spec of BACKUP_COLLECTIONS) {
    const collection = source.db.collections[spec.name] as unknown as RxCollection;
    const stored = await queryStored(collection, { selector: {}, sort: [{ id: 'asc' }] });
    const records = stored.map((doc) => toBackupRecord(spec, doc as Record<string, unknown>));
    const deleted = records.filter((r) => r._deleted === true).length;
    collections[spec.name] = records;
    counts[spec.name] = { live: records.length - deleted, deleted };
    schemaVersions[spec.name] = spec.wire.schemaVersion;
    for (const record of records) newestRecordStamp = newest(newestRecordStamp, record.updatedAt);
  }
  const unreadable = await readKeptUnreadable(source.local);
  const body: BackupBody = { collections, ...(await readLocalState(source.local)), unreadable };
  const bodyBytes = new TextEncoder().encode(JSON.stringify(body));
  const profile = collections.station?.find((r) => r._deleted !== true);
  const createdAt = wall();
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    stationCode: source.ctx.stationId,
    stationName: typeof profile?.name === 'string' ? profile.name : '',
    appVersion,
    createdAt: createdAt.toISOString(),
    clockStamp: source.clock.now().toISOString(),
    newestRecordStamp,
    databaseToken: await source.db.storageToken,
    counts,
    keptUnreadable: unreadable.length,
    schemaVersions,
    bodyBytes: bodyBytes.length,
    checksum: `sha256:${await sha256Hex(bodyBytes)}`,
  };
  const headerBytes = new TextEncoder().encode(`${JSON.stringify(header)}\n`);
  const plain = new Uint8Array(headerBytes.length + bodyBytes.length);
  plain.set(headerBytes, 0);
  plain.set(bodyBytes, headerBytes.length);
  const code = source.ctx.stationId || 'station';
  return { header, data: await gzip(plain), fileName: `${code}-backup-${fileStamp(createdAt)}.${BACKUP_EXTENSION}` };
}
