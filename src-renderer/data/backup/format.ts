import { z } from 'zod';

/**
 * A station backup file: gzip of one header line (JSON), one body line (JSON) and, from format 2, the
 * photos' bytes one after another (the photo section). The header can be shown before anything is
 * restored; its checksum covers the body's bytes exactly, and the body lists every photo file with its
 * place in the section and its own SHA-256, so a damaged or truncated file is refused before a single
 * record or photo is written (gzip's own CRC catches most damage first).
 *
 * Format 2 only adds the photo section. A file without photos is still written as format 1, so an older
 * app restores it; one with photos is format 2, and an older app says "made by a newer version" rather
 * than "damaged" (its reader checks the version before the body's length, and would refuse bytes after
 * the body). Photos are never base64'd into the body: a year of them is hundreds of MB.
 */
export const BACKUP_FORMAT = 'station-ledger-backup';
export const BACKUP_FORMAT_VERSION = 2;
/** The format of a file that holds no photos: what every app since the first reads. */
export const BACKUP_FORMAT_WITHOUT_PHOTOS = 1;
/** What the desktop's save dialog and the browser's file picker offer. */
export const BACKUP_EXTENSION = 'slbackup';

const countSchema = z.object({ live: z.number().int().min(0), deleted: z.number().int().min(0) });
export type RecordCount = z.infer<typeof countSchema>;

/**
 * Which photos a file carries: 'all' (the keeper's 立即备份: every full file on the PC, and the thumbnail
 * of those the server holds) or 'unsent' (automatic snapshots: only photos the server does not hold yet).
 */
export const photoScopeSchema = z.enum(['all', 'unsent']);
export type PhotoScope = z.infer<typeof photoScopeSchema>;

const photoSummarySchema = z.object({
  scope: photoScopeSchema,
  /** Photos listed in the body. */
  count: z.number().int().min(0),
  /** Of them, those whose full file is in the file (the rest: meta and thumbnail, the server holds the file). */
  withFile: z.number().int().min(0),
  /** Length of the photo section after the body. */
  bytes: z.number().int().min(0),
});
export type PhotoSummary = z.infer<typeof photoSummarySchema>;

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
  /** Format 2: the photos the file carries; absent in a file without photos. */
  photos: photoSummarySchema.optional(),
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

/** One file of a photo inside the photo section: where it starts, how long it is, its SHA-256. */
const photoFileSchema = z.object({
  at: z.number().int().min(0),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  type: z.string(),
});
export type BackupPhotoFile = z.infer<typeof photoFileSchema>;

const photoMetaSchema = z.object({
  id: z.string().startsWith('photo:'),
  stationId: z.string(),
  owner: z.object({ type: z.enum(['activity', 'request', 'shift']), id: z.string() }),
  kind: z.enum(['photo', 'sheet']),
  mime: z.enum(['image/jpeg', 'image/png', 'application/pdf']),
  bytes: z.number().int().min(0),
  width: z.number().optional(),
  height: z.number().optional(),
  takenAt: z.string().optional(),
  fileName: z.string(),
  addedBy: z.string(),
});

/** A photo as the body lists it (photos/photo.ts): its meta, where it stood, and its files in the photo section. */
export const backupPhotoSchema = z.object({
  meta: photoMetaSchema,
  state: z.enum(['pending', 'onServer', 'tooLarge']),
  /** The server's revision of its document, when it held it. */
  rev: z.string().optional(),
  full: photoFileSchema.nullable(),
  thumb: photoFileSchema.nullable(),
});
export type BackupPhoto = z.infer<typeof backupPhotoSchema>;

export const backupBodySchema = z.object({
  collections: z.record(z.string(), z.array(recordSchema)),
  /** Local settings on an allow-list (data/backup/localState.ts): never credentials. */
  settings: z.record(z.string(), z.unknown()),
  importMappings: z.array(importMappingSchema),
  unreadable: z.array(unreadableSchema),
  /** Format 2: the photos whose files follow the body. */
  photos: z.array(backupPhotoSchema).optional(),
});
export interface BackupBody {
  collections: Record<string, BackupRecord[]>;
  settings: Record<string, unknown>;
  importMappings: z.infer<typeof importMappingSchema>[];
  unreadable: KeptUnreadable[];
  photos?: BackupPhoto[];
}
