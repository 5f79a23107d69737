import type { RxCollection } from 'rxdb';
import type { DesktopApi, SnapshotInfo, SnapshotReason } from '../../platform/api';
import type { LedgerDatabase } from '../database';
import { getSetting, putSetting, type LocalDb } from '../local/localDb';
import { readBeforeMigration, type PendingMigration } from '../migration/pendingMigrations';
import { createBackup, currentReader, type BackupFile, type BackupSource, type CollectionReader } from './createBackup';
import { BACKUP_COLLECTIONS } from './records';
import { dailySnapshotDue, snapshotsToKeep } from './retention';

export type SnapshotStore = Pick<DesktopApi, 'listSnapshots' | 'writeSnapshot' | 'deleteSnapshot'>;

/** The app version and schema versions of the last start that completed its snapshot check. */
const LAST_RUN_KEY = 'backup.lastRun';
/** Why the last automatic snapshot failed, for the backup page; removed by the next that succeeds. */
export const SNAPSHOT_FAILURE_KEY = 'backup.lastSnapshotFailure';
/** Snapshots taken after an update are kept apart from the daily rota: the newest few, whatever their dates. */
const UPDATE_SNAPSHOTS_KEPT = 3;

interface RunVersions {
  appVersion: string;
  schemaVersions: Record<string, number>;
}

export interface SnapshotFailure {
  at: string;
  detail: string;
}

function versionsNow(appVersion: string): RunVersions {
  return { appVersion, schemaVersions: Object.fromEntries(BACKUP_COLLECTIONS.map((c) => [c.name, c.wire.schemaVersion])) };
}

function changed(last: RunVersions, now: RunVersions): boolean {
  if (last.appVersion !== now.appVersion) return true;
  const names = new Set([...Object.keys(last.schemaVersions), ...Object.keys(now.schemaVersions)]);
  return [...names].some((name) => last.schemaVersions[name] !== now.schemaVersions[name]);
}

/**
 * An automatic snapshot: the whole station, but of its photos only those the server does not hold yet.
 * Those are what a lost PC would lose; the rest the server gives back, and up to 23 snapshots with a
 * year of photos in each would fill the disk. The keeper's 立即备份 takes them all.
 */
function snapshotOf(source: BackupSource, appVersion: string, wall: () => Date): Promise<BackupFile> {
  return createBackup(source, appVersion, wall, currentReader(source), 'unsent');
}

/** The PC's local day: a label for retention's groups, never an order (retention.ts). */
function localDay(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** Every snapshot the rota does not keep, and update snapshots beyond the newest few. */
export function snapshotsToDelete(entries: readonly SnapshotInfo[]): SnapshotInfo[] {
  const keep = snapshotsToKeep(entries);
  const updates = entries.filter((e) => e.reason === 'update').sort((a, b) => b.sequence - a.sequence);
  for (const e of updates.slice(0, UPDATE_SNAPSHOTS_KEPT)) keep.add(e.id);
  return entries.filter((e) => !keep.has(e.id));
}

/**
 * The automatic snapshot of a start: after the app or a schema version changed since the last start
 * ('update'), or at the first start of a day ('daily'); then the rota is pruned. A station not yet set up
 * has nothing to keep. The versions are recorded only once the snapshot is safely written, so a start
 * that failed to take it tries again next time.
 */
export async function takeDueSnapshot(source: BackupSource, store: SnapshotStore, appVersion: string, wall: () => Date = () => new Date()): Promise<SnapshotInfo | null> {
  if (source.ctx.stationId === '') return null;
  const now = versionsNow(appVersion);
  const last = await getSetting<RunVersions>(source.local, LAST_RUN_KEY);
  const entries = await store.listSnapshots();
  const today = localDay(wall());
  const reason: SnapshotReason | null = last !== undefined && changed(last, now) ? 'update' : dailySnapshotDue(entries, today) ? 'daily' : null;
  const taken = reason === null ? null : await writeAndPrune(source.local, store, entries, reason, today, appVersion, wall, () => snapshotOf(source, appVersion, wall));
  await putSetting(source.local, LAST_RUN_KEY, now);
  return taken;
}

/** Writes one snapshot (none when `make` finds nothing to keep), keeps why it failed for the backup page (and throws), then prunes the rota. */
async function writeAndPrune(
  local: LocalDb,
  store: SnapshotStore,
  entries: readonly SnapshotInfo[],
  reason: SnapshotReason,
  day: string,
  appVersion: string,
  wall: () => Date,
  make: () => Promise<BackupFile | null>,
): Promise<SnapshotInfo | null> {
  let taken: SnapshotInfo;
  try {
    const file = await make();
    if (file === null) return null;
    const records = Object.values(file.header.counts).reduce((sum, c) => sum + c.live, 0);
    taken = await store.writeSnapshot({ meta: { reason, day, createdAt: file.header.createdAt, appVersion, stationCode: file.header.stationCode, records }, data: file.data });
  } catch (error) {
    const failure: SnapshotFailure = { at: wall().toISOString(), detail: error instanceof Error ? error.message : String(error) };
    await putSetting(local, SNAPSHOT_FAILURE_KEY, failure);
    throw error;
  }
  await local.settings.delete(SNAPSHOT_FAILURE_KEY);
  for (const old of snapshotsToDelete([...entries, taken])) await store.deleteSnapshot(old.id);
  return taken;
}

/**
 * The update snapshot, taken before an update's migration changes a single stored record
 * (data/database.ts calls it): the collections about to migrate are read at their old schema, the rest as
 * they are. Recording the versions afterwards spares the start a second update snapshot once it is open.
 * A ledger with no records has nothing to keep. If the snapshot cannot be written, this throws and
 * nothing is migrated.
 */
export async function snapshotBeforeMigration(
  db: LedgerDatabase,
  local: LocalDb,
  pending: readonly PendingMigration[],
  store: SnapshotStore,
  appVersion: string,
  wall: () => Date = () => new Date(),
): Promise<SnapshotInfo | null> {
  const migrating = new Set(pending.map((p) => p.collection));
  const asStored = currentReader({ db });
  const read: CollectionReader = (spec) =>
    migrating.has(spec.name) ? readBeforeMigration(db.collections[spec.name] as unknown as RxCollection<Record<string, unknown>>) : asStored(spec);
  const source: BackupSource = { db, local, ctx: { stationId: '' }, clock: { now: wall } };
  const make = async (): Promise<BackupFile | null> => {
    const file = await createBackup(source, appVersion, wall, read);
    const records = Object.values(file.header.counts).reduce((sum, c) => sum + c.live + c.deleted, 0);
    return records === 0 ? null : file;
  };
  const taken = await writeAndPrune(local, store, await store.listSnapshots(), 'update', localDay(wall()), appVersion, wall, make);
  if (taken) await putSetting(local, LAST_RUN_KEY, versionsNow(appVersion));
  return taken;
}

/**
 * The snapshot the keeper's 现在更新 takes before the app downloads a new version: the whole station as it
 * is, reason 'update', into the same rota. Throws when it cannot be written: the update must not go on.
 */
export async function takeUpdateSnapshot(source: BackupSource, store: SnapshotStore, appVersion: string, wall: () => Date = () => new Date()): Promise<SnapshotInfo> {
  const taken = await writeAndPrune(source.local, store, await store.listSnapshots(), 'update', localDay(wall()), appVersion, wall, () => snapshotOf(source, appVersion, wall));
  if (taken === null) throw new Error('the update snapshot was not written');
  return taken;
}
