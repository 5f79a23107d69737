import { createHash } from 'node:crypto';
import type { InstallUpdateRequest, SnapshotInfo, StationCredentials, UpdateStatus } from '../../src-renderer/platform/api';
import { DesktopError } from '../errors';
import { updateStatusSchema } from '../ipcSchemas';
import { updateFeedOf, type UpdateFeed } from './updateFeed';
import { updateProblemOf } from './updateProblem';

/** How often a running app looks for a new version while the PC is online. */
export const UPDATE_CHECK_INTERVAL_MS = 4 * 60 * 60 * 1000; // 4 hours

/** The slice of electron-updater the controller drives (src-main/updates/electronUpdater.ts wires the real one). */
export interface Updater {
  /** Set before every check and download, so a set-up file imported meanwhile takes effect at once. */
  setFeed(feed: UpdateFeed): void;
  /** The newer version the feed offers, or null when this one is current. Never downloads. */
  check(): Promise<string | null>;
  /** Downloads the version the last check found and verifies its sha512 (and signature, where signed). */
  download(onProgress: (percent: number) => void): Promise<void>;
  /** Closes the app and runs the downloaded installer, which starts the new version. */
  quitAndInstall(): void;
}

export interface UpdateControllerOptions {
  /** Null where the app cannot update itself; `unsupported` says why. */
  updater: Updater | null;
  unsupported: 'not-installed' | 'platform';
  appVersion: string;
  loadCredentials(): Promise<StationCredentials | null>;
  isOnline(): boolean;
  listSnapshots(): Promise<SnapshotInfo[]>;
  /** Tells the renderer; called with every change, download progress included. */
  publish(status: UpdateStatus): void;
  /** Runs `run` every `ms`; returns the cancel. */
  every(ms: number, run: () => void): () => void;
  /** Diagnostics for the technician (never credentials). */
  log(message: string): void;
}

export interface UpdateController {
  /** Checks once now and then every few hours while online. */
  start(): void;
  stop(): void;
  status(): UpdateStatus;
  /** 检查更新 by hand. */
  check(): Promise<UpdateStatus>;
  /** 稍后. */
  postpone(): UpdateStatus;
  /** 现在更新, once the renderer has written the update snapshot: download, verify, quit and install. */
  install(request: InstallUpdateRequest): Promise<UpdateStatus>;
}

function fingerprint(credentials: StationCredentials): string {
  return createHash('sha256').update(JSON.stringify([credentials.username, credentials.password, credentials.updateUrl ?? ''])).digest('hex');
}

async function safely<T>(load: () => Promise<T | null>): Promise<T | null> {
  try {
    return await load();
  } catch {
    // Unreadable credentials (another OS account, a damaged file): the sync screen says so; no update check.
    return null;
  }
}

/**
 * The desktop app's own update, decided here and tested in Node with a fake updater. Nothing downloads by
 * itself: a check only tells the renderer that version X is there, and the keeper chooses 现在更新 or 稍后.
 * 现在更新 is accepted only with an update snapshot taken after the version was offered (the renderer
 * writes it first), so an update never starts on a ledger that has no fresh copy. No failure is retried
 * by itself except by the next scheduled check hours later, and a refused account (401/403) is not asked
 * again until the keeper imports a new set-up file: CouchDB locks an account after a few failed logins.
 */
export function createUpdateController(options: UpdateControllerOptions): UpdateController {
  const { updater } = options;
  let current: UpdateStatus = updater === null ? { phase: 'unsupported', reason: options.unsupported } : { phase: 'idle', checked: false };
  let postponedVersion: string | null = null;
  /** The credentials the server refused: asked again only once they change. */
  let refused: string | null = null;
  /** The highest snapshot number when the version was offered: its update snapshot must come after. */
  let snapshotsWhenOffered = 0;
  let cancelSchedule: (() => void) | null = null;

  function set(next: UpdateStatus): UpdateStatus {
    // A status the renderer cannot show is a bug here, not something to send.
    current = updateStatusSchema.parse(next);
    options.publish(current);
    return current;
  }

  const busy = (): boolean => current.phase === 'checking' || current.phase === 'downloading' || current.phase === 'installing';

  async function feedOrStatus(version?: string): Promise<{ feed: UpdateFeed; credentials: StationCredentials } | UpdateStatus> {
    const credentials = await safely(() => options.loadCredentials());
    const feed = updateFeedOf(credentials);
    if (credentials === null || feed === null) return set({ phase: 'not-configured' });
    if (refused === fingerprint(credentials)) return set({ phase: 'failed', problem: 'unauthorized', ...(version === undefined ? {} : { version }) });
    if (!options.isOnline()) return set({ phase: 'failed', problem: 'offline', ...(version === undefined ? {} : { version }) });
    return { feed, credentials };
  }

  function failed(error: unknown, credentials: StationCredentials, version?: string): UpdateStatus {
    const problem = updateProblemOf(error);
    if (problem === 'unauthorized') refused = fingerprint(credentials);
    options.log(`update ${version === undefined ? 'check' : `to ${version}`} failed (${problem}): ${error instanceof Error ? error.message : String(error)}`);
    return set({ phase: 'failed', problem, ...(version === undefined ? {} : { version }) });
  }

  async function runCheck(): Promise<UpdateStatus> {
    if (updater === null || busy()) return current;
    const ready = await feedOrStatus();
    if (!('feed' in ready)) return ready;
    set({ phase: 'checking' });
    try {
      updater.setFeed(ready.feed);
      const version = await updater.check();
      if (version === null) return set({ phase: 'idle', checked: true });
      snapshotsWhenOffered = Math.max(0, ...(await options.listSnapshots()).map((s) => s.sequence));
      return set({ phase: 'available', version, postponed: version === postponedVersion });
    } catch (error) {
      return failed(error, ready.credentials);
    }
  }

  /** The scheduled check: quiet when offline, and never over a failure the keeper has to act on. */
  function automaticCheck(): void {
    if (!options.isOnline()) return;
    if (current.phase === 'failed' && (current.problem === 'integrity' || current.problem === 'snapshot-missing')) return;
    void runCheck();
  }

  async function install(request: InstallUpdateRequest): Promise<UpdateStatus> {
    if (updater === null || busy()) return current;
    const offered = current.phase === 'available' || current.phase === 'failed' ? current.version : undefined;
    if (offered !== request.version) {
      throw new DesktopError('invalid-request', `version ${request.version} is not the update on offer`);
    }
    const { version } = request;
    const snapshot = (await options.listSnapshots()).find((s) => s.id === request.snapshotId);
    if (snapshot?.reason !== 'update' || snapshot.appVersion !== options.appVersion || snapshot.sequence <= snapshotsWhenOffered) {
      return set({ phase: 'failed', problem: 'snapshot-missing', version });
    }
    const ready = await feedOrStatus(version);
    if (!('feed' in ready)) return ready;
    set({ phase: 'downloading', version, percent: 0 });
    try {
      updater.setFeed(ready.feed);
      await updater.download((percent) => {
        const whole = Math.min(100, Math.max(0, Math.floor(percent)));
        // Whole percents only: electron-updater reports many times a second.
        if (current.phase === 'downloading' && whole !== current.percent) set({ phase: 'downloading', version, percent: whole });
      });
    } catch (error) {
      return failed(error, ready.credentials, version);
    }
    const installing = set({ phase: 'installing', version });
    updater.quitAndInstall();
    return installing;
  }

  return {
    start() {
      if (updater === null || cancelSchedule !== null) return;
      cancelSchedule = options.every(UPDATE_CHECK_INTERVAL_MS, automaticCheck);
      automaticCheck();
    },
    stop() {
      cancelSchedule?.();
      cancelSchedule = null;
    },
    status: () => current,
    check: runCheck,
    postpone() {
      if (current.phase !== 'available') return current;
      postponedVersion = current.version;
      return set({ ...current, postponed: true });
    },
    install,
  };
}
