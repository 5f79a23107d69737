import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SyncPhase } from '../../../src-renderer/sync/status';
import { isLongPoll, type SeenRequest } from './support/fakeCouch';
import { volunteerFromOtherPc } from './support/otherPc';
import { CREDENTIALS, openServicePc, STATION_DB, type ServicePc } from './support/servicePc';

/**
 * The sync service as the app runs it, over a CouchDB in memory: what starts a run, what a failure and a
 * timeout leave behind, and the phase the header shows. Waits are bounded (`vi.waitFor`); none measures time.
 */

/** Long enough that only a broken service, never a slow machine, runs out of it. */
const BOUND = { timeout: 15_000, interval: 20 } as const;
/** A debounce no test outlasts: the watcher's trigger never fires. */
const NO_RUN_FOR_A_CHANGE_MS = 60 * 60 * 1000;

let pc: ServicePc | null = null;
afterEach(async () => {
  await pc?.close();
  pc = null;
});

async function open(...args: Parameters<typeof openServicePc>): Promise<ServicePc> {
  pc = await openServicePc(...args);
  return pc;
}

async function settledIn(p: ServicePc, phase: SyncPhase): Promise<void> {
  await vi.waitFor(() => expect({ phase: p.sync.getStatus().phase, running: p.sync.getStatus().running }).toEqual({ phase, running: false }), BOUND);
}

async function volunteersHere(p: ServicePc): Promise<number> {
  return p.ledger.db.volunteers.count().exec();
}

const stationRequests = (request: SeenRequest) => request.db === STATION_DB && !isLongPoll(request);

describe('what starts a run', () => {
  it('a change on the server seen by the watcher starts one run, after the debounce, for a whole burst', async () => {
    const p = await open({ remoteChangeDebounceMs: 1000 });
    await p.sync.connect(CREDENTIALS);
    await settledIn(p, 'upToDate');
    const runsBefore = p.sync.getStatus().runs.length;

    // Another PC registers three volunteers one after the other, each while the watcher waits, so the watcher
    // is woken three times, all within the debounce.
    const wokenBefore = p.server.pollsWoken(STATION_DB);
    for (const n of [1, 2, 3]) {
      await vi.waitFor(() => expect(p.server.pollsWaiting(STATION_DB)).toBe(1), BOUND);
      p.server.write(STATION_DB, volunteerFromOtherPc(n));
      await vi.waitFor(() => expect(p.server.pollsWoken(STATION_DB) - wokenBefore).toBe(n), BOUND);
    }

    // Nobody asked for a sync: the watcher's run brings them.
    await vi.waitFor(async () => expect(await volunteersHere(p)).toBe(3), BOUND);
    await settledIn(p, 'upToDate');
    expect(p.sync.getStatus().runs.length - runsBefore).toBe(1);
  });
});

describe('a failed run', () => {
  it('schedules the next by itself, each wait twice the last up to the cap, and the error shows until one succeeds', async () => {
    const p = await open({ backoffBaseMs: 100, backoffMaxMs: 400 });
    await p.sync.connect(CREDENTIALS);
    await settledIn(p, 'upToDate');

    // The wait each retry was scheduled with, read when it is announced (the retry time is now + the wait).
    const waits: number[] = [];
    let announced: string | null = null;
    const reading = p.sync.status$.subscribe((status) => {
      if (status.nextRetryAt !== null && status.nextRetryAt !== announced) waits.push(Date.parse(status.nextRetryAt) - Date.now());
      announced = status.nextRetryAt;
    });
    const beforeFailure = p.phases.length;
    try {
      p.server.failWhen(stationRequests, { status: 500, error: 'internal_server_error', reason: 'the city server is down' });
      const failed = await p.sync.syncNow();
      expect(failed?.errorKey).toBe('sync.errors.server');
      expect(p.sync.getStatus().phase).toBe('error');

      // Three more runs fail without anyone asking.
      await vi.waitFor(() => expect(waits.length).toBeGreaterThanOrEqual(4), BOUND);
      expect(p.sync.getStatus().runs.slice(0, 4).map((run) => run.errorKey)).toEqual(Array(4).fill('sync.errors.server'));
      // To the nearest 100 ms, which absorbs the milliseconds between scheduling and reading.
      expect(waits.slice(0, 4).map((ms) => Math.round(ms / 100) * 100)).toEqual([100, 200, 400, 400]);
      // Between the failed runs nothing said "up to date".
      expect(p.phases.slice(beforeFailure)).not.toContain('upToDate');

      p.server.heal();
      // The next retry, not a click, brings it back.
      await settledIn(p, 'upToDate');
      expect(p.sync.getStatus()).toMatchObject({ lastError: null, nextRetryAt: null });
    } finally {
      reading.unsubscribe();
    }
  });
});

describe('a timeout', () => {
  it('of a request is an error of the run, never a success', async () => {
    const p = await open({ requestTimeoutMs: 300 });
    await p.sync.connect(CREDENTIALS);
    await settledIn(p, 'upToDate');
    const { lastSuccessAt } = p.sync.getStatus();

    // The server takes the request and never answers.
    p.server.failWhen((r) => stationRequests(r) && r.target === '_changes', 'hang');
    const run = await p.sync.syncNow();

    expect(run?.errorKey).toBe('sync.errors.timeout');
    expect(p.sync.getStatus()).toMatchObject({ phase: 'error', lastSuccessAt, lastError: { key: 'sync.errors.timeout' } });
  });

  it('of the whole run is an error of the run, never a success', async () => {
    // The run's deadline comes long before the hanging request's own timeout.
    const p = await open({ requestTimeoutMs: 5000, runDeadlineMs: 200 });
    p.server.failWhen((r) => stationRequests(r) && r.target === '_changes', 'hang');
    await p.sync.connect(CREDENTIALS);
    const run = await p.sync.syncNow();

    expect(run?.errorKey).toBe('sync.errors.timeout');
    expect(p.sync.getStatus()).toMatchObject({ phase: 'error', lastSuccessAt: null, lastError: { key: 'sync.errors.timeout' } });
    expect(p.phases).not.toContain('upToDate');
  });
});

describe('the phase the header shows', () => {
  it('goes from not connected to syncing to up to date, offline and back, and error until a run succeeds', async () => {
    // A change on the server starts no run here: going back online has to.
    const p = await open({ remoteChangeDebounceMs: NO_RUN_FOR_A_CHANGE_MS });
    expect(p.sync.getStatus().phase).toBe('notConfigured');

    await p.sync.connect(CREDENTIALS);
    await settledIn(p, 'upToDate');
    // Nothing said "up to date" before a run had succeeded.
    expect(p.phases).toEqual(['notConfigured', 'syncing', 'upToDate']);

    p.connectivity.set(false);
    expect(p.sync.getStatus().phase).toBe('offline');
    // Back online, a run goes by itself and brings what changed meanwhile.
    p.server.write(STATION_DB, volunteerFromOtherPc(1));
    p.connectivity.set(true);
    await vi.waitFor(async () => expect(await volunteersHere(p)).toBe(1), BOUND);
    await settledIn(p, 'upToDate');

    const beforeFailure = p.phases.length;
    p.server.failWhen(stationRequests, 'network');
    await p.sync.syncNow();
    expect(p.sync.getStatus()).toMatchObject({ phase: 'error', lastError: { key: 'sync.errors.network' } });
    p.server.heal();
    await p.sync.syncNow();
    expect(p.sync.getStatus().phase).toBe('upToDate');
    expect(p.phases.slice(beforeFailure)).toEqual(['syncing', 'error', 'syncing', 'upToDate']);
  });
});
