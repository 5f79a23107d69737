/**
 * What the harness page exposes on `window.stationSyncBench` for the sync suite. Types only, like api.ts:
 * compiled both in the page and in the runner.
 */

export interface SyncRecordsOptions {
  seed: number;
  stationId: string;
  deviceId: string;
  volunteers: number;
  activities: number;
  participantsPerActivity: number;
}

export interface SyncTarget {
  serverUrl: string;
  database: string;
  username: string;
  password: string;
}

export interface StationProfileInput {
  code: string;
  name: string;
  city: string;
  county: string;
  center: string;
  institute: string;
}

/** The station's first PC: sets the profile up and syncs it, as a keeper does before a second PC joins. */
export interface FirstPcOptions {
  name: string;
  target: SyncTarget;
  station: StationProfileInput;
  timeoutMs: number;
}

/** A station set up on this PC, in the app's own database, with records written offline (never synced). */
export interface OfflineStationOptions {
  station: StationProfileInput;
  records: Omit<SyncRecordsOptions, 'stationId' | 'deviceId'>;
  chunkSize: number;
}

/** PouchDB's replication tuned as the app is: its documents per request (`batch_size`) and batches in hand. */
export interface PouchTuning {
  batchSize: number;
  batchesLimit: number;
}

export interface PouchPullOptions {
  name: string;
  target: SyncTarget;
  tuning: PouchTuning;
}

export interface PouchPushOptions {
  name: string;
  target: SyncTarget;
  records: Omit<SyncRecordsOptions, 'deviceId'>;
  chunkSize: number;
  tuning: PouchTuning;
}

/** The floor of a first pull: the same records written straight into IndexedDB, `perTransaction` at a time. */
export interface IdbFloorOptions {
  name: string;
  records: Omit<SyncRecordsOptions, 'deviceId'>;
  perTransaction: number;
}

export interface SyncTiming {
  ms: number;
  /** Documents the PC holds (pull) or sent (push) at the end. */
  docs: number;
  /** Sync runs (app) or 1 (PouchDB). */
  runs: number;
  /** Time to write the offline records before the push (not part of `ms`). */
  writeMs?: number;
}

export interface StationSyncBench {
  firstPc(options: FirstPcOptions): Promise<SyncTiming>;
  offlineStation(options: OfflineStationOptions): Promise<SyncTiming>;
  pouchPull(options: PouchPullOptions): Promise<SyncTiming>;
  pouchPush(options: PouchPushOptions): Promise<SyncTiming>;
  idbFloor(options: IdbFloorOptions): Promise<SyncTiming>;
}

export interface SyncBenchWindow {
  stationSyncBench: StationSyncBench;
}
