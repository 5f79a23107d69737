import { Card, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useLedger } from '../../app/LedgerContext';
import type { UnreadableRecord } from '../../sync/status';
import { useRecordLabels } from './recordLabel';

type RowAttributes = HTMLAttributes<HTMLElement> & { 'data-testid': string };

/**
 * Records on the server this app cannot read (a newer version's, or damaged): kept on the server as they
 * are, never taken in nor overwritten here; each leaves the list once a readable version comes. Shown only
 * when there are any.
 */
export function UnreadableList({ records }: { records: UnreadableRecord[] }) {
  const { t } = useTranslation();
  const ledger = useLedger();
  // This PC may hold an earlier, readable version of the record: its name says which one it is.
  const labels = useRecordLabels(ledger.db, records);
  if (records.length === 0) return null;
  return (
    <Card title={t('sync.unreadable.title')} size="small" data-testid="sync-unreadable">
      <Typography.Paragraph type="secondary">{t('sync.unreadable.help')}</Typography.Paragraph>
      <Table<UnreadableRecord>
        size="small"
        rowKey="docId"
        dataSource={records}
        pagination={false}
        onRow={(): RowAttributes => ({ 'data-testid': 'sync-unreadable-row' })}
        columns={[
          {
            key: 'record',
            title: t('sync.unreadable.record'),
            render: (_, record) => {
              const label = labels[record.docId];
              return label && label !== record.docId ? (
                <span>
                  {label} <Typography.Text type="secondary">{record.docId}</Typography.Text>
                </span>
              ) : (
                record.docId
              );
            },
          },
          { key: 'kind', title: t('sync.unreadable.kind'), render: (_, record) => t(`sync.collections.${record.collection}`, { defaultValue: record.collection }) },
          { key: 'why', title: t('sync.unreadable.why'), render: (_, record) => t(`sync.unreadable.${record.reason}`) },
        ]}
      />
    </Card>
  );
}
