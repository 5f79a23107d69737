import { photosToBackUp, type PhotoBackupScope, type RestoredPhoto } from '../../photos/store/photoBackup';
import type { PhotoDb } from '../../photos/store/photoDb';
import type { BackupPhoto, BackupPhotoFile, PhotoSummary } from './format';
import { sha256Hex } from './gzip';

/** The photo store a backup reads and a restore writes (a ledger's `photos`); absent where none is open. */
export interface PhotoSource {
  readonly channel: { readonly db: PhotoDb };
}

/** The photo section of a file being made: the body's list, the files in order, and the header's summary. */
export interface PhotoSection {
  entries: BackupPhoto[];
  /** The photo files in section order: Blobs as the store keeps them, read only while the file is compressed. */
  parts: Blob[];
  summary: PhotoSummary;
}

/**
 * Lists the photos a backup carries and places their files one after another. Each file is read once,
 * alone, for its SHA-256 (the body, itself under the header's checksum, holds it): a changed byte in any
 * photo refuses the whole file.
 */
export async function photoSection(store: PhotoSource | undefined, scope: PhotoBackupScope): Promise<PhotoSection> {
  const rows = store ? await photosToBackUp(store.channel.db, scope) : [];
  const entries: BackupPhoto[] = [];
  const parts: Blob[] = [];
  let at = 0;
  const place = async (blob: Blob | null): Promise<BackupPhotoFile | null> => {
    if (blob === null) return null;
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const file: BackupPhotoFile = { at, bytes: bytes.length, sha256: await sha256Hex(bytes), type: blob.type };
    parts.push(blob);
    at += bytes.length;
    return file;
  };
  for (const row of rows) {
    const full = await place(row.full);
    const thumb = await place(row.thumb);
    entries.push({ meta: row.meta, state: row.state, ...(row.rev !== undefined ? { rev: row.rev } : {}), full, thumb });
  }
  const withFile = entries.filter((e) => e.full !== null).length;
  return { entries, parts, summary: { scope, count: entries.length, withFile, bytes: at } };
}

/** Whether every photo file lies inside the section and has the SHA-256 the body gives it. */
export async function photoFilesIntact(entries: readonly BackupPhoto[], section: Uint8Array): Promise<boolean> {
  for (const entry of entries) {
    for (const file of [entry.full, entry.thumb]) {
      if (file === null) continue;
      if (file.at + file.bytes > section.length) return false;
      if ((await sha256Hex(section.subarray(file.at, file.at + file.bytes))) !== file.sha256) return false;
    }
  }
  return true;
}

/** The photos of a read file as the store takes them; each file copied out of the section on its own. */
export function photosOfFile(entries: readonly BackupPhoto[], section: Uint8Array<ArrayBuffer>): RestoredPhoto[] {
  const blob = (file: BackupPhotoFile | null): Blob | null => (file === null ? null : new Blob([section.subarray(file.at, file.at + file.bytes)], { type: file.type }));
  return entries.map((entry) => ({ meta: entry.meta, state: entry.state, ...(entry.rev !== undefined ? { rev: entry.rev } : {}), full: blob(entry.full), thumb: blob(entry.thumb) }));
}
