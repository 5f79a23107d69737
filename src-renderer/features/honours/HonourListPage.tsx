import { EditOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLedger } from '../../app/LedgerContext';
import { HONOUR_KINDS, honourKindKey, honourLinkKey, type HonourKind } from '../../domain/honours/honourKinds';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useObservable } from '../../ui/useObservable';
import { DeleteHonourButton } from './DeleteHonourButton';
import { filterHonours, honourRows, honourYears, type HonourRow } from './honourRows';
import { honouredLabel, honourLabel, levelLabel } from './honourText';
import { editHonourPath, honourLedgerPath, NEW_HONOUR_PATH, recordPagePath } from './paths';
import { useLinkNames } from './useLinkNames';

type RowAttributes = HTMLAttributes<HTMLElement> & { 'data-testid': string };

/** A filter Select's "every" choice: antd shows no option for an undefined value. */
const ALL = 'all';

/** /honours: every honour of the station, newest year first, filtered by year and kind. */
export function HonourListPage() {
  const { t } = useTranslation();
  const ledger = useLedger();
  const navigate = useNavigate();
  const honours = useObservable(useMemo(() => ledger.honours.all$(), [ledger]));
  const names = useLinkNames();
  const [year, setYear] = useState<number | null>(null);
  const [kind, setKind] = useState<HonourKind | null>(null);

  const rows = useMemo(() => (honours && names ? honourRows(honours, names) : undefined), [honours, names]);
  const years = useMemo(() => honourYears(rows ?? []), [rows]);
  const shown = useMemo(() => (rows ? filterHonours(rows, { year, kind }) : undefined), [rows, year, kind]);
  const edit = (id: string) => void navigate(editHonourPath(id));

  const columns: TableColumnsType<HonourRow> = [
    { title: t('honours.fields.year'), dataIndex: 'year', width: 80, render: (y: number) => <span data-testid="honour-year">{y}</span> },
    {
      title: t('honours.list.honour'),
      key: 'honour',
      ellipsis: true,
      render: (_: unknown, row) => <span data-testid="honour-label">{honourLabel(row, t)}</span>,
    },
    {
      title: t('honours.fields.level'),
      dataIndex: 'level',
      width: 80,
      render: (_: unknown, row) => <span data-testid="honour-level">{levelLabel(row, t)}</span>,
    },
    { title: t('honours.fields.batch'), dataIndex: 'batch', width: 100, ellipsis: true },
    {
      title: t('honours.list.honoured'),
      key: 'honoured',
      width: 240,
      ellipsis: true,
      render: (_: unknown, row) => (
        <Flex gap={6} align="center">
          <Tag>{t(honourLinkKey(row.linkKind))}</Tag>
          {row.honoured !== '' && (row.linkKind === 'volunteer' || row.linkKind === 'team' || row.linkKind === 'project') ? (
            <Link to={recordPagePath({ linkKind: row.linkKind, linkId: row.linkId })} onClick={(e) => e.stopPropagation()} data-testid="honour-honoured">
              {row.honoured}
            </Link>
          ) : (
            <span data-testid="honour-honoured">{honouredLabel(row, t)}</span>
          )}
        </Flex>
      ),
    },
    { title: t('honours.fields.awardedBy'), dataIndex: 'awardedBy', width: 180, ellipsis: true },
    {
      title: t('honours.list.actions'),
      key: 'actions',
      width: 180,
      // The confirm popup is portalled but its clicks still bubble through React to the row.
      render: (_: unknown, row) => (
        <Flex gap={8} onClick={(e) => e.stopPropagation()}>
          <Button size="small" icon={<EditOutlined />} onClick={() => edit(row.id)} data-testid="edit-honour">
            {t('common.actions.edit')}
          </Button>
          <DeleteHonourButton id={row.id} name={`${row.year} ${honourLabel(row, t)} ${honouredLabel(row, t)}`} size="small" />
        </Flex>
      ),
    },
  ];

  const yearOptions = [{ value: ALL, label: t('honours.list.allYears') }, ...years.map((y) => ({ value: String(y), label: t('honours.list.yearOption', { year: y }) }))];
  const kindOptions = [{ value: ALL, label: t('honours.list.allKinds') }, ...HONOUR_KINDS.map((k) => ({ value: k, label: t(honourKindKey(k)) }))];

  return (
    <>
      <PageHeader
        title={t('honours.list.title')}
        testId="page-honours"
        extra={
          <>
            <Select
              value={year === null ? ALL : String(year)}
              options={yearOptions}
              onChange={(v: string) => setYear(v === ALL ? null : Number(v))}
              style={{ width: 130 }}
              aria-label={t('honours.fields.year')}
              data-testid="honour-year-filter"
            />
            <Select
              value={kind ?? ALL}
              options={kindOptions}
              onChange={(v: string) => setKind(v === ALL ? null : (HONOUR_KINDS.find((k) => k === v) ?? null))}
              style={{ width: 190 }}
              aria-label={t('honours.fields.kind')}
              data-testid="honour-kind-filter"
            />
            <Button icon={<PrinterOutlined />} onClick={() => void navigate(honourLedgerPath(year))} data-testid="print-honour-ledger">
              {t('honours.ledger.button')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(NEW_HONOUR_PATH)} data-testid="new-honour-button">
              {t('honours.list.new')}
            </Button>
          </>
        }
      />
      {rows !== undefined && rows.length === 0 ? (
        <EmptyState description={t('honours.list.empty')} actionLabel={t('honours.list.new')} onAction={() => void navigate(NEW_HONOUR_PATH)} />
      ) : (
        <div data-testid="honour-list">
          <Table<HonourRow>
            rowKey="id"
            size="middle"
            loading={shown === undefined}
            columns={columns}
            dataSource={shown ?? []}
            pagination={(shown?.length ?? 0) > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            locale={{ emptyText: t('honours.list.noMatch') }}
            onRow={(row): RowAttributes => ({ 'data-testid': 'honour-row', style: { cursor: 'pointer' }, onClick: () => edit(row.id) })}
          />
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
            {t('common.count', { count: shown?.length ?? 0 })}
          </Typography.Text>
        </div>
      )}
    </>
  );
}
