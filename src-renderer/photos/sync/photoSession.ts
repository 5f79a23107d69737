import type { AuthGate } from '../../sync/authGate';
import { backoffDelay } from '../../sync/backoff';
import type { OwnWrites } from '../../sync/ownWrites';
import { createRequestLimiter } from '../../sync/requestLimiter';
import type { PhotoChannelSide } from '../store/photoStore';
import { createLinkMeter } from './linkMeter';
import { createPhotoChannel, type PhotoRunResult } from './photoChannel';
import { createPhotoHttp } from './photoHttp';
import type { PhotoProgressTracker } from './progress';
import { defaultExchange, type Exchange } from './transport';

/** Photo requests in flight at most; the link meter decides how many of these are used (1–3). */
export const MAX_PHOTO_REQUESTS = 3;
/** Photo runs retried for a dropped link before waiting for the next record run. */
export const MAX_PHOTO_RETRIES = 20;

export interface PhotoSessionOptions {
  store: PhotoChannelSide;
  serverUrl: string;
  database: string;
  username: string;
  password: string;
  auth: AuthGate;
  progress: PhotoProgressTracker;
  stationId: () => string;
  recordsBusy: () => boolean;
  timeoutMs: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  random: () => number;
  fetch?: typeof fetch;
  exchange?: Exchange;
  /** For tests: the pause between tries of one photo. */
  pauseMs?: number;
  /** The session's note of its own writes (photoChannel.ts says why the photos note theirs there too). */
  own?: Pick<OwnWrites, 'during' | 'note'>;
}

/** The photo channel of one sync session: started with it, runs after each record run, stopped with it. */
export interface PhotoSession {
  /** A record run has finished: photos follow (unless the login was refused: nothing is sent then). */
  afterRecords(): void;
  run(): Promise<PhotoRunResult>;
  stop(): Promise<void>;
}

export function startPhotoSession(options: PhotoSessionOptions): PhotoSession {
  const http = createPhotoHttp({
    serverUrl: options.serverUrl,
    database: options.database,
    username: options.username,
    password: options.password,
    auth: options.auth,
    limiter: createRequestLimiter(MAX_PHOTO_REQUESTS),
    meter: createLinkMeter(),
    exchange: options.exchange ?? defaultExchange(options.fetch),
    timeoutMs: options.timeoutMs,
  });
  let retries = 0;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  const channel = createPhotoChannel({
    store: options.store,
    http,
    stationId: options.stationId,
    recordsBusy: options.recordsBusy,
    progress: options.progress,
    checkpointKey: `pull:${options.serverUrl.replace(/\/+$/, '')}/${options.database}`,
    ...(options.pauseMs !== undefined ? { pauseMs: options.pauseMs } : {}),
    ...(options.own ? { own: options.own } : {}),
    onLeftBehind: () => {
      // A link that drops every half minute: photos go on after a back-off, from the photo they were on.
      if (stopped || retryTimer !== null || retries >= MAX_PHOTO_RETRIES) return;
      retries += 1;
      retryTimer = setTimeout(() => {
        retryTimer = null;
        void run();
      }, backoffDelay(retries, options.backoffBaseMs, options.backoffMaxMs, options.random()));
    },
  });
  options.store.setFetcher(channel.fetchFull);

  async function run(): Promise<PhotoRunResult> {
    const result = await channel.run();
    if (!result.error) retries = 0;
    return result;
  }

  return {
    afterRecords() {
      const state = options.auth.state();
      if (stopped || state === 'refused' || state === 'locked') return;
      retries = 0;
      void run();
    },
    run,
    async stop() {
      stopped = true;
      if (retryTimer !== null) clearTimeout(retryTimer);
      options.store.setFetcher(null);
      await channel.stop();
    },
  };
}
