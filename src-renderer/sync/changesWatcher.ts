import { backoffDelay } from './backoff';
import type { CouchApi, Sequence } from './couchApi';
import { SyncError } from './syncError';

export interface ChangesWatcherOptions {
  api: CouchApi;
  waitMs: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** Something changed on the server since the last answer. */
  onChange(): void;
}

export interface ChangesWatcher {
  stop(): void;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done);
  });
}

/**
 * The one long-poll per station: it only notices that the station's database changed and asks the
 * service for a sync; the pulls themselves go through the normal, filtered replication. Its failures are
 * not shown (the runs report the server's health); it just waits longer before asking again.
 */
export function startChangesWatcher(options: ChangesWatcherOptions): ChangesWatcher {
  const controller = new AbortController();
  const { signal } = controller;

  void (async () => {
    let since: Sequence | undefined;
    let failures = 0;
    while (!signal.aborted) {
      try {
        if (since === undefined) {
          since = (await options.api.info(signal)).update_seq;
        }
        const answer = await options.api.waitForChange(since, options.waitMs, signal);
        failures = 0;
        if (answer.results.length > 0) options.onChange();
        since = answer.last_seq;
      } catch (error) {
        if (signal.aborted) break;
        // A quiet server (pouchdb-server ignores `timeout`) just means nothing changed: ask again.
        if (error instanceof SyncError && error.kind === 'timeout') continue;
        failures += 1;
        await sleep(backoffDelay(failures, options.backoffBaseMs, options.backoffMaxMs), signal);
      }
    }
  })();

  return {
    stop: () => controller.abort(),
  };
}
