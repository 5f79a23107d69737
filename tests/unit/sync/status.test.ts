import { describe, expect, it } from 'vitest';
import type { SyncRunRow } from '../../../src-renderer/data/local/localDb';
import { fillingUp, INITIAL_SYNC_STATUS, reduceSyncStatus, type SyncEvent, type SyncStatus } from '../../../src-renderer/sync/status';

const connection = { serverUrl: 'https://city.example', database: 'station-a', username: 'station-a' };
const error = { key: 'sync.errors.timeout', detail: 'GET /station-a/_changes: no complete answer', at: '2024-03-05T08:00:00.000Z' };

function run(n: number, errorKey = ''): SyncRunRow {
  const at = new Date(Date.UTC(2024, 2, 5, 8, 0, n)).toISOString();
  return { id: n, startedAt: at, finishedAt: at, sent: n, received: 0, errorKey, errorDetail: '' };
}

function reduce(...events: SyncEvent[]): SyncStatus {
  return events.reduce(reduceSyncStatus, INITIAL_SYNC_STATUS);
}

describe('sync status', () => {
  it('is "not configured" until a connection is set, whatever else happens', () => {
    expect(reduce().phase).toBe('notConfigured');
    expect(reduce({ type: 'runFinished', run: run(1), error: null }).phase).toBe('notConfigured');
  });

  it('saved credentials that cannot be read show as an error with what to do, not as "not connected"', () => {
    const unreadable = { key: 'sync.errors.credentialsUnreadable', detail: 'credentials-unreadable: cannot be decrypted', at: error.at };
    const status = reduce({ type: 'credentialsUnreadable', error: unreadable });
    expect(status.phase).toBe('error');
    expect(status.lastError).toEqual(unreadable);
    // The keeper imports the set-up file again: connected, the old problem gone once a run succeeds.
    const fixed = reduceSyncStatus(reduceSyncStatus(status, { type: 'configured', connection }), { type: 'runFinished', run: run(1), error: null });
    expect(fixed.phase).toBe('upToDate');
    expect(reduceSyncStatus(status, { type: 'unconfigured' }).phase).toBe('notConfigured');
  });

  it('keeps the server clock’s offset from this PC’s, unknown until an answer came', () => {
    expect(reduce().clockOffsetMs).toBeNull();
    expect(reduce({ type: 'clockOffset', offsetMs: -3_600_000 }).clockOffsetMs).toBe(-3_600_000);
  });

  it('shows syncing while a run or a push is going, and up to date only after a run succeeded', () => {
    expect(reduce({ type: 'configured', connection }).phase).toBe('syncing');
    expect(reduce({ type: 'configured', connection }, { type: 'runStarted' }).phase).toBe('syncing');
    const done = reduce({ type: 'configured', connection }, { type: 'runStarted' }, { type: 'runFinished', run: run(1), error: null });
    expect(done.phase).toBe('upToDate');
    expect(done.lastSuccessAt).toBe(run(1).finishedAt);
    expect(reduceSyncStatus(done, { type: 'busy', delta: 1 }).phase).toBe('syncing');
    expect(reduce({ type: 'configured', connection }, { type: 'busy', delta: 1 }, { type: 'busy', delta: -1 }).phase).toBe('syncing');
  });

  it('a failed run is an error (never up to date) and keeps the last success time', () => {
    const ok = reduce({ type: 'configured', connection }, { type: 'runFinished', run: run(1), error: null });
    const failed = reduceSyncStatus(reduceSyncStatus(ok, { type: 'runStarted' }), { type: 'runFinished', run: run(2, error.key), error });
    expect(failed.phase).toBe('error');
    expect(failed.lastError).toEqual(error);
    expect(failed.lastSuccessAt).toBe(run(1).finishedAt);
    const recovered = reduceSyncStatus(failed, { type: 'runFinished', run: run(3), error: null });
    expect(recovered.phase).toBe('upToDate');
    expect(recovered.lastError).toBeNull();
  });

  it('a failure outside a run (a background push) shows as an error', () => {
    const ok = reduce({ type: 'configured', connection }, { type: 'runFinished', run: run(1), error: null });
    expect(reduceSyncStatus(ok, { type: 'failure', error }).phase).toBe('error');
  });

  it('offline wins over everything but "not configured"', () => {
    const s = reduce({ type: 'configured', connection }, { type: 'runStarted' }, { type: 'online', online: false });
    expect(s.phase).toBe('offline');
    expect(reduceSyncStatus(s, { type: 'online', online: true }).phase).toBe('syncing');
  });

  it('a window that is not the one syncing says so instead of syncing forever', () => {
    const s = reduce({ type: 'configured', connection }, { type: 'otherWindow', otherWindow: true });
    expect(s.phase).toBe('otherWindow');
    expect(reduceSyncStatus(s, { type: 'otherWindow', otherWindow: false }).phase).toBe('syncing');
    expect(reduceSyncStatus(s, { type: 'online', online: false }).phase).toBe('offline');
    expect(reduceSyncStatus(s, { type: 'unconfigured' }).phase).toBe('notConfigured');
  });

  it('takes what a run has sent off the waiting count until the next true count', () => {
    const s = reduce({ type: 'configured', connection }, { type: 'pending', count: 5 }, { type: 'runStarted' }, { type: 'progress', sent: 3 });
    expect(s.pending).toBe(2);
    expect(reduceSyncStatus(s, { type: 'progress', sent: 4 }).pending).toBe(0);
    expect(reduceSyncStatus(s, { type: 'pending', count: 7 }).pending).toBe(7);
  });

  it('counts progress per run and keeps the 20 newest runs, newest first', () => {
    let s = reduce({ type: 'configured', connection }, { type: 'runStarted' }, { type: 'progress', sent: 3 }, { type: 'progress', received: 2 });
    expect(s.progress).toEqual({ sent: 3, received: 2, expected: null });
    expect(reduceSyncStatus(s, { type: 'runStarted' }).progress).toEqual({ sent: 0, received: 0, expected: null });
    for (let n = 1; n <= 25; n++) s = reduceSyncStatus(s, { type: 'runFinished', run: run(n), error: null });
    expect(s.runs).toHaveLength(20);
    expect(s.runs[0]?.id).toBe(25);
    expect(s.runs[19]?.id).toBe(6);
  });

  it('shows how far a PC filling up has got against the expected total, never 100 % before the run ends', () => {
    let s = reduce({ type: 'configured', connection }, { type: 'runStarted' }, { type: 'progress', received: 1000 });
    expect(fillingUp(s)).toBeNull();
    s = reduceSyncStatus(s, { type: 'expecting', count: 4000 });
    expect(fillingUp(s)).toEqual({ received: 1000, expected: 4000, percent: 25 });
    s = reduceSyncStatus(s, { type: 'progress', received: 3100 });
    // The total was an estimate: more arrived than expected.
    expect(fillingUp(s)).toEqual({ received: 4100, expected: 4100, percent: 99 });
    const done = reduceSyncStatus(s, { type: 'runFinished', run: run(1), error: null });
    expect(fillingUp(done)).toBeNull();
    expect(fillingUp(reduceSyncStatus(done, { type: 'runStarted' }))).toBeNull();
  });

  it('never lets the in-flight push count go below zero', () => {
    expect(reduce({ type: 'busy', delta: -1 }).busy).toBe(0);
  });
});
