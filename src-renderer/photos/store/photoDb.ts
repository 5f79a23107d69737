import { Dexie, type EntityTable } from 'dexie';
import type { LocalPhoto, PhotoMeta, PhotoOwner, PhotoOwnerType, PhotoUploadState } from '../photo';

/**
 * One photo on this PC. The blobs sit in the row: IndexedDB keeps a Blob as a file of its own and a read
 * hands back a reference, so listing a record's photos does not read their bytes.
 */
export interface PhotoRow {
  id: string;
  seq: number;
  /** `type|id` of the owning record, indexed for a record's strip. */
  ownerKey: string;
  ownerType: PhotoOwnerType;
  state: PhotoUploadState;
  deleted: boolean;
  meta: PhotoMeta;
  full: Blob | null;
  thumb: Blob | null;
  /** The server's revision once it holds the photo (a deletion needs it). */
  rev?: string;
}

/** Local-only bookkeeping of the photo channel (the pull's checkpoint, the last seq). */
export interface PhotoSettingRow {
  key: string;
  value: unknown;
}

export type PhotoDb = Dexie & {
  photos: EntityTable<PhotoRow, 'id'>;
  settings: EntityTable<PhotoSettingRow, 'key'>;
};

const LEDGER_PREFIX = 'station-ledger';

/**
 * The photo database beside a ledger database: `station-ledger-photos` plus whatever suffix the ledger's
 * name has, so each station's ledger on this PC has its own and no RxDB collection slot is used.
 */
export function photoDatabaseName(ledgerName: string): string {
  return ledgerName.startsWith(LEDGER_PREFIX) ? `${LEDGER_PREFIX}-photos${ledgerName.slice(LEDGER_PREFIX.length)}` : `${ledgerName}-photos`;
}

export function openPhotoDb(name: string): PhotoDb {
  const db = new Dexie(name) as PhotoDb;
  db.version(1).stores({
    photos: 'id, seq, ownerKey, ownerType, state',
    settings: 'key',
  });
  return db;
}

export function ownerKey(owner: PhotoOwner): string {
  return `${owner.type}|${owner.id}`;
}

export function toLocalPhoto(row: PhotoRow): LocalPhoto {
  return { meta: row.meta, state: row.state, full: row.full, thumb: row.thumb, seq: row.seq, deleted: row.deleted };
}

/** The next local order number; call inside a read-write transaction on `photos` so two adds never share one. */
export async function nextSeq(db: PhotoDb): Promise<number> {
  const last = await db.photos.orderBy('seq').last();
  return (last?.seq ?? 0) + 1;
}
