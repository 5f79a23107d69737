/** Thrown to the replication when the sync service stops, so its retry loop ends instead of waiting. */
export class SyncStoppedError extends Error {
  constructor() {
    super('sync stopped');
    this.name = 'SyncStoppedError';
  }
}

/**
 * Where a failed push waits for its next chance. RxDB's own retry loop would retry every few seconds
 * forever; instead the push waits here until the service opens the gate (the back-off timer, 立即同步,
 * reconnecting, or a change on the server), and the service decides how often that is.
 */
export interface RetryGate {
  /** Resolves when the gate next opens; rejects with SyncStoppedError when it closes for good. */
  wait(owner: string): Promise<void>;
  open(): void;
  close(): void;
  /** Owners waiting now. */
  blocked(): ReadonlySet<string>;
  /** Called whenever someone starts waiting, so a sync run can stop waiting for them. */
  onBlocked(listener: (owner: string) => void): () => void;
}

export function createRetryGate(): RetryGate {
  let closed = false;
  const waiters = new Map<string, { resolve: () => void; reject: (e: Error) => void }[]>();
  const listeners = new Set<(owner: string) => void>();

  const blocked = () => new Set([...waiters].filter(([, list]) => list.length > 0).map(([owner]) => owner));

  return {
    wait(owner) {
      if (closed) return Promise.reject(new SyncStoppedError());
      return new Promise<void>((resolve, reject) => {
        waiters.set(owner, [...(waiters.get(owner) ?? []), { resolve, reject }]);
        for (const listener of listeners) listener(owner);
      });
    },
    open() {
      const all = [...waiters.values()].flat();
      waiters.clear();
      for (const w of all) w.resolve();
    },
    close() {
      closed = true;
      const all = [...waiters.values()].flat();
      waiters.clear();
      for (const w of all) w.reject(new SyncStoppedError());
    },
    blocked,
    onBlocked(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
