import { Card, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLedger } from '../../app/LedgerContext';
import type { RejectedRecord } from '../../sync/status';
import { recordPath, useRecordLabels } from './recordLabel';

type RowAttributes = HTMLAttributes<HTMLElement> & { 'data-testid': string };

/** Records the server refused, with its reason; each leaves the list once a fixed version is accepted. */
export function RejectedList({ records }: { records: RejectedRecord[] }) {
  const { t } = useTranslation();
  const ledger = useLedger();
  const labels = useRecordLabels(ledger.db, records);
  return (
    <Card title={t('sync.rejected.title')} size="small" data-testid="sync-rejected">
      {records.length > 0 ? (
        <Typography.Paragraph type="secondary">{t('sync.rejected.help')}</Typography.Paragraph>
      ) : null}
      <Table<RejectedRecord>
        size="small"
        rowKey="docId"
        dataSource={records}
        pagination={false}
        locale={{ emptyText: t('sync.rejected.empty') }}
        onRow={(): RowAttributes => ({ 'data-testid': 'sync-rejected-row' })}
        columns={[
          {
            key: 'record',
            title: t('sync.rejected.record'),
            render: (_, record) => {
              const path = recordPath(record);
              const label = labels[record.docId] ?? record.docId;
              return path ? <Link to={path}>{label}</Link> : label;
            },
          },
          { key: 'kind', title: t('sync.rejected.kind'), render: (_, record) => t(`sync.collections.${record.collection}`, { defaultValue: record.collection }) },
          { key: 'reason', title: t('sync.rejected.reason'), dataIndex: 'reason', render: (reason: string) => <Typography.Text code>{reason}</Typography.Text> },
          { key: 'when', title: t('sync.rejected.when'), render: (_, record) => dayjs(record.at).format('MM-DD HH:mm') },
        ]}
      />
    </Card>
  );
}
