/** How often a connected station syncs on its own while online. */
export const SYNC_INTERVAL_MS = 5 * 60 * 1000; // 5 minutes

/** A request that has not finished by then is an error, never a success. */
export const REQUEST_TIMEOUT_MS = 30 * 1000; // 30 seconds

/**
 * How long the one change watcher per station waits for the server. CouchDB honours the `timeout` query
 * parameter; pouchdb-server ignores it, so the client also gives up (quietly) a little after this.
 */
export const CHANGES_WAIT_MS = 25 * 1000; // 25 seconds

/** A change seen by the watcher waits this long for more before a sync starts, so a burst costs one run. */
export const REMOTE_CHANGE_DEBOUNCE_MS = 1000; // 1 second

/** A local write is pushed at once by the live replication; this only refreshes the counts afterwards. */
export const PENDING_RECOUNT_DEBOUNCE_MS = 300; // 0.3 seconds

/** Retry after an error: 5 s, 10 s, 20 s … capped at 5 minutes (then the normal interval takes over). */
export const BACKOFF_BASE_MS = 5 * 1000; // 5 seconds
export const BACKOFF_MAX_MS = 5 * 60 * 1000; // 5 minutes

/**
 * A locked account (CouchDB 3.4+ locks it for 5 minutes after 5 failed logins) is left alone this long
 * before one request tries again; a little longer than the lock, so the try does not extend it.
 */
export const LOCKOUT_WAIT_MS = 6 * 60 * 1000; // 6 minutes

/** A PC clock further off the server's than this is worth telling the keeper (records carry its times). */
export const CLOCK_TOLERANCE_MS = 10 * 60 * 1000; // 10 minutes
/**
 * The server's `Date` has one-second steps and the answer takes a while to come: a new offset is reported
 * only when it moved by more than this, so the status is not redrawn on every request.
 */
export const CLOCK_REPORT_STEP_MS = 30 * 1000; // 30 seconds

/** Documents per push request; halved on HTTP 413 down to one. */
export const PUSH_BATCH_SIZE = 500;
/**
 * Changes per page of the station's one change feed, which all its collections share; halved for the
 * session down to the minimum when a page does not arrive within the request timeout (a page of 1,000
 * activities is about 1.2 MB of JSON).
 */
export const PULL_PAGE_SIZE = 1000;
export const MIN_PULL_PAGE_SIZE = 50;
/** Pages the shared feed keeps for collections that have not taken them yet. */
export const MAX_CACHED_PAGES = 32;
/** A PC is told how much a first pull brings only when it is at least this much (a small one is soon done). */
export const FIRST_LOAD_ESTIMATE_MIN = 200;
/** RxDB asks each collection's pull for this many documents; a short batch ends its pull. */
export const PULL_BATCH_SIZE = PULL_PAGE_SIZE;

/**
 * Requests in flight at once besides the change watcher. Browsers open about six connections per host;
 * keeping below that means a request's timeout never starts while it waits for a free connection.
 */
export const MAX_CONCURRENT_REQUESTS = 4;

/** The run log keeps this many runs on the PC. */
export const SYNC_RUNS_KEPT = 20;

/** No single sync run may go on longer than this; what is left is picked up by the next run. */
export const RUN_DEADLINE_MS = 30 * 60 * 1000; // 30 minutes

/** The city's read-only database of what it publishes to every station. */
export const CATALOG_DATABASE = 'catalog';

/** All the timing knobs in one object, so tests can run the same code quickly. */
export interface SyncTimings {
  intervalMs: number;
  requestTimeoutMs: number;
  changesWaitMs: number;
  remoteChangeDebounceMs: number;
  pendingRecountDebounceMs: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  runDeadlineMs: number;
  lockoutWaitMs: number;
}

export const DEFAULT_TIMINGS: SyncTimings = {
  intervalMs: SYNC_INTERVAL_MS,
  requestTimeoutMs: REQUEST_TIMEOUT_MS,
  changesWaitMs: CHANGES_WAIT_MS,
  remoteChangeDebounceMs: REMOTE_CHANGE_DEBOUNCE_MS,
  pendingRecountDebounceMs: PENDING_RECOUNT_DEBOUNCE_MS,
  backoffBaseMs: BACKOFF_BASE_MS,
  backoffMaxMs: BACKOFF_MAX_MS,
  runDeadlineMs: RUN_DEADLINE_MS,
  lockoutWaitMs: LOCKOUT_WAIT_MS,
};
