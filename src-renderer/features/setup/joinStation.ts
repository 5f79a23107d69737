import type { SyncRunRow } from '../../data/local/localDb';
import type { StationSetupFile, StationSetupProfile } from '../../domain/stationSetupFile';
import type { StationCredentials } from '../../platform/api';
import type { SyncStatus } from '../../sync/status';
import { expectedDatabase, readSetupFile, toCredentials } from '../sync/connectionForm';
import { newStationForm, type StationFormValues } from './stationForm';

/** What stops a second PC from joining its station; `key` is an i18n key, `detail` technical text for support. */
export interface JoinProblem {
  key: string;
  params?: Record<string, string>;
  detail?: string;
}

export type JoinFileReading = { ok: true; file: StationSetupFile; credentials: StationCredentials } | { ok: false; problem: JoinProblem };

/**
 * Reads the set-up file chosen on the first-run page. `joinedCode` is the station this PC already joined
 * (its profile not yet here), or '' when it keeps none: then the file's own station is the one to join.
 */
export function readJoinFile(bytes: Uint8Array, joinedCode: string): JoinFileReading {
  const reading = readSetupFile(bytes, joinedCode === '' ? null : joinedCode);
  if (!reading.ok) return { ok: false, problem: { key: reading.key, ...(reading.params ? { params: reading.params } : {}) } };
  const credentials = toCredentials(reading.values);
  const expected = expectedDatabase(reading.file.station.code);
  if (credentials.database !== expected) {
    return { ok: false, problem: { key: 'sync.connection.databaseMismatch', params: { database: credentials.database, expected } } };
  }
  return { ok: true, file: reading.file, credentials };
}

/**
 * The profile form filled with what the city's set-up file says about the station, for when the server
 * has no profile yet; the keeper adds the contact and the rest. With only a code (a PC that joined and was
 * closed before anything arrived), only the code is filled.
 */
export function prefilledStationForm(station: Pick<StationSetupProfile, 'code'> & Partial<StationSetupProfile>): StationFormValues {
  const form = newStationForm();
  return {
    ...form,
    code: station.code,
    name: station.name ?? form.name,
    city: station.city ?? form.city,
    county: station.county ?? form.county,
    center: station.center ?? form.center,
    institute: station.institute ?? form.institute,
  };
}

export type JoinOutcome = { kind: 'arrived' } | { kind: 'noProfile' } | { kind: 'failed'; problem: JoinProblem };

/**
 * How fetching the station's records ended. A profile that arrived wins even over an error later in the
 * run: the app opens and the sync page shows the error. A run that ended well without a profile means the
 * first PC never synced.
 */
export function joinOutcome(run: SyncRunRow | null, profileArrived: boolean): JoinOutcome {
  if (profileArrived) return { kind: 'arrived' };
  if (!run) return { kind: 'failed', problem: { key: 'setup.join.notConnected' } };
  if (run.errorKey) return { kind: 'failed', problem: { key: run.errorKey, ...(run.errorDetail ? { detail: run.errorDetail } : {}) } };
  return { kind: 'noProfile' };
}

/**
 * Documents received since `since` (ISO time): runs that started since then, plus the one under way.
 * Connecting starts a run and 立即同步 queues another after it, so a single run's count would fall back to 0.
 */
export function receivedSince(status: Pick<SyncStatus, 'runs' | 'running' | 'progress'>, since: string): number {
  const finished = status.runs.filter((run) => run.startedAt >= since).reduce((sum, run) => sum + run.received, 0);
  return finished + (status.running ? status.progress.received : 0);
}
