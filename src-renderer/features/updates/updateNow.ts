import type { InstallUpdateRequest, SnapshotInfo, UpdateStatus } from '../../platform/api';

export type UpdateNowOutcome =
  | { ok: true; status: UpdateStatus }
  /** The snapshot could not be written: nothing was downloaded, the data is as it was. */
  | { ok: false; reason: string };

/**
 * 现在更新, in the one order that keeps the station's data safe: the update snapshot is written first, and
 * only then does main download and install (it checks the snapshot is on disk before it does).
 */
export async function updateNow(
  version: string,
  steps: { takeSnapshot(): Promise<SnapshotInfo>; install(request: InstallUpdateRequest): Promise<UpdateStatus> },
): Promise<UpdateNowOutcome> {
  let snapshot: SnapshotInfo;
  try {
    snapshot = await steps.takeSnapshot();
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, status: await steps.install({ version, snapshotId: snapshot.id }) };
}

/** The i18n key and values that describe a status to the keeper. */
export function describeUpdate(status: UpdateStatus): { key: string; values: Record<string, string | number> } {
  switch (status.phase) {
    case 'unsupported':
      return { key: `updates.phase.unsupported.${status.reason}`, values: {} };
    case 'not-configured':
      return { key: 'updates.phase.notConfigured', values: {} };
    case 'idle':
      return { key: status.checked ? 'updates.phase.idleChecked' : 'updates.phase.idleNever', values: {} };
    case 'checking':
      return { key: 'updates.phase.checking', values: {} };
    case 'available':
      return { key: 'updates.phase.available', values: { version: status.version } };
    case 'downloading':
      return { key: 'updates.phase.downloading', values: { version: status.version } };
    case 'installing':
      return { key: 'updates.phase.installing', values: { version: status.version } };
    case 'failed':
      return { key: `updates.problem.${status.problem}`, values: {} };
  }
}
