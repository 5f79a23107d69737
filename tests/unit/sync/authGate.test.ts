import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAuthGate } from '../../../src-renderer/sync/authGate';
import { SyncError } from '../../../src-renderer/sync/syncError';

const refused = () => Promise.reject(new SyncError('unauthorized', 'HTTP 401', 401));
const lockedOut = () => Promise.reject(new SyncError('locked', 'HTTP 403 locked', 403));

/** Starts `count` requests at once through the gate; counts how many reached the "server". */
async function burst(gate: ReturnType<typeof createAuthGate>, count: number, answer: () => Promise<string>) {
  let sent = 0;
  const results = await Promise.allSettled(
    Array.from({ length: count }, () =>
      gate.admit(() => {
        sent += 1;
        return answer();
      }),
    ),
  );
  return { sent, results };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the login gate in front of every request', () => {
  it('with credentials nobody has checked yet, one request goes alone; a 401 stops all the others unsent', async () => {
    const gate = createAuthGate(60_000);
    const { sent, results } = await burst(gate, 6, refused);
    expect(sent).toBe(1);
    expect(results.every((r) => r.status === 'rejected' && r.reason instanceof SyncError && r.reason.kind === 'unauthorized')).toBe(true);
    expect(gate.state()).toBe('refused');
    // Later requests (a timer, 立即同步) send nothing either.
    expect((await burst(gate, 3, () => Promise.resolve('ok'))).sent).toBe(0);
    gate.reverify();
    expect(gate.state()).toBe('refused');
  });

  it('once an answer shows the credentials good, requests go in parallel; each run checks again with one first', async () => {
    const gate = createAuthGate(60_000);
    expect((await burst(gate, 4, () => Promise.resolve('ok'))).sent).toBe(4);
    expect(gate.state()).toBe('verified');
    gate.reverify();
    // The password was reset on the server since: the run's first request finds out, the rest stay home.
    expect((await burst(gate, 4, refused)).sent).toBe(1);
  });

  it('an answer past the login (404, 403 not a member) shows the credentials good; a network failure does not', async () => {
    const gate = createAuthGate(60_000);
    await expect(gate.admit(() => Promise.reject(new SyncError('network', 'offline')))).rejects.toThrow();
    expect(gate.state()).toBe('unverified');
    await expect(gate.admit(() => Promise.reject(new SyncError('notFound', 'HTTP 404', 404)))).rejects.toThrow();
    expect(gate.state()).toBe('verified');
  });

  it('a locked account sends nothing until the wait has passed, then one request tries again', async () => {
    vi.useFakeTimers();
    const gate = createAuthGate(6 * 60 * 1000);
    expect((await burst(gate, 5, lockedOut)).sent).toBe(1);
    expect(gate.state()).toBe('locked');
    vi.advanceTimersByTime(5 * 60 * 1000);
    expect((await burst(gate, 5, () => Promise.resolve('ok'))).sent).toBe(0);
    vi.advanceTimersByTime(60 * 1000);
    expect(gate.state()).toBe('unverified');
    const after = await burst(gate, 5, () => Promise.resolve('ok'));
    expect(after.sent).toBe(5);
    expect(gate.state()).toBe('verified');
  });
});
