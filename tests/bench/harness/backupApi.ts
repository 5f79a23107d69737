/**
 * What the backup harness page (out/bench/backup.html) exposes on `window.stationBackupBench` for the P15/P16
 * suite. Types only, like api.ts: compiled both in the page and in the runner.
 */

export interface BackupExtrasOptions {
  /** Certificates issued to the first volunteers that have service (some then revoked, some deleted). */
  certificates: number;
  revoked: number;
  deleted: number;
  /** Volunteers edited on this PC whose other version (as another PC changed it) is on the conflict register. */
  conflicts: number;
}

/** Per collection: live records and deletions, as stored. */
export type StoredCounts = Record<string, { live: number; deleted: number }>;

export interface BackupExtrasReport {
  /** False when the station had them already (an earlier run on the same station): nothing was written. */
  seeded: boolean;
  counts: StoredCounts;
  ms: number;
}

/** One stored record: id, RxDB revision, deleted, and a SHA-256 of its content without bookkeeping. */
export type RecordPrint = [id: string, rev: string, deleted: boolean, content: string];

export interface StationPrint {
  /** Every record of every collection a backup holds, deleted ones included, sorted by id. */
  collections: Record<string, RecordPrint[]>;
  ms: number;
}

export interface StationBackupBench {
  /** Opens the app's database in this page the way the app does. */
  open(): Promise<void>;
  /** Certificates, deletions and conflicts, which the generated big station lacks. */
  addExtras(options: BackupExtrasOptions): Promise<BackupExtrasReport>;
  /** The record-by-record print of the station, read from storage below RxDB's document cache. */
  print(): Promise<StationPrint>;
  close(): Promise<void>;
}

export interface BackupBenchWindow {
  stationBackupBench: StationBackupBench;
}
