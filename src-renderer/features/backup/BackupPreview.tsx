import { Descriptions, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { BackupPreview as Preview } from '../../data/backup/readBackup';
import { countRows, sizeText } from './backupText';

function when(stamp: string): string {
  return stamp === '' ? '—' : dayjs(stamp).format('YYYY-MM-DD HH:mm');
}

/** What a backup file holds, shown before anything is written: station, dates, photos, records per type. */
export function BackupPreview({ preview }: { preview: Preview }) {
  const { t } = useTranslation();
  const rows = countRows(preview.counts);
  const { photos } = preview;
  return (
    <div data-testid="backup-preview">
      <Descriptions size="small" column={1} bordered title={t('backup.restore.previewTitle')}>
        <Descriptions.Item label={t('backup.restore.station')}>
          {preview.stationName ? `${preview.stationName}（${preview.stationCode}）` : preview.stationCode}
        </Descriptions.Item>
        <Descriptions.Item label={t('backup.restore.createdAt')}>{when(preview.createdAt)}</Descriptions.Item>
        <Descriptions.Item label={t('backup.restore.newestRecord')}>{when(preview.newestRecordStamp)}</Descriptions.Item>
        <Descriptions.Item label={t('backup.restore.appVersion')}>{preview.appVersion}</Descriptions.Item>
        <Descriptions.Item label={t('backup.restore.photos')}>
          <span data-testid="backup-preview-photos">{photos ? t('backup.restore.photosCount', { count: photos.count, size: sizeText(photos.bytes) }) : t('backup.restore.photosNone')}</span>
          {photos && photos.count > photos.withFile ? <Typography.Text type="secondary"> {t('backup.restore.photosThumbOnly', { count: photos.count - photos.withFile })}</Typography.Text> : null}
        </Descriptions.Item>
      </Descriptions>
      {photos?.scope === 'unsent' ? <Typography.Paragraph type="secondary">{t('backup.restore.photosUnsentOnly')}</Typography.Paragraph> : null}
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
