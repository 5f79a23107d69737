import type { SyncRunRow } from '../data/local/localDb';
import { SYNC_RUNS_KEPT } from './constants';

/** `otherWindow`: the app is open in another browser window of this PC, and that one syncs (web mode). */
export type SyncPhase = 'notConfigured' | 'offline' | 'otherWindow' | 'syncing' | 'upToDate' | 'error';

export interface SyncErrorInfo {
  /** i18n key of the plain-Chinese message with what to do. */
  key: string;
  /** Technical detail for support (status code, server reason); never personal data. */
  detail: string;
  at: string;
}

/** A record the server refused (validate_doc_update); it stays here until a later push is accepted. */
export interface RejectedRecord {
  collection: string;
  docId: string;
  /** The server's own words. */
  reason: string;
  status: number;
  at: string;
}

/** A record on the server this app cannot read; it is kept there untouched and shown to the keeper. */
export interface UnreadableRecord {
  collection: string;
  docId: string;
  /** 'newerMajor': written by a newer app version (upgrade to read it); 'invalid': its content cannot be read. */
  reason: 'invalid' | 'newerMajor';
}

export interface RunProgress {
  sent: number;
  received: number;
  /**
   * About how many records this run brings in all, when the PC is filling up from the server (its first
   * pull, or one that was cut short); null otherwise.
   */
  expected: number | null;
}

export interface SyncConnectionInfo {
  serverUrl: string;
  database: string;
  username: string;
}

export interface SyncStatus {
  phase: SyncPhase;
  connection: SyncConnectionInfo | null;
  online: boolean;
  /** A sync run (start, timer, reconnect, 立即同步, server change) is in progress. */
  running: boolean;
  /** Pushes of local edits in flight outside a run. */
  busy: number;
  /** Another window on the same local database does the syncing (web mode opens one per tab). */
  otherWindow: boolean;
  /** What the current (or last) run has moved so far. */
  progress: RunProgress;
  /** Documents changed on this PC that the server does not have yet. */
  pending: number;
  lastSuccessAt: string | null;
  lastError: SyncErrorInfo | null;
  nextRetryAt: string | null;
  /** Documents from the server that were not let in (design documents, malformed, other station). */
  dropped: number;
  rejected: RejectedRecord[];
  unreadable: UnreadableRecord[];
  /** Newest first, at most SYNC_RUNS_KEPT. */
  runs: SyncRunRow[];
  /** The server's clock minus this PC's, from the last answers' `Date`; null until known. */
  clockOffsetMs: number | null;
  /**
   * How far this PC's clock is behind the latest time stamped on a record it holds (0: not behind). New
   * writes are stamped after that time (data/clock/writeClock.ts), so a clock set back loses nothing, but
   * the keeper should set it right; known without a server.
   */
  clockBehindMs: number;
}

export type SyncEvent =
  | { type: 'configured'; connection: SyncConnectionInfo }
  | { type: 'unconfigured' }
  /** Credentials were saved on this PC but cannot be read back (desktop: another OS account, a damaged file). */
  | { type: 'credentialsUnreadable'; error: SyncErrorInfo }
  | { type: 'online'; online: boolean }
  | { type: 'runStarted' }
  | { type: 'progress'; sent?: number; received?: number }
  | { type: 'expecting'; count: number }
  | { type: 'runFinished'; run: SyncRunRow; error: SyncErrorInfo | null }
  | { type: 'failure'; error: SyncErrorInfo }
  | { type: 'busy'; delta: 1 | -1 }
  | { type: 'otherWindow'; otherWindow: boolean }
  | { type: 'retryScheduled'; at: string | null }
  | { type: 'pending'; count: number }
  | { type: 'dropped'; total: number }
  | { type: 'rejected'; records: RejectedRecord[] }
  | { type: 'unreadable'; records: UnreadableRecord[] }
  | { type: 'runsLoaded'; runs: SyncRunRow[] }
  | { type: 'clockOffset'; offsetMs: number }
  | { type: 'clockBehind'; behindMs: number };

export const INITIAL_SYNC_STATUS: SyncStatus = {
  phase: 'notConfigured',
  connection: null,
  online: true,
  running: false,
  busy: 0,
  otherWindow: false,
  progress: { sent: 0, received: 0, expected: null },
  pending: 0,
  lastSuccessAt: null,
  lastError: null,
  nextRetryAt: null,
  dropped: 0,
  rejected: [],
  unreadable: [],
  runs: [],
  clockOffsetMs: null,
  clockBehindMs: 0,
};

/**
 * What the keeper sees, derived from the facts so it cannot drift: a failed attempt shows as an error
 * until a later run succeeds; nothing shows "up to date" before a run has actually succeeded.
 */
export function derivePhase(s: Omit<SyncStatus, 'phase'>): SyncPhase {
  // Not connected, and saved credentials that cannot be read are a problem to show, not "not connected".
  if (!s.connection) return s.lastError ? 'error' : 'notConfigured';
  if (!s.online) return 'offline';
  if (s.otherWindow) return 'otherWindow';
  if (s.running || s.busy > 0) return 'syncing';
  if (s.lastError) return 'error';
  if (s.lastSuccessAt) return 'upToDate';
  return 'syncing';
}

function apply(s: SyncStatus, event: SyncEvent): SyncStatus {
  switch (event.type) {
    case 'configured':
      return { ...s, connection: event.connection };
    case 'unconfigured':
      return { ...s, connection: null, running: false, busy: 0, otherWindow: false, lastError: null, nextRetryAt: null };
    case 'credentialsUnreadable':
      return { ...s, connection: null, lastError: event.error };
    case 'online':
      return { ...s, online: event.online };
    case 'runStarted':
      return { ...s, running: true, progress: { sent: 0, received: 0, expected: null } };
    case 'progress':
      return {
        ...s,
        // The true count is taken again after the run; until then what was sent is off the waiting list.
        pending: Math.max(0, s.pending - (event.sent ?? 0)),
        progress: {
          ...s.progress,
          sent: s.progress.sent + (event.sent ?? 0),
          received: s.progress.received + (event.received ?? 0),
        },
      };
    case 'expecting':
      return { ...s, progress: { ...s.progress, expected: event.count } };
    case 'runFinished':
      return {
        ...s,
        running: false,
        lastSuccessAt: event.error ? s.lastSuccessAt : event.run.finishedAt,
        lastError: event.error,
        runs: [event.run, ...s.runs].slice(0, SYNC_RUNS_KEPT),
      };
    case 'failure':
      return { ...s, lastError: event.error };
    case 'otherWindow':
      return { ...s, otherWindow: event.otherWindow };
    case 'busy':
      return { ...s, busy: Math.max(0, s.busy + event.delta) };
    case 'retryScheduled':
      return { ...s, nextRetryAt: event.at };
    case 'pending':
      return { ...s, pending: event.count };
    case 'dropped':
      return { ...s, dropped: event.total };
    case 'rejected':
      return { ...s, rejected: event.records };
    case 'unreadable':
      return { ...s, unreadable: event.records };
    case 'runsLoaded':
      return { ...s, runs: event.runs.slice(0, SYNC_RUNS_KEPT) };
    case 'clockOffset':
      return { ...s, clockOffsetMs: event.offsetMs };
    case 'clockBehind':
      return { ...s, clockBehindMs: event.behindMs };
  }
}

export function reduceSyncStatus(state: SyncStatus, event: SyncEvent): SyncStatus {
  const next = apply(state, event);
  return { ...next, phase: derivePhase(next) };
}

/**
 * How far a PC filling up from the server has got, while it does: never 100 % before the run ends (the
 * total is an estimate), nothing when no total is known.
 */
export function fillingUp(status: Pick<SyncStatus, 'running' | 'progress'>): { received: number; expected: number; percent: number } | null {
  const { expected, received } = status.progress;
  if (!status.running || expected === null || expected <= 0) return null;
  return { received, expected: Math.max(expected, received), percent: Math.min(99, Math.floor((received / expected) * 100)) };
}
