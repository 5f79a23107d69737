import { Descriptions, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { BackupPreview as Preview } from '../../data/backup/readBackup';
import { countRows } from './backupText';

function when(stamp: string): string {
  return stamp === '' ? '—' : dayjs(stamp).format('YYYY-MM-DD HH:mm');
}

/** What a backup file holds, shown before anything is written: station, dates, records per type. */
export function BackupPreview({ preview }: { preview: Preview }) {
  const { t } = useTranslation();
  const rows = countRows(preview.counts);
  return (
    <div data-testid="backup-preview">
      <Descriptions size="small" column={1} bordered title={t('backup.restore.previewTitle')}>
        <Descriptions.Item label={t('backup.restore.station')}>
          {preview.stationName ? `${preview.stationName}（${preview.stationCode}）` : preview.stationCode}
        </Descriptions.Item>
        <Descriptions.Item label={t('backup.restore.createdAt')}>{when(preview.createdAt)}</Descriptions.Item>
        <Descriptions.Item label={t('backup.restore.newestRecord')}>{when(preview.newestRecordStamp)}</Descriptions.Item>
        <Descriptions.Item label={t('backup.restore.appVersion')}>{preview.appVersion}</Descriptions.Item>
      </Descriptions>
      <Table
        style={{ marginTop: 12 }}
        size="small"
        pagination={false}
        rowKey="collection"
        dataSource={rows}
        locale={{ emptyText: t('backup.restore.noRecords') }}
        columns={[
          { title: t('backup.restore.type'), dataIndex: 'collection', render: (name: string) => t(`backup.collections.${name}`, { defaultValue: name }) },
          { title: t('backup.restore.live'), dataIndex: 'live', align: 'right' },
          { title: t('backup.restore.deleted'), dataIndex: 'deleted', align: 'right' },
        ]}
      />
      {preview.keptUnreadable > 0 ? <Typography.Paragraph type="secondary">{t('backup.restore.keptUnreadable', { count: preview.keptUnreadable })}</Typography.Paragraph> : null}
    </div>
  );
}
