import { z } from 'zod';

/**
 * A station backup file: gzip of one header line (JSON) and one body line (JSON). The header can be shown
 * before anything is restored; its checksum covers the body's bytes exactly, so a damaged or truncated file
 * is refused before a single record is written (gzip's own CRC catches most damage first).
 */
export const BACKUP_FORMAT = 'station-ledger-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** What the desktop's save dialog and the browser's file picker offer. */
export const BACKUP_EXTENSION = 'slbackup';

const countSchema = z.object({ live: z.number().int().min(0), deleted: z.number().int().min(0) });
export type RecordCount = z.infer<typeof countSchema>;

export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  stationCode: z.string(),
  stationName: z.string(),
  appVersion: z.string(),
  /** The PC's clock when the backup was made: shown, never relied on (it may be wrong). */
  createdAt: z.string(),
  /**
   * The PC's write clock at that moment (data/clock/writeClock.ts): never before any record the PC had
   * written or received, whatever its wall clock said. Orders backups of one PC without trusting its clock.
   */
  clockStamp: z.string(),
  /** The latest `updatedAt` of any record in the file ('' when it holds none): what the file is as new as. */
  newestRecordStamp: z.string(),
  /** The RxDB storage token of the database backed up: tells a restore whether record histories are one line. */
  databaseToken: z.string(),
  /** Per collection: live records and deletions. */
  counts: z.record(z.string(), countSchema),
  /** Records of this station that this app could not read, kept as they came (a newer app's). */
  keptUnreadable: z.number().int().min(0),
  /** The collections' RxDB schema versions at the writer: a newer app's records are migrated or kept, never dropped. */
  schemaVersions: z.record(z.string(), z.number().int().min(0)),
  bodyBytes: z.number().int().min(0),
  /** `sha256:<hex>` of the body line's UTF-8 bytes. */
  checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

/** A record as the file keeps it: CouchDB's wire shape (sync/push.ts toCouch) plus the PC's RxDB `_rev`. */
export type BackupRecord = Record<string, unknown> & { _id: string; _rev: string; _deleted?: boolean };

const recordSchema = z.looseObject({ _id: z.string().min(1), _rev: z.string().min(1), _deleted: z.boolean().optional() });

export const unreadableSchema = z.object({ collection: z.string(), docId: z.string(), reason: z.string(), body: z.string() });
export type KeptUnreadable = z.infer<typeof unreadableSchema>;

export const importMappingSchema = z.object({
  headerKey: z.string(),
  kind: z.string(),
  mapping: z.record(z.string(), z.string()),
  savedAt: z.string(),
});

export const backupBodySchema = z.object({
  collections: z.record(z.string(), z.array(recordSchema)),
  /** Local settings on an allow-list (data/backup/localState.ts): never credentials. */
  settings: z.record(z.string(), z.unknown()),
  importMappings: z.array(importMappingSchema),
  unreadable: z.array(unreadableSchema),
});
export interface BackupBody {
  collections: Record<string, BackupRecord[]>;
  settings: Record<string, unknown>;
  importMappings: z.infer<typeof importMappingSchema>[];
  unreadable: KeptUnreadable[];
}
