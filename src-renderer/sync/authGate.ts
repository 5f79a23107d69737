import { SyncError } from './syncError';

/**
 * - `unverified`: nobody knows yet whether the server takes these credentials; one request goes alone.
 * - `verified`: the last answer took them; requests go in parallel.
 * - `refused`: the server said 401. Nothing more is sent with them until the keeper gives new ones.
 * - `locked`: the server locked the account after failed logins. Nothing is sent until the lock has passed.
 */
export type AuthState = 'unverified' | 'verified' | 'refused' | 'locked';

/**
 * Sits in front of every request made with one set of credentials. CouchDB 3.4+ locks an account after 5
 * failed logins, for every PC of the station and even with the right password. A PC with an old password
 * that sent its usual handful of parallel requests, and retried them on a timer, would keep the whole
 * station locked out. So a failed login costs one request and then none until something changes: parallel
 * requests only go once an answer has shown the credentials good, and each sync run checks them again with
 * a single request first (the password may have been reset on the server since).
 */
export interface AuthGate {
  /** Sends the request when the credentials allow it; throws the standing refusal without sending otherwise. */
  admit<T>(send: () => Promise<T>): Promise<T>;
  /** Before a run: the next request goes alone and shows whether the credentials are still good. */
  reverify(): void;
  state(): AuthState;
  /** Stops the lock timer (the session is over). */
  dispose(): void;
}

/** Each wait is for one probe, and every probe settles (requests time out): this only stops a runaway loop. */
const MAX_PROBE_WAITS = 100;

function refusalOf(error: unknown): 'refused' | 'locked' | null {
  if (!(error instanceof SyncError)) return null;
  if (error.kind === 'locked') return 'locked';
  if (error.kind === 'unauthorized') return 'refused';
  return null;
}

export function createAuthGate(lockoutWaitMs: number): AuthGate {
  let state: AuthState = 'unverified';
  /** Settles (never rejects) when the request finding out about the credentials has its answer. */
  let probe: Promise<void> | null = null;
  let lockTimer: ReturnType<typeof setTimeout> | null = null;

  function standingRefusal(): SyncError | null {
    if (state === 'refused') {
      return new SyncError('unauthorized', 'not sent: the server refused this account name and password (HTTP 401); new ones are needed', 401);
    }
    if (state === 'locked') return new SyncError('locked', 'not sent: the server has locked this account for a while after failed logins', 403);
    return null;
  }

  function lock(): void {
    state = 'locked';
    if (lockTimer !== null) return;
    // CouchDB lets the account in again after its lockout lifetime; then one request may find out.
    lockTimer = setTimeout(() => {
      lockTimer = null;
      if (state === 'locked') state = 'unverified';
    }, lockoutWaitMs);
  }

  async function send<T>(task: () => Promise<T>): Promise<T> {
    try {
      const answer = await task();
      if (state === 'unverified') state = 'verified';
      return answer;
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal === 'locked') lock();
      else if (refusal === 'refused') state = 'refused';
      // Any other HTTP answer (403 not a member, 404, 500 …) came past the login: the credentials are good.
      else if (error instanceof SyncError && error.status !== undefined && state === 'unverified') state = 'verified';
      throw error;
    }
  }

  async function sendAsProbe<T>(task: () => Promise<T>): Promise<T> {
    let release: () => void = () => undefined;
    probe = new Promise<void>((resolve) => {
      release = resolve;
    });
    try {
      return await send(task);
    } finally {
      probe = null;
      release();
    }
  }

  return {
    async admit(task) {
      for (let waits = 0; waits < MAX_PROBE_WAITS; waits++) {
        const refusal = standingRefusal();
        if (refusal) throw refusal;
        if (state === 'verified') return send(task);
        if (probe === null) return sendAsProbe(task);
        await probe;
      }
      return send(task);
    },
    reverify() {
      if (state === 'verified') state = 'unverified';
    },
    state: () => state,
    dispose() {
      if (lockTimer !== null) clearTimeout(lockTimer);
      lockTimer = null;
    },
  };
}
