import type { TFunction } from 'i18next';
import type { RecordCount } from '../../data/backup/format';
import { BackupFileError } from '../../data/backup/readBackup';
import { describeDesktopError } from '../../ui/errorMessage';

/** A refused file or a failed step, in one sentence of the keeper's language. */
export function describeBackupError(error: unknown, t: TFunction): string {
  if (error instanceof BackupFileError) return t(error.key, error.values);
  return describeDesktopError(error, t) ?? t('common.unknownError');
}

/** Bytes as a keeper reads them: KB under a megabyte, MB with one decimal above. */
export function sizeText(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** All records in a file, live and deleted. */
export function totalRecords(counts: Readonly<Record<string, RecordCount>>): number {
  return Object.values(counts).reduce((sum, c) => sum + c.live + c.deleted, 0);
}

export interface CountRow {
  collection: string;
  live: number;
  deleted: number;
}

/** The preview's rows: collections that hold something, in the file's order. */
export function countRows(counts: Readonly<Record<string, RecordCount>>): CountRow[] {
  return Object.entries(counts)
    .filter(([, c]) => c.live + c.deleted > 0)
    .map(([collection, c]) => ({ collection, live: c.live, deleted: c.deleted }));
}
