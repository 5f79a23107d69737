import { Card, Table, Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { SyncRunRow } from '../../data/local/localDb';

/** The last 20 runs on this PC, newest first: when, how much moved, and whether it worked. */
export function SyncRunsTable({ runs }: { runs: SyncRunRow[] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('sync.runs.title')} size="small">
      <Table<SyncRunRow>
        size="small"
        rowKey={(run) => `${run.id ?? run.startedAt}`}
        dataSource={runs}
        pagination={false}
        locale={{ emptyText: t('sync.runs.empty') }}
        data-testid="sync-runs"
        columns={[
          { key: 'when', title: t('sync.runs.when'), render: (_, run) => dayjs(run.startedAt).format('MM-DD HH:mm:ss') },
          {
            key: 'duration',
            title: t('sync.runs.duration'),
            render: (_, run) => t('sync.runs.seconds', { count: Math.max(0, Math.round((Date.parse(run.finishedAt) - Date.parse(run.startedAt)) / 100) / 10) }),
          },
          { key: 'sent', title: t('sync.runs.sent'), dataIndex: 'sent', align: 'right' },
          { key: 'received', title: t('sync.runs.received'), dataIndex: 'received', align: 'right' },
          {
            key: 'result',
            title: t('sync.runs.result'),
            render: (_, run) =>
              run.errorKey ? (
                <Tooltip title={run.errorDetail}>
                  <Tag color="error">{t(run.errorKey)}</Tag>
                </Tooltip>
              ) : (
                <Tag color="success">{t('sync.runs.ok')}</Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}
