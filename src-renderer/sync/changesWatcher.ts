import { backoffDelay } from './backoff';
import type { ChangesResult, CouchApi, Sequence } from './couchApi';
import type { OwnWrites } from './ownWrites';
import { SyncError } from './syncError';

export interface ChangesWatcherOptions {
  api: CouchApi;
  waitMs: number;
  /**
   * After an answer that held only this PC's own pushes, how long to let more gather before asking again:
   * a keeper saving records one by one (each pushed at once) then costs one poll per pause, not per record.
   */
  settleMs: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** Something changed on the server since the last answer, and not by this PC. */
  onChange(): void;
  /** The revisions this PC pushed itself (no reason to sync), and whether a push is still on its way. */
  readonly own: Pick<OwnWrites, 'isOwn' | 'settled'>;
}

/**
 * Changes read per answer while skipping the PC's own pushes. Each answer is ids and revisions only (about
 * 100 bytes a change), so a first upload of 20,000 records costs 40 requests, not 20,000.
 */
export const WATCH_PAGE_SIZE = 500;

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

/** Is anything in this answer someone else's doing? A change without revisions counts as someone else's. */
function othersChanged(answer: ChangesResult, isOwn: OwnWrites['isOwn']): boolean {
  return answer.results.some((row) => {
    const revs = row.changes ?? [];
    return revs.length === 0 || revs.some((change) => !isOwn(row.id, change.rev));
  });
}

/**
 * The one long-poll per station: it only notices that the station's database changed and asks the
 * service for a sync; the pulls themselves go through the normal, filtered replication. Its failures are
 * not shown (the runs report the server's health); it just waits longer before asking again.
 *
 * Once it has asked for a sync it waits for changes from *now* on: whatever came before is the run's to
 * read (the run starts after this poll is already waiting, so nothing falls in between). It walks on past
 * the PC's own pushes instead, page by page, until it finds someone else's change or the end.
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
        const answer = await options.api.waitForChange(since, options.waitMs, WATCH_PAGE_SIZE, signal);
        failures = 0;
        // A push still on its way may be what the feed shows: judge its revisions once its answer is in.
        if (othersChanged(answer, options.own.isOwn)) await options.own.settled();
        if (othersChanged(answer, options.own.isOwn)) {
          options.onChange();
          since = 'now';
        } else {
          since = answer.last_seq;
          if (answer.results.length > 0) await sleep(options.settleMs, signal);
        }
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
