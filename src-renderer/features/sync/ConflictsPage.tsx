import { Button, Card, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLedger } from '../../app/LedgerContext';
import type { ConflictDoc } from '../../domain/entities/conflict';
import { PageHeader } from '../../ui/PageHeader';
import { useObservable } from '../../ui/useObservable';
import { useRecordLabels } from './recordLabel';
import { useConflictRepository } from './useSync';

type RowAttributes = HTMLAttributes<HTMLElement> & { 'data-testid': string };

/** /sync/conflicts: every conflict still waiting for the keeper, newest first. */
export function ConflictsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const ledger = useLedger();
  const conflicts = useConflictRepository();
  const open = useObservable(useMemo(() => conflicts.open$(), [conflicts]));
  const refs = useMemo(() => (open ?? []).map((c) => ({ collection: c.collectionName, docId: c.docId })), [open]);
  const labels = useRecordLabels(ledger.db, refs);
  const openOne = (id: string) => void navigate(`/sync/conflicts/${encodeURIComponent(id)}`);

  return (
    <>
      <PageHeader
        title={t('conflicts.title')}
        testId="page-conflicts"
        extra={<Button onClick={() => void navigate('/sync')}>{t('conflicts.back')}</Button>}
      />
      <Card size="small">
        <Typography.Paragraph type="secondary">{t('conflicts.help')}</Typography.Paragraph>
        <Table<ConflictDoc>
          size="small"
          rowKey="id"
          loading={open === undefined}
          dataSource={open ?? []}
          pagination={false}
          locale={{ emptyText: t('conflicts.empty') }}
          onRow={(row): RowAttributes => ({ 'data-testid': 'conflict-row', style: { cursor: 'pointer' }, onClick: () => openOne(row.id) })}
          columns={[
            {
              key: 'record',
              title: t('conflicts.columns.record'),
              render: (_, c) => (
                <span>
                  <Tag>{t(`sync.collections.${c.collectionName}`, { defaultValue: c.collectionName })}</Tag>
                  {labels[c.docId] ?? c.docId}
                </span>
              ),
            },
            { key: 'kind', title: t('conflicts.columns.kind'), render: (_, c) => t(`conflicts.kind.${c.kind}`) },
            { key: 'when', title: t('conflicts.columns.when'), render: (_, c) => dayjs(c.createdAt).format('YYYY-MM-DD HH:mm') },
          ]}
        />
      </Card>
    </>
  );
}
