/**
 * Evidence photos (活动照片) and scanned sign-in sheets (签到表) of an activity, a resident's request or a duty
 * shift. They are kept out of RxDB on purpose: a photo is written once and never edited (only deleted), so it
 * needs none of the record channel's conflict handling, it would take the last of RxDB's 13 collection slots,
 * and records must never wait behind photos on a slow link. On the server each photo is one document of its
 * own (`photo:<uuid>`) with its bytes as attachments; the roll-up's allow-list never lets it in.
 */
export type PhotoOwnerType = 'activity' | 'request' | 'shift';

export interface PhotoOwner {
  type: PhotoOwnerType;
  /** The owning record's id, e.g. `activity:…`. */
  id: string;
}

export type PhotoKind = 'photo' | 'sheet';

export type PhotoMime = 'image/jpeg' | 'image/png' | 'application/pdf';

/** What is known of a photo on every PC and on the server (the server document's body). */
export interface PhotoMeta {
  /** `photo:<uuid>`: also the server document's id, so a retried upload can never make a second copy. */
  id: string;
  stationId: string;
  owner: PhotoOwner;
  kind: PhotoKind;
  mime: PhotoMime;
  /** Bytes of the stored (already compressed) file. */
  bytes: number;
  width?: number;
  height?: number;
  /** When the picture was taken, from the camera's EXIF `DateTimeOriginal` (local time as written, no zone). */
  takenAt?: string;
  /** The file's name as the keeper picked it, for the viewer and the printed sheet. */
  fileName: string;
  /** Which PC added it (the same `pc-…` id records carry in `updatedBy`). */
  addedBy: string;
}

/** Where a photo stands on this PC; never sent anywhere. */
export type PhotoUploadState =
  /** Added here, not yet on the server. */
  | 'pending'
  /** The server holds it (uploaded from here, or it came from the server). */
  | 'onServer'
  /** The server refused it as too large (HTTP 413 or `max_document_size`): it stays here, the rest sync. */
  | 'tooLarge';

export interface LocalPhoto {
  meta: PhotoMeta;
  state: PhotoUploadState;
  /** The full file, or null when it was evicted from this PC (the server holds it; fetched again when opened). */
  full: Blob | null;
  /** A small JPEG (long edge 240 px) kept on the PC always, for lists. Null until fetched on another PC. */
  thumb: Blob | null;
  /** Local order of adding (a counter, not the clock: PC clocks are not trusted). */
  seq: number;
  /** Deleted here; the server document is deleted on the next sync, then the row goes. */
  deleted: boolean;
}

/**
 * The order an owner's photos are shown and printed in, the same on every PC: by the time they were taken
 * (the camera's, not a PC's clock), then those without one (scans, PDFs) by file name, then by id. The order
 * of adding is not used: another PC receives the photos in whatever order the parallel transfers end.
 */
export function comparePhotos(a: PhotoMeta, b: PhotoMeta): number {
  const [ta, tb] = [a.takenAt ?? '', b.takenAt ?? ''];
  if (ta !== tb) return ta === '' ? 1 : tb === '' ? -1 : ta < tb ? -1 : 1;
  if (a.fileName !== b.fileName) return a.fileName < b.fileName ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
