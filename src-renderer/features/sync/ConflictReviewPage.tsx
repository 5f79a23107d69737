import { App, Button, Card, Popconfirm, Radio, Result, Space, Spin, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useLedger } from '../../app/LedgerContext';
import { differingFields, type Side } from '../../data/conflicts/merge';
import type { ConflictVersions } from '../../data/conflicts/repository';
import { NotFoundError, ValidationError } from '../../data/errors';
import { PageHeader } from '../../ui/PageHeader';
import { fieldLabel, formatValue } from './conflictValues';
import { labelOf, useRecordLabels } from './recordLabel';
import { useConflictRepository } from './useSync';

interface FieldRow {
  field: string;
  current: unknown;
  other: unknown;
}

/** /sync/conflicts/:id: both versions side by side; keep either, or merge field by field. */
export function ConflictReviewPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const ledger = useLedger();
  const { id = '' } = useParams();
  const conflicts = useConflictRepository();
  const [versions, setVersions] = useState<ConflictVersions | null | undefined>(undefined);
  const [choices, setChoices] = useState<Record<string, Side>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let cancelled = false;
    conflicts
      .versions(id)
      .then((v) => !cancelled && setVersions(v))
      .catch(() => !cancelled && setVersions(null));
    return () => {
      cancelled = true;
    };
  }, [conflicts, id]);

  const labels = useRecordLabels(ledger.db, versions ? [{ collection: versions.conflict.collectionName, docId: versions.conflict.docId }] : []);

  if (versions === undefined) return <Spin />;
  if (versions === null || versions.conflict.resolved) {
    return (
      <Result
        status="info"
        title={t('conflicts.review.notFound')}
        extra={<Button onClick={() => void navigate('/sync/conflicts')}>{t('conflicts.backToList')}</Button>}
      />
    );
  }

  const { conflict, current, currentDeleted, other, otherDeleted } = versions;
  const base = current ?? {};
  const rows: FieldRow[] = differingFields(base, other).map((field) => ({ field, current: base[field], other: other[field] }));
  const record = labels[conflict.docId] ?? labelOf(current ?? other, conflict.docId);
  const canMerge = current !== null && !currentDeleted && !otherDeleted && rows.length > 0;

  async function act(action: () => Promise<void>) {
    setBusy(true);
    try {
      await action();
      void message.success(t('conflicts.review.done'));
      void navigate('/sync/conflicts');
    } catch (error) {
      if (error instanceof ValidationError) {
        const first = error.issues[0];
        const reason = first ? `${fieldLabel(first.field, t)}：${t(first.key, first.params ?? {})}` : '';
        void message.error(t('conflicts.review.mergeInvalid', { reason }));
      } else if (error instanceof NotFoundError) {
        setVersions(null);
      } else {
        void message.error(t('conflicts.review.failed', { reason: error instanceof Error ? error.message : String(error) }));
      }
    } finally {
      setBusy(false);
    }
  }

  const sideHeader = (title: string, deleted: boolean, version: Record<string, unknown> | null) => (
    <Space orientation="vertical" size={0}>
      <span>
        {title} {deleted ? <Tag color="error">{t('conflicts.review.deleted')}</Tag> : null}
        {version === null ? <Typography.Text type="secondary">{t('conflicts.review.gone')}</Typography.Text> : null}
      </span>
      {version && typeof version.updatedAt === 'string' ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('conflicts.review.currentBy', { time: dayjs(version.updatedAt).format('YYYY-MM-DD HH:mm'), device: typeof version.updatedBy === 'string' ? version.updatedBy : '' })}
        </Typography.Text>
      ) : null}
    </Space>
  );

  return (
    <>
      <PageHeader
        title={t('conflicts.review.title', { record })}
        testId="page-conflict-review"
        extra={<Button onClick={() => void navigate('/sync/conflicts')}>{t('conflicts.backToList')}</Button>}
      />
      <Card size="small">
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space>
            <Tag>{t(`sync.collections.${conflict.collectionName}`, { defaultValue: conflict.collectionName })}</Tag>
            <Typography.Text>{t(`conflicts.kind.${conflict.kind}`)}</Typography.Text>
          </Space>
          <Typography.Text type="secondary">
            {rows.length > 0 ? t('conflicts.review.onlyDifferences') : t('conflicts.review.noDifferences')}
          </Typography.Text>
          <Table<FieldRow>
            size="small"
            rowKey="field"
            dataSource={rows}
            pagination={false}
            data-testid="conflict-fields"
            columns={[
              { key: 'field', title: t('conflicts.review.field'), width: 140, render: (_, row) => fieldLabel(row.field, t) },
              {
                key: 'current',
                title: sideHeader(t('conflicts.review.current'), currentDeleted, current),
                render: (_, row) => (
                  <Radio
                    checked={(choices[row.field] ?? 'current') === 'current'}
                    disabled={!canMerge}
                    onChange={() => setChoices({ ...choices, [row.field]: 'current' })}
                  >
                    {formatValue(row.current, t, row.field)}
                  </Radio>
                ),
              },
              {
                key: 'other',
                title: sideHeader(t('conflicts.review.other'), otherDeleted, other),
                render: (_, row) => (
                  <Radio
                    checked={choices[row.field] === 'other'}
                    disabled={!canMerge}
                    onChange={() => setChoices({ ...choices, [row.field]: 'other' })}
                  >
                    {formatValue(row.other, t, row.field)}
                  </Radio>
                ),
              },
            ]}
          />
          <Space wrap>
            <Button type="primary" disabled={busy} onClick={() => void act(() => conflicts.keepCurrent(conflict.id))} data-testid="conflict-keep-current">
              {t('conflicts.review.keepCurrent')}
            </Button>
            <Popconfirm
              title={otherDeleted ? t('conflicts.review.keepDeletion') : t('conflicts.review.keepOther')}
              onConfirm={() => void act(() => conflicts.keepOther(conflict.id))}
            >
              <Button danger={otherDeleted} disabled={busy} data-testid="conflict-keep-other">
                {otherDeleted ? t('conflicts.review.keepDeletion') : t('conflicts.review.keepOther')}
              </Button>
            </Popconfirm>
            {canMerge ? (
              <Button disabled={busy} onClick={() => void act(() => conflicts.merge(conflict.id, choices))} data-testid="conflict-merge">
                {t('conflicts.review.merge')}
              </Button>
            ) : null}
          </Space>
        </Space>
      </Card>
    </>
  );
}
