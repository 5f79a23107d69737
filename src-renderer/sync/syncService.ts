import { addRxPlugin, type RxCollection } from 'rxdb';
import { RxDBLeaderElectionPlugin } from 'rxdb/plugins/leader-election';
import { BehaviorSubject, filter, firstValueFrom, Subject, takeUntil, type Observable, type Subscription } from 'rxjs';
import { recordConflict, registerConflictContext } from '../data/conflicts/conflictHandler';
import { collectionOf, type LedgerDatabase } from '../data/database';
import type { LocalDb, SyncRunRow } from '../data/local/localDb';
import type { WriteContext } from '../domain/entities/common';
import type { StationDoc } from '../domain/entities/station';
import { CATALOG_DB, CATALOG_ENTRIES_VIEW } from '../domain/stationSetupFile';
import type { DesktopApi, StationCredentials } from '../platform/api';
import type { AuthGate } from './authGate';
import { backoffDelay } from './backoff';
import { ownsStationChange, pushes, SYNCED_COLLECTIONS, type SyncedCollectionName } from './collections';
import { browserConnectivity, type Connectivity } from './connectivity';
import { createDirectFeed, createSharedFeed, type SharedFeed } from './changeFeed';
import {
  CLOCK_REPORT_STEP_MS,
  DEFAULT_TIMINGS,
  FIRST_LOAD_ESTIMATE_MIN,
  MAX_CACHED_PAGES,
  MAX_CONCURRENT_REQUESTS,
  MIN_PULL_PAGE_SIZE,
  PULL_PAGE_SIZE,
  PUSH_BATCH_SIZE,
  type SyncTimings,
} from './constants';
import { startChangesWatcher, type ChangesWatcher } from './changesWatcher';
import { createCouchApi, type CouchApi, type ViewFilter } from './couchApi';
import { createCouchClient } from './couchClient';
import { createDroppedStore } from './droppedStore';
import { createOwnWrites, notingOwnWrites } from './ownWrites';
import { createBatchLimit, type BatchLimit } from './push';
import { createRejectedStore } from './rejectedStore';
import { createReplicationUnit, type ReplicationUnit, type UnitHooks } from './replicationUnit';
import { createRequestLimiter } from './requestLimiter';
import { replicationIdentifier } from './replicationIdentifier';
import { createHealthReporter, type HealthReporter } from './pcHealthReporter';
import { createRetryGate, type RetryGate } from './retryGate';
import { appendRun, recentRuns } from './runLog';
import { INITIAL_SYNC_STATUS, reduceSyncStatus, type SyncErrorInfo, type SyncEvent, type SyncStatus } from './status';
import { SyncError, toSyncError } from './syncError';
import type { PhotoChannelSide } from '../photos/store/photoStore';
import { createProgressTracker, type PhotoProgressEntry } from '../photos/sync/progress';
import { startPhotoSession, type PhotoSession } from '../photos/sync/photoSession';

/** The parts of the opened ledger sync works with. */
export interface SyncLedger {
  db: LedgerDatabase;
  local: LocalDb;
  ctx: WriteContext;
  station: { profile$(): Observable<StationDoc | null> };
  /** The write clock: how far the PC clock is behind the latest stamp it has seen. */
  clock: { behindMs(): number };
  /** The station's photos: their own channel follows each record run (photos/sync). */
  photos?: { channel: PhotoChannelSide };
}

export type CredentialStore = Pick<DesktopApi, 'loadCredentials' | 'saveCredentials' | 'clearCredentials'>;

export interface SyncServiceOptions {
  ledger: SyncLedger;
  credentials: CredentialStore;
  timings?: Partial<SyncTimings>;
  fetch?: typeof fetch;
  connectivity?: Connectivity;
  /** For the back-off spread; tests pin it. */
  random?: () => number;
  /**
   * Write this PC's sync health for the city after runs (domain/pcHealth.ts), naming this app version. The app
   * always does; tests that count requests leave it out.
   */
  health?: { appVersion: string; localNow?: () => number };
}

/** The one sync service of the app: the UI reads `status$` and calls `syncNow()`; the rest runs by itself. */
export interface SyncService {
  readonly status$: Observable<SyncStatus>;
  getStatus(): SyncStatus;
  /** Each photo the photo channel is sending or has just sent or refused. */
  readonly photoProgress$: Observable<PhotoProgressEntry[]>;
  /** Loads the saved connection and starts syncing if there is one (after the station profile exists). */
  start(): Promise<void>;
  /** Saves the credentials (OS keychain on desktop) and starts syncing with them. */
  connect(credentials: StationCredentials): Promise<void>;
  /** Forgets the credentials and stops syncing; local data stays. */
  disconnect(): Promise<void>;
  /** 立即同步: one run now (or the one already running, and another right after it). Null if not connected. */
  syncNow(): Promise<SyncRunRow | null>;
  /** Stops everything; call before closing the ledger. */
  stop(): Promise<void>;
  /**
   * Runs `work` with replication stopped and starts it again afterwards with the saved connection:
   * U盘同步 reads and writes the replication's own records, which a running replication must not touch
   * at the same time.
   */
  paused<T>(work: () => Promise<T>): Promise<T>;
}

interface RunCounters {
  sent: number;
  received: number;
  errors: SyncError[];
}

interface Session {
  credentials: StationCredentials;
  api: CouchApi;
  /** Whether the server still takes these credentials; each run checks again with one request first. */
  auth: AuthGate;
  /** The station database's change feed, shared by its collections' pulls. */
  feed: SharedFeed;
  gate: RetryGate;
  batch: BatchLimit;
  units: ReplicationUnit[];
  watcher: ChangesWatcher;
  health: HealthReporter | null;
  photos: PhotoSession | null;
  /** The health record being written, if any; a run ending meanwhile skips its own. */
  reporting: Promise<void> | null;
  /** Activity since the last recorded run (background pushes count towards the next record). */
  counters: RunCounters;
  /** Errors go to the run in progress, if any; otherwise they schedule a retry. */
  inRun: boolean;
  failures: number;
  running: Promise<SyncRunRow | null> | null;
  rerun: boolean;
  closed: boolean;
  timers: Set<ReturnType<typeof setTimeout>>;
  retryTimer: ReturnType<typeof setTimeout> | null;
  remoteTimer: ReturnType<typeof setTimeout> | null;
  subscriptions: (Subscription | (() => void))[];
}

/** Runs queued behind a running one collapse into one; this bounds a run's own follow-ups. */
const MAX_FOLLOW_UP_RUNS = 3;

function catalogView(): ViewFilter {
  const [ddoc = '', view = ''] = CATALOG_ENTRIES_VIEW.split('/');
  return { ddoc, view };
}

function errorInfo(error: SyncError, at: Date, count = 1): SyncErrorInfo {
  return { key: error.messageKey, detail: count > 1 ? `${error.detail} (+${count - 1})` : error.detail, at: at.toISOString() };
}

export function createSyncService(options: SyncServiceOptions): SyncService {
  const { ledger } = options;
  const timings: SyncTimings = { ...DEFAULT_TIMINGS, ...options.timings };
  const connectivity = options.connectivity ?? browserConnectivity();
  const random = options.random ?? Math.random;
  const now = () => ledger.ctx.now();
  const rejected = createRejectedStore(ledger.local);
  const dropped = createDroppedStore(ledger.local);
  const status = new BehaviorSubject<SyncStatus>({ ...INITIAL_SYNC_STATUS, online: connectivity.isOnline() });
  const stop$ = new Subject<void>();
  let session: Session | null = null;
  let generation = 0;
  let stopped = false;
  let pendingTimer: ReturnType<typeof setTimeout> | null = null;
  let counting: Promise<void> | null = null;
  let countAgain = false;
  const serviceSubscriptions: Subscription[] = [];
  const photoProgress = createProgressTracker();

  registerConflictContext(ledger.db, ledger.ctx);
  rejected.onChange((records) => dispatch({ type: 'rejected', records }));
  dropped.onChange((total) => dispatch({ type: 'dropped', total }));
  dropped.onUnreadableChange((docs) =>
    dispatch({ type: 'unreadable', records: docs.map(({ collection, docId, reason }) => ({ collection, docId, reason })) }),
  );

  function dispatch(event: SyncEvent): void {
    status.next(reduceSyncStatus(status.getValue(), event));
  }

  // ---- pending count -------------------------------------------------------------------------------

  async function countAll(): Promise<number> {
    const current = session;
    if (current) {
      const counts = await Promise.all(current.units.map((u) => u.countUnsent()));
      return counts.reduce((a, b) => a + b, 0);
    }
    // Never connected: everything on this PC is still to be sent.
    return countStationRecords();
  }

  /** Records of the station's own collections on this PC (deleted ones not counted, as on the server). */
  async function countStationRecords(): Promise<number> {
    const counts = await Promise.all(SYNCED_COLLECTIONS.filter(pushes).map((spec) => ledger.db[spec.name].count().exec()));
    return counts.reduce((a, b) => a + b, 0);
  }

  function recountPending(delayMs = timings.pendingRecountDebounceMs): void {
    if (stopped) return;
    if (pendingTimer) clearTimeout(pendingTimer);
    pendingTimer = setTimeout(() => {
      pendingTimer = null;
      noteClockBehind();
      // Counting reads every record changed since the last push; during a run (a first pull writes
      // thousands) that would be read over and over. The run counts once when it ends.
      if (session?.inRun === true) return;
      if (counting) {
        countAgain = true;
        return;
      }
      counting = countAll()
        .then((count) => {
          if (!stopped) dispatch({ type: 'pending', count });
        })
        .catch(() => undefined)
        .finally(() => {
          counting = null;
          if (countAgain) {
            countAgain = false;
            recountPending(0);
          }
        });
    }, delayMs);
  }

  // ---- the PC's clock against the server's ----------------------------------------------------------

  function noteServerClock(offsetMs: number): void {
    const known = status.getValue().clockOffsetMs;
    if (known === null || Math.abs(known - offsetMs) > CLOCK_REPORT_STEP_MS) dispatch({ type: 'clockOffset', offsetMs });
  }

  /** Read when records come or go (a pulled stamp may be later than this PC's time) and after each run. */
  function noteClockBehind(): void {
    const behindMs = ledger.clock.behindMs();
    const known = status.getValue().clockBehindMs;
    if ((behindMs === 0) !== (known === 0) || Math.abs(known - behindMs) > CLOCK_REPORT_STEP_MS) dispatch({ type: 'clockBehind', behindMs });
  }

  // ---- errors and retries --------------------------------------------------------------------------

  function setTimer(s: Session, ms: number, fn: () => void): ReturnType<typeof setTimeout> {
    const timer = setTimeout(() => {
      s.timers.delete(timer);
      fn();
    }, ms);
    s.timers.add(timer);
    return timer;
  }

  function scheduleRetry(s: Session): void {
    if (s.closed) return;
    if (s.retryTimer) clearTimeout(s.retryTimer);
    const delay = backoffDelay(Math.max(1, s.failures), timings.backoffBaseMs, timings.backoffMaxMs, random());
    s.retryTimer = setTimer(s, delay, () => {
      s.retryTimer = null;
      void runOnce(s);
    });
    dispatch({ type: 'retryScheduled', at: new Date(Date.now() + delay).toISOString() });
  }

  function reportError(s: Session, error: SyncError): void {
    if (s.closed) return;
    s.counters.errors.push(error);
    dispatch({ type: 'failure', error: errorInfo(error, now()) });
    if (!s.inRun) {
      // A background push failed: it waits at the gate; a run after the back-off lets it try again.
      s.failures += 1;
      scheduleRetry(s);
    }
  }

  // ---- runs ----------------------------------------------------------------------------------------

  /**
   * A PC filling up from the server (its first pull, or one cut short) learns about how much is coming:
   * what the server holds less what the PC has. The server's count includes its design documents and
   * this run may have written some of what it received already, hence "about".
   */
  async function estimateFirstLoad(s: Session, serverCount: number): Promise<void> {
    let local: number;
    try {
      local = await countStationRecords();
    } catch {
      return;
    }
    const coming = serverCount - local;
    if (s.closed || !s.inRun || coming < FIRST_LOAD_ESTIMATE_MIN) return;
    dispatch({ type: 'expecting', count: s.counters.received + coming });
  }

  async function performRun(s: Session): Promise<SyncRunRow | null> {
    const startedAt = now().toISOString();
    const errorsBefore = s.counters.errors.length;
    s.inRun = true;
    dispatch({ type: 'runStarted' });
    if (s.retryTimer) {
      clearTimeout(s.retryTimer);
      s.retryTimer = null;
    }
    dispatch({ type: 'retryScheduled', at: null });
    let interrupted = false;
    try {
      // The password may have been reset since the last run: one request finds out before the others go.
      s.auth.reverify();
      // Pushes that failed earlier wait at the gate; this run is their next chance.
      s.gate.open();
      s.feed.reset();
      const deadline = Date.now() + timings.runDeadlineMs;
      const marks = s.units.map((u) => u.mark());
      for (const unit of s.units) unit.reSync();
      const outcomes = await Promise.all(s.units.map((u, i) => u.settle(marks[i] ?? 0, deadline)));
      interrupted = outcomes.includes('stopped') || s.closed;
      if (outcomes.includes('timeout')) {
        s.counters.errors.push(new SyncError('timeout', 'the sync run did not finish within its time limit'));
      }
    } catch (error) {
      s.counters.errors.push(toSyncError(error));
    } finally {
      s.inRun = false;
    }
    if (interrupted && s.closed) return null;

    const runErrors = s.counters.errors.slice(errorsBefore);
    const first = runErrors[0];
    const row: SyncRunRow = {
      startedAt,
      finishedAt: now().toISOString(),
      sent: s.counters.sent,
      received: s.counters.received,
      errorKey: first ? first.messageKey : '',
      errorDetail: first ? errorInfo(first, now(), runErrors.length).detail : '',
    };
    s.counters = { sent: 0, received: 0, errors: [] };
    let stored = row;
    try {
      stored = await appendRun(ledger.local, row);
    } catch {
      // The log is a convenience; a full disk must not turn a good sync into a failed one.
    }
    if (s.closed) return stored;
    dispatch({ type: 'runFinished', run: stored, error: first ? errorInfo(first, now(), runErrors.length) : null });
    if (first) {
      s.failures += 1;
      scheduleRetry(s);
    } else {
      s.failures = 0;
    }
    recountPending(0);
    // Not awaited: with the server gone, the record's own requests would hold up the next run.
    if (!s.reporting) s.reporting = reportHealth(s, first ? first.messageKey : '').finally(() => (s.reporting = null));
    // Records first, then photos on their own channel (not awaited: a run is the records').
    s.photos?.afterRecords();
    return stored;
  }

  /** After a run, this PC's health for the city (best effort: pcHealthReporter never throws). */
  async function reportHealth(s: Session, errorKey: string): Promise<void> {
    if (!s.health || s.closed) return;
    let pending: number;
    try {
      pending = await countAll();
    } catch {
      pending = status.getValue().pending;
    }
    const current = status.getValue();
    await s.health.afterRun({
      errorKey,
      clockOffsetMs: current.clockOffsetMs,
      pending,
      refused: current.rejected.length,
      unreadable: current.unreadable.length,
    });
  }

  function runOnce(s: Session, force = false): Promise<SyncRunRow | null> {
    if (s.closed || (!force && !connectivity.isOnline())) return Promise.resolve(null);
    if (s.running) {
      s.rerun = true;
      return s.running;
    }
    const running = (async () => {
      let row: SyncRunRow | null = null;
      for (let i = 0; i <= MAX_FOLLOW_UP_RUNS; i++) {
        s.rerun = false;
        row = await performRun(s);
        if (!s.rerun || s.closed) break;
      }
      return row;
    })().finally(() => {
      s.running = null;
    });
    s.running = running;
    return running;
  }

  // ---- connecting ----------------------------------------------------------------------------------

  function createUnits(s: Omit<Session, 'units' | 'watcher' | 'health' | 'photos'>, catalogApi: CouchApi, hooks: UnitHooks): ReplicationUnit[] {
    const make = <Doc>(collection: RxCollection<Doc>, name: SyncedCollectionName): ReplicationUnit => {
      const spec = SYNCED_COLLECTIONS.find((c) => c.name === name);
      if (!spec) throw new Error(`no sync spec for ${name}`);
      const isCatalog = spec.source === 'catalog';
      const database = isCatalog ? CATALOG_DB : s.credentials.database;
      return createReplicationUnit({
        collection,
        spec,
        api: isCatalog ? catalogApi : s.api,
        source: isCatalog ? createDirectFeed(catalogApi, PULL_PAGE_SIZE, catalogView()) : s.feed,
        identifier: replicationIdentifier(s.credentials.serverUrl, database, name),
        hooks,
      });
    };
    // One replication per collection, in the order a fresh PC fills up in (sync/collections.ts).
    return SYNCED_COLLECTIONS.map((spec) => make(collectionOf(ledger.db, spec.name), spec.name));
  }

  async function begin(credentials: StationCredentials): Promise<void> {
    const token = ++generation;
    dispatch({
      type: 'configured',
      connection: { serverUrl: credentials.serverUrl, database: credentials.database, username: credentials.username },
    });
    // Records carry the station's code: until the first-run profile exists (or a second PC joins the
    // station by its set-up file) there is nothing to sync as.
    if (ledger.ctx.stationId === '') {
      try {
        await firstValueFrom(ledger.station.profile$().pipe(filter((p) => p !== null), takeUntil(stop$)));
      } catch {
        return;
      }
    }
    if (token !== generation || stopped) return;
    if (ledger.db.multiInstance) {
      // Several tabs on one database (web mode): only the elected one replicates.
      addRxPlugin(RxDBLeaderElectionPlugin);
      if (!ledger.db.isLeader()) dispatch({ type: 'otherWindow', otherWindow: true });
      await ledger.db.waitForLeadership();
      if (token !== generation || stopped) return;
      dispatch({ type: 'otherWindow', otherWindow: false });
    }

    const client = createCouchClient({
      serverUrl: credentials.serverUrl,
      username: credentials.username,
      password: credentials.password,
      timeoutMs: timings.requestTimeoutMs,
      lockoutWaitMs: timings.lockoutWaitMs,
      onServerDate: (serverMs, localMs) => noteServerClock(serverMs - localMs),
      limiter: createRequestLimiter(MAX_CONCURRENT_REQUESTS),
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
    const ownWrites = createOwnWrites();
    const api = notingOwnWrites(createCouchApi(client, credentials.database), ownWrites);
    const base = {
      credentials,
      api,
      auth: client.auth,
      feed: createSharedFeed({
        api,
        consumers: SYNCED_COLLECTIONS.filter((c) => c.source === 'station').map((c) => c.name),
        owns: ownsStationChange,
        pageSize: PULL_PAGE_SIZE,
        minPageSize: MIN_PULL_PAGE_SIZE,
        maxPages: MAX_CACHED_PAGES,
        onLoadStart: (info) => {
          if (self) void estimateFirstLoad(self, info.doc_count);
        },
      }),
      gate: createRetryGate(),
      reporting: null,
      batch: createBatchLimit(PUSH_BATCH_SIZE),
      counters: { sent: 0, received: 0, errors: [] },
      inRun: false,
      failures: 0,
      running: null,
      rerun: false,
      closed: false,
      timers: new Set<ReturnType<typeof setTimeout>>(),
      retryTimer: null,
      remoteTimer: null,
      subscriptions: [],
    };
    // Filled in right below; the hooks only run once replication has started.
    let self: Session | null = null;
    const hooks: UnitHooks = {
      stationId: () => ledger.ctx.stationId,
      now,
      gate: base.gate,
      rejected,
      batch: base.batch,
      onError: (error) => {
        if (self) reportError(self, error);
      },
      onSent: (count) => {
        if (!self || self.closed) return;
        self.counters.sent += count;
        dispatch({ type: 'progress', sent: count });
        recountPending();
      },
      onReceived: (count) => {
        if (!self || self.closed) return;
        self.counters.received += count;
        dispatch({ type: 'progress', received: count });
      },
      onDropped: (ids) => dropped.add(ids),
      onUnreadable: (docs) => dropped.keep(docs),
      onReadable: (ids) => dropped.forget(ids),
      recordConflict: (collection, winner, loser) => recordConflict(ledger.db.conflicts, ledger.ctx, collection, winner, loser),
      onBusy: (delta) => {
        if (self && !self.closed) dispatch({ type: 'busy', delta });
      },
      onInternalError: (error) => {
        if (self) reportError(self, toSyncError(error));
      },
    };
    const units = createUnits(base, createCouchApi(client, CATALOG_DB), hooks);
    const s: Session = {
      ...base,
      units,
      health: options.health
        ? createHealthReporter({
            api: base.api,
            appVersion: options.health.appVersion,
            stationId: () => ledger.ctx.stationId,
            deviceId: ledger.ctx.deviceId,
            ...(options.health.localNow ? { localNow: options.health.localNow } : {}),
          })
        : null,
      photos: ledger.photos
        ? startPhotoSession({
            store: ledger.photos.channel,
            serverUrl: credentials.serverUrl,
            database: credentials.database,
            username: credentials.username,
            password: credentials.password,
            auth: client.auth,
            progress: photoProgress,
            stationId: () => ledger.ctx.stationId,
            recordsBusy: () => self?.inRun === true,
            timeoutMs: timings.requestTimeoutMs,
            backoffBaseMs: timings.backoffBaseMs,
            backoffMaxMs: timings.backoffMaxMs,
            random,
            own: ownWrites,
            ...(options.fetch ? { fetch: options.fetch } : {}),
          })
        : null,
      watcher: startChangesWatcher({
        api: base.api,
        waitMs: timings.changesWaitMs,
        settleMs: timings.remoteChangeDebounceMs,
        backoffBaseMs: timings.backoffBaseMs,
        backoffMaxMs: timings.backoffMaxMs,
        own: ownWrites,
        onChange: () => {
          if (!self || self.closed) return;
          const current = self;
          if (current.remoteTimer) clearTimeout(current.remoteTimer);
          current.remoteTimer = setTimer(current, timings.remoteChangeDebounceMs, () => {
            current.remoteTimer = null;
            void runOnce(current);
          });
        },
      }),
    };
    self = s;
    session = s;

    const interval = setInterval(() => void runOnce(s), timings.intervalMs);
    s.subscriptions.push(
      () => clearInterval(interval),
      connectivity.subscribe((online) => {
        dispatch({ type: 'online', online });
        if (online) void runOnce(s);
      }),
    );
    void runOnce(s);
  }

  async function end(): Promise<void> {
    generation += 1;
    const s = session;
    session = null;
    if (!s) return;
    s.closed = true;
    s.watcher.stop();
    s.auth.dispose();
    s.feed.reset();
    for (const timer of s.timers) clearTimeout(timer);
    s.timers.clear();
    for (const sub of s.subscriptions) {
      if (typeof sub === 'function') sub();
      else sub.unsubscribe();
    }
    // Pushes waiting at the gate give up now, so cancelling does not wait for them.
    s.gate.close();
    await Promise.all(s.units.map((u) => u.cancel().catch(() => undefined)));
    await s.photos?.stop();
    await s.running?.catch(() => null);
    // A health record still being written is not waited for: it touches only the server, and a late
    // one does no harm, while waiting could hold up disconnecting for a request's whole time limit.
  }

  return {
    status$: status.asObservable(),
    getStatus: () => status.getValue(),
    photoProgress$: photoProgress.progress$,

    async start() {
      await Promise.all([rejected.load(), dropped.load()]);
      dispatch({ type: 'runsLoaded', runs: await recentRuns(ledger.local) });
      serviceSubscriptions.push(ledger.db.$.subscribe(() => recountPending()));
      recountPending(0);
      let credentials: StationCredentials | null;
      try {
        credentials = await options.credentials.loadCredentials();
      } catch (error) {
        // Saved but unreadable (desktop: another OS account, a damaged file): the keeper must import the
        // set-up file again, which "not connected" would not tell them.
        const detail = toSyncError(error).detail;
        dispatch({ type: 'credentialsUnreadable', error: { key: 'sync.errors.credentialsUnreadable', detail, at: now().toISOString() } });
        return;
      }
      if (credentials && !stopped) await begin(credentials);
    },

    async connect(credentials) {
      await options.credentials.saveCredentials(credentials);
      await end();
      if (!stopped) await begin(credentials);
    },

    async disconnect() {
      await end();
      await options.credentials.clearCredentials();
      dispatch({ type: 'unconfigured' });
      recountPending(0);
    },

    syncNow() {
      return session ? runOnce(session, true) : Promise.resolve(null);
    },

    async paused(work) {
      const credentials = session?.credentials ?? null;
      await end();
      try {
        return await work();
      } finally {
        if (credentials && !stopped) await begin(credentials);
        // What is unsent may have changed (a return bundle's acknowledgement): counted with the new units.
        recountPending(0);
      }
    },

    async stop() {
      stopped = true;
      stop$.next();
      if (pendingTimer) clearTimeout(pendingTimer);
      for (const sub of serviceSubscriptions) sub.unsubscribe();
      await end();
      await counting;
    },
  };
}
