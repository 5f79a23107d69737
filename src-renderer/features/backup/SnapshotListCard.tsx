import { Alert, Button, Card, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { catchError, from, map, of } from 'rxjs';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/LedgerContext';
import { SNAPSHOT_FAILURE_KEY, type SnapshotFailure } from '../../data/backup/autoSnapshot';
import { getSetting } from '../../data/local/localDb';
import type { SnapshotInfo } from '../../platform/api';
import { useObservable } from '../../ui/useObservable';
import type { RestoreRequest } from './RestoreCard';
import { sizeText } from './backupText';
import { saveSnapshotCopy } from './snapshotFile';

function whenText(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** 自动备份: the snapshots taken at each day's first start and after each update, newest first. */
export function SnapshotListCard({ onRestore }: { onRestore: (request: RestoreRequest) => void }) {
  const { t } = useTranslation();
  const { ledger, platform } = useServices();
  const [problem, setProblem] = useState<string | null>(null);
  const listed = useObservable(
    useMemo(
      () =>
        from(Promise.all([platform.listSnapshots(), getSetting<SnapshotFailure>(ledger.local, SNAPSHOT_FAILURE_KEY)])).pipe(
          map(([list, failure]) => ({ snapshots: [...list].sort((a, b) => b.sequence - a.sequence), failure, error: null })),
          catchError((error: unknown) => of({ snapshots: [] as SnapshotInfo[], failure: undefined, error: error instanceof Error ? error.message : String(error) })),
        ),
      [ledger, platform],
    ),
  );
  const snapshots = listed?.snapshots;
  const failure = listed?.failure;

  async function bytesOf(snapshot: SnapshotInfo): Promise<Uint8Array | null> {
    const data = await platform.readSnapshot(snapshot.id);
    if (!data) setProblem(t('backup.snapshots.gone'));
    return data;
  }

  async function restore(snapshot: SnapshotInfo) {
    const data = await bytesOf(snapshot);
    if (data) onRestore({ data });
  }

  async function saveCopy(snapshot: SnapshotInfo) {
    if (!(await saveSnapshotCopy(platform, snapshot, t))) setProblem(t('backup.snapshots.gone'));
  }

  const columns: TableColumnsType<SnapshotInfo> = [
    { key: 'when', title: t('backup.snapshots.when'), render: (_, s) => whenText(s.createdAt) },
    { key: 'reason', title: t('backup.snapshots.reason'), render: (_, s) => t(`backup.snapshots.reasons.${s.reason}`, { version: s.appVersion }) },
    { key: 'records', title: t('backup.snapshots.records'), dataIndex: 'records', align: 'right' },
    { key: 'size', title: t('backup.snapshots.size'), align: 'right', render: (_, s) => sizeText(s.bytes) },
    {
      key: 'actions',
      title: '',
      render: (_, s) => (
        <Flex gap={4}>
          <Button size="small" onClick={() => void restore(s)} data-testid="snapshot-restore">
            {t('backup.snapshots.restore')}
          </Button>
          <Button size="small" onClick={() => void saveCopy(s)} data-testid="snapshot-save">
            {t('backup.snapshots.saveCopy')}
          </Button>
        </Flex>
      ),
    },
  ];

  return (
    <Card size="small" title={t('backup.snapshots.title')} data-testid="backup-snapshots">
      <Typography.Paragraph type="secondary">{t(platform.snapshotPlace === 'app-folder' ? 'backup.snapshots.whereFolder' : 'backup.snapshots.whereBrowser')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary" data-testid="snapshot-photos">
        {t('backup.snapshots.photos')}
      </Typography.Paragraph>
      {failure ? <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('backup.snapshots.failed', { when: whenText(failure.at), detail: failure.detail })} data-testid="snapshot-failure" /> : null}
      {problem ?? listed?.error ? <Alert type="error" showIcon style={{ marginBottom: 12 }} title={problem ?? listed?.error} /> : null}
      <Table<SnapshotInfo>
        size="small"
        rowKey="id"
        loading={snapshots === undefined}
        columns={columns}
        dataSource={snapshots ?? []}
        pagination={false}
        data-testid="snapshot-list"
        locale={{ emptyText: t('backup.snapshots.none') }}
      />
    </Card>
  );
}
