import type { OwnWrites } from '../../sync/ownWrites';
import { SyncError, toSyncError } from '../../sync/syncError';
import type { FullFileFetcher, PhotoChannelSide } from '../store/photoStore';
import { PhotoError } from '../store/photoError';
import type { PhotoRow } from '../store/photoDb';
import { deleteOnServer } from './deletions';
import { docPath, FULL_ATTACHMENT } from './photoDoc';
import type { PhotoHttp } from './photoHttp';
import { forEachLimited } from './pool';
import type { PhotoProgressTracker } from './progress';
import { pullPhotos } from './pull';
import { uploadPhoto } from './upload';

/** Tries of one photo within a run when the link drops; the next run tries again, from that photo. */
export const ATTEMPTS_PER_RUN = 3;
/** Waits between those tries, and while a record run goes first. */
export const RETRY_PAUSE_MS = 2000;
export const RECORDS_FIRST_POLL_MS = 250;
/** A bound on waiting for records: a record run is bounded by its own deadline, this by a few of them. */
export const RECORDS_FIRST_MAX_WAITS = 4 * 60 * 60 * 4;
/** A bound on one run of the photo channel; what is left goes on in the next. */
export const PHOTO_RUN_MS = 60 * 60 * 1000;

export interface PhotoRunResult {
  sent: number;
  tooLarge: number;
  failed: number;
  deleted: number;
  received: number;
  /** Why the run stopped early or photos were left (the first error), if any. */
  error: SyncError | null;
}

export interface PhotoChannelOptions {
  store: PhotoChannelSide;
  http: PhotoHttp;
  /** The station's code now (a station that took the city's code sends its photos under it). */
  stationId: () => string;
  /** A record run is going on: records go first, so no new photo starts until it is over. */
  recordsBusy: () => boolean;
  progress: PhotoProgressTracker;
  /** Where the pull's checkpoint is kept in the photo database (per server and database). */
  checkpointKey: string;
  /** A photo run that left photos behind for a dropped link asks for another (the service decides when). */
  onLeftBehind?: (error: SyncError) => void;
  /**
   * The record channel's note of this PC's own writes: a photo document this PC wrote shows on the
   * station's changes feed like any other, and without its revision noted there the feed would take it for
   * another PC's edit and start a record run after every photo, each holding the next photo back.
   */
  own?: Pick<OwnWrites, 'during' | 'note'>;
  /** For tests: how long the pauses are. */
  pauseMs?: number;
}

export interface PhotoChannel {
  /** One run (or the one going on, and another right after it): deletions, uploads, then the pull. */
  run(): Promise<PhotoRunResult>;
  /** The store fetches evicted full files through this while the channel is up. */
  readonly fetchFull: FullFileFetcher;
  stop(): Promise<void>;
}

function isAuthError(error: unknown): boolean {
  return error instanceof SyncError && (error.kind === 'unauthorized' || error.kind === 'locked');
}

function isLinkError(error: unknown): boolean {
  return error instanceof SyncError && (error.kind === 'network' || error.kind === 'timeout' || error.kind === 'server');
}

export function createPhotoChannel(options: PhotoChannelOptions): PhotoChannel {
  const { store, http, progress } = options;
  const pauseMs = options.pauseMs ?? RETRY_PAUSE_MS;
  const controller = new AbortController();
  const { signal } = controller;
  let running: Promise<PhotoRunResult> | null = null;
  let again = false;

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        resolve();
      });
    });

  async function recordsFirst(): Promise<void> {
    for (let i = 0; i < RECORDS_FIRST_MAX_WAITS && options.recordsBusy() && !signal.aborted; i++) await pause(RECORDS_FIRST_POLL_MS);
  }

  async function sendOne(row: PhotoRow, result: PhotoRunResult): Promise<void> {
    for (let attempt = 1; attempt <= ATTEMPTS_PER_RUN && !signal.aborted; attempt++) {
      await recordsFirst();
      if (signal.aborted) return;
      // Deleted while it waited: its deletion is the next run's.
      const fresh = await store.db.photos.get(row.id);
      if (!fresh || fresh.deleted || fresh.state !== 'pending' || !fresh.full) return;
      const base = { photoId: row.id, totalBytes: fresh.full.size + (fresh.thumb?.size ?? 0), sentBytes: 0 };
      try {
        const upload = async () => {
          const sent = await uploadPhoto(http, fresh, options.stationId(), (sentBytes, totalBytes) => progress.set({ ...base, sentBytes, totalBytes, state: 'sending' }), signal);
          // Noted before `during` lets the feed judge: its answer often arrives before the upload's own.
          if (sent.kind === 'done' && sent.rev !== '') options.own?.note(row.id, sent.rev);
          return sent;
        };
        const outcome = await (options.own ? options.own.during(upload) : upload());
        const totalBytes = base.totalBytes;
        if (outcome.kind === 'done') {
          await store.markOnServer(row.id, outcome.rev);
          progress.set({ ...base, sentBytes: totalBytes, state: 'done' });
          result.sent += 1;
        } else if (outcome.kind === 'tooLarge') {
          await store.markTooLarge(row.id);
          const params = { name: fresh.meta.fileName, size: `${(fresh.full.size / 1024 / 1024).toFixed(1)} MB` };
          progress.set({ ...base, state: 'tooLarge', messageKey: 'photos.sync.tooLarge', messageParams: params });
          result.tooLarge += 1;
        } else {
          progress.set({ ...base, state: 'failed', messageKey: 'photos.sync.refused', messageParams: { name: fresh.meta.fileName, reason: outcome.reason } });
          result.failed += 1;
          result.error ??= new SyncError('forbidden', `${row.id}: ${outcome.reason}`, 403);
        }
        return;
      } catch (error) {
        if (signal.aborted || isAuthError(error)) throw error;
        progress.set({ ...base, state: 'failed', messageKey: 'photos.sync.failed', messageParams: { name: fresh.meta.fileName } });
        if (!isLinkError(error) || attempt === ATTEMPTS_PER_RUN) {
          result.failed += 1;
          result.error ??= toSyncError(error);
          return;
        }
        // The link dropped: this photo again after a pause; the photos already sent stay sent.
        await pause(pauseMs * attempt);
      }
    }
  }

  async function performRun(): Promise<PhotoRunResult> {
    const result: PhotoRunResult = { sent: 0, tooLarge: 0, failed: 0, deleted: 0, received: 0, error: null };
    const deadline = Date.now() + PHOTO_RUN_MS;
    progress.clearFinished();
    try {
      for (const row of await store.pendingDeletions()) {
        if (signal.aborted || Date.now() > deadline) break;
        if (await deleteOnServer(http, store, row, signal)) result.deleted += 1;
      }
      const queue = await store.pendingUploads();
      for (const row of queue) progress.set({ photoId: row.id, sentBytes: 0, totalBytes: (row.full?.size ?? 0) + (row.thumb?.size ?? 0), state: 'queued' });
      await forEachLimited(queue, () => http.meter.parallelism(), async (row) => {
        if (Date.now() < deadline) await sendOne(row, result);
      });
      if (!signal.aborted) {
        result.received = await pullPhotos({ http, store, checkpointKey: options.checkpointKey, deadline, signal, onReceived: () => undefined });
      }
    } catch (error) {
      if (!signal.aborted) result.error ??= toSyncError(error);
    }
    if (result.error && !isAuthError(result.error) && !signal.aborted) options.onLeftBehind?.(result.error);
    return result;
  }

  function run(): Promise<PhotoRunResult> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let result = await performRun();
      // One more if asked meanwhile (a record run finished while photos went): bounded to one.
      if (again && !signal.aborted) {
        again = false;
        result = await performRun();
      }
      return result;
    })().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    run,
    async fetchFull(meta) {
      const answer = await http.send({ method: 'GET', path: docPath(meta.id, FULL_ATTACHMENT), expect: 'blob', expectBytes: meta.bytes, signal });
      if (answer.status === 200 && answer.blob) return answer.blob;
      if (answer.status === 404) throw new PhotoError('photos.errors.goneFromServer', { name: meta.fileName });
      throw new SyncError('server', `GET full of ${meta.id}: HTTP ${answer.status}`, answer.status);
    },
    async stop() {
      controller.abort();
      await running?.catch(() => undefined);
    },
  };
}
