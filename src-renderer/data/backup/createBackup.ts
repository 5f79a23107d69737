import type { RxCollection } from 'rxdb';
import { stampMs } from '../../domain/clock/hybridClock';
import type { SyncedCollectionSpec } from '../../sync/collections';
import type { StoredBeforeMigration } from '../migration/pendingMigrations';
import type { Ledger } from '../session';
import { queryStored } from '../storageInternals';
import type { PhotoBackupScope } from '../../photos/store/photoBackup';
import { BACKUP_EXTENSION, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_FORMAT_WITHOUT_PHOTOS, type BackupBody, type BackupHeader, type BackupRecord, type RecordCount } from './format';
import { gzipParts, sha256Hex } from './gzip';
import { readKeptUnreadable, readLocalState } from './localState';
import { photoSection, type PhotoSource } from './photoSection';
import { BACKUP_COLLECTIONS, toBackupRecord } from './records';

/** A ledger, or its parts: without `photos` (before an update's migration, when none is open yet) a file holds no photos. */
export type BackupSource = Pick<Ledger, 'db' | 'local'> & { ctx: Pick<Ledger['ctx'], 'stationId'>; clock: Pick<Ledger['clock'], 'now'>; photos?: PhotoSource };

/** How a collection's stored documents are read: as stored now, or (before an update's migration) at the old schema. */
export type CollectionReader = (spec: SyncedCollectionSpec) => Promise<StoredBeforeMigration>;

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
export async function createBackup(
  source: BackupSource,
  appVersion: string,
  wall: () => Date = () => new Date(),
  read: CollectionReader = currentReader(source),
  photoScope: PhotoBackupScope = 'all',
): Promise<BackupFile> {
  const collections: Record<string, BackupRecord[]> = {};
  const counts: Record<string, RecordCount> = {};
  const schemaVersions: Record<string, number> = {};
  let newestRecordStamp = '';
  for (const spec of BACKUP_COLLECTIONS) {
    const { docs, schemaVersion } = await read(spec);
    const records = docs.map((doc) => toBackupRecord(spec, doc, schemaVersion));
    const deleted = records.filter((r) => r._deleted === true).length;
    collections[spec.name] = records;
    counts[spec.name] = { live: records.length - deleted, deleted };
    schemaVersions[spec.name] = schemaVersion;
    for (const record of records) newestRecordStamp = newest(newestRecordStamp, record.updatedAt);
  }
  const unreadable = await readKeptUnreadable(source.local);
  const photos = await photoSection(source.photos, photoScope);
  const hasPhotos = photos.entries.length > 0;
  const body: BackupBody = { collections, ...(await readLocalState(source.local)), unreadable, ...(hasPhotos ? { photos: photos.entries } : {}) };
  const bodyBytes = new TextEncoder().encode(JSON.stringify(body));
  const profile = collections.station?.find((r) => r._deleted !== true);
  // Before a migration the station is not known yet: its profile says which it is, or its records do.
  const stationCode = source.ctx.stationId || (typeof profile?.code === 'string' ? profile.code : '') || anyStationId(collections);
  const createdAt = wall();
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: hasPhotos ? BACKUP_FORMAT_VERSION : BACKUP_FORMAT_WITHOUT_PHOTOS,
    stationCode,
    stationName: typeof profile?.name === 'string' ? profile.name : '',
    appVersion,
    createdAt: createdAt.toISOString(),
    clockStamp: newest(source.clock.now().toISOString(), newestRecordStamp),
    newestRecordStamp,
    databaseToken: await source.db.storageToken,
    counts,
    keptUnreadable: unreadable.length,
    schemaVersions,
    bodyBytes: bodyBytes.length,
    checksum: `sha256:${await sha256Hex(bodyBytes)}`,
    ...(hasPhotos ? { photos: photos.summary } : {}),
  };
  const headerBytes = new TextEncoder().encode(`${JSON.stringify(header)}\n`);
  const code = stationCode || 'station';
  // The photo files follow the body as they are stored; JPEG hardly compresses, so they take about their own size.
  return { header, data: await gzipParts([headerBytes, bodyBytes, ...photos.parts]), fileName: `${code}-backup-${fileStamp(createdAt)}.${BACKUP_EXTENSION}` };
}

/** Every collection as stored now, at this app's schema. */
export function currentReader(source: Pick<BackupSource, 'db'>): CollectionReader {
  return async (spec) => {
    const collection = source.db.collections[spec.name] as unknown as RxCollection<Record<string, unknown>>;
    const docs = await queryStored(collection, { selector: {}, sort: [{ id: 'asc' }] });
    return { docs, schemaVersion: spec.wire.schemaVersion };
  };
}

/** The station a record names, for a ledger whose profile is not among its records (a joined PC before it arrived). */
function anyStationId(collections: Record<string, BackupRecord[]>): string {
  for (const records of Object.values(collections)) {
    const id = records.find((r) => typeof r.stationId === 'string' && r.stationId !== '')?.stationId;
    if (typeof id === 'string') return id;
  }
  return '';
}
