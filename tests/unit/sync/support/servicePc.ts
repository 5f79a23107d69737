import type { Ledger } from '../../../../src-renderer/data/session';
import type { StationCredentials } from '../../../../src-renderer/platform/api';
import type { SyncTimings } from '../../../../src-renderer/sync/constants';
import type { Connectivity } from '../../../../src-renderer/sync/connectivity';
import type { SyncPhase } from '../../../../src-renderer/sync/status';
import { createSyncService, type SyncService } from '../../../../src-renderer/sync/syncService';
import { openTestLedger, TEST_STATION } from '../../../support/testLedger';
import { createFakeCouch, type FakeCouch } from './fakeCouch';

export const STATION_DB = 'station-jn-lx-001';
export const CATALOG_DB = 'catalog';

export const CREDENTIALS: StationCredentials = {
  serverUrl: 'http://city.test',
  database: STATION_DB,
  username: STATION_DB,
  password: 'station-password',
};

/**
 * Quick enough for unit tests, with the same code paths as the app. The interval never comes round in a
 * test, so every run a test sees was started by what the test did (or by the trigger under test).
 */
export const UNIT_TIMINGS: Partial<SyncTimings> = {
  intervalMs: 60 * 60 * 1000,
  requestTimeoutMs: 2000,
  changesWaitMs: 1000,
  remoteChangeDebounceMs: 200,
  pendingRecountDebounceMs: 20,
  backoffBaseMs: 100,
  backoffMaxMs: 400,
  runDeadlineMs: 60_000,
};

/** The PC's idea of being online, switched by the test (the browser's online/offline events). */
export function switchableConnectivity(initially = true): Connectivity & { set(online: boolean): void } {
  let online = initially;
  const listeners = new Set<(online: boolean) => void>();
  return {
    isOnline: () => online,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(value) {
      online = value;
      for (const listener of listeners) listener(value);
    },
  };
}

export interface ServicePc {
  ledger: Ledger;
  sync: SyncService;
  server: FakeCouch;
  connectivity: ReturnType<typeof switchableConnectivity>;
  /** Every phase the status went through, in order, consecutive repeats left out. */
  phases: SyncPhase[];
  close(): Promise<void>;
}

/**
 * A station PC on fake-indexeddb with its profile made, the sync service created over the fake CouchDB
 * and started, not yet connected; `now` is the PC's wall clock (tests may set it back). Close it after
 * the test: RxDB caps the collections open in a process.
 */
export async function openServicePc(timings: Partial<SyncTimings> = {}, options: { now?: () => Date } = {}): Promise<ServicePc> {
  const server = createFakeCouch({ databases: [STATION_DB, CATALOG_DB], username: CREDENTIALS.username });
  const connectivity = switchableConnectivity();
  const ledger = await openTestLedger(options.now ? { now: options.now } : {});
  let saved: StationCredentials | null = null;
  const sync = createSyncService({
    ledger,
    credentials: {
      loadCredentials: () => Promise.resolve(saved),
      saveCredentials: (credentials) => Promise.resolve(void (saved = credentials)),
      clearCredentials: () => Promise.resolve(void (saved = null)),
    },
    timings: { ...UNIT_TIMINGS, ...timings },
    fetch: server.fetch,
    connectivity,
    // No spread: each back-off is exactly the doubling the test expects.
    random: () => 0.5,
  });
  const phases: SyncPhase[] = [];
  const watching = sync.status$.subscribe((status) => {
    if (phases.at(-1) !== status.phase) phases.push(status.phase);
  });
  await ledger.setUpStation(TEST_STATION);
  await sync.start();
  return {
    ledger,
    sync,
    server,
    connectivity,
    phases,
    async close() {
      watching.unsubscribe();
      await sync.stop();
      await ledger.close();
    },
  };
}
