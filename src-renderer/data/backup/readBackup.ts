import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, backupBodySchema, backupHeaderSchema, type BackupBody, type BackupHeader, type PhotoSummary } from './format';
import { gunzip, sha256Hex } from './gzip';
import { isLocked, lockedHeader, LockError, unlockBackup } from './passwordLock';
import { photoFilesIntact } from './photoSection';

export type BackupRefusal = 'notBackup' | 'damaged' | 'newerFormat' | 'otherStation' | 'needsPassword' | 'wrongPassword';

/** A file a restore will not use; `key` is the i18n key that says why, `values` fills it in. */
export class BackupFileError extends Error {
  readonly key: string;
  constructor(
    readonly reason: BackupRefusal,
    readonly values: Record<string, string> = {},
  ) {
    super(`backup file refused: ${reason}`);
    this.name = 'BackupFileError';
    this.key = `backup.error.${reason}`;
  }
}

export interface ReadBackup {
  header: BackupHeader;
  body: BackupBody;
  /** The photo files after the body (empty in a file without photos); the body's `photos` say where each lies. */
  photoSection: Uint8Array<ArrayBuffer>;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Opens a backup file and checks all of it before anything is written: gzip's own checks, the header, the
 * body's length and SHA-256 against the header, the body's shape, the photo section's length and every
 * photo file's SHA-256 against the body. Any doubt refuses the whole file.
 */
export async function readBackup(file: Uint8Array, password?: string): Promise<ReadBackup> {
  const data = isLocked(file) ? await unlocked(file, password) : file;
  const gzipMagic = data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b;
  if (!gzipMagic) throw new BackupFileError('notBackup');
  let plain: Uint8Array<ArrayBuffer>;
  try {
    plain = await gunzip(data);
  } catch {
    throw new BackupFileError('damaged');
  }
  const newline = plain.indexOf(0x0a);
  if (newline < 0) throw new BackupFileError('damaged');
  const rawHeader = parseJson(new TextDecoder().decode(plain.subarray(0, newline)));
  const looksLikeOurs = typeof rawHeader === 'object' && rawHeader !== null && (rawHeader as { format?: unknown }).format === BACKUP_FORMAT;
  if (!looksLikeOurs) throw new BackupFileError('notBackup');
  const version = (rawHeader as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) throw new BackupFileError('newerFormat');
  const header = backupHeaderSchema.safeParse(rawHeader);
  if (!header.success) throw new BackupFileError('damaged');
  const bodyEnd = newline + 1 + header.data.bodyBytes;
  const photos: PhotoSummary | undefined = header.data.photos;
  if (plain.length !== bodyEnd + (photos?.bytes ?? 0)) throw new BackupFileError('damaged');
  const bodyBytes = plain.subarray(newline + 1, bodyEnd);
  if (`sha256:${await sha256Hex(bodyBytes)}` !== header.data.checksum) throw new BackupFileError('damaged');
  const body = backupBodySchema.safeParse(parseJson(new TextDecoder().decode(bodyBytes)));
  if (!body.success) throw new BackupFileError('damaged');
  const photoSection = plain.subarray(bodyEnd);
  const entries = body.data.photos ?? [];
  if (entries.length !== (photos?.count ?? 0) || !(await photoFilesIntact(entries, photoSection))) throw new BackupFileError('damaged');
  return { header: header.data, body: body.data, photoSection };
}

/** A file locked with a password (passwordLock.ts): its backup bytes, or why not. */
async function unlocked(file: Uint8Array, password: string | undefined): Promise<Uint8Array> {
  try {
    if (password === undefined) throw new BackupFileError('needsPassword', { station: lockedHeader(file).stationCode });
    return await unlockBackup(file, password);
  } catch (error) {
    if (!(error instanceof LockError)) throw error;
    throw new BackupFileError(error.problem === 'notLocked' ? 'notBackup' : error.problem);
  }
}

/** What the keeper is shown before a restore writes anything. */
export interface BackupPreview {
  stationCode: string;
  stationName: string;
  createdAt: string;
  newestRecordStamp: string;
  appVersion: string;
  counts: BackupHeader['counts'];
  keptUnreadable: number;
  /** The photos the file carries; null for a file without any. */
  photos: PhotoSummary | null;
}

export function previewOf(header: BackupHeader): BackupPreview {
  const { stationCode, stationName, createdAt, newestRecordStamp, appVersion, counts, keptUnreadable } = header;
  return { stationCode, stationName, createdAt, newestRecordStamp, appVersion, counts, keptUnreadable, photos: header.photos ?? null };
}

/** A file of another station is refused; a PC that keeps no station yet takes any. */
export function checkStation(header: BackupHeader, localStation: string): void {
  if (localStation !== '' && header.stationCode !== localStation) {
    throw new BackupFileError('otherStation', { file: header.stationCode, here: localStation });
  }
}
