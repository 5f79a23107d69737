import { Button, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MigrationFailedError, SnapshotBeforeUpdateError } from '../data/migration/migrationFailed';
import type { DesktopApi, SnapshotInfo } from '../platform/api';
import { saveSnapshotCopy } from '../features/backup/snapshotFile';

type SnapshotSaver = Pick<DesktopApi, 'readSnapshot' | 'saveFile'>;

function isSnapshot(value: unknown): value is SnapshotInfo {
  return typeof value === 'object' && value !== null && 'id' in value && 'sequence' in value && 'records' in value;
}

/**
 * The local database would not open (corrupt files, disk full, another copy holding it, an update's
 * migration that failed). Nothing is deleted automatically: the keeper is told what to try, is offered the
 * snapshot taken before a failed update, and the technical detail is there for support.
 */
export function StartupFailure({ error, platform }: { error: unknown; platform?: SnapshotSaver }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<string | null>(null);
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const snapshot = error instanceof MigrationFailedError && isSnapshot(error.snapshot) ? error.snapshot : null;

  let title = t('common.startup.title');
  let whatToDo = t('common.startup.whatToDo');
  if (error instanceof SnapshotBeforeUpdateError) {
    title = t('common.startup.snapshotTitle');
    whatToDo = t('common.startup.snapshotWhatToDo');
  } else if (error instanceof MigrationFailedError) {
    title = t('common.startup.migrationTitle');
    whatToDo = snapshot ? t('common.startup.migrationWithSnapshot', { day: snapshot.day, records: snapshot.records }) : t('common.startup.migrationNoSnapshot');
  }

  async function save(info: SnapshotInfo, saver: SnapshotSaver) {
    setSaved((await saveSnapshotCopy(saver, info, t)) ? t('common.startup.snapshotSaved') : t('common.startup.snapshotMissing'));
  }

  return (
    <Result
      status="error"
      title={title}
      subTitle={whatToDo}
      extra={
        <>
          {snapshot && platform && (
            <Button type="primary" data-testid="startup-save-snapshot" onClick={() => void save(snapshot, platform)}>
              {t('common.startup.saveSnapshot')}
            </Button>
          )}
          {saved && <Typography.Paragraph data-testid="startup-snapshot-saved">{saved}</Typography.Paragraph>}
          <Typography.Paragraph type="secondary" copyable>
            {detail}
          </Typography.Paragraph>
        </>
      }
    />
  );
}
