/**
 * What the harness page exposes on `window.stationSlowLinkBench` for the slow-link suite (P10). Types only,
 * like syncApi.ts: compiled both in the page and in the runner. A run is two calls on one page: `prepare`
 * writes the month offline on an unthrottled page, the runner then turns Chromium's network emulation on,
 * and `sync` times the records and the photos over the emulated link.
 */
import type { StationProfileInput, SyncRecordsOptions, SyncTarget } from './syncApi';

export interface SlowLinkPrepareOptions {
  side: 'app' | 'pouch';
  /** Database names on this PC (a fresh profile each run). */
  name: string;
  station: StationProfileInput;
  records: Omit<SyncRecordsOptions, 'stationId' | 'deviceId'>;
  photos: { seed: number; count: number };
  chunkSize: number;
}

export interface SlowLinkPrepared {
  records: number;
  /** The records' JSON size. */
  recordBytes: number;
  photos: number;
  /** The photos' compressed files (1,600 px JPEG at the app's quality), and their thumbnails. */
  fullBytes: number;
  thumbBytes: number;
  /** Smallest and largest photo, bytes. */
  smallest: number;
  largest: number;
}

/** PouchDB tuned as the app is: records PUSH_BATCH_SIZE a request, photos one a request. */
export interface SlowLinkPouchTuning {
  recordBatch: number;
  photoBatch: number;
  batchesLimit: number;
}

export interface SlowLinkSyncOptions {
  target: SyncTarget;
  recordsTimeoutMs: number;
  photosTimeoutMs: number;
  pouch: SlowLinkPouchTuning;
}

/** What the keeper's screen could show while the photos go (the app only). */
export interface KeeperView {
  /** Sync phases the header showed between the records' end and the last photo (e.g. upToDate). */
  phases: string[];
  /** The most records the header counted as waiting meanwhile. */
  maxPending: number;
  /** Changes of the photo tags' progress (bytes sent or a photo done). */
  progressChanges: number;
  /** From the records' end to the first photo tag moving. */
  firstMoveMs: number | null;
  /** The longest time no photo tag moved while photos were left. */
  longestStillMs: number;
  /** Photos at once, most seen in the state 'sending'. */
  mostSendingAtOnce: number;
  /** Record runs that went on meanwhile (each one holds the next photo back: records go first). */
  recordRuns: number;
}

export interface SlowLinkTiming {
  /** From connect (app) or replicate.to (PouchDB) until the records are on the server. */
  recordsMs: number;
  /** From the records' end until every photo is on the server; null when there were none. */
  photosMs: number | null;
  photosSent: number;
  /** A small GET timed on the emulated link before the work: the round trip the emulation adds. */
  probeMs: number;
  keeper: KeeperView | null;
}

export interface StationSlowLinkBench {
  prepare(options: SlowLinkPrepareOptions): Promise<SlowLinkPrepared>;
  sync(options: SlowLinkSyncOptions): Promise<SlowLinkTiming>;
}

export interface SlowLinkBenchWindow {
  stationSlowLinkBench: StationSlowLinkBench;
}
