import type { TFunction } from 'i18next';
import { BACKUP_EXTENSION } from '../../data/backup/format';
import type { DesktopApi, SnapshotInfo } from '../../platform/api';

/**
 * 另存为 of an automatic snapshot (the backup page, and the start-up screen after a failed update): the
 * stored bytes to a file the keeper names. False when the snapshot is gone.
 */
export async function saveSnapshotCopy(platform: Pick<DesktopApi, 'readSnapshot' | 'saveFile'>, snapshot: SnapshotInfo, t: TFunction): Promise<boolean> {
  const data = await platform.readSnapshot(snapshot.id);
  if (!data) return false;
  const name = `${snapshot.stationCode || 'station'}-snapshot-${snapshot.day}-${snapshot.sequence}.${BACKUP_EXTENSION}`;
  await platform.saveFile({ suggestedName: name, filters: [{ name: t('backup.restore.fileFilter'), extensions: [BACKUP_EXTENSION] }], data });
  return true;
}
